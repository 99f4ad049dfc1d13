/// A set of 64-bit keys as bits indexed by the keys' low bits: no false negatives, few false positives
/// at its capacity, and a membership test without hashing.
struct KeyFilter: Sendable {
    private var bits: [UInt64]
    private let mask: Int

    /// A filter with about 16 bits per key expected (at least 2¹⁶ bits, at most 2²⁴).
    init(capacity: Int = 0) {
        var size = 1 << 16
        while size < capacity * 16 && size < 1 << 24 { size <<= 1 }
        bits = [UInt64](repeating: 0, count: size >> 6)
        mask = size - 1
    }

    mutating func insert(_ key: UInt64) {
        let slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        let slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}

extension KeyFilter {
    func write(to writer: inout CompiledWriter) { writer.write(bits) }

    init(reading reader: inout CompiledReader) throws(CompiledFormatError) {
        let bits: [UInt64] = try reader.readArray()
        let size = bits.count * 64
        guard size >= 1 << 16, size <= 1 << 24, size.nonzeroBitCount == 1 else {
            throw CompiledFormatError(reason: "a key filter of \(size) bits")
        }
        self.bits = bits
        mask = size - 1
    }
}
