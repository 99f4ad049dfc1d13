import Foundation
import SetuTestSupport
import Testing

/// The translator's loop end to end: analyze a new document against the memory, pre-translate it to XLIFF
/// (2.0 and 1.2), fill the targets as a CAT tool would, import them back and find them with lookup.
@Suite("Translator's loop: analyze, pretranslate, import")
struct TranslatorLoopTests {
    static let seed = "seeds/000_5a3696012ead648c.txt"
    /// A sentence of the seed and its translation, added by hand so the seed has one 100 % match.
    static let known = "कजाकिस्तान की राजधानी अस्ताना में आयोजित शंघाई सहयोग संगठन (एससीओ) के शिखर सम्मेलन से इतर भारतीय विदेश मंत्री एस जयशंकर अपनी रूसी समकक्ष सर्गेई लावरोव से मिले।"
    static let knownEnglish = "On the sidelines of the SCO summit in Astana, the capital of Kazakhstan, External Affairs Minister S Jaishankar met his Russian counterpart Sergey Lavrov."

    /// A memory with the seeds ingested and one unit added.
    static func memory() throws -> (directory: URL, db: String) {
        let directory = try Fixtures.temporaryDirectory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        let ingest = try CLIRunner.run(["ingest", "--db", db, "seeds/"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let add = try CLIRunner.run(["add", "--db", db, "--hi", known, "--en", knownEnglish])
        #expect(add.status == 0, "\(add.stderr)")
        return (directory, db)
    }

    /// Words as the README defines them, counted independently of Setu's code.
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains { $0.isLetter } }.count
    }

    static func json(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("analyze: the band table adds up to the words of the translatable segments, with the 100 % match in its band")
    func analyze() throws {
        let (_, db) = try Self.memory()
        let result = try CLIRunner.run(["analyze", "--db", db, "--format", "jsonl", Self.seed])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try Self.json(try #require(result.stdout.split(separator: "\n").first))
        var total = 0
        for band in ["101%", "repetitions", "100%", "95-99%", "85-94%", "75-84%", "50-74%", "no match"] {
            total += try #require((document[band] as? [String: Any])?["words"] as? Int)
        }
        let segments = try CLIRunner.run(["segment", "--format", "jsonl", Self.seed])
        var expected = 0
        for line in segments.stdout.split(separator: "\n") {
            let segment = try Self.json(line)
            if segment["kind"] as? String != "non-translatable" { expected += Self.words(segment["text"] as? String ?? "") }
        }
        #expect(total == expected)
        #expect(total > 300)
        let exact = try #require(document["100%"] as? [String: Any])
        #expect(exact["segments"] as? Int == 1)
        #expect(exact["words"] as? Int == Self.words(Self.known))
        // The seed repeats its headline: the second copy is a repetition.
        #expect(((document["repetitions"] as? [String: Any])?["segments"] as? Int ?? 0) >= 1)
        #expect((document["term_hits"] as? Int ?? 0) > 20)

        let table = try CLIRunner.run(["analyze", "--db", db, Self.seed])
        #expect(table.stdout.contains("100%") && table.stdout.contains("no match") && table.stdout.contains("non-translatable"))
        let csv = try CLIRunner.run(["analyze", "--db", db, "--format", "csv", Self.seed, "seeds/001_b0c5e96b4392f483.txt"])
        #expect(csv.stdout.hasPrefix("document,band,segments,words,characters\n"))
        #expect(csv.stdout.contains("\"total\",100%,"))
    }

    /// Gives every segment without a target a translation with state translated (2.0) or a target (1.2),
    /// as a translator would in a CAT tool; returns how many were filled.
    static func fill(_ xliff: URL, version: String) throws -> Int {
        var text = try String(contentsOf: xliff, encoding: .utf8)
        var filled = 0
        if version == "2.0" {
            while let range = text.range(of: #"<segment id="(s\d+)-1">\s*<source>[^\n]*</source>\n"#, options: .regularExpression) {
                let segment = String(text[range])
                guard !segment.contains("translate=\"no\"") else { break }
                let id = segment.firstMatch(of: /s(\d+)-1/).map { String($0.1) } ?? "0"
                let replaced = segment.replacingOccurrences(of: "<segment id=\"s\(id)-1\">", with: "<segment id=\"s\(id)-1\" state=\"translated\">")
                    + "    <target>Translated sentence number \(id).</target>\n"
                text.replaceSubrange(range, with: replaced)
                filled += 1
            }
        } else {
            while let range = text.range(of: #"<trans-unit id="(s\d+)"[^>]*>\n    <source[^\n]*</source>\n(?!    <target)"#, options: .regularExpression) {
                let unit = String(text[range])
                let id = unit.firstMatch(of: /id="s(\d+)"/).map { String($0.1) } ?? "0"
                text.replaceSubrange(range, with: unit + "    <target xml:lang=\"en\" state=\"translated\">Translated sentence number \(id).</target>\n")
                filled += 1
            }
        }
        try Data(text.utf8).write(to: xliff)
        return filled
    }

    @Test("pretranslate → fill → import → lookup, in XLIFF 2.0 and 1.2", arguments: ["2.0", "1.2"])
    func loop(version: String) throws {
        let (directory, db) = try Self.memory()
        let xliff = directory.appendingPathComponent("seed-\(version).xlf")
        let result = try CLIRunner.run(["pretranslate", "--db", db, "--xliff-version", version, Self.seed, "--xliff", xliff.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: xliff, encoding: .utf8)
        let validation = try CLIRunner.run(["validate", xliff.path])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
        #expect(written.contains("अस्ताना"))  // raw UTF-8, not character references
        if version == "2.0" {
            #expect(written.contains("srcLang=\"hi-IN\" trgLang=\"en\""))
            #expect(written.contains("<gls:translation>Astana</gls:translation>"))
            #expect(written.contains("type=\"term\">अस्ताना</mrk>"))
            #expect(written.contains("<target>\(Self.knownEnglish)</target>"))
            #expect(written.contains("state=\"translated\""))
            #expect(written.contains("similarity=\"100.0\""))
        } else {
            #expect(written.contains("<mrk mtype=\"term\">अस्ताना</mrk>"))
            #expect(written.contains("अस्ताना = Astana"))
            #expect(written.contains("state-qualifier=\"exact-match\">\(Self.knownEnglish)</target>"))
            #expect(written.contains("<alt-trans match-quality=\"100\""))
        }
        // Ids are stable: a second run writes the same file.
        let again = directory.appendingPathComponent("again.xlf")
        #expect(try CLIRunner.run(["pretranslate", "--db", db, "--xliff-version", version, Self.seed, "--xliff", again.path]).status == 0)
        #expect(try String(contentsOf: again, encoding: .utf8) == written)

        let filled = try Self.fill(xliff, version: version)
        #expect(filled > 10)
        let imported = try CLIRunner.run(["import", "--db", db, xliff.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        // Every filled segment comes in, linked to its stored segment, except a repeated headline whose second
        // translation conflicts with the first (kept); the exact match's target is already stored.
        let count = try #require(imported.stdout.firstMatch(
            of: /(\d+) translated, (\d+) imported \((\d+) linked to pre-translated segments\), (\d+) duplicates, (\d+) conflicts/))
        let (translated, added, linked, duplicates, conflicts) = (Int(count.1)!, Int(count.2)!, Int(count.3)!, Int(count.4)!, Int(count.5)!)
        // Units marked translate="no" (numbers) do not come back even when a target was typed.
        #expect(translated <= filled + 1 && translated >= filled - 3, "\(imported.stdout)")
        #expect(duplicates == 1)  // the exact match, already stored
        #expect(conflicts <= 1)  // the repeated headline translated twice
        #expect(added == translated - duplicates - conflicts)
        #expect(linked == added)
        let lookup = try CLIRunner.run(["lookup", "--db", db, "--concordance", "Translated sentence number"])
        #expect(lookup.status == 0)
        #expect(lookup.stdout.contains("(translated)"), "\(lookup.stdout)")
        let stats = try CLIRunner.run(["stats", "--db", db])
        #expect(stats.stdout.contains("translated: \(added)"), "\(stats.stdout)")
        // Importing the same file again changes nothing.
        #expect(try CLIRunner.run(["import", "--db", db, xliff.path]).stdout.contains("already imported"))
        // The translated units leave through TMX like any other.
        let tmx = directory.appendingPathComponent("out.tmx")
        #expect(try CLIRunner.run(["export", "--db", db, "--origin", "translated", "--tmx", tmx.path]).status == 0)
        #expect(try String(contentsOf: tmx, encoding: .utf8).components(separatedBy: "<tu ").count - 1 == added)
    }

    @Test("hostile, broken and mislabelled XLIFF is refused and nothing is written", arguments: [
        "xliff-entity-bomb.xlf", "xliff-external-entity.xlf", "xliff-truncated.xlf", "xliff-malformed.xlf",
        "xliff-invalid-utf8.xlf", "xliff-unknown-version.xlf", "xliff-wrong-languages.xlf",
    ])
    func refused(_ name: String) throws {
        let (_, db) = try Self.memory()
        // Everything but the file size, which SQLite may round up by a page.
        func contents() throws -> String {
            try CLIRunner.run(["stats", "--db", db]).stdout.split(separator: "\n").filter { !$0.hasPrefix("size on disk") }.joined(separator: "\n")
        }
        let before = try contents()
        let file = Fixtures.url("xliff/\(name)", target: "SetuExchangeTests").path
        let result = try CLIRunner.run(["import", "--db", db, file])
        #expect(result.status != 0)
        #expect(result.stderr.contains(name) && result.stderr.contains("nothing imported"), "\(result.stderr)")
        #expect(!result.stderr.contains("root:x"))
        let after = try contents()
        #expect(after == before, "\(before)\n---\n\(after)")
        if name == "xliff-wrong-languages.xlf" {
            #expect(result.stderr.contains("the source language is 'mr'"))
        }
    }

    @Test("XLIFF from other tools imports the translated segments only", arguments: [
        ("okapi-12-segsource.xlf", 6), ("omegat-12.xlf", 4), ("trados-style-12.xlf", 4), ("memoq-style-12.xlf", 4),
        ("xliff20-okapi.xlf", 6), ("xliff20-minimal.xlf", 1),
    ])
    func toolFiles(_ name: String, translated: Int) throws {
        let directory = try Fixtures.temporaryDirectory()
        let db = directory.appendingPathComponent("tm.sqlite").path
        let file = Fixtures.url("xliff/\(name)", target: "SetuExchangeTests").path
        let dry = try CLIRunner.run(["import", "--db", db, "--dry-run", file])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("\(translated) would be imported"), "\(dry.stdout)")
        let result = try CLIRunner.run(["import", "--db", db, file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(translated) translated, \(translated) imported"), "\(result.stdout)")
    }

    @Test("align takes a folder of pairs named by language, or a list of pairs, and reports each pair")
    func alignFolder() throws {
        let directory = try Fixtures.temporaryDirectory()
        let corpus = directory.appendingPathComponent("past")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, fixture) in [("one", "seed-000"), ("two", "budget")] {
            for language in ["hi", "en"] {
                try FileManager.default.copyItem(
                    at: Fixtures.url("parallel/\(fixture).\(language).txt", target: "SetuAlignTests"),
                    to: corpus.appendingPathComponent("\(name).\(language).txt"))
            }
        }
        let db = directory.appendingPathComponent("tm.sqlite").path
        let result = try CLIRunner.run(["align", "--db", db, corpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("units stored") })
        let stats = try CLIRunner.run(["stats", "--db", db])
        #expect(stats.stdout.contains("documents           4"), "\(stats.stdout)")

        // A file without its partner is reported, and the exit status says so; the pairs still go in.
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("one.hi.txt"), to: corpus.appendingPathComponent("three.hi.txt"))
        let partial = try CLIRunner.run(["align", "--db", db, "--dry-run", corpus.path])
        #expect(partial.status != 0)
        #expect(partial.stderr.contains("three.hi.txt: no English file with the same name"))
        #expect(partial.stdout.split(separator: "\n").count == 2)

        let list = directory.appendingPathComponent("pairs.tsv")
        try Data("# Hindi\tEnglish\npast/one.hi.txt\tpast/one.en.txt\nonly-one-column.txt\n".utf8).write(to: list)
        let listed = try CLIRunner.run(["align", "--db", db, "--dry-run", "--pairs", list.path])
        #expect(listed.stderr.contains("pairs.tsv:3: expected two paths (Hindi, English), found 1"))
        #expect(listed.stdout.split(separator: "\n").count == 1)
    }

    @Test("a failed first import leaves no empty memory behind")
    func noMemoryFromFailedImport() throws {
        let directory = try Fixtures.temporaryDirectory()
        let db = directory.appendingPathComponent("new.sqlite")
        for name in ["xliff-truncated.xlf", "xliff-wrong-languages.xlf"] {
            let result = try CLIRunner.run(["import", "--db", db.path, Fixtures.url("xliff/\(name)", target: "SetuExchangeTests").path])
            #expect(result.status != 0)
            #expect(!FileManager.default.fileExists(atPath: db.path), "\(name)")
        }
        let missing = try CLIRunner.run(["align", "--db", db.path, directory.appendingPathComponent("no-such-folder").path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no such folder"))
    }
}
