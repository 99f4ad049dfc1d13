import Foundation
import SetuCore
import SetuTestSupport
import SetuText
import Testing

/// The hand-written gold set: 114 news-style passages covering every segmentation rule.
@Suite("Segmentation gold set")
struct SegmentationGoldTests {
    struct Passage: Decodable {
        struct Expected: Decodable {
            var text: String
            var kind: String
        }
        var id: String
        var rules: [String]
        var input: String
        var segments: [Expected]
    }

    static let passages: [Passage] = {
        (try? Fixtures.jsonLines(Passage.self, at: Fixtures.url("segmentation-gold.jsonl", target: "SetuTextTests"))) ?? []
    }()

    @Test("the gold set is present and large enough")
    func goldSetLoads() {
        #expect(Self.passages.count >= 80)
    }

    @Test("boundary F1 on the gold set is at least 0.98")
    func boundaryF1() throws {
        let segmenter = try DocumentSegmenter()
        var score = BoundaryScore()
        var kindMatches = 0
        var kindTotal = 0
        var failures: [String] = []
        for passage in Self.passages {
            let predicted = try segmenter.segment(passage.input, document: passage.id)
            let sameCoverage = score.add(expected: passage.segments.map(\.text), predicted: predicted.map(\.text))
            if !sameCoverage { failures.append("\(passage.id): predicted segments cover different text") }
            if predicted.map(\.text) != passage.segments.map(\.text) {
                failures.append("\(passage.id): expected \(passage.segments.map(\.text)) got \(predicted.map(\.text))")
            }
            for (expected, actual) in zip(passage.segments, predicted) where expected.text == actual.text {
                kindTotal += 1
                if expected.kind == actual.kind.rawValue {
                    kindMatches += 1
                } else {
                    failures.append("\(passage.id): kind of \"\(expected.text.prefix(40))\" expected \(expected.kind) got \(actual.kind.rawValue)")
                }
            }
        }
        print("Segmentation gold set (\(Self.passages.count) passages): \(score); kinds \(kindMatches)/\(kindTotal)")
        for failure in failures { print("  mismatch: \(failure)") }
        #expect(score.f1 >= 0.98)
        #expect(Double(kindMatches) >= 0.98 * Double(kindTotal))
    }

    @Test("every gold segment's span gives its text back", arguments: passages.filter { !$0.rules.contains("markdown-link") })
    func spansRoundTrip(_ passage: Passage) throws {
        let scalars = Array(passage.input.unicodeScalars)
        for segment in try DocumentSegmenter().segment(passage.input) {
            let span = String(String.UnicodeScalarView(scalars[segment.start..<segment.end]))
            #expect(span == segment.text, "\(passage.id) segment \(segment.index)")
        }
    }
}
