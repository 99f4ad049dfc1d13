import Foundation
import SetuGlossary
import SetuTestSupport
import SetuWorkflows
import Testing

/// Every parallel gold set scored through the real pipeline (`AlignmentWorkflow`: Setu's segmentation,
/// anchors and aligner), as users run `setu align`. The aligner's constants were fitted on the first
/// three documents; the held-out documents were written by someone else and never used for fitting
/// (one of them has a different paragraph layout in the two languages).
@Suite("Alignment gold sets through the pipeline")
struct AlignmentGoldTests {
    struct GoldBead: Decodable {
        var hi: [String]
        var en: [String]
    }

    static let fitted = ["seed-000", "seed-001", "budget"].map { ("parallel", $0) }
    static let heldOut = ["cricket", "court", "monsoon", "space"].map { ("parallel-heldout", $0) }

    static func score(_ documents: [(String, String)]) throws -> AlignmentLinkScore {
        let workflow = AlignmentWorkflow(termbase: try GlossaryFiles.load(Fixtures.repositoryFile("glossaries").path))
        var score = AlignmentLinkScore()
        for (folder, name) in documents {
            func file(_ suffix: String) -> String { Fixtures.url("\(folder)/\(name).\(suffix)", target: "SetuAlignTests").path }
            let gold = try Fixtures.jsonLines(GoldBead.self, at: URL(fileURLWithPath: file("gold.jsonl")))
            let result = try workflow.align(hindi: file("hi.txt"), english: file("en.txt"))
            let predicted = result.beads.map { bead in
                (hi: bead.hindi.map { result.hindiSegments[$0].text }, en: bead.english.map { result.englishSegments[$0].text })
            }
            score.add(gold: gold.map { (hi: $0.hi, en: $0.en) }, predicted: predicted)
        }
        return score
    }

    @Test("fitted and held-out documents, side by side")
    func fittedAndHeldOut() throws {
        let fitted = try Self.score(Self.fitted)
        let heldOut = try Self.score(Self.heldOut)
        print("alignment, fitted documents (\(Self.fitted.count)): \(fitted)")
        print("alignment, held-out documents (\(Self.heldOut.count)): \(heldOut)")
        #expect(fitted.f1 >= 0.95)
        #expect(heldOut.f1 >= 0.90)
        #expect(heldOut.expected >= 90)
    }
}
