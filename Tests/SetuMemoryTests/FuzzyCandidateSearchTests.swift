import Foundation
import SetuCore
@testable import SetuMemory
import SetuTestSupport
import SetuText
import Testing

/// The candidate search behind fuzzy lookup on memories of template sentences, where most n-grams are
/// common; the limits are scaled down so a few dozen sentences behave like a large memory.
@Suite("Fuzzy candidate search")
struct FuzzyCandidateSearchTests {
    static let people = ["राकेश शर्मा", "सुनीता वर्मा", "इरफ़ान नायर", "मीना कुमारी", "अजय चौहान", "रश्मि टोप्पो"]
    static let topics = ["सुरक्षा व्यवस्था", "किसानों की आय", "बिजली कटौती", "नागरिकों की वापसी", "बाल विवाह", "रेल सुविधाओं"]

    static func sentence(_ person: String, _ topic: String) -> String {
        "\(person) ने मंगलवार को \(topic) पर विस्तार से चर्चा की।"
    }

    static var limits: FuzzySearchLimits {
        var limits = FuzzySearchLimits()
        limits.probeLimit = 4
        limits.candidateLimit = 3
        limits.commonProbeLimit = 100
        limits.commonRowBudget = 1000
        return limits
    }

    @Test("a sentence whose only rare words were edited is found from the common n-grams it shares with the query")
    func templateSource() throws {
        let directory = try Fixtures.temporaryDirectory()
        let memory = try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path)
        var lines: [String] = []
        for person in Self.people {
            for topic in Self.topics { lines.append(Self.sentence(person, topic)) }
        }
        // The edited word occurs elsewhere, so the first pass finds a candidate, just not the right one.
        lines.append("विदेश में रह रहे नागरीकों की सूची दूतावास ने जारी की।")
        try TranslationMemoryTests.store(lines.joined(separator: "\n"), in: memory)
        let source = Self.sentence("इरफ़ान नायर", "नागरिकों की वापसी")
        let query = Self.sentence("इरफ़ान नायर", "नागरीकों की वापसी")  // one matra changed
        let hits = try memory.fuzzyMatches(query, options: LookupOptions(limit: 5), limits: Self.limits)
        #expect(hits.first?.segment.text == source)
        #expect((hits.first?.score?.percent ?? 0) >= 90)
    }

    @Test("a long query probes with bigrams only; a short one with its words too")
    func probes() {
        let long = SegmentKeys(Self.sentence("इरफ़ान नायर", "नागरिकों की वापसी")).sketchScalars
        #expect(FuzzySketch.probes(folded: long, minimumScore: 0.7).words.isEmpty)
        #expect(FuzzySketch.probes(folded: long, minimumScore: 0.7).bigrams.count == 12)
        let short = SegmentKeys("सरकार ने बयान जारी किया").sketchScalars
        #expect(FuzzySketch.probes(folded: short, minimumScore: 0.7).words.count == 5)
    }

    @Test("the heaviest candidates come first, ties to the higher id, scored ones left out")
    func ranking() {
        var search = FuzzyCandidateSearch()
        search.add([1, 2, 3, 4])
        search.add([3, 4])
        search.add([4, 9])
        #expect(search.best(2, excluding: [Int64: Int]()) == [4, 3])
        #expect(search.best(3, excluding: [4: 0]) == [3, 9, 2])
    }
}
