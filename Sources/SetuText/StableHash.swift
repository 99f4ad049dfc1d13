/// FNV-1a, 64 bits: Setu's one stable hash, the same in every process and on every platform (unlike
/// `Hasher`, which is seeded per process). Used for the store's exact-match keys, file fingerprints,
/// fuzzy-index n-grams and the term index.
///
/// `combine` mixes one value per call: a byte of UTF-8, or a whole code point, so hashing code points is
/// not the same as hashing their UTF-8 bytes. Not for adversarial input (no collision resistance).
public struct StableHash: Sendable, Hashable {
    // The hot members are public and inlinable, the constants computed: `package` inlinable members were
    // called, not inlined, from the term matcher's loops in other modules (a call per code point).
    /// The FNV-1a 64 offset basis.
    @inlinable public static var offsetBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }
    /// The FNV-1a 64 prime.
    @inlinable public static var prime: UInt64 { 0x0000_0100_0000_01B3 }

    @usableFromInline package internal(set) var value: UInt64

    package init(value: UInt64 = StableHash.offsetBasis) {
        self.value = value
    }

    /// Mixes one byte or one code point.
    @inlinable
    public mutating func combine(_ unit: UInt32) {
        value = (value ^ UInt64(unit)) &* StableHash.prime
    }

    /// Mixes one value into `hash` (the allocation-free form for hot loops).
    @inlinable
    public static func mix(_ hash: UInt64, _ unit: UInt32) -> UInt64 {
        (hash ^ UInt64(unit)) &* prime
    }

    /// The hash of a string's UTF-8 bytes.
    package static func of(utf8 text: String) -> UInt64 {
        var hash = StableHash()
        for byte in text.utf8 { hash.combine(UInt32(byte)) }
        return hash.value
    }

    /// The hash of a sequence of code points, one value per code point.
    package static func of<S: Sequence<UInt32>>(scalars: S) -> UInt64 {
        var hash = StableHash()
        for scalar in scalars { hash.combine(scalar) }
        return hash.value
    }

    /// The hash as 16 lowercase hex digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
