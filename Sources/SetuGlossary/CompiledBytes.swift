import SetuText

/// A flat little-endian byte format for data Setu derives once and reads back many times (a compiled
/// term matcher, `TermMatcher.compiled()`): numbers, arrays of numbers copied as memory, and UTF-8 strings
/// with their length in front. The reader checks every length against the bytes left and throws
/// `CompiledFormatError` instead of reading past the end.
struct CompiledWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }

    /// What the data is and which layout it has, first (`CompiledReader.readHeader`).
    mutating func writeHeader(magic: String, layout: UInt32) {
        bytes.append(contentsOf: magic.utf8)
        write(layout)
    }

    mutating func write(_ text: String) {
        write(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ texts: [String]) {
        write(UInt32(texts.count))
        for text in texts { write(text) }
    }

    /// An array of integers as its count and then its memory (this format is read on little-endian
    /// machines only; `CompiledReader` refuses others).
    mutating func write<T: FixedWidthInteger>(_ values: [T]) {
        write(UInt32(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Why compiled bytes could not be read back: the data is cut short or not what the writer wrote.
public struct CompiledFormatError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { "compiled data unreadable: \(reason)" }
}

///
/// The reader borrows its bytes (a file mapped into memory, say): use it only inside the closure that
/// lends them.
struct CompiledReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) throws(CompiledFormatError) {
        guard 1.littleEndian == 1 else { throw CompiledFormatError(reason: "big-endian machine") }
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    /// Checks what `CompiledWriter.writeHeader` wrote: the data is `what` and of this build's layout.
    mutating func readHeader(magic: String, layout: UInt32, what: String) throws(CompiledFormatError) {
        for byte in magic.utf8 where try read(UInt8.self) != byte {
            throw CompiledFormatError(reason: "not a compiled \(what)")
        }
        let found = try read(UInt32.self)
        guard found == layout else { throw CompiledFormatError(reason: "layout \(found), this build reads \(layout)") }
    }

    private mutating func take(_ count: Int) throws(CompiledFormatError) -> Range<Int> {
        guard count >= 0, count <= bytes.count - offset else {
            throw CompiledFormatError(reason: "cut short at byte \(offset) (\(count) bytes wanted, \(bytes.count - offset) left)")
        }
        defer { offset += count }
        return offset..<(offset + count)
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws(CompiledFormatError) -> T {
        let range = try take(MemoryLayout<T>.size)
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: range.lowerBound, as: T.self))
    }

    mutating func readBool() throws(CompiledFormatError) -> Bool {
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw CompiledFormatError(reason: "not a truth value at byte \(offset - 1)")
        }
    }

    mutating func readCount() throws(CompiledFormatError) -> Int { Int(try read(UInt32.self)) }

    mutating func readString() throws(CompiledFormatError) -> String {
        let range = try take(try readCount())
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func readStrings() throws(CompiledFormatError) -> [String] {
        let count = try readCount()
        guard count <= bytes.count - offset else { throw CompiledFormatError(reason: "string count \(count) beyond the data") }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try readString()) }
        return texts
    }

    mutating func readArray<T: FixedWidthInteger>(_: T.Type = T.self) throws(CompiledFormatError) -> [T] {
        let count = try readCount()
        let range = try take(count * MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[range]))
            initialized = count
        }
    }
}

/// Two independent 64-bit multiply–xorshift hashes fed eight bytes at a time, for naming derived files by
/// their content (`TermMatcher.fingerprint`, `GlossaryCache`): stable across processes and platforms, not
/// collision resistant against an adversary.
package struct PairHash: Sendable {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x243F_6A88_85A3_08D3

    package init() {}

    @inline(__always) private mutating func mix(_ word: UInt64) {
        first = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
        first ^= first >> 32
        second = (second ^ word) &* 0xFF51_AFD7_ED55_8CCD
        second ^= second >> 29
    }

    /// Mixes the bytes and their count (so `ab`,`c` and `a`,`bc` differ).
    package mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        var tail: UInt64 = 0
        while index < bytes.count {
            tail = tail << 8 | UInt64(bytes[index])
            index += 1
        }
        mix(tail)
        mix(UInt64(bytes.count) | 0x8000_0000_0000_0000)
    }

    package mutating func feed(_ text: String) {
        var text = text
        text.withUTF8 { feed(UnsafeRawBufferPointer($0)) }
    }

    /// Both hashes as 32 lowercase hex digits.
    package var hex: String { StableHash(value: first).hex + StableHash(value: second).hex }
}
