import Foundation
import SetuTestSupport
import Testing

/// Commands built on the workflow layer: text kept as typed, in-process validation, accumulating imports,
/// read-only access.
@Suite("Workflow commands")
struct WorkflowCommandTests {
    static func database() throws -> String { try Fixtures.temporaryDirectory().appendingPathComponent("tm.sqlite").path }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test("setu add stores the text as typed; the lookup keys are normalized")
    func addKeepsText() throws {
        let db = try Self.database()
        // A no-break space, a double space and a combining nukta (ज + ़), as a translator typed them.
        let hindi = "विदेश\u{00A0}मंत्री  ने ज\u{093C}रूरी बात कही।"
        let english = "The  minister\u{00A0}said something important."
        #expect(try CLIRunner.run(["add", "--db", db, "--hi", hindi, "--en", english]).status == 0)
        let exact = try CLIRunner.run(["lookup", "--db", db, "--format", "jsonl", "विदेश मंत्री ने ज़रूरी बात कही।"])
        #expect(exact.status == 0, "\(exact.stderr)")
        let hit = try #require(try Self.jsonLines(exact.stdout).first)
        #expect(hit["text"] as? String == hindi)
        let translation = try #require((hit["translations"] as? [[String: Any]])?.first)
        #expect(translation["text"] as? String == english)
    }

    @Test("setu validate: a Setu export is valid TMX; a broken file is reported with its line, exit 1")
    func validate() throws {
        let directory = try Fixtures.temporaryDirectory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        #expect(try CLIRunner.run(["ingest", "--db", db, "seeds/"]).status == 0)
        let tmx = directory.appendingPathComponent("out.tmx").path
        #expect(try CLIRunner.run(["export", "--db", db, "--tmx", tmx, "--all-segments"]).status == 0)
        let valid = try CLIRunner.run(["validate", tmx])
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("valid tmx"))
        let invalid = directory.appendingPathComponent("invalid.tmx")
        try Data("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n  <header srclang=\"hi\"/>\n  <body><tu><tuv xml:lang=\"hi\"><seg>क</seg></tuv></tu></body>\n</tmx>\n".utf8)
            .write(to: invalid)
        let result = try CLIRunner.run(["validate", invalid.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("invalid.tmx:3"), "\(result.stderr)")
    }

    @Test("imports accumulate; --replace removes the earlier imports of a path; dry runs write nothing")
    func importsAccumulate() throws {
        let directory = try Fixtures.temporaryDirectory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        let weekly = directory.appendingPathComponent("weekly.tmx")
        func tmx(_ pairs: [(String, String)]) -> String {
            let units = pairs.map { "<tu><tuv xml:lang=\"hi\"><seg>\($0.0)</seg></tuv><tuv xml:lang=\"en\"><seg>\($0.1)</seg></tuv></tu>" }
            return "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"hi\" creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" datatype=\"plaintext\"/><body>\(units.joined())</body></tmx>\n"
        }
        func units() throws -> Int {
            let stats = try CLIRunner.run(["stats", "--db", db, "--format", "jsonl"]).stdout
            return try #require(try Self.jsonLines(stats).first?["units"] as? Int)
        }
        try Data(tmx([("पहला वाक्य।", "First sentence.")]).utf8).write(to: weekly)
        #expect(try CLIRunner.run(["import", "--db", db, weekly.path]).status == 0)
        let again = try CLIRunner.run(["import", "--db", db, weekly.path])
        #expect(again.stdout.contains("already imported"))
        try Data(tmx([("दूसरा वाक्य।", "Second sentence.")]).utf8).write(to: weekly)
        let dry = try CLIRunner.run(["import", "--db", db, "--dry-run", weekly.path])
        #expect(dry.stdout.contains("1 would be imported"), "\(dry.stdout)")
        #expect(try units() == 1)
        #expect(try CLIRunner.run(["import", "--db", db, weekly.path]).status == 0)
        #expect(try units() == 2)
        try Data(tmx([("तीसरा वाक्य।", "Third sentence.")]).utf8).write(to: weekly)
        let replaced = try CLIRunner.run(["import", "--db", db, "--replace", weekly.path])
        #expect(replaced.stdout.contains("2 units of earlier imports replaced"), "\(replaced.stdout)")
        #expect(try units() == 1)
        #expect(try CLIRunner.run(["lookup", "--db", db, "पहला वाक्य।"]).status == 1)
    }

    @Test("a memory in a read-only file and folder is still looked up, counted and exported")
    func readOnlyMemory() throws {
        let directory = try Fixtures.temporaryDirectory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        #expect(try CLIRunner.run(["ingest", "--db", db, "seeds/"]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path) }
        let output = try Fixtures.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: output.path)
        let out = output.appendingPathComponent("out.tmx").path
        for arguments in [["lookup", "--db", db, "--term", "Astana"], ["stats", "--db", db], ["export", "--db", db, "--tmx", out]] {
            let result = try CLIRunner.run(arguments, asUnprivilegedUser: true)
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["tm.sqlite"])
    }
}
