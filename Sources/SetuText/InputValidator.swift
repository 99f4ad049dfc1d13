/// Checks input files before any output is produced, so a bad file yields one clear error and no
/// partial results.
public enum InputValidator {
    /// Reads the whole file once and checks that it is UTF-8 (RFC 3629).
    /// - Returns: the file size in bytes (0 for an empty file).
    /// - Throws: `SetuTextError` naming the file and, for bad UTF-8, the byte offset and line.
    public static func validateUTF8(at path: String) throws(SetuTextError) -> Int {
        var reader = try UTF8LineReader(path: path)
        let scratch = UTF16Buffer(capacity: 1 << 12)
        while try reader.nextLine(into: scratch) != nil {}
        return reader.bytesRead
    }

    /// Checks that bytes held in memory are UTF-8 text, naming `name` and the line and byte offset of the
    /// first problem.
    public static func validateUTF8(bytes: [UInt8], name: String) throws(SetuTextError) {
        guard !bytes.isEmpty else { return }
        var reader = UTF8LineReader(bytes: bytes, name: name)
        let scratch = UTF16Buffer(capacity: 1 << 12)
        while try reader.nextLine(into: scratch) != nil {}
    }
}
