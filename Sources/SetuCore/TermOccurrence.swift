/// A glossary term found in a segment, in the plain form the store keeps (no matcher types).
public struct TermOccurrence: Sendable, Hashable, Codable {
    /// Id of the glossary entry (`TermEntry.id`).
    public var entryID: String
    /// Code point span within the segment text.
    public var start: Int
    public var end: Int
    /// How the term was matched (`exact`, `inflected`, `fuzzy`, …).
    public var kind: String
    public var confidence: Double

    public init(entryID: String, start: Int, end: Int, kind: String, confidence: Double) {
        self.entryID = entryID
        self.start = start
        self.end = end
        self.kind = kind
        self.confidence = confidence
    }
}
