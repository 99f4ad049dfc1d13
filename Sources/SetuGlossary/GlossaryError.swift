import SetuCore

/// Errors raised while reading, checking or matching a glossary.
public enum GlossaryError: Error, Equatable, CustomStringConvertible {
    /// A line does not follow the glossary format.
    case malformed(SourceLocation, String)
    /// The file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// Several problems found in one file (lenient reading collects them; strict reading throws this).
    case invalid([GlossaryDiagnostic])

    public var description: String {
        switch self {
        case let .malformed(location, message): return "\(location): \(message)"
        case let .unreadable(path, reason): return "\(path): cannot read glossary: \(reason)"
        case let .invalid(diagnostics):
            let shown = diagnostics.prefix(20).map(\.description).joined(separator: "\n")
            let more = diagnostics.count > 20 ? "\n… and \(diagnostics.count - 20) more" : ""
            return shown + more
        }
    }
}

/// One problem found in a glossary, with its place.
public struct GlossaryDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }
    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ location: SourceLocation, _ severity: Severity, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// Input quoted in a message: at most `limit` characters, control characters escaped.
    static func quote(_ text: String, limit: Int = 40) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(limit) {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > limit ? result + "…" : result
    }
}
