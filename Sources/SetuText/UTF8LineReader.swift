#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import SetuCore

/// Where a line sits in its input.
struct LinePosition: Sendable, Equatable {
    /// 1-based line number.
    var number: Int
    /// Byte offset of the line's first byte.
    var byteOffset: Int
    /// Code point offset of the line's first character.
    var codePointOffset: Int
}

/// Streams UTF-8 input as lines of UTF-16, validating every byte (RFC 3629) on the way.
///
/// Lines end at LF, CR LF or CR; the terminator is not part of the line. Memory is one read chunk plus
/// the longest line. Invalid UTF-8 throws with the byte offset of the first bad sequence.
struct UTF8LineReader: ~Copyable {
    private enum Source {
        case descriptor(Int32, ownsDescriptor: Bool)
        case bytes([UInt8])
    }

    let path: String
    private let source: Source
    private var chunk: UnsafeMutablePointer<UInt8>
    private let chunkCapacity: Int
    private var chunkStart = 0
    private var chunkEnd = 0
    private var atEnd = false
    /// Byte offset of `chunk[0]` in the input.
    private var chunkByteOffset = 0
    private var lineNumber = 0
    private var codePointOffset = 0
    /// Total bytes consumed, for reporting.
    private(set) var bytesRead = 0
    /// Whether the start of the input was checked for being text of another kind (UTF-16, a PDF …).
    private var sniffed = false

    /// Opens `path` for reading; `-` reads standard input.
    init(path: String, chunkSize: Int = 1 << 20) throws(SetuTextError) {
        self.path = path
        chunkCapacity = max(chunkSize, 64)
        if path == "-" {
            source = .descriptor(0, ownsDescriptor: false)
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            source = .descriptor(descriptor, ownsDescriptor: true)
        }
        chunk = .allocate(capacity: chunkCapacity)
    }

    /// Reads from bytes already in memory.
    init(bytes: [UInt8], name: String) {
        path = name
        source = .bytes(bytes)
        chunkCapacity = max(bytes.count, 64)
        chunk = .allocate(capacity: chunkCapacity)
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { chunk.update(from: base, count: buffer.count) }
        }
        chunkEnd = bytes.count
        atEnd = true
    }

    deinit {
        chunk.deallocate()
        if case let .descriptor(descriptor, owns) = source, owns { close(descriptor) }
    }

    /// Decodes the next line into `buffer` (replacing its contents).
    /// - Returns: the line's position, or nil at the end of input.
    /// - Throws: `SetuTextError.invalidUTF8` or `.unreadable`.
    mutating func nextLine(into buffer: UTF16Buffer) throws(SetuTextError) -> LinePosition? {
        buffer.removeAll()
        if chunkStart == chunkEnd {
            try refill()
            if chunkStart == chunkEnd { return nil }
        }
        if !sniffed {
            sniffed = true
            let head = UnsafeBufferPointer(start: chunk + chunkStart, count: min(512, chunkEnd - chunkStart))
            if let problem = FileSniffer.problem(FileSniffer.kind(of: Array(head))) {
                throw .notText(path: path, reason: problem)
            }
        }
        lineNumber += 1
        let position = LinePosition(
            number: lineNumber, byteOffset: chunkByteOffset + chunkStart, codePointOffset: codePointOffset)
        var codePoints = 0
        while true {
            if chunkStart == chunkEnd {
                try refill()
                if chunkStart == chunkEnd { break }
            }
            let byte = chunk[chunkStart]
            if byte < 0x80 {
                if byte == 0x0A {
                    chunkStart += 1
                    codePoints += 1
                    codePointOffset += codePoints
                    return position
                }
                if byte == 0x0D {
                    chunkStart += 1
                    codePoints += 1
                    if chunkStart == chunkEnd { try refill() }
                    if chunkStart < chunkEnd, chunk[chunkStart] == 0x0A {
                        chunkStart += 1
                        codePoints += 1
                    }
                    codePointOffset += codePoints
                    return position
                }
                buffer.append(UInt16(byte))
                chunkStart += 1
                codePoints += 1
                continue
            }
            if chunkEnd - chunkStart < 4 && !atEnd {
                try refill()
            }
            // Fast path for three-byte sequences (all of Devanagari): validated inline.
            if byte & 0xF0 == 0xE0, chunkEnd - chunkStart >= 3 {
                let second = chunk[chunkStart + 1]
                let third = chunk[chunkStart + 2]
                let low: UInt8 = byte == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = byte == 0xED ? 0x9F : 0xBF
                if second >= low && second <= high && third & 0xC0 == 0x80 {
                    buffer.append(UInt16(byte & 0x0F) << 12 | UInt16(second & 0x3F) << 6 | UInt16(third & 0x3F))
                    chunkStart += 3
                    codePoints += 1
                    continue
                }
            }
            let scalar = try decodeMultiByte()
            codePoints += 1
            if scalar < 0x10000 {
                buffer.append(UInt16(scalar))
            } else {
                let value = scalar - 0x10000
                buffer.append(UInt16(0xD800 + (value >> 10)))
                buffer.append(UInt16(0xDC00 + (value & 0x3FF)))
                buffer.hasSurrogates = true
            }
        }
        codePointOffset += codePoints
        return position
    }

    private mutating func decodeMultiByte() throws(SetuTextError) -> UInt32 {
        let lead = chunk[chunkStart]
        let available = chunkEnd - chunkStart
        let length: Int
        var scalar: UInt32
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF:
            length = 2
            scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            scalar = UInt32(lead & 0x0F)
            if lead == 0xE0 { lowest = 0xA0 }
            if lead == 0xED { highest = 0x9F }
        case 0xF0...0xF4:
            length = 4
            scalar = UInt32(lead & 0x07)
            if lead == 0xF0 { lowest = 0x90 }
            if lead == 0xF4 { highest = 0x8F }
        case 0x80...0xBF:
            throw invalid(at: 0, "unexpected continuation byte 0x\(hex(lead))")
        default:
            throw invalid(at: 0, "byte 0x\(hex(lead)) never appears in UTF-8")
        }
        for index in 1..<length {
            guard index < available else {
                throw invalid(at: 0, "truncated \(length)-byte sequence at end of input")
            }
            let byte = chunk[chunkStart + index]
            let low = index == 1 ? lowest : 0x80
            let high = index == 1 ? highest : 0xBF
            guard byte >= low && byte <= high else {
                throw invalid(
                    at: 0, "byte 0x\(hex(byte)) cannot follow 0x\(hex(lead)) (overlong, surrogate or truncated sequence)")
            }
            scalar = (scalar << 6) | UInt32(byte & 0x3F)
        }
        chunkStart += length
        return scalar
    }

    private func invalid(at delta: Int, _ detail: String) -> SetuTextError {
        .invalidUTF8(
            SourceLocation(path: path, line: lineNumber, byteOffset: chunkByteOffset + chunkStart + delta), detail: detail)
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// Moves unread bytes to the front and reads more; sets `atEnd` at end of input.
    private mutating func refill() throws(SetuTextError) {
        guard !atEnd, case let .descriptor(descriptor, _) = source else { return }
        let remaining = chunkEnd - chunkStart
        if chunkStart > 0 {
            if remaining > 0 { chunk.update(from: chunk + chunkStart, count: remaining) }
            chunkByteOffset += chunkStart
            chunkStart = 0
            chunkEnd = remaining
        }
        while chunkEnd < chunkCapacity {
            let count = read(descriptor, chunk + chunkEnd, chunkCapacity - chunkEnd)
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 {
                atEnd = true
                break
            }
            chunkEnd += count
            bytesRead += count
            // Return as soon as a whole UTF-8 sequence can be decoded, so interactive input is not held back.
            if chunkEnd >= 4 { break }
        }
    }
}
