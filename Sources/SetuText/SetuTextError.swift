import SetuCore

/// Errors raised while reading, normalizing or segmenting text.
public enum SetuTextError: Error, Equatable, CustomStringConvertible {
    /// The bytes at `location` are not valid UTF-8.
    case invalidUTF8(SourceLocation, detail: String)
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The path names a directory, not a file.
    case isDirectory(path: String)
    /// The file is not UTF-8 text: UTF-16, a Word, Excel or PDF file, a binary; `reason` says which and
    /// how to convert it.
    case notText(path: String, reason: String)
    /// ICU refused an operation; `code` is ICU's UErrorCode.
    case icu(operation: String, code: Int32)

    public var description: String {
        switch self {
        case let .invalidUTF8(location, detail):
            return "\(location): invalid UTF-8: \(detail)"
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .isDirectory(path):
            return "\(path): is a directory, expected a UTF-8 text file"
        case let .notText(path, reason):
            return "\(path): \(reason)"
        case let .icu(operation, code):
            return "ICU \(operation) failed with error code \(code)"
        }
    }
}
