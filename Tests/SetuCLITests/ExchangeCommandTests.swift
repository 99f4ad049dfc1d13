import Foundation
import SetuTestSupport
import Testing

/// `setu export` and `setu import`, end to end.
@Suite("TMX export and import commands")
struct ExchangeCommandTests {
    static let fixtures = Fixtures.repositoryFile("Tests/SetuExchangeTests/Fixtures")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// `setu validate`, which checks TMX against the DTD built into Setu.
    static func validate(_ path: String) throws -> Int32 {
        try CLIRunner.run(["validate", path]).status
    }

    static func stats(_ db: String) throws -> [String: Any] {
        let output = try CLIRunner.run(["stats", "--db", db, "--format", "jsonl"]).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    /// The lines of a TMX file without its header, whose creation date is the time of the export.
    static func comparable(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { !$0.contains("<header") }.map(String.init)
    }

    @Test("ingest, align, export: DTD-valid TMX; Setu → TMX → Setu → TMX gives the same file, provenance included")
    func exportRoundTrip() throws {
        let directory = try Fixtures.temporaryDirectory()
        let first = directory.appendingPathComponent("a.sqlite").path
        let parallel = "Tests/SetuAlignTests/Fixtures/parallel/"
        #expect(try CLIRunner.run(["ingest", "--db", first, "seeds/"]).status == 0)
        #expect(try CLIRunner.run(["align", "--db", first, parallel + "seed-001.hi.txt", parallel + "seed-001.en.txt"]).status == 0)
        #expect(try CLIRunner.run(["import", "--db", first, Self.fixture("inline-tags.tmx")]).status == 0)
        #expect(try CLIRunner.run(["import", "--db", first, Self.fixture("multilingual.tmx")]).status == 0)
        let exported = directory.appendingPathComponent("out.tmx").path
        let export = try CLIRunner.run(["export", "--db", first, "--tmx", exported])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try Self.validate(exported) == 0)
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(text.contains(#"<prop type="x-setu-origin">aligned</prop>"#))
        #expect(text.contains(#"<prop type="x-setu-terms">"#))
        #expect(text.contains("<bpt"))
        #expect(text.contains(#"xml:lang="fr-FR""#))

        let second = directory.appendingPathComponent("b.sqlite").path
        #expect(try CLIRunner.run(["import", "--db", second, exported]).status == 0)
        let again = directory.appendingPathComponent("again.tmx").path
        #expect(try CLIRunner.run(["export", "--db", second, "--tmx", again]).status == 0)
        #expect(try Self.comparable(exported) == Self.comparable(again))

        let package = directory.appendingPathComponent("package.tmx").path
        #expect(try CLIRunner.run(["export", "--db", first, "--tmx", package, "--all-segments", "--origin", "aligned"]).status == 0)
        #expect(try Self.validate(package) == 0)
        let packageText = try String(contentsOfFile: package, encoding: .utf8)
        #expect(packageText.contains("setu-segment-"))
        #expect(!packageText.contains(">imported<"))
    }

    @Test("broken or hostile files import nothing and name the place", arguments: [
        ("truncated.tmx", "truncated.tmx:24:"), ("malformed.tmx", "malformed.tmx:16:"),
        ("missing-attribute.tmx", "srclang"), ("billion-laughs.tmx", "refused"), ("external-entity.tmx", "external entit"),
    ])
    func refused(file: String, message: String) throws {
        let db = try Fixtures.temporaryDirectory().appendingPathComponent("tm.sqlite").path
        #expect(try CLIRunner.run(["import", "--db", db, Self.fixture("utf8-plain.tmx")]).status == 0)
        let before = try Self.stats(db)
        let result = try CLIRunner.run(["import", "--db", db, Self.fixture(file)])
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("nothing imported"))
        let after = try Self.stats(db)
        #expect(after["units"] as? Int == before["units"] as? Int)
        #expect(after["segments"] as? Int == before["segments"] as? Int)
    }

    @Test("dry run reports encoding, languages, duplicates and conflicts and writes nothing")
    func dryRun() throws {
        let db = try Fixtures.temporaryDirectory().appendingPathComponent("tm.sqlite").path
        let result = try CLIRunner.run(["import", "--db", db, "--dry-run", Self.fixture("duplicates-conflicts.tmx")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("5 units"))
        #expect(result.stdout.contains("1 duplicates"))
        #expect(result.stdout.contains("1 conflicts"))
        #expect(!FileManager.default.fileExists(atPath: db))
        let utf16 = try CLIRunner.run(["import", "--db", db, "--dry-run", Self.fixture("utf16be-bom.tmx")])
        #expect(utf16.stdout.contains("UTF-16BE"))
    }

    @Test("conflict policies: keep, replace and both")
    func conflicts() throws {
        for (policy, units) in [("keep", 3), ("replace", 3), ("both", 4)] {
            let db = try Fixtures.temporaryDirectory().appendingPathComponent("tm.sqlite").path
            let result = try CLIRunner.run(["import", "--db", db, "--on-conflict", policy, Self.fixture("duplicates-conflicts.tmx")])
            #expect(result.status == 0)
            #expect(try Self.stats(db)["units"] as? Int == units, "policy \(policy)")
        }
    }
}
