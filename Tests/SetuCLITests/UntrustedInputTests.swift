import Foundation
import SetuTestSupport
import Testing

/// Nothing a user feeds Setu kills it or loses data: each finding of the untrusted-input review, as a
/// regression test.
@Suite("Untrusted input")
struct UntrustedInputTests {
    static func directory() throws -> URL { try Fixtures.temporaryDirectory() }

    static func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func units(_ db: String) throws -> Int {
        let stats = try CLIRunner.run(["stats", "--db", db, "--format", "jsonl"]).stdout
        return try #require((try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any])?["units"] as? Int)
    }

    @Test("an invalid UTF-8 byte in an XML name is a parse error with its line, not a crash")
    func invalidUTF8InXMLName() throws {
        let directory = try Self.directory()
        let tmx = try Self.write(Array("<tmx a".utf8) + [0xFF] + Array("=\"1\"/>".utf8), "c.tmx", in: directory)
        for arguments in [["import", "--db", directory.appendingPathComponent("tm.sqlite").path, tmx], ["import", "--dry-run", tmx]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("c.tmx:1"))
            #expect(result.stderr.contains("invalid UTF-8"))
        }
        let tbx = try Self.write(Array("<martif><text".utf8) + [0xFF] + Array("/></martif>".utf8), "c.tbx", in: directory)
        let glossary = try CLIRunner.run(["glossary", "import", "--out", directory.appendingPathComponent("g.tsv").path, tbx])
        #expect(glossary.status == 1)
        #expect(glossary.stderr.contains("c.tbx:1"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("g.tsv").path))
    }

    @Test("romanize reading standard input: bad UTF-8 is an error with its line, empty input is not a silent success")
    func romanizeInput() throws {
        let bad = try CLIRunner.run(["romanize", "-"], input: Data(Array("रणधीर\nजाय".utf8) + [0xC3, 0x28] + Array("सवाल\n".utf8)))
        #expect(bad.status == 1, "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains(":2") && bad.stderr.contains("invalid UTF-8"), "\(bad.stderr)")
        let empty = try CLIRunner.run(["romanize", "-"], input: Data())
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("empty input"))
        let good = try CLIRunner.run(["romanize", "-"], input: Data("रणधीर जायसवाल\r\nटीम\n".utf8))
        #expect(good.status == 0)
        #expect(good.stdout == "Randhir Jaiswal\nteam\n")
    }

    @Test("a huge --limit is an argument error, not an arithmetic trap")
    func hugeLimit() throws {
        let result = try CLIRunner.run(["lookup", "--limit", "2305843009213693952", "अस्ताना"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--limit must be"))
    }

    /// A line built to make a careless splitter quadratic, named for the test log.
    struct Adversarial: CustomTestStringConvertible, Sendable {
        var name: String
        var line: String
        var testDescription: String { name }
    }

    @Test("adversarial lines (dotted runs, brackets, one huge word, a dotted URL) segment, match and ingest", arguments: [
        Adversarial(name: "100 KB of क.", line: String(repeating: "क.", count: 50_000)),
        Adversarial(name: "100,000 [", line: String(repeating: "[", count: 100_000)),
        Adversarial(name: "one 90,000-letter word", line: String(repeating: "कमल", count: 30_000)),
        Adversarial(name: "a URL with 50,000 dots", line: "देखें http://x.in/" + String(repeating: "a.", count: 50_000)),
    ])
    func adversarialLines(_ adversarial: Adversarial) throws {
        let line = adversarial.line
        let directory = try Self.directory()
        let path = try Self.write(Array((line + "\n").utf8), "adversarial.txt", in: directory)
        let segment = try CLIRunner.run(["segment", "--format", "jsonl", path])
        #expect(segment.status == 0)
        // The segments cover the line: no text is lost.
        let texts = segment.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
        }
        #expect(texts.joined().filter { !$0.isWhitespace } == line.filter { !$0.isWhitespace && $0 != "[" } || line.hasPrefix("["))
        #expect(try CLIRunner.run(["terms", path]).status == 0)
        #expect(try CLIRunner.run(["ingest", "--db", directory.appendingPathComponent("tm.sqlite").path, path]).status == 0)
    }

    @Test("an export that hits a file size limit stops at the first write error and leaves nothing")
    func exportWriteError() throws {
        let directory = try Self.directory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        // About 300 KB of TMX; the limit below (64 KB) leaves room for SQLite's 32 KB shared-memory file.
        let text = (0..<600).map { "दस्तावेज़ की पंक्ति \($0) में अस्ताना और मॉस्को के बीच बातचीत का ज़िक्र है।" }.joined(separator: "\n")
        let source = try Self.write(Array(text.utf8), "long.txt", in: directory)
        #expect(try CLIRunner.run(["ingest", "--db", db, source]).status == 0)
        let out = directory.appendingPathComponent("out.tmx").path
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "ulimit -f 128; exec \"$0\" export --db \"$1\" --tmx \"$2\" --all-segments", CLIRunner.executable.path, db, out]
        let errors = Pipe()
        shell.standardError = errors
        shell.standardOutput = FileHandle.nullDevice
        try shell.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1)
        #expect(message.split(separator: "\n").count == 1, "\(message)")
        #expect(message.contains("cannot write"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(!FileManager.default.fileExists(atPath: out + ".partial"))
    }

    @Test("a glossary with Windows or old Mac line ends reads every entry")
    func lineEnds() throws {
        let directory = try Self.directory()
        let lines = ["Astana\tअस्ताना\tplace", "Moscow\tमॉस्को\tplace", "Pushkin Park\tपुश्किन पार्क\tplace"]
        for (name, separator) in [("crlf.tsv", "\r\n"), ("cr.tsv", "\r")] {
            let path = try Self.write(Array(lines.joined(separator: separator).utf8), name, in: directory)
            let result = try CLIRunner.run(["glossary", "check", path])
            #expect(result.stdout.contains(": 3 entries"), "\(name): \(result.stdout) \(result.stderr)")
        }
    }

    @Test("a glossary that yields no entries is an error and never replaces the stored glossary")
    func emptyGlossary() throws {
        let directory = try Self.directory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        #expect(try CLIRunner.run(["ingest", "--db", db, "seeds/000_5a3696012ead648c.txt"]).status == 0)
        let empty = try Self.write(Array("# only a comment\n\n".utf8), "empty.tsv", in: directory)
        let result = try CLIRunner.run(["ingest", "--db", db, "--glossary", empty, "seeds/001_b0c5e96b4392f483.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no glossary entries"))
        #expect(try CLIRunner.run(["lookup", "--db", db, "--term", "Astana"]).status == 0)
    }

    @Test("glossary import never overwrites an existing file without --force")
    func glossaryImportOverwrite() throws {
        let directory = try Self.directory()
        let tbx = directory.appendingPathComponent("core.tbx").path
        #expect(try CLIRunner.run(["glossary", "export", "--tbx", tbx]).status == 0)
        let target = try Self.write(Array("# curated by hand\nAstana\tअस्ताना\tplace\n".utf8), "core.tsv", in: directory)
        let refused = try CLIRunner.run(["glossary", "import", "--out", target, tbx])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# curated by hand"))
        #expect(try CLIRunner.run(["glossary", "import", "--force", "--out", target, tbx]).status == 0)
    }

    @Test("export writes regular files only: a symbolic link or a device is refused and left as it was")
    func exportDestinations() throws {
        let directory = try Self.directory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        #expect(try CLIRunner.run(["ingest", "--db", db, "seeds/"]).status == 0)
        let target = try Self.write(Array("keep me".utf8), "target.txt", in: directory)
        let link = directory.appendingPathComponent("link.tmx").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        for destination in [link, "/dev/null"] {
            let result = try CLIRunner.run(["export", "--db", db, "--tmx", destination])
            #expect(result.status == 1, "\(destination)")
            #expect(result.stderr.contains(destination))
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(!FileManager.default.fileExists(atPath: "/dev/null.partial"))
    }

    @Test("term offsets index the input file on every cleaning rule")
    func termOffsetsAfterCleaning() throws {
        let directory = try Self.directory()
        let lines = [
            "**भारत** ने [रूस](https://x.com/a) में अस्ताना की बात की।",
            "# अस्ताना में [**एससीओ**](https://sco.int/x \"title\") शिखर सम्मेलन",
            "- ![अस्ताना की तस्वीर](https://img.in/a.jpg) जयशंकर अस्ताना पहुंचे।",
            "> [भारत](u) और [रूस](v) ने **अस्ताना** में बात की।",
        ]
        let path = try Self.write(Array(lines.joined(separator: "\n").utf8), "markup.txt", in: directory)
        let file = Array(lines.joined(separator: "\n").unicodeScalars)
        let result = try CLIRunner.run(["terms", "--format", "jsonl", path])
        #expect(result.status == 0)
        var checked = 0
        for line in result.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for term in object["terms"] as? [[String: Any]] ?? [] {
                let start = try #require(term["start"] as? Int)
                let end = try #require(term["end"] as? Int)
                let span = String(String.UnicodeScalarView(file[start..<end]))
                #expect(span == term["surface"] as? String, "\(term)")
                checked += 1
            }
        }
        #expect(checked >= 10)
    }

    @Test("export filters: units without a confidence pass --min-confidence; empty or non-numbers are argument errors")
    func exportFilters() throws {
        let directory = try Self.directory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        #expect(try CLIRunner.run(["import", "--db", db, "Tests/SetuExchangeTests/Fixtures/utf8-plain.tmx"]).status == 0)
        #expect(try CLIRunner.run(["add", "--db", db, "--hi", "हाथ से जोड़ा।", "--en", "Added by hand."]).status == 0)
        let out = directory.appendingPathComponent("out.tmx").path
        let result = try CLIRunner.run(["export", "--db", db, "--tmx", out, "--min-confidence", "0.5"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(": \(try Self.units(db)) units"), "\(result.stdout)")
        for bad in [["--origin", ""], ["--origin", " , "], ["--min-confidence", "nan"], ["--min-confidence", "1.5"], ["--since", "2026-13-40"]] {
            let refused = try CLIRunner.run(["export", "--db", db, "--tmx", out] + bad)
            #expect(refused.status == 64, "\(bad)")
        }
    }

    @Test("entity declarations are refused however the prolog is dressed, and no text is cut", arguments: [
        "<!-- a comment with <x inside -->\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
        "<!-- \(String(repeating: "padding ", count: 150_000)) -->\n<!DOCTYPE tmx [<!ENTITY e \"x\">]>\n",
        "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n",
    ])
    func entityGuard(_ prolog: String) throws {
        let directory = try Self.directory()
        let body = "<tmx version=\"1.4\"><header srclang=\"hi\"/><body><tu><tuv xml:lang=\"hi\"><seg>भारत &xxe; रूस</seg></tuv><tuv xml:lang=\"en\"><seg>India &xxe; Russia</seg></tuv></tu></body></tmx>\n"
        let path = try Self.write(Array(("<?xml version=\"1.0\"?>\n" + prolog + body).utf8), "hostile.tmx", in: directory)
        let db = directory.appendingPathComponent("tm.sqlite").path
        let result = try CLIRunner.run(["import", "--db", db, path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing imported"))
    }

    @Test("spreadsheet quoting is read, and files that are not text are named for what they are")
    func filesAsPeopleHaveThem() throws {
        let directory = try Self.directory()
        let quoted = try Self.write(Array("\"S Jaishankar\"\t\"एस जयशंकर\"\tperson\t\"note=says \"\"hello\"\"\"\n".utf8), "quoted.tsv", in: directory)
        let lookup = try CLIRunner.run(["glossary", "lookup", "--glossary", quoted, "एस जयशंकर"])
        #expect(lookup.stdout.hasPrefix("S Jaishankar\tएस जयशंकर\tperson"), "\(lookup.stdout)\(lookup.stderr)")
        #expect(lookup.stdout.contains("note: says \"hello\""))
        let pdf = try Self.write(Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nभारत\n".utf8), "report.txt", in: directory)
        let utf16 = try Self.write([0xFF, 0xFE] + Array("भारत".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "utf16.txt", in: directory)
        let docx = try Self.write([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "letter.txt", in: directory)
        for (path, expected) in [(pdf, "PDF"), (utf16, "UTF-16"), (docx, ".docx")] {
            let result = try CLIRunner.run(["ingest", "--db", directory.appendingPathComponent("tm.sqlite").path, path])
            #expect(result.status == 1)
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(result.stdout.contains("0 added"))
        }
    }

    @Test("bad standard input prints nothing and fails")
    func badStandardInput() throws {
        var bytes = Array(String(repeating: "भारत ने बात की।\n", count: 30).utf8)
        bytes += [0xFF, 0x0A]
        let result = try CLIRunner.run(["segment", "-"], input: Data(bytes))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("-:31"), "\(result.stderr)")
    }

    @Test("two processes creating one new memory both succeed", arguments: 0..<4)
    func concurrentCreation(_ trial: Int) throws {
        let db = try Self.directory().appendingPathComponent("new.sqlite").path
        let processes = ["seeds/000_5a3696012ead648c.txt", "seeds/001_b0c5e96b4392f483.txt"].map { document -> Process in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["ingest", "--db", db, document]
            process.currentDirectoryURL = Fixtures.repositoryRoot
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let stats = try CLIRunner.run(["stats", "--db", db, "--format", "jsonl"]).stdout
        #expect(stats.contains("\"documents\":2"))
    }

    @Test("--db naming a device or nothing is refused before SQLite touches it")
    func databasePaths() throws {
        let device = try CLIRunner.run(["stats", "--db", "/dev/null"])
        #expect(device.status == 1)
        #expect(device.stderr.contains("not a regular file"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(try CLIRunner.run(["stats", "--db", ""]).status == 64)
    }

    @Test("terminal control sequences from documents are shown escaped in table output")
    func controlSequences() throws {
        let directory = try Self.directory()
        let path = try Self.write(Array("भारत ने \u{1B}[2J\u{1B}]0;pwned\u{07} अस्ताना में बात की।\n".utf8), "escape.txt", in: directory)
        let result = try CLIRunner.run(["terms", path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("\\u{1b}[2J"))
    }
}
