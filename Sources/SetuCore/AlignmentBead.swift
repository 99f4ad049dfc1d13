/// One step of a sentence alignment: consecutive Hindi segments paired with consecutive English segments.
///
/// Either side may be empty (`1-0`: Hindi left untranslated; `0-1`: English added by the translator).
public struct AlignmentBead: Sendable, Hashable, Codable {
    /// Indices into the Hindi segment list.
    public var hindi: Range<Int>
    /// Indices into the English segment list.
    public var english: Range<Int>
    /// 0…1: how sure the aligner is of this bead.
    public var confidence: Double
    /// What supported the pairing, readable (`term:astana`, `number:2024`, `name:lavrov`).
    public var anchors: [String]

    public init(hindi: Range<Int>, english: Range<Int>, confidence: Double, anchors: [String] = []) {
        self.hindi = hindi
        self.english = english
        self.confidence = confidence
        self.anchors = anchors
    }

    /// `2-1` for two Hindi segments and one English segment.
    public var type: String { "\(hindi.count)-\(english.count)" }
}
