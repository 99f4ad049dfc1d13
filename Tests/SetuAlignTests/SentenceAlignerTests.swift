import Foundation
import SetuAlign
import SetuCore
import SetuGlossary
import SetuTestSupport
import Testing

/// The hand-made parallel fixture: three Hindi documents with English translations and gold beads.
@Suite("Sentence alignment gold set")
struct SentenceAlignerTests {
    struct GoldBead: Decodable {
        var hi: [String]
        var en: [String]
        var type: String
    }

    static let extractor = AnchorExtractor(
        matcher: try? TermMatcher(termbase: Termbase.load(path: Fixtures.repositoryFile("glossaries").path)))

    /// Splits each line by the fixture's sentence rule (after । . ? ! followed by whitespace) and numbers
    /// the paragraphs.
    static func sentences(of file: String) throws -> [AlignmentSentence] {
        let text = try String(contentsOf: Fixtures.url("parallel/\(file)", target: "SetuAlignTests"), encoding: .utf8)
        var result: [AlignmentSentence] = []
        var paragraph = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var current = ""
            var previousWasMark = false
            for character in line {
                if previousWasMark && character.isWhitespace {
                    let piece = current.trimmingCharacters(in: .whitespaces)
                    if !piece.isEmpty { result.append(AlignmentSentence(text: piece, paragraph: paragraph)) }
                    current = ""
                }
                current.append(character)
                previousWasMark = "।.?!".contains(character)
            }
            let piece = current.trimmingCharacters(in: .whitespaces)
            if !piece.isEmpty { result.append(AlignmentSentence(text: piece, paragraph: paragraph)) }
            paragraph += 1
        }
        return result.map { AlignmentSentence(text: $0.text, paragraph: $0.paragraph, anchors: extractor.anchors(in: $0.text)) }
    }

    static func goldPairs(_ beads: [GoldBead]) -> [String] {
        var hindi = 0
        var english = 0
        return beads.map { bead in
            defer {
                hindi += bead.hi.count
                english += bead.en.count
            }
            return "\(hindi)..<\(hindi + bead.hi.count)|\(english)..<\(english + bead.en.count)"
        }
    }

    static let documents = ["seed-000", "seed-001", "budget"]

    @Test("alignment pairs over all documents reach F1 ≥ 0.95")
    func overallScore() throws {
        var correct = 0
        var found = 0
        var expected = 0
        for document in Self.documents {
            let score = try Self.score(document)
            correct += score.correct
            found += score.found
            expected += score.expected
        }
        let precision = Double(correct) / Double(found)
        let recall = Double(correct) / Double(expected)
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print("alignment overall: P=\(precision) R=\(recall) F1=\(f1) over \(expected) gold beads")
        #expect(f1 >= 0.95)
    }

    static func score(_ document: String) throws -> (correct: Int, found: Int, expected: Int) {
        let gold = try Fixtures.jsonLines(GoldBead.self, at: Fixtures.url("parallel/\(document).gold.jsonl", target: "SetuAlignTests"))
        let beads = SentenceAligner().align(hindi: try sentences(of: "\(document).hi.txt"), english: try sentences(of: "\(document).en.txt"))
        let found = Set(beads.map { "\($0.hindi)|\($0.english)" })
        let expected = Set(goldPairs(gold))
        return (found.intersection(expected).count, found.count, expected.count)
    }

    @Test("alignment pairs match the gold beads", arguments: documents)
    func goldAlignment(document: String) throws {
        let gold = try Fixtures.jsonLines(GoldBead.self, at: Fixtures.url("parallel/\(document).gold.jsonl", target: "SetuAlignTests"))
        let hindi = try Self.sentences(of: "\(document).hi.txt")
        let english = try Self.sentences(of: "\(document).en.txt")
        try #require(hindi.map(\.text) == gold.flatMap(\.hi), "fixture sentence rule reproduces the gold Hindi sentences")
        try #require(english.map(\.text) == gold.flatMap(\.en), "fixture sentence rule reproduces the gold English sentences")

        let beads = SentenceAligner().align(hindi: hindi, english: english)
        let found = Set(beads.map { "\($0.hindi)|\($0.english)" })
        let expected = Set(Self.goldPairs(gold))
        let correct = found.intersection(expected).count
        let precision = Double(correct) / Double(found.count)
        let recall = Double(correct) / Double(expected.count)
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print("alignment \(document): P=\(precision) R=\(recall) F1=\(f1) (\(correct)/\(expected.count) gold beads)")
        for miss in expected.subtracting(found).sorted() { print("  missed \(miss)") }
        #expect(f1 >= 0.9)
        // Beads cover both documents in order, without gaps.
        #expect(beads.map(\.hindi.count).reduce(0, +) == hindi.count)
        #expect(beads.map(\.english.count).reduce(0, +) == english.count)
    }

    @Test("a merged pair of Hindi sentences is a 2-1 bead supported by anchors")
    func mergeWithAnchors() {
        let hindi = [
            "विदेश मंत्री एस. जयशंकर मंगलवार को अस्ताना पहुंचे।",
            "वहां वे एससीओ की बैठक में हिस्सा लेंगे।",
            "बैठक में 10 देशों के प्रतिनिधि शामिल होंगे।",
        ].map { AlignmentSentence(text: $0, paragraph: 0, anchors: Self.extractor.anchors(in: $0)) }
        let english = [
            "External Affairs Minister S Jaishankar reached Astana on Tuesday, where he will attend the SCO meeting.",
            "Representatives of 10 countries will take part in the meeting.",
        ].map { AlignmentSentence(text: $0, paragraph: 0, anchors: Self.extractor.anchors(in: $0)) }
        let beads = SentenceAligner().align(hindi: hindi, english: english)
        #expect(beads.map(\.type) == ["2-1", "1-1"])
        #expect(beads.first?.anchors.contains("term:astana") == true)
        #expect(beads.last?.anchors.contains("number:10") == true)
    }

    @Test("an untranslated Hindi sentence becomes a 1-0 bead")
    func omission() {
        let hindi = [
            "रूस के विदेश मंत्री सर्गेई लावरोव ने मॉस्को में बयान जारी किया।",
            "इस खबर को शेयर करें और हमें फॉलो करें।",
            "उन्होंने कहा कि बातचीत 2025 में फिर शुरू होगी।",
        ].map { AlignmentSentence(text: $0, paragraph: 0, anchors: Self.extractor.anchors(in: $0)) }
        let english = [
            "Russian Foreign Minister Sergey Lavrov issued a statement in Moscow.",
            "He said the talks would resume in 2025.",
        ].map { AlignmentSentence(text: $0, paragraph: 0, anchors: Self.extractor.anchors(in: $0)) }
        let beads = SentenceAligner().align(hindi: hindi, english: english)
        #expect(beads.map(\.type) == ["1-1", "1-0", "1-1"])
    }

    @Test("phonetic keys agree across scripts for names")
    func phoneticAnchors() {
        let hindi = Self.extractor.anchors(in: "मैक्सिम रायजेनकोव ने बयान दिया")
        let english = Self.extractor.anchors(in: "Maxim Ryzhenkov made a statement")
        #expect(!hindi.intersection(english).isEmpty)
    }
}

@Suite("Inline translations")
struct InlineTranslationDetectorTests {
    let detector = InlineTranslationDetector(anchors: SentenceAlignerTests.extractor)

    @Test("a Hindi headline followed by its English rendering is a pair")
    func captionPair() throws {
        let caption = "S Jaishankar in Kazakhstan: रूसी सेना में शामिल भारतीयों की जल्द हो वापसी... जयशंकर की रूस के विदेश मंत्री को दो टूक Indians serving in Russian Army should return soon S Jaishankar rebuked Russian Foreign Minister"
        let pair = try #require(detector.detect(in: caption))
        #expect(pair.hindi.hasPrefix("रूसी सेना"))
        #expect(pair.english.hasPrefix("Indians serving"))
        #expect(pair.anchors.contains("term:russian-army"))
        #expect(pair.confidence <= 0.5)
    }

    @Test("code-mixed Hindi with an English name is not a translation pair")
    func codeMixed() {
        #expect(detector.detect(in: "विदेश मंत्री ने X पर लिखा कि Shanghai Cooperation Organisation की बैठक अहम रही") == nil)
        #expect(detector.detect(in: "अस्ताना में बैठक हुई और फिर The weather was pleasant all day long") == nil)
    }
}
