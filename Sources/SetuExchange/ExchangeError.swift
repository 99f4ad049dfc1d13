import SetuCore

/// Errors raised while reading or writing exchange formats (TMX, TBX).
public enum ExchangeError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The output could not be written.
    case unwritable(path: String, reason: String)
    /// The XML is not well-formed (or ends early); `underlying` is the parser's message.
    case malformed(SourceLocation, underlying: String)
    /// The file asks for something Setu refuses to do: declare entities (expansion attacks) or load
    /// external entities.
    case refused(SourceLocation, reason: String)
    /// Well-formed XML that breaks a rule of the format, such as a missing required attribute.
    case invalid(SourceLocation, reason: String)
    /// A unit holds a character that XML 1.0 forbids; it is skipped on export.
    case forbiddenCharacter(unit: String, scalar: UInt32)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .unwritable(path, reason): return "\(path): cannot write: \(reason)"
        case let .malformed(location, underlying): return "\(location): malformed XML: \(underlying)"
        case let .refused(location, reason): return "\(location): refused: \(reason)"
        case let .invalid(location, reason): return "\(location): \(reason)"
        case let .forbiddenCharacter(unit, scalar):
            return "unit \(unit): character U+\(String(scalar, radix: 16, uppercase: true)) is not allowed in XML 1.0; unit skipped"
        }
    }
}
