import SetuCore

/// A stored segment, as lookups return it.
public struct StoredSegment: Sendable, Hashable {
    public var id: Int64
    /// Path of the document (or TMX file) it belongs to; nil for units added by hand.
    public var document: String?
    public var position: Int?
    public var line: Int?
    public var language: String
    public var kind: String
    public var text: String
}

/// A translation of a stored segment, through one unit.
public struct StoredTranslation: Sendable, Hashable {
    public var unitID: Int64
    public var text: String
    public var language: String
    public var origin: UnitOrigin
    public var alignment: String?
    public var confidence: Double?
}

/// One lookup result.
public struct MemoryHit: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case exact, fuzzy, concordance, term }
    public var kind: Kind
    public var segment: StoredSegment
    /// Its translations (for an English segment: the Hindi sources it translates).
    public var translations: [StoredTranslation]
    /// The match score for exact and fuzzy hits.
    public var score: FuzzyScore?
    /// Code point ranges of `segment.text` to highlight: the concordance substring or the term spans.
    public var highlights: [Range<Int>]
    /// Glossary entries behind a term hit.
    public var entries: [String]
}

/// Settings shared by the lookups.
public struct LookupOptions: Sendable {
    /// Restrict results to segments in this language (primary subtag, `hi` or `en`); nil for any.
    public var language: String?
    public var limit: Int
    /// Smallest fuzzy score returned, 0…1.
    public var minimumScore: Double

    public init(language: String? = nil, limit: Int = 10, minimumScore: Double = 0.7) {
        self.language = language
        self.limit = limit
        self.minimumScore = minimumScore
    }
}
