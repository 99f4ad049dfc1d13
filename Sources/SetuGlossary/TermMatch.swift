import SetuText

/// One occurrence of a glossary term in a text.
public struct TermMatch: Sendable, Hashable {
    /// Code point span in the text given to the matcher.
    public var start: Int
    public var end: Int
    /// The text as written at that span.
    public var surface: String
    /// Index of the entry in the matcher's termbase.
    public var entryIndex: Int
    public var entryID: String
    /// The entry's preferred English form.
    public var english: String
    public var kind: MatchKind
    /// The inflection or other rule that produced the match (`oblique-plural -ों`, `english-form`), if any.
    public var rule: String?
    /// The search folds the surface needed to match (nukta, chandrabindu, …).
    public var folds: FoldOptions
    /// 0…1: how sure the matcher is that this span names the entry.
    public var confidence: Double
    /// Ids of other entries that share the matched spelling (entries marked ambiguous).
    public var alternatives: [String]
}

/// How a term was found.
public enum MatchKind: String, Sendable, Hashable, CaseIterable {
    /// The text spells a listed variant exactly (after NFC).
    case exact
    /// The text matches a listed variant after search folds (nukta, chandrabindu, nasal, digits…).
    case folded
    /// The text is an inflected form (oblique, plural) of a listed variant.
    case inflected
    /// The text is one edit away from a listed name (a typo).
    case fuzzy
    /// The text spells a listed acronym with dots or in another script.
    case acronym
    /// The text writes a listed English form of two or more words in Devanagari (`शंघाई कोऑपरेशन
    /// ऑर्गनाइजेशन` for Shanghai Cooperation Organisation), found by sound (`SoundSkeleton`).
    case transcribed
}
