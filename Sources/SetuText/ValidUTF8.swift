/// Decoding the UTF-8 of a `String`, which is valid by construction, without the checks a byte stream from
/// a file needs (`UTF8LineReader` does those): for hot loops over segment text.
public enum ValidUTF8 {
    /// Calls `body` with the byte offset and value of each code point of `bytes`, which must be valid UTF-8
    /// (a `String`'s, from `withUTF8`).
    @inlinable @inline(__always)
    public static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ offset: Int, _ scalar: UInt32) -> Void) {
        var index = 0
        let end = bytes.count
        while index < end {
            let lead = UInt32(bytes[index])
            if lead < 0x80 {
                body(index, lead)
                index += 1
            } else if lead < 0xE0 {
                body(index, (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
                index += 2
            } else if lead < 0xF0 {
                body(index, (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
                index += 3
            } else {
                body(index, (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F))
                index += 4
            }
        }
    }
}
