import Foundation
import SetuTestSupport
import Testing

@Suite("setu terms and setu glossary")
struct TermsCommandTests {
    @Test("every occurrence of the seed names is aligned with a correct span")
    func seedTerms() throws {
        var counts: [String: Int] = [:]
        for path in ["seeds/000_5a3696012ead648c.txt", "seeds/001_b0c5e96b4392f483.txt"] {
            let result = try CLIRunner.run(["terms", "--format", "jsonl", path])
            #expect(result.status == 0)
            let original = Array(try String(contentsOf: Fixtures.repositoryFile(path), encoding: .utf8).unicodeScalars)
            for line in result.stdout.split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(object["suggestions"] is [Any])
                for term in try #require(object["terms"] as? [[String: Any]]) {
                    let start = try #require(term["start"] as? Int)
                    let end = try #require(term["end"] as? Int)
                    let surface = try #require(term["surface"] as? String)
                    #expect(String(String.UnicodeScalarView(original[start..<end])) == surface)
                    counts[surface, default: 0] += 1
                }
            }
        }
        // Occurrences in the seeds (checked with grep): every one must be found.
        #expect(counts["अस्ताना"] == 7)
        #expect(counts["पुश्किन पार्क"] == 1)
        #expect(counts["लावरोव"] ?? 0 == 0)
        #expect(counts["सर्गेई लावरोव"] == 3)
        #expect((counts["एससीओ"] ?? 0) + (counts["एससीओ शिखर सम्मेलन"] ?? 0) == 5)
    }

    @Test("glossary check reports errors with line numbers and exits 1")
    func check() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("bad.tsv")
        try Data("Russia\tरूस\tplace\nRussian Federation\tरूस\tplace\nDelhi\tदिल्ली\n".utf8).write(to: url)
        let result = try CLIRunner.run(["glossary", "check", url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(url.path):2: error: Hindi spelling \"रूस\" also belongs to \"Russia\""))
        #expect(result.stderr.contains("\(url.path):3: error: expected at least 3 tab-separated fields"))
        let good = try CLIRunner.run(["glossary", "check", "glossaries"])
        #expect(good.status == 0)
        #expect(good.stdout.contains("0 errors"))
    }

    @Test("glossary lookup finds entries from either language")
    func lookup() throws {
        let english = try CLIRunner.run(["glossary", "lookup", "Pushkin Park"])
        #expect(english.stdout.hasPrefix("Pushkin Park\tपुश्किन पार्क"))
        let hindi = try CLIRunner.run(["glossary", "lookup", "एससीओ"])
        #expect(hindi.stdout.hasPrefix("SCO\t"))
        let missing = try CLIRunner.run(["glossary", "lookup", "Atlantis"])
        #expect(missing.status == 1)
    }
}
