import Foundation
import SetuTestSupport
import Testing

@Suite("setu segment")
struct SegmentCommandTests {
    @Test("text output: one segment per line, nothing else on stdout")
    func textOutput() throws {
        let result = try CLIRunner.run(["segment", "seeds/000_5a3696012ead648c.txt"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        #expect(lines[1] == "0")
        #expect(lines.last == "जयशंकर मंगलवार को एससीओ शिखर सम्मेलन में भाग लेने के लिए अस्ताना पहुंचे थे।")
        #expect(result.stderr.isEmpty)
    }

    @Test("jsonl output carries offsets into the original file, kinds and repeats")
    func jsonlOutput() throws {
        let path = "seeds/001_b0c5e96b4392f483.txt"
        let result = try CLIRunner.run(["segment", "--format", "jsonl", path])
        #expect(result.status == 0)
        let original = Array(try String(contentsOf: Fixtures.repositoryFile(path), encoding: .utf8).unicodeScalars)
        var kinds: [String] = []
        for line in result.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(object["start"] as? Int)
            let end = try #require(object["end"] as? Int)
            let text = try #require(object["text"] as? String)
            #expect(String(String.UnicodeScalarView(original[start..<end])) == text)
            #expect(object["doc"] as? String == path)
            #expect(object["normalized"] is String && object["lang"] is String)
            kinds.append(try #require(object["kind"] as? String))
        }
        #expect(kinds.filter { $0 == "caption" }.count == 2)
        #expect(!result.stdout.contains("feeds.abplive.com"))
        #expect(kinds.suffix(3) == ["non-translatable", "non-translatable", "caption"])
    }

    @Test("repeated title is marked in jsonl")
    func repeatedTitle() throws {
        let result = try CLIRunner.run(["segment", "--format", "jsonl", "seeds/000_5a3696012ead648c.txt"])
        let objects = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects[4]["repeat_of"] as? Int == 3)
        #expect(objects[1]["kind"] as? String == "non-translatable")
        #expect(objects[2]["kind"] as? String == "non-translatable")
    }

    @Test("stdin, tsv and --explain")
    func stdinAndExplain() throws {
        let input = Data("![फोटो](https://x.example/a.jpg)\nभारत ने कहा।\tरूस ने सुना।\n".utf8)
        let result = try CLIRunner.run(["segment", "--format", "tsv", "--explain", "-"], input: input)
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("doc\tindex\tstart") == true)
        #expect(rows.count == 4)
        #expect(rows[1].hasSuffix("\tफोटो"))
        #expect(result.stderr.contains("removed-image-url"))
        #expect(result.stderr.contains("https://x.example/a.jpg"))
    }

    @Test("bad input: clear one-line errors, exit code 1, good files still processed")
    func badInput() throws {
        let directory = try Fixtures.temporaryDirectory()
        let bad = directory.appendingPathComponent("bad.txt")
        try Data([0xE0, 0xA4, 0xAD, 0x0A, 0x61, 0xFF, 0x62]).write(to: bad)
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let good = directory.appendingPathComponent("good.txt")
        try Data("भारत ने बात की।".utf8).write(to: good)

        let result = try CLIRunner.run(["segment", bad.path, good.path, "missing.txt"])
        #expect(result.status == 1)
        #expect(result.stdout == "भारत ने बात की।\n")
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors[0] == "setu: \(bad.path):2 (byte 5): invalid UTF-8: byte 0xFF never appears in UTF-8; nothing printed for it")
        #expect(errors[1].hasPrefix("setu: missing.txt: cannot read:"))

        let emptyResult = try CLIRunner.run(["segment", empty.path])
        #expect(emptyResult.status == 0)
        #expect(emptyResult.stdout.isEmpty)
        #expect(emptyResult.stderr == "setu: \(empty.path): empty file, no segments\n")

        let directoryResult = try CLIRunner.run(["segment", directory.path])
        #expect(directoryResult.status == 1)
        #expect(directoryResult.stderr.contains("is a directory"))
    }

    @Test("a large file with a bad byte near its end, or a PDF head, prints nothing of it, however the check overlaps the work")
    func largeBadInput() throws {
        let directory = try Fixtures.temporaryDirectory()
        // 1.5 MB of real sentences (the file is checked beside the work above 1 MB), then a broken sequence.
        let seed = try String(contentsOf: Fixtures.repositoryFile("seeds/000_5a3696012ead648c.txt"), encoding: .utf8)
        var text = Data()
        while text.count < 1_500_000 { text.append(Data(seed.utf8)) }
        let lines = text.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let late = directory.appendingPathComponent("late.txt")
        try (text + Data([0xE0, 0xA4, 0x0A])).write(to: late)
        let pdf = directory.appendingPathComponent("report.txt")
        try (Data("%PDF-1.7\n".utf8) + text).write(to: pdf)
        let good = directory.appendingPathComponent("good.txt")
        try text.write(to: good)
        for command in [["segment"], ["segment", "--format", "jsonl"], ["terms", "--no-suggestions", "--format", "jsonl"], ["terms"]] {
            let result = try CLIRunner.run(command + [late.path, pdf.path])
            #expect(result.status == 1, "\(command)")
            #expect(result.stdout.isEmpty, "\(command): \(result.stdout.prefix(200))")
            #expect(result.stderr.contains("\(late.path):\(lines + 1) (byte \(text.count)): invalid UTF-8"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("\(pdf.path)") && result.stderr.contains("PDF"), "\(command): \(result.stderr)")
            // The same file without the broken end is read whole.
            let whole = try CLIRunner.run(command + [good.path])
            #expect(whole.status == 0, "\(command): \(whole.stderr)")
            #expect(whole.stdout.utf8.count > 1_000_000)
        }
    }

    @Test("unknown format is a usage error")
    func badArgument() throws {
        let result = try CLIRunner.run(["segment", "--format", "xml", "seeds/000_5a3696012ead648c.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("format"))
    }
}
