import Foundation
import SetuCore
import SetuExchange
import SetuTestSupport
import Testing

/// The TMX reader against hand-written files in the styles of other tools, and hostile or broken input.
@Suite("TMX reader")
struct TMXReaderTests {
    static func path(_ name: String) -> String { Fixtures.url(name, target: "SetuExchangeTests").path }

    struct Read {
        var header: TMXHeader?
        var units: [TMXUnit] = []
        var summary: TMXReader.Summary?
    }

    static func read(_ name: String) throws -> Read {
        var result = Read()
        result.summary = try TMXReader(path: path(name)).read(onHeader: { result.header = $0 }, onUnit: { result.units.append($0) })
        return result
    }

    static func convert(_ read: Read) -> [TranslationUnit] {
        read.units.compactMap { try? TMXUnitConverter().convert($0, header: read.header!, document: "test").get() }
    }

    @Test("each encoding is detected and decoded", arguments: [
        ("utf8-plain.tmx", "UTF-8", 4), ("utf8-bom.tmx", "UTF-8 (BOM)", 3), ("utf16le-bom.tmx", "UTF-16LE (BOM)", 3),
        ("utf16be-bom.tmx", "UTF-16BE (BOM)", 3), ("omegat-style.tmx", "UTF-8", 3),
    ])
    func encodings(file: String, encoding: String, units: Int) throws {
        let read = try Self.read(file)
        #expect(read.summary?.encoding == encoding)
        #expect(read.units.count == units)
        let converted = Self.convert(read)
        #expect(converted.count == units)
        #expect(converted.allSatisfy { $0.source.language.language == "hi" && $0.source.text.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) } })
        #expect(converted.allSatisfy { $0.target.language.language == "en" && !$0.target.text.isEmpty })
    }

    @Test("character and entity references are decoded")
    func escaping() throws {
        let units = Self.convert(try Self.read("utf8-plain.tmx"))
        let all = units.flatMap { [$0.source.text, $0.target.text] }.joined(separator: "\n")
        #expect(all.contains("&"))
        #expect(all.contains("<") || all.contains(">"))
        #expect(all.contains("\u{0964}"))  // DEVANAGARI DANDA from &#x0964;
        #expect(!all.contains("&amp;"))
    }

    @Test("inline tags are kept as markup and left out of the text")
    func inlineTags() throws {
        let read = try Self.read("inline-tags.tmx")
        let units = Self.convert(read)
        #expect(units.count == 4)
        let first = try #require(units.first)
        let markup = try #require(first.source.markup)
        #expect(markup.contains("<bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>"))
        #expect(!first.source.text.contains("<b>"))
        #expect(!first.source.text.contains("&lt;"))
        // Every unit carries tags on both sides; <hi> text stays in the plain text.
        #expect(units.allSatisfy { $0.source.markup != nil && $0.target.markup != nil })
        let variants = read.units.flatMap(\.variants)
        #expect(variants.contains { $0.markup?.contains("<sub>") == true })
        #expect(variants.contains { $0.markup?.contains("<hi") == true })
    }

    @Test("props and notes are kept at header, unit and variant level")
    func propsAndNotes() throws {
        let read = try Self.read("props-notes.tmx")
        #expect(read.header?.properties.isEmpty == false)
        #expect(read.header?.notes.isEmpty == false)
        let units = Self.convert(read)
        #expect(units.contains { !$0.properties.isEmpty })
        #expect(units.contains { !$0.notes.isEmpty })
        #expect(units.contains { !$0.source.properties.isEmpty || !$0.target.properties.isEmpty })
        #expect(units.contains { !$0.source.notes.isEmpty || !$0.target.notes.isEmpty })
    }

    @Test("several languages in any tuv order: Hindi source, English target, French kept")
    func multilingual() throws {
        let units = Self.convert(try Self.read("multilingual.tmx"))
        #expect(units.count == 3)
        #expect(units.allSatisfy { $0.source.language == LanguageTag("hi-IN") && $0.target.language == LanguageTag("en-GB") })
        #expect(units.allSatisfy { $0.extraVariants.map(\.language.value) == ["fr-FR"] })
    }

    @Test("language codes in any form; tu-level srclang overrides the header; *all* picks Hindi")
    func languageForms() throws {
        let read = try Self.read("lang-code-forms.tmx")
        let units = Self.convert(read)
        #expect(units.count == 4)
        #expect(units.contains { $0.source.language.language == "en" && $0.target.language.language == "hi" })
        #expect(Set(units.flatMap { [$0.source.language.value, $0.target.language.value] }).isSubset(of: ["hi", "hi-IN", "en", "en-US"]))
        let mapped = read.units.compactMap { try? TMXUnitConverter(languageMap: ["hi": LanguageTag("hi-IN")!]).convert($0, header: read.header!, document: "t").get() }
        #expect(mapped.allSatisfy { $0.source.language.language != "hi" || $0.source.language.value == "hi-IN" })
        let all = Self.convert(try Self.read("srclang-all.tmx"))
        #expect(all.count == 2 && all.allSatisfy { $0.source.language.language == "hi" })
    }

    @Test("a unit without the source language is reported with its location")
    func missingSource() throws {
        let read = try Self.read("no-source-language.tmx")
        let results = read.units.map { TMXUnitConverter().convert($0, header: read.header!, document: "t") }
        let failures = results.compactMap { result -> ExchangeError? in if case .failure(let error) = result { return error } else { return nil } }
        #expect(failures.count == 1)
        #expect(failures.first?.description.contains("no-source-language.tmx:") == true)
        #expect(failures.first?.description.contains("source language") == true)
    }

    @Test("hostile files are refused before any unit is read", arguments: ["billion-laughs.tmx", "external-entity.tmx"])
    func hostile(file: String) throws {
        var units = 0
        do {
            _ = try TMXReader(path: Self.path(file)).read(onHeader: { _ in }, onUnit: { _ in units += 1 })
            Issue.record("\(file) was read")
        } catch let error as ExchangeError {
            if case .refused(let location, _) = error {
                #expect(location.line != nil)
            } else {
                Issue.record("expected refusal, got \(error)")
            }
        }
        #expect(units == 0)
    }

    @Test("broken files give an error with their line (and the column of a syntax error)", arguments: [
        ("truncated.tmx", 24), ("malformed.tmx", 16), ("missing-attribute.tmx", 4),
    ])
    func broken(file: String, line: Int) throws {
        do {
            _ = try TMXReader(path: Self.path(file)).read(onHeader: { _ in }, onUnit: { _ in })
            Issue.record("\(file) was accepted")
        } catch let error as ExchangeError {
            switch error {
            case .malformed(let location, _):
                #expect(location.line == line)
                #expect(location.column != nil)
            case .invalid(let location, _):
                #expect(location.line == line)
            default:
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test("an empty file, a missing file and invalid UTF-8 are errors, not crashes")
    func badFiles() throws {
        let directory = try Fixtures.temporaryDirectory()
        let empty = directory.appendingPathComponent("empty.tmx")
        try Data().write(to: empty)
        #expect(throws: ExchangeError.self) { try TMXReader(path: empty.path).read(onHeader: { _ in }, onUnit: { _ in }) }
        #expect(throws: ExchangeError.self) { try TMXReader(path: directory.appendingPathComponent("nope.tmx").path).read(onHeader: { _ in }, onUnit: { _ in }) }
        let invalid = directory.appendingPathComponent("invalid.tmx")
        var bytes = Data(#"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="hi" datatype="plaintext"/><body><tu><tuv xml:lang="hi"><seg>"#.utf8)
        bytes.append(contentsOf: [0xE0, 0xA4, 0xFF, 0xFE])
        bytes.append(contentsOf: Data("</seg></tuv></tu></body></tmx>".utf8))
        try bytes.write(to: invalid)
        #expect(throws: ExchangeError.self) { try TMXReader(path: invalid.path).read(onHeader: { _ in }, onUnit: { _ in }) }
    }

    @Test("a 5 MB single-line file streams through")
    func hugeLine() throws {
        let directory = try Fixtures.temporaryDirectory()
        let url = directory.appendingPathComponent("one-line.tmx")
        var text = #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="hi-IN" datatype="plaintext"/><body>"#
        var count = 0
        while text.utf8.count < 5_000_000 {
            text += #"<tu tuid="\#(count)"><tuv xml:lang="hi-IN"><seg>वाक्य संख्या \#(count) में अस्ताना &amp; मॉस्को।</seg></tuv><tuv xml:lang="en-US"><seg>Sentence \#(count) mentions Astana &amp; Moscow.</seg></tuv></tu>"#
            count += 1
        }
        text += "</body></tmx>"
        try Data(text.utf8).write(to: url)
        var seen = 0
        var last: TMXUnit?
        let summary = try TMXReader(path: url.path).read(onHeader: { _ in }, onUnit: { seen += 1; last = $0 })
        #expect(summary.units == count)
        #expect(seen == count)
        #expect(last?.variants.first?.text == "वाक्य संख्या \(count - 1) में अस्ताना & मॉस्को।")
    }
}
