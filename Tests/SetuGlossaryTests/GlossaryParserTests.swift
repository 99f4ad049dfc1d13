import Foundation
import SetuCore
import SetuGlossary
import SetuTestSupport
import Testing

@Suite("Glossary reading and checks")
struct GlossaryParserTests {
    func write(_ text: String, name: String = "g.tsv") throws -> String {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("Setu format with alternates, keys and comments")
    func setuFormat() throws {
        let path = try write(
            "# comment\nSCO | Shanghai Cooperation Organisation\tएससीओ | शंघाई सहयोग संगठन | एस.सी.ओ.\torganization\tdomain=diplomacy\n\nX\tएक्स\tterm\tid=x-platform\tambiguous=yes\tnote=the platform\n")
        let termbase = try Termbase.load(path: path)
        #expect(termbase.entries.count == 2)
        let sco = termbase.entries[0]
        #expect(sco.id == "sco")
        #expect(sco.english == ["SCO", "Shanghai Cooperation Organisation"])
        #expect(sco.hindi == ["एससीओ", "शंघाई सहयोग संगठन", "एस.सी.ओ."])
        #expect(sco.domain == "diplomacy")
        #expect(termbase.entries[1].id == "x-platform")
        #expect(termbase.entries[1].ambiguous)
        #expect(termbase.locations[1].line == 4)
    }

    @Test("plain interchange TSV with a header")
    func interchange() throws {
        let path = try write("english\thindi\ttype\nAstana\tअस्ताना\tplace\nPushkin Park\tपुश्किन पार्क|पुश्किन पार्क\tplace\n")
        let termbase = try Termbase.load(path: path)
        #expect(termbase.entries.map(\.preferredEnglish) == ["Astana", "Pushkin Park"])
    }

    @Test("malformed lines are reported with line and column, nothing half-loaded")
    func malformed() throws {
        let path = try write("Astana\tअस्ताना\n\tरूस\tplace\nIndia\tIndia\tplace\nDelhi\tदिल्ली\tgadget\nMoscow\tमॉस्को\tplace\tcolour=red\n")
        #expect {
            try Termbase.load(path: path)
        } throws: { error in
            guard case let .invalid(diagnostics) = error as? GlossaryError else { return false }
            let lines = diagnostics.map { $0.location.line ?? 0 }
            let text = diagnostics.map(\.description).joined(separator: "\n")
            return lines == [1, 2, 3, 4, 5] && text.contains("expected at least 3 tab-separated fields")
                && text.contains("empty English field") && text.contains("has no Devanagari letters")
                && text.contains("unknown type \"gadget\"") && text.contains("unknown key \"colour\"")
        }
    }

    @Test("an entry waiting for its translation may leave the English empty; no other may")
    func needsTranslation() throws {
        let path = try write("\tमौद्रिक नीति समिति\tterm\tstatus=needs-translation\nrepo rate\tरेपो दर\tterm\tstatus=proposed\n")
        let termbase = try Termbase.load(path: path)
        #expect(termbase.entries.map(\.english) == [[], ["repo rate"]])
        #expect(termbase.entries.map(\.status) == [.needsTranslation, .proposed])
        #expect(termbase.entries[0].id == "hi-maudrik-niti-samiti")
        // Two untranslated entries are not merged as if they shared an English form.
        let two = try write("\tमौद्रिक नीति समिति\tterm\tstatus=needs-translation\n\tरेपो दर\tterm\tstatus=needs-translation\n")
        #expect(try Termbase.load(path: two).entries.count == 2)
        let table = try write("hindi,english,status\nमौद्रिक नीति समिति,,needs-translation\nरेपो दर,,preferred\n", name: "terms.csv")
        #expect {
            try Termbase.load(path: table)
        } throws: { error in
            guard case let .invalid(diagnostics) = error as? GlossaryError else { return false }
            return diagnostics.count == 1 && diagnostics[0].location.line == 3
                && diagnostics[0].message.contains("only an entry with status=needs-translation may leave it empty")
        }
    }

    @Test("the same Hindi spelling in two entries is an error unless both are ambiguous")
    func conflicts() throws {
        let conflicting = try write("Russia\tरूस\tplace\nRussian Federation\tरूस\tplace\n")
        let (_, diagnostics) = try Termbase.read(path: conflicting)
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("also belongs to \"Russia\"") })
        let allowed = try write("Congress\tकांग्रेस\torganization\tambiguous=yes\nUS Congress\tकांग्रेस\torganization\tambiguous=yes\n")
        #expect(try Termbase.read(path: allowed).1.filter { $0.severity == .error }.isEmpty)
    }

    @Test("invalid UTF-8 and missing files")
    func badFiles() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("bad.tsv")
        try Data([0x41, 0x09, 0xFF]).write(to: url)
        #expect {
            try Termbase.load(path: url.path)
        } throws: { error in
            guard case let .invalid(diagnostics) = error as? GlossaryError, let first = diagnostics.first else { return false }
            return diagnostics.count == 1 && first.location.byteOffset == 2 && first.location.line == 1
                && first.message.hasPrefix("invalid UTF-8")
        }
        #expect(throws: GlossaryError.unreadable(path: "/nonexistent.tsv", reason: "no such file or folder")) {
            try Termbase.load(path: "/nonexistent.tsv")
        }
    }

    @Test("lookup in either language")
    func lookup() throws {
        let termbase = try Termbase.load(path: Fixtures.repositoryFile("glossaries").path)
        #expect(termbase.lookup("Astana").first?.hindi.first == "अस्ताना")
        #expect(termbase.lookup("अस्ताना").first?.preferredEnglish == "Astana")
        #expect(termbase.lookup("कजाकिस्तान").first?.preferredEnglish == "Kazakhstan")
    }
}
