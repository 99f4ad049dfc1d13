/// A growable, manually managed UTF-16 buffer whose storage address stays valid between appends,
/// so ICU can iterate over it without copies.
final class UTF16Buffer {
    private(set) var base: UnsafeMutablePointer<UInt16>
    private(set) var capacity: Int
    var count = 0
    /// True when the buffer holds at least one surrogate pair (a code point above U+FFFF).
    var hasSurrogates = false

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) func append(_ unit: UInt16) {
        if count == capacity { grow(to: capacity * 2) }
        base[count] = unit
        count += 1
    }

    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: max(capacity * 2, count + extra)) }
    }

    func removeAll() {
        count = 0
        hasSurrogates = false
    }

    subscript(index: Int) -> UInt16 {
        @inline(__always) get { base[index] }
        @inline(__always) set { base[index] = newValue }
    }

    var buffer: UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(start: base, count: count) }

    func string(_ range: Range<Int>) -> String {
        UTF16Text.string(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    private func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<UInt16>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
