import SetuCore

/// The `<header>` of a TMX file.
public struct TMXHeader: Sendable, Hashable {
    /// Attributes as written (`creationtool`, `srclang`, …).
    public var attributes: [String: String]
    public var properties: [UnitProperty]
    public var notes: [String]

    public init(attributes: [String: String], properties: [UnitProperty] = [], notes: [String] = []) {
        self.attributes = attributes
        self.properties = properties
        self.notes = notes
    }

    /// The declared source language: a tag, or `*all*`.
    public var sourceLanguage: String? { attributes["srclang"] }
}

/// A `<tu>` as read, before Setu decides which side is the source.
public struct TMXUnit: Sendable, Hashable {
    public var attributes: [String: String]
    public var properties: [UnitProperty]
    public var notes: [String]
    public var variants: [TMXVariant]
    /// Where the `<tu>` starts.
    public var location: SourceLocation

    public var tuid: String? { attributes["tuid"] }
}

/// A `<tuv>` as read.
public struct TMXVariant: Sendable, Hashable {
    /// The `xml:lang` (or TMX 1.1 `lang`) value as written.
    public var rawLanguage: String
    public var attributes: [String: String]
    /// Text with inline codes removed (the content of `<hi>` kept).
    public var text: String
    /// The `<seg>` content as XML with inline elements, or nil when it has none.
    public var markup: String?
    public var properties: [UnitProperty]
    public var notes: [String]
    /// Number of inline elements in the segment.
    public var tagCount: Int
}
