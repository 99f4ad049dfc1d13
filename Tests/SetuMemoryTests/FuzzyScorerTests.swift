import SetuMemory
import Testing

/// Scores computed by hand: aksharas are counted as grapheme clusters of the folded text.
@Suite("Fuzzy score")
struct FuzzyScorerTests {
    @Test("identical text scores 100 with no penalties")
    func identical() {
        let score = FuzzyScorer.score(query: "भारत ने रूस से बात की।", candidate: "भारत ने रूस से बात की।")
        #expect(score.percent == 100)
        #expect(score.penalties.isEmpty)
    }

    @Test("one matra is one edit: 1 − 1/10 = 90 %")
    func matra() {
        // भा र त ␣ ने ␣ बा त ␣ की: 10 aksharas, की → कि is one substitution.
        let score = FuzzyScorer.score(query: "भारत ने बात की", candidate: "भारत ने बात कि")
        #expect(abs(score.base - 0.9) < 1e-9)
        #expect(score.percent == 90)
    }

    @Test("a nukta variant is free in the base and costs a 1-point fold penalty")
    func nukta() {
        let score = FuzzyScorer.score(query: "यह ज़रूरी है", candidate: "यह जरूरी है")
        #expect(score.base == 1)
        #expect(score.penalties.count == 1)
        #expect(score.penalties.first?.reason.contains("nukta") == true)
        #expect(score.percent == 99)
    }

    @Test("chandrabindu and anusvara spellings of गांधी differ only by a fold")
    func chandrabindu() {
        let score = FuzzyScorer.score(query: "महात्मा गाँधी", candidate: "महात्मा गांधी")
        #expect(score.base == 1)
        #expect(score.percent == 99)
    }

    @Test("a changed number costs one edit and a 5-point penalty: 12/13 − 0.05 → 87 %")
    func number() {
        // ब ज ट ␣ 2 0 2 5 ␣ में ␣ पे श: 13 aksharas.
        let score = FuzzyScorer.score(query: "बजट 2025 में पेश", candidate: "बजट 2026 में पेश")
        #expect(abs(score.base - 12.0 / 13.0) < 1e-9)
        #expect(score.penalties.map(\.amount) == [0.05])
        #expect(score.percent == 87)
    }

    @Test("Devanagari and ASCII digits are the same number, charged as a fold")
    func digitScripts() {
        let score = FuzzyScorer.score(query: "बजट २०२५ में पेश", candidate: "बजट 2025 में पेश")
        #expect(score.base == 1)
        #expect(!score.penalties.contains { $0.reason.hasPrefix("numbers") })
        #expect(score.percent == 97)
    }

    @Test("differing inline tag counts cost 2 points")
    func tags() {
        let score = FuzzyScorer.score(query: "बजट पेश हुआ", candidate: "बजट पेश हुआ", queryTags: 0, candidateTags: 2)
        #expect(score.percent == 98)
    }

    @Test("unrelated sentences score low")
    func unrelated() {
        let score = FuzzyScorer.score(query: "अस्ताना में बैठक हुई", candidate: "मानसून ने दिल्ली को भिगोया")
        #expect(score.percent < 40)
    }
}
