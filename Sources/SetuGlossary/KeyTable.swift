/// A map from 64-bit keys to `Int32`, for the term matcher's hot lookups (word ids, trie edges, sound-alike
/// and transcription keys). The keys are hashes already, or node/word pairs, so one multiply spreads them;
/// a `Dictionary` would hash each again with SipHash, which was a tenth of matching time.
///
/// Open addressing with linear probing, at most three quarters full, keys and values in arrays of their
/// own and the used slots as bits (about 12.2 bytes a slot, as compact as a `Dictionary`). Insert and
/// update only (the matcher's tables are built once, then read from every thread). Iteration order is
/// unspecified.
struct KeyTable: Sendable, Sequence {
    private var keys = [UInt64](repeating: 0, count: 16)
    private var values = [Int32](repeating: 0, count: 16)
    private var used = [UInt64](repeating: 0, count: 1)
    private var shift: UInt64 = 60  // 64 - log2(capacity)
    private(set) var count = 0

    init() {}

    var isEmpty: Bool { count == 0 }

    @inline(__always) private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) private static func isUsed(_ used: UnsafeBufferPointer<UInt64>, _ index: Int) -> Bool {
        used[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    subscript(key: UInt64) -> Int32? {
        get {
            keys.withUnsafeBufferPointer { keys in
                used.withUnsafeBufferPointer { used in
                    let mask = keys.count - 1
                    var index = home(key)
                    while Self.isUsed(used, index) {
                        if keys[index] == key { return values[index] }
                        index = (index + 1) & mask
                    }
                    return nil
                }
            }
        }
        set {
            guard let newValue else { preconditionFailure("KeyTable does not remove keys") }
            if (count + 1) * 4 > keys.count * 3 { grow() }
            let mask = keys.count - 1
            var index = home(key)
            while used[index >> 6] & (1 << UInt64(index & 63)) != 0 {
                if keys[index] == key {
                    values[index] = newValue
                    return
                }
                index = (index + 1) & mask
            }
            keys[index] = key
            values[index] = newValue
            used[index >> 6] |= 1 << UInt64(index & 63)
            count += 1
        }
    }

    private mutating func grow() {
        let (oldKeys, oldValues, oldUsed) = (keys, values, used)
        let capacity = keys.count * 2
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: 0, count: capacity)
        used = [UInt64](repeating: 0, count: capacity / 64 + 1)
        shift -= 1
        count = 0
        for index in oldKeys.indices where oldUsed[index >> 6] & (1 << UInt64(index & 63)) != 0 {
            self[oldKeys[index]] = oldValues[index]
        }
    }

    func makeIterator() -> AnyIterator<(key: UInt64, value: Int32)> {
        var index = 0
        let (keys, values, used) = (keys, values, used)
        return AnyIterator {
            while index < keys.count {
                defer { index += 1 }
                if used[index >> 6] & (1 << UInt64(index & 63)) != 0 { return (keys[index], values[index]) }
            }
            return nil
        }
    }
}

extension KeyTable {
    /// The table as `CompiledWriter` data: its slots as they are, so reading it back does not rehash.
    func write(to writer: inout CompiledWriter) {
        writer.write(keys)
        writer.write(values)
        writer.write(used)
        writer.write(UInt64(count))
    }

    /// Reads a table `write(to:)` wrote, checking that its parts fit together.
    init(reading reader: inout CompiledReader) throws(CompiledFormatError) {
        let keys: [UInt64] = try reader.readArray()
        let values: [Int32] = try reader.readArray()
        let used: [UInt64] = try reader.readArray()
        let count = Int(try reader.read(UInt64.self))
        let capacity = keys.count
        guard capacity >= 16, capacity.nonzeroBitCount == 1, values.count == capacity, used.count == capacity / 64 + 1,
            count == used.reduce(0, { $0 + $1.nonzeroBitCount }), count * 4 <= capacity * 3
        else { throw CompiledFormatError(reason: "a key table's parts do not fit together") }
        self.keys = keys
        self.values = values
        self.used = used
        self.count = count
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// Whether every stored value lies in `range` (a compiled table's values index other tables).
    func valuesLie(in range: Range<Int32>) -> Bool {
        values.indices.allSatisfy { used[$0 >> 6] & (1 << UInt64($0 & 63)) == 0 || range.contains(values[$0]) }
    }
}
