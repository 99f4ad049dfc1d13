import Foundation
import SetuCore
import SetuExchange
import SetuGlossary
import SetuTestSupport
import SetuWorkflows
import Testing

/// The contract every reader/writer pair passes: what is written reads back as equal values with text byte
/// for byte; an empty file, invalid UTF-8 and (for XML) malformed XML, external entities and entity
/// expansion are refused with their place, never read as "nothing".
@Suite("Exchange contract")
struct ExchangeContractTests {
    /// Texts that tools lose: no-break space, double spaces, combining and precomposed nukta, ZWJ and ZWNJ,
    /// the five XML-special characters.
    static let trickyHindi = [
        "ताजा\u{00A0}मुलाकात", "दो  स्पेस", "ज\u{093C}रूर", "\u{095B}रूर", "क्\u{200D}ष", "क्\u{200C}ष",
        "राम & श्याम <गीता> \"क\" 'ख'",
    ]
    static let trickyEnglish = ["fresh\u{00A0}meeting", "two  spaces", "Ram & Shyam <Gita> \"x\" 'y'", "a;b,c"]

    /// One reader/writer pair under test.
    struct Format: CustomTestStringConvertible, Sendable {
        var name: String
        var fileExtension: String
        var isXML: Bool
        /// Writes entries built from the tricky texts and reads them back; returns (written, read).
        var roundTrip: @Sendable (URL) throws -> (written: [String], read: [String])
        /// Reads a file, throwing what the reader throws.
        var read: @Sendable (String) throws -> Void

        var testDescription: String { name }
    }

    /// Entries holding the tricky texts. The two nukta forms, and ZWJ and ZWNJ forms, of one word share an entry: as spellings of
    /// different entries they would be the same term twice.
    static func glossaryEntries() -> [TermEntry] {
        let hindi = [[trickyHindi[0]], [trickyHindi[1]], [trickyHindi[2], trickyHindi[3]], [trickyHindi[4], trickyHindi[5]], [trickyHindi[6]]]
        return zip(hindi, trickyEnglish + trickyEnglish).enumerated().map { index, pair in
            TermEntry(
                english: [pair.1 + " \(index)", "Alt \(index)"], hindi: pair.0 + ["रूप \(index)"], type: .term,
                status: index % 3 == 0 ? .admitted : .preferred, domain: index % 2 == 0 ? "news & views" : nil,
                note: index == 1 ? "नोट \"quoted\" & <tagged>" : nil, ambiguous: index == 2)
        }
    }

    static func glossaryFormat(_ name: String, _ format: GlossaryFiles.Format, _ fileExtension: String) -> Format {
        Format(
            name: name, fileExtension: fileExtension, isXML: format == .tbx,
            roundTrip: { directory in
                let path = directory.appendingPathComponent("g.\(fileExtension)").path
                let entries = glossaryEntries()
                _ = try GlossaryFiles.write(entries, to: path, as: format)
                let read = try GlossaryFiles.load(path).entries
                #expect(read == entries, "\(name): entries differ after the round trip")
                return (entries.flatMap { $0.hindi + $0.english }, read.flatMap { $0.hindi + $0.english })
            },
            read: { path in _ = try GlossaryFiles.load(path) })
    }

    static let tmx = Format(
        name: "TMX", fileExtension: "tmx", isXML: true,
        roundTrip: { directory in
            let path = directory.appendingPathComponent("m.tmx").path
            let writer = try TMXWriter(path: path, header: .init(creationToolVersion: "test", sourceLanguage: .hindi))
            let texts = trickyHindi + ["पंक्ति\nदो\tटैब\r\nवापसी"]
            let units = texts.enumerated().map { index, text in
                TranslationUnit(
                    source: UnitVariant(language: .hindi, text: text),
                    target: UnitVariant(language: .english, text: trickyEnglish[index % trickyEnglish.count]), origin: .imported,
                    created: Date(timeIntervalSince1970: 1_790_000_000), creator: "टेस्ट & <co>",
                    properties: [UnitProperty(type: "x-note", value: text)], notes: [text])
            }
            for (index, unit) in units.enumerated() { try writer.write(unit, id: "u\(index)") }
            try writer.finish()
            var header = TMXHeader(attributes: [:])
            var read: [TranslationUnit] = []
            _ = try TMXReader(path: path).read(onHeader: { header = $0 }) { unit in
                read.append(try TMXUnitConverter().convert(unit, header: header, document: path).get())
            }
            #expect(read.map(\.properties) == units.map(\.properties))
            #expect(read.map(\.notes) == units.map(\.notes))
            #expect(read.map(\.creator) == units.map(\.creator))
            return (units.flatMap { [$0.source.text, $0.target.text] }, read.flatMap { [$0.source.text, $0.target.text] })
        },
        read: { path in _ = try TMXReader(path: path).read(onHeader: { _ in }, onUnit: { _ in }) })

    static let formats: [Format] = [
        tmx, glossaryFormat("TBX", .tbx, "tbx"), glossaryFormat("Setu glossary TSV", .setu, "tsv"),
        glossaryFormat("glossary TSV table", .tsv, "tsv"), glossaryFormat("glossary CSV table", .csv, "csv"),
    ]

    @Test("write → read gives the same values, text byte for byte", arguments: formats)
    func lossless(_ format: Format) throws {
        let (written, read) = try format.roundTrip(try Fixtures.temporaryDirectory())
        #expect(read.count == written.count)
        for (expected, actual) in zip(written, read) {
            #expect(Array(actual.utf8) == Array(expected.utf8), "\(format.name): \(expected.debugDescription) came back as \(actual.debugDescription)")
        }
    }

    @Test("an empty file is an error, not an empty result", arguments: formats)
    func emptyFile(_ format: Format) throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("empty.\(format.fileExtension)").path
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try format.read(path) }
    }

    @Test("invalid UTF-8 is refused with its place", arguments: formats)
    func invalidUTF8(_ format: Format) throws {
        let directory = try Fixtures.temporaryDirectory()
        _ = try format.roundTrip(directory)
        let file = try FileManager.default.contentsOfDirectory(atPath: directory.path).first { !$0.hasSuffix(".partial") }!
        let path = directory.appendingPathComponent(file).path
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Break the first Devanagari letter: its lead byte becomes 0xFF.
        let index = try #require(bytes.firstIndex(of: 0xE0))
        bytes[index] = 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            try format.read(path)
            Issue.record("\(format.name): invalid UTF-8 was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains(path) && message.contains(":"), "\(format.name): \(message)")
            #expect(message.lowercased().contains("utf-8"), "\(format.name): \(message)")
        }
    }

    @Test("XML formats refuse malformed XML, external entities and entity expansion", arguments: formats.filter(\.isXML))
    func hostileXML(_ format: Format) throws {
        let directory = try Fixtures.temporaryDirectory()
        let root = format.name == "TMX" ? "tmx" : "martif"
        let cases: [(String, String)] = [
            ("malformed", "<?xml version=\"1.0\"?>\n<\(root) version=\"1.4\">\n<header srclang=\"hi\">\n</\(root)>\n"),
            ("external", "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<\(root)>&xxe;</\(root)>\n"),
            ("expansion", "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<\(root)>&b;</\(root)>\n"),
            ("undeclared", "<?xml version=\"1.0\"?>\n<!DOCTYPE \(root) SYSTEM \"x.dtd\">\n<\(root)>India &xxe; Russia</\(root)>\n"),
        ]
        for (name, text) in cases {
            let path = directory.appendingPathComponent("\(name).\(format.fileExtension)").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            do {
                try format.read(path)
                Issue.record("\(format.name) \(name): accepted")
            } catch let error as ExchangeError {
                try Self.checkPlace(error, format, name)
            } catch let WorkflowError.exchange(error) {
                try Self.checkPlace(error, format, name)
            } catch {
                Issue.record("\(format.name) \(name): unexpected \(error)")
            }
        }
    }

    static func checkPlace(_ error: ExchangeError, _ format: Format, _ name: String) throws {
                switch error {
                case let .malformed(location, _), let .refused(location, _), let .invalid(location, _):
                    #expect(location.line != nil, "\(format.name) \(name): \(error)")
                default:
                    Issue.record("\(format.name) \(name): unexpected \(error)")
                }
    }
}
