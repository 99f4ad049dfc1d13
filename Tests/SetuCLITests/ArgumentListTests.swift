import Foundation
import SetuTestSupport
import Testing

@testable import setu

/// Long path lists go to the commands as a response file, quickly and in order.
@Suite("Long argument lists")
struct ArgumentListTests {
    /// Every command and subcommand, with its help text.
    static let commands: [[String]] = [
        ["segment"], ["terms"], ["ingest"], ["align"], ["lookup"], ["add"], ["stats"], ["export"], ["import"],
        ["validate"], ["reindex"], ["glossary", "check"], ["glossary", "lookup"], ["glossary", "build"],
        ["glossary", "export"], ["glossary", "import"],
    ]

    @Test("every option that takes a value is known to the compaction, so no value is taken for a path")
    func valueOptionsComplete() throws {
        for command in Self.commands {
            let help = try CLIRunner.run(command + ["--help"]).stdout
            let options = try Regex(#"(--[a-z-]+) <"#)
            for match in help.matches(of: options) {
                let name = String(match.output[1].substring ?? "")
                #expect(ArgumentLists.valueOptions.contains(name), "\(command.joined(separator: " ")): \(name) takes a value")
            }
        }
    }

    @Test("thousands of paths are segmented in order, options anywhere on the line")
    func manyPaths() throws {
        let directory = try Fixtures.temporaryDirectory()
        var paths: [String] = []
        for number in 0..<600 {
            let url = directory.appendingPathComponent("doc-\(number).txt")
            try Data("दस्तावेज़ \(number) की पहली पंक्ति।".utf8).write(to: url)
            paths.append(url.path)
        }
        let result = try CLIRunner.run(["segment"] + paths.prefix(300) + ["--format", "jsonl"] + paths.dropFirst(300))
        #expect(result.status == 0, "\(result.stderr)")
        let documents = result.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["doc"] as? String
        }
        #expect(documents == paths)
    }

    @Test("an @LIST argument reads one path per line")
    func responseFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        let list = directory.appendingPathComponent("list.txt")
        try Data("seeds/000_5a3696012ead648c.txt\n\nseeds/001_b0c5e96b4392f483.txt\n".utf8).write(to: list)
        let viaList = try CLIRunner.run(["segment", "@" + list.path])
        let direct = try CLIRunner.run(["segment", "seeds/000_5a3696012ead648c.txt", "seeds/001_b0c5e96b4392f483.txt"])
        #expect(viaList.status == 0)
        #expect(viaList.stdout == direct.stdout)
    }
}
