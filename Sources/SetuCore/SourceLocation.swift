/// A place in an input file, for error messages: `path:line:column` plus the byte offset.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// 1-based line number, or nil when unknown.
    public var line: Int?
    /// 1-based column (in characters), or nil when unknown.
    public var column: Int?
    /// 0-based byte offset from the start of the file, or nil when unknown.
    public var byteOffset: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// `path:line:column` as far as known, followed by ` (byte N)` when the byte offset is known.
    public var description: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let byteOffset { text += " (byte \(byteOffset))" }
        return text
    }
}
