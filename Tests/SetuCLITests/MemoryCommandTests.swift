import Foundation
import SetuTestSupport
import Testing

/// `setu ingest`, `align`, `lookup`, `add` and `stats`, end to end on the seeds and the parallel fixture.
@Suite("Translation memory commands")
struct MemoryCommandTests {
    static func database() throws -> String {
        try Fixtures.temporaryDirectory().appendingPathComponent("tm.sqlite").path
    }

    static func json(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("the README pipeline: ingest the seeds, then term, concordance and fuzzy lookups")
    func seedPipeline() throws {
        let db = try Self.database()
        let ingest = try CLIRunner.run(["ingest", "--db", db, "seeds/"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("2 documents (2 added"))

        let term = try CLIRunner.run(["lookup", "--db", db, "--term", "Astana", "--format", "jsonl", "--limit", "50"])
        #expect(term.status == 0)
        let termHits = try term.stdout.split(separator: "\n").map(Self.json)
        #expect(termHits.count == 7)
        for hit in termHits {
            let text = try #require(hit["text"] as? String)
            #expect(text.contains("अस्ताना"))
        }

        let concordance = try CLIRunner.run(["lookup", "--db", db, "--concordance", "पुश्किन", "--format", "jsonl"])
        let concordanceHits = try concordance.stdout.split(separator: "\n").map(Self.json)
        #expect(concordanceHits.count == 1)
        let highlight = try #require((concordanceHits.first?["highlights"] as? [[Int]])?.first)
        let text = Array(try #require(concordanceHits.first?["text"] as? String).unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[highlight[0]..<highlight[1]])) == "पुश्किन")

        // The seed sentence with प्रतिमा changed to मूर्ति.
        let fuzzy = try CLIRunner.run([
            "lookup", "--db", db, "--format", "jsonl", "--explain",
            "अस्ताना में जयशंकर ने पुश्किन पार्क में महात्मा गांधी की मूर्ति पर श्रद्धांजलि अर्पित की।",
        ])
        let best = try #require(try fuzzy.stdout.split(separator: "\n").map(Self.json).first)
        #expect((best["text"] as? String)?.contains("प्रतिमा") == true)
        #expect(best["kind"] as? String == "fuzzy")
        let score = try #require(best["score"] as? Int)
        #expect(score >= 85 && score < 100)
        #expect((best["explain"] as? [String: Any])?["base"] != nil)

        let again = try CLIRunner.run(["ingest", "--db", db, "seeds/"])
        #expect(again.stdout.contains("2 unchanged"))
        #expect(again.stdout.contains("0 segments"))
    }

    @Test("align stores units that lookups return with their translation; --dry-run stores nothing")
    func alignAndLookup() throws {
        let db = try Self.database()
        let hindi = "Tests/SetuAlignTests/Fixtures/parallel/budget.hi.txt"
        let english = "Tests/SetuAlignTests/Fixtures/parallel/budget.en.txt"
        let dry = try CLIRunner.run(["align", "--db", db, "--dry-run", "--format", "jsonl", hindi, english])
        #expect(dry.status == 0)
        let beads = try dry.stdout.split(separator: "\n").map(Self.json)
        #expect(beads.count >= 30)
        #expect(beads.allSatisfy { ($0["type"] as? String) != nil && ($0["confidence"] as? Double) != nil && $0["anchors"] is [String] })
        #expect(beads.contains { $0["type"] as? String == "1-0" && $0["en"] as? String == "" })
        #expect(!FileManager.default.fileExists(atPath: db))

        let stored = try CLIRunner.run(["align", "--db", db, hindi, english])
        #expect(stored.status == 0)
        let lookup = try CLIRunner.run([
            "lookup", "--db", db, "--format", "jsonl", "राज्य की वित्त मंत्री अनुराधा शुक्ला ने बुधवार को विधानसभा में वित्त वर्ष 2025-26 का बजट पेश किया।",
        ])
        let hit = try #require(try lookup.stdout.split(separator: "\n").map(Self.json).first)
        #expect(hit["kind"] as? String == "exact")
        let translation = try #require((hit["translations"] as? [[String: Any]])?.first)
        #expect((translation["text"] as? String)?.hasPrefix("State Finance Minister Anuradha Shukla") == true)
        #expect(translation["origin"] as? String == "aligned")

        let realign = try CLIRunner.run(["align", "--db", db, hindi, english])
        #expect(realign.stderr.contains("replacing"))
        let stats = try Self.json(try #require(try CLIRunner.run(["stats", "--db", db, "--format", "jsonl"]).stdout.split(separator: "\n").first))
        #expect((stats["units_by_origin"] as? [String: Int])?["aligned"] == beads.filter { ($0["hi"] as? String) != "" && ($0["en"] as? String) != "" }.count)
    }

    @Test("add stores a manual unit; bad input and a missing store give clear errors")
    func addAndErrors() throws {
        let db = try Self.database()
        let missing = try CLIRunner.run(["lookup", "--db", db, "अस्ताना"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no translation memory"))

        let added = try CLIRunner.run(["add", "--db", db, "--hi", "विदेश मंत्री अस्ताना पहुंचे।", "--en", "The minister reached Astana."])
        #expect(added.status == 0)
        let found = try CLIRunner.run(["lookup", "--db", db, "--concordance", "reached Astana"])
        #expect(found.stdout.contains("विदेश मंत्री अस्ताना पहुंचे।"))
        #expect(try CLIRunner.run(["add", "--db", db, "--hi", " ", "--en", "x"]).status != 0)

        let directory = try Fixtures.temporaryDirectory()
        let bad = directory.appendingPathComponent("bad.txt")
        try Data([0xE0, 0xA4, 0x85, 0x0A, 0xFF, 0xFE]).write(to: bad)
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let result = try CLIRunner.run(["ingest", "--db", db, bad.path, empty.path, "seeds/000_5a3696012ead648c.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.txt:2"))
        #expect(result.stderr.contains("invalid UTF-8"))
        #expect(result.stderr.contains("empty.txt"))
        #expect(result.stdout.contains("1 added"))

        let notDatabase = directory.appendingPathComponent("not.sqlite")
        try Data("this is not a database, just text\n".utf8).write(to: notDatabase)
        let corrupt = try CLIRunner.run(["stats", "--db", notDatabase.path])
        #expect(corrupt.status != 0)
        #expect(corrupt.stderr.contains("integrity_check"))
    }

    /// Writes `count` documents of `lines` sentences each; every line is one segment.
    static func corpus(in directory: URL, prefix: String, count: Int, lines: Int) throws -> [String] {
        try (0..<count).map { number in
            let url = directory.appendingPathComponent("\(prefix)-\(number).txt")
            let text = (0..<lines).map { line in
                "\(prefix) लेख \(number) की पंक्ति \(line) में अस्ताना और मॉस्को के बीच बातचीत का ज़िक्र है।"
            }.joined(separator: "\n")
            try Data(text.utf8).write(to: url)
            return url.path
        }
    }

    @Test("two ingests at once on one store both succeed and lose nothing")
    func concurrentIngest() throws {
        let directory = try Fixtures.temporaryDirectory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        let first = try Self.corpus(in: directory, prefix: "a", count: 20, lines: 200)
        let second = try Self.corpus(in: directory, prefix: "b", count: 20, lines: 200)
        nonisolated(unsafe) var results: [CLIRunner.Result?] = [nil, nil]
        let group = DispatchGroup()
        for (index, files) in [first, second].enumerated() {
            group.enter()
            DispatchQueue.global().async {
                results[index] = try? CLIRunner.run(["ingest", "--db", db] + files)
                group.leave()
            }
        }
        group.wait()
        for result in results {
            #expect(result?.status == 0, "\(result?.stderr ?? "did not run")")
        }
        let stats = try Self.json(try #require(try CLIRunner.run(["stats", "--db", db, "--format", "jsonl"]).stdout.split(separator: "\n").first))
        #expect(stats["documents"] as? Int == 40)
        #expect(stats["segments"] as? Int == 40 * 200)
    }

    @Test("kill -9 during ingest leaves a store that opens cleanly with whole documents only")
    func killDuringIngest() throws {
        let directory = try Fixtures.temporaryDirectory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        let files = try Self.corpus(in: directory, prefix: "k", count: 60, lines: 400)
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["ingest", "--db", db] + files
        process.currentDirectoryURL = Fixtures.repositoryRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some documents have landed, then kill without warning.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, process.isRunning {
            if let size = try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int, size > 2_000_000 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let stats = try CLIRunner.run(["stats", "--db", db, "--format", "jsonl"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let counts = try Self.json(try #require(stats.stdout.split(separator: "\n").first))
        let documents = try #require(counts["documents"] as? Int)
        #expect(counts["segments"] as? Int == documents * 400)
        // Ingesting again completes the store.
        let resumed = try CLIRunner.run(["ingest", "--db", db] + files)
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("\(documents) unchanged"))
    }
}
