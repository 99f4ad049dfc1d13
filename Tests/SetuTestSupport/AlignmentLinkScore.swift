/// Link-level precision and recall of a sentence alignment (the measure of the ARCADE evaluations):
/// each bead links every Hindi sentence of it with every English sentence of it (an omission links a
/// sentence with nothing), and predicted links are compared with gold links.
///
/// Gold sentences come from the fixture's own sentence rule; predicted beads are over the segments of
/// Setu's real pipeline. Both are mapped onto the document's text with whitespace removed, so a
/// predicted segment stands for the gold sentences it overlaps, whatever the two segmentations.
public struct AlignmentLinkScore: Sendable, CustomStringConvertible {
    public private(set) var correct = 0
    public private(set) var predicted = 0
    public private(set) var expected = 0

    public init() {}

    public struct Link: Hashable, Sendable {
        var hindi: Int
        var english: Int
    }

    /// Adds one document.
    /// - Parameters:
    ///   - gold: beads as (Hindi sentences, English sentences), in order.
    ///   - predicted: beads as (Hindi segment texts, English segment texts), in order.
    public mutating func add(gold: [(hi: [String], en: [String])], predicted beads: [(hi: [String], en: [String])]) {
        let goldHindi = Self.spans(gold.flatMap(\.hi))
        let goldEnglish = Self.spans(gold.flatMap(\.en))
        var goldLinks = Set<Link>()
        var hindiIndex = 0
        var englishIndex = 0
        for bead in gold {
            let hindi = Array(hindiIndex..<hindiIndex + bead.hi.count)
            let english = Array(englishIndex..<englishIndex + bead.en.count)
            goldLinks.formUnion(Self.links(hindi, english))
            hindiIndex += bead.hi.count
            englishIndex += bead.en.count
        }
        let predictedHindi = Self.place(beads.flatMap(\.hi), on: goldHindi)
        let predictedEnglish = Self.place(beads.flatMap(\.en), on: goldEnglish)
        var predictedLinks = Set<Link>()
        var hindiSegment = 0
        var englishSegment = 0
        for bead in beads {
            let hindi = Set(predictedHindi[hindiSegment..<hindiSegment + bead.hi.count].flatMap { $0 }).sorted()
            let english = Set(predictedEnglish[englishSegment..<englishSegment + bead.en.count].flatMap { $0 }).sorted()
            predictedLinks.formUnion(Self.links(hindi, english))
            hindiSegment += bead.hi.count
            englishSegment += bead.en.count
        }
        correct += predictedLinks.intersection(goldLinks).count
        predicted += predictedLinks.count
        expected += goldLinks.count
    }

    public var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
    public var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        func percent(_ value: Double) -> String { String(Double(Int(value * 1000)) / 10) + " %" }
        return "links: precision \(percent(precision)), recall \(percent(recall)), F1 \(percent(f1)) (\(correct) of \(expected) gold links, \(predicted) predicted)"
    }

    static func links(_ hindi: [Int], _ english: [Int]) -> [Link] {
        if hindi.isEmpty { return english.map { Link(hindi: -1, english: $0) } }
        if english.isEmpty { return hindi.map { Link(hindi: $0, english: -1) } }
        return hindi.flatMap { h in english.map { Link(hindi: h, english: $0) } }
    }

    static func squeezed(_ text: String) -> [Unicode.Scalar] { text.unicodeScalars.filter { !$0.properties.isWhitespace } }

    /// Character spans of consecutive sentences in the squeezed text.
    static func spans(_ sentences: [String]) -> (text: [Unicode.Scalar], ranges: [Range<Int>]) {
        var text: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            let squeezed = Self.squeezed(sentence)
            ranges.append(text.count..<text.count + squeezed.count)
            text += squeezed
        }
        return (text, ranges)
    }

    /// For each segment, the gold sentences it overlaps (segments are found in order in the gold text).
    static func place(_ segments: [String], on gold: (text: [Unicode.Scalar], ranges: [Range<Int>])) -> [[Int]] {
        var cursor = 0
        return segments.map { segment in
            let needle = squeezed(segment)
            guard !needle.isEmpty, let start = find(needle, in: gold.text, from: cursor) else { return [] }
            let range = start..<start + needle.count
            cursor = range.upperBound
            return gold.ranges.indices.filter { gold.ranges[$0].overlaps(range) }
        }
    }

    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && Array(haystack[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
