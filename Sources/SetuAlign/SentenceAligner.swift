import Foundation
import SetuCore
import SetuText

/// A sentence to align: its text, the paragraph it belongs to, and its anchors.
public struct AlignmentSentence: Sendable, Hashable {
    public var text: String
    /// Rank of the sentence's paragraph (line) in its document, from 0.
    public var paragraph: Int
    public var anchors: Set<String>

    public init(text: String, paragraph: Int, anchors: Set<String> = []) {
        self.text = text
        self.paragraph = paragraph
        self.anchors = anchors
    }

    /// Length in characters without spaces, Gale–Church's length unit.
    var length: Int { text.unicodeScalars.count { !TextCharacters.isWhitespace($0.value) } }
}

/// Tunable constants of the aligner.
public struct AlignmentParameters: Sendable {
    /// Expected English characters per Hindi character. Calibrated on Setu's parallel fixtures
    /// (60 one-to-one beads of news text: 1.06).
    public var lengthRatio = 1.06
    /// Variance of English length per Hindi character (measured 2.2 on the fixtures).
    public var lengthVariance = 2.0
    /// Prior probabilities of the bead types (Gale & Church 1993 give 0.89 / 0.089 / 0.0099; these were
    /// chosen by a grid search on the fixtures).
    public var priors: [String: Double] = ["1-1": 0.85, "2-1": 0.045, "1-2": 0.045, "1-0": 0.02, "0-1": 0.02]
    /// Cost removed per anchor the two sides share.
    public var sharedAnchorBonus = 2.0
    /// Cost added per anchor found on only one side (among anchors that occur in both documents).
    public var unmatchedAnchorPenalty = 1.5
    /// Cost added to a bead whose sentences come from different paragraphs, when both documents have the
    /// same number of paragraphs (translations usually keep the paragraph layout).
    public var paragraphCrossingPenalty = 6.0
    /// Half-width of the band of the dynamic programme around the diagonal, at least.
    public var minimumBand = 40

    public init() {}
}

/// Sentence alignment of a Hindi text with its English translation: Gale–Church length modelling
/// combined with anchors, by dynamic programming over a band around the diagonal.
///
/// Bead types 1-1, 2-1, 1-2, 1-0 and 0-1. Each bead's cost is `−log P(type) − log P(δ)` where δ is the
/// normalized difference between the English length and the length expected from the Hindi side (Gale &
/// Church, "A program for aligning sentences in bilingual corpora", 1993), minus a bonus for shared
/// anchors and plus a penalty for anchors on one side only. When both documents have the same number of
/// paragraphs, a bead that crosses a paragraph boundary pays a further penalty.
///
/// Complexity: O((n + m) · w) time and memory for band half-width w, which is at least
/// `minimumBand` and at least the difference in sentence counts plus a margin.
public struct SentenceAligner: Sendable {
    public var parameters: AlignmentParameters

    public init(parameters: AlignmentParameters = AlignmentParameters()) {
        self.parameters = parameters
    }

    private static let beadShapes: [(hindi: Int, english: Int)] = [(1, 1), (2, 1), (1, 2), (1, 0), (0, 1)]

    /// Aligns the sentences; returns beads in document order covering every sentence of both sides.
    public func align(hindi: [AlignmentSentence], english: [AlignmentSentence]) -> [AlignmentBead] {
        let n = hindi.count
        let m = english.count
        if n == 0 || m == 0 {
            return (0..<n).map { AlignmentBead(hindi: $0..<$0 + 1, english: 0..<0, confidence: 0.5) }
                + (0..<m).map { AlignmentBead(hindi: n..<n, english: $0..<$0 + 1, confidence: 0.5) }
        }
        let hindiSide = prepare(hindi, other: english)
        let englishSide = prepare(english, other: hindi)

        let band = max(parameters.minimumBand, abs(n - m) + parameters.minimumBand / 2)
        let width = 2 * band + 1
        func column(_ i: Int, _ j: Int) -> Int? {
            let centre = m * i / n
            let offset = j - centre + band
            return offset >= 0 && offset < width ? offset : nil
        }
        var cost = [Double](repeating: .infinity, count: (n + 1) * width)
        var choice = [Int8](repeating: -1, count: (n + 1) * width)
        cost[0 * width + column(0, 0)!] = 0
        for i in 0...n {
            let centre = m * i / n
            for j in max(0, centre - band)...min(m, centre + band) {
                guard let here = column(i, j), !(i == 0 && j == 0) else { continue }
                var best = Double.infinity
                var bestShape: Int8 = -1
                for (shapeIndex, shape) in Self.beadShapes.enumerated() {
                    let pi = i - shape.hindi
                    let pj = j - shape.english
                    guard pi >= 0, pj >= 0, let previous = column(pi, pj) else { continue }
                    let before = cost[pi * width + previous]
                    guard before.isFinite else { continue }
                    let total = before + beadCost(hindiSide, pi..<i, englishSide, pj..<j).cost
                    if total < best {
                        best = total
                        bestShape = Int8(shapeIndex)
                    }
                }
                cost[i * width + here] = best
                choice[i * width + here] = bestShape
            }
        }

        var beads: [AlignmentBead] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            guard let here = column(i, j), choice[i * width + here] >= 0 else {
                // Outside the band (cannot happen with the band covering |n − m|): fall back to omissions.
                if i > 0 { i -= 1; beads.append(AlignmentBead(hindi: i..<i + 1, english: j..<j, confidence: 0.1)) }
                else { j -= 1; beads.append(AlignmentBead(hindi: i..<i, english: j..<j + 1, confidence: 0.1)) }
                continue
            }
            let shape = Self.beadShapes[Int(choice[i * width + here])]
            let hindiRange = (i - shape.hindi)..<i
            let englishRange = (j - shape.english)..<j
            let evaluation = beadCost(hindiSide, hindiRange, englishSide, englishRange)
            beads.append(AlignmentBead(
                hindi: hindiRange, english: englishRange, confidence: evaluation.confidence,
                anchors: evaluation.shared.sorted()))
            i -= shape.hindi
            j -= shape.english
        }
        return beads.reversed()
    }

    /// Sentences reduced to what the cost needs; anchors kept only when the other document has them too.
    private struct Prepared {
        var lengths: [Int]
        var anchors: [Set<String>]
        /// Paragraph of each sentence, when both documents have the same number of paragraphs.
        var paragraphs: [Int]?
    }

    private func prepare(_ sentences: [AlignmentSentence], other: [AlignmentSentence]) -> Prepared {
        let otherAnchors = other.reduce(into: Set<String>()) { $0.formUnion($1.anchors) }
        let ownParagraphs = Set(sentences.map(\.paragraph)).count
        let otherParagraphs = Set(other.map(\.paragraph)).count
        let useParagraphs = ownParagraphs == otherParagraphs && ownParagraphs > 1
        return Prepared(
            lengths: sentences.map(\.length),
            anchors: sentences.map { $0.anchors.intersection(otherAnchors) },
            paragraphs: useParagraphs ? sentences.map(\.paragraph) : nil)
    }

    private func beadCost(_ hindi: Prepared, _ hindiRange: Range<Int>, _ english: Prepared, _ englishRange: Range<Int>)
        -> (cost: Double, confidence: Double, shared: Set<String>)
    {
        let type = "\(hindiRange.count)-\(englishRange.count)"
        let hindiLength = Double(hindiRange.reduce(0) { $0 + hindi.lengths[$1] })
        let englishLength = Double(englishRange.reduce(0) { $0 + english.lengths[$1] })
        let lengthProbability: Double
        if hindiRange.isEmpty || englishRange.isEmpty {
            lengthProbability = 1
        } else {
            let expected = hindiLength * parameters.lengthRatio
            let spread = (max(1, (hindiLength + englishLength / parameters.lengthRatio) / 2) * parameters.lengthVariance).squareRoot()
            let delta = abs(englishLength - expected) / spread
            lengthProbability = max(1e-12, erfc(delta / 2.0.squareRoot()))
        }
        let hindiAnchors = hindiRange.reduce(into: Set<String>()) { $0.formUnion(hindi.anchors[$1]) }
        let englishAnchors = englishRange.reduce(into: Set<String>()) { $0.formUnion(english.anchors[$1]) }
        let shared = hindiAnchors.intersection(englishAnchors)
        // An omitted sentence has no counterpart by definition; its anchors are not evidence against it.
        let unmatched = hindiRange.isEmpty || englishRange.isEmpty ? 0 : hindiAnchors.symmetricDifference(englishAnchors).count
        let prior = parameters.priors[type] ?? 1e-6
        var cost = -log(prior) - log(lengthProbability) - parameters.sharedAnchorBonus * Double(shared.count)
            + parameters.unmatchedAnchorPenalty * Double(unmatched)
        if let hindiParagraphs = hindi.paragraphs, let englishParagraphs = english.paragraphs {
            let paragraphs = Set(hindiRange.map { hindiParagraphs[$0] }).union(englishRange.map { englishParagraphs[$0] })
            if paragraphs.count > 1 { cost += parameters.paragraphCrossingPenalty }
        }

        let evidence = shared
        let anchorAgreement = Double(evidence.count) / Double(max(1, max(hindiAnchors.count, englishAnchors.count)))
        var confidence: Double
        if hindiRange.isEmpty || englishRange.isEmpty {
            confidence = 0.5
        } else if evidence.isEmpty {
            confidence = 0.75 * lengthProbability
        } else {
            confidence = 0.5 * lengthProbability + 0.5 * min(1, anchorAgreement)
        }
        if type == "2-1" || type == "1-2" { confidence *= 0.9 }
        return (cost, min(1, max(0.05, confidence)), evidence)
    }
}
