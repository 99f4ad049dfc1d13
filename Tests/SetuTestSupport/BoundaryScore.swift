/// Precision, recall and F1 of sentence boundaries, comparing predicted with expected segment texts.
///
/// Boundaries are positions in the concatenation of all segment texts with whitespace removed, so the
/// score does not depend on offsets or spacing; both sides must cover the same characters.
public struct BoundaryScore: Sendable, CustomStringConvertible {
    public private(set) var truePositives = 0
    public private(set) var falsePositives = 0
    public private(set) var falseNegatives = 0

    public init() {}

    /// Adds one passage. Returns false when the two sides do not cover the same characters.
    @discardableResult
    public mutating func add(expected: [String], predicted: [String]) -> Bool {
        let (expectedText, expectedBoundaries) = Self.boundaries(expected)
        let (predictedText, predictedBoundaries) = Self.boundaries(predicted)
        truePositives += expectedBoundaries.intersection(predictedBoundaries).count
        falsePositives += predictedBoundaries.subtracting(expectedBoundaries).count
        falseNegatives += expectedBoundaries.subtracting(predictedBoundaries).count
        return expectedText == predictedText
    }

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        func percent(_ value: Double) -> String { String(Double(Int(value * 10000)) / 100) + " %" }
        return "boundaries: precision \(percent(precision)), recall \(percent(recall)), F1 \(percent(f1)) "
            + "(tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))"
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    private static func boundaries(_ segments: [String]) -> (String, Set<Int>) {
        var text = ""
        var boundaries = Set<Int>()
        var length = 0
        for segment in segments {
            let squeezed = segment.unicodeScalars.filter { !$0.properties.isWhitespace }
            text.unicodeScalars.append(contentsOf: squeezed)
            length += squeezed.count
            boundaries.insert(length)
        }
        return (text, boundaries)
    }
}
