/// A BCP 47 language tag in canonical case (`hi-IN`, `en-GB`, `zh-Hant-TW`).
///
/// Accepts the spellings other tools write (`HI-in`, `hi_IN`) and canonicalizes them per BCP 47
/// section 2.1.1: language lowercase, script titlecase, region uppercase.
public struct LanguageTag: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    /// The canonical tag.
    public let value: String

    /// Creates a tag from any common spelling; returns nil for an empty or malformed tag.
    public init?(_ raw: String) {
        let subtags = raw.trimmingCharacters(in: " \t").split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = subtags.first, (1...8).contains(first.count),
            subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "*") } })
        else { return nil }
        var parts: [String] = [first.lowercased()]
        for subtag in subtags.dropFirst() {
            if subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                parts.append(subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased())
            } else if subtag.count == 2 || (subtag.count == 3 && subtag.allSatisfy(\.isNumber)) {
                parts.append(subtag.uppercased())
            } else {
                parts.append(subtag.lowercased())
            }
        }
        value = parts.joined(separator: "-")
    }

    /// The primary language subtag (`hi` for `hi-IN`).
    public var language: String { String(value.prefix { $0 != "-" }) }

    public var description: String { value }

    public static func < (lhs: LanguageTag, rhs: LanguageTag) -> Bool { lhs.value < rhs.value }

    public static let hindi = LanguageTag("hi-IN")!
    public static let english = LanguageTag("en")!
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return slice
    }
}
