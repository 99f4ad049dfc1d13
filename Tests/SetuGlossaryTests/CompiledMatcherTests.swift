import Foundation
import SetuCore
@testable import SetuGlossary
import SetuTestSupport
import Testing

/// A built matcher and a loaded termbase written as bytes and read back (`TermMatcher.compiled()`,
/// `Termbase.compiled()`), as the glossary cache does between commands.
@Suite("Compiled matchers and termbases")
struct CompiledMatcherTests {
    static func coreTermbase() throws -> Termbase { try Termbase.load(path: Fixtures.repositoryFile("glossaries").path) }

    static func seedText() throws -> [String] {
        try ["seeds/000_5a3696012ead648c.txt", "seeds/001_b0c5e96b4392f483.txt"].flatMap {
            try String(contentsOf: Fixtures.repositoryFile($0), encoding: .utf8).split(separator: "\n").map(String.init)
        }
    }

    @Test("a matcher read back finds exactly what the built one finds, and writes the same bytes")
    func roundTrip() throws {
        let termbase = try Self.coreTermbase()
        let built = TermMatcher(termbase: termbase)
        let bytes = built.compiled()
        let read = try TermMatcher.reading(compiled: bytes, termbase: termbase)
        #expect(read.compiled() == bytes)
        // Inflected, typo, sound-alike, acronym and English matches in text the glossary was not written for.
        let lines = try Self.seedText() + [
            "एससीओ के महासचिव ने अस्ताना में शंघाई सहयोग संगठनों की बैठक बुलाई।",
            "विदेशमंत्री एस जयशंकर और सर्गेइ लावरोव ने S.C.O. के बारे में बात की।",
            "Jaishankar ने कहा कि पुश्किन पार्क में भारतीय नागरिकों से मिलेंगे।",
        ]
        var total = 0
        for line in lines {
            let expected = built.matches(in: line)
            total += expected.count
            #expect(read.matches(in: line) == expected, "\(line)")
        }
        #expect(total >= 40)
    }

    @Test("a matcher is refused for another glossary, another layout, and cut or damaged bytes")
    func refusals() throws {
        let termbase = try Self.coreTermbase()
        let bytes = TermMatcher(termbase: termbase).compiled()
        var entries = termbase.entries
        entries[3].hindi.append("नईवर्तनी")
        let other = Termbase(entries: entries)
        #expect(TermMatcher.fingerprint(of: other) != TermMatcher.fingerprint(of: termbase))
        #expect(throws: CompiledFormatError.self) {
            _ = try TermMatcher.reading(compiled: bytes, termbase: other)
        }
        var layout = bytes
        layout[17] &+= 1  // the layout number follows the 17-byte magic
        var cuts = [0, 5, 40, bytes.count / 3, bytes.count / 2, bytes.count - 9, bytes.count - 1].map { Array(bytes[..<$0]) }
        cuts.append(layout)
        cuts.append(bytes + [0])
        for damaged in cuts {
            #expect(throws: CompiledFormatError.self) {
                _ = try TermMatcher.reading(compiled: damaged, termbase: termbase)
            }
        }
    }

    @Test("a termbase read back has the same entries and source lines")
    func termbaseRoundTrip() throws {
        var entries = try Self.coreTermbase().entries
        entries[0].note = "नोट: \"quoted\"\ttab"
        entries[1].domain = "diplomacy"
        entries[2].status = .needsTranslation
        entries[2].ambiguous = true
        let termbase = Termbase(entries: entries, locations: entries.indices.map { SourceLocation(path: "g.tsv", line: $0 + 2) })
        let bytes = termbase.compiled()
        let read = try Termbase(compiled: bytes)
        #expect(read.entries == termbase.entries)
        #expect(read.locations == termbase.locations)
        #expect(throws: CompiledFormatError.self) {
            _ = try Termbase(compiled: Array(bytes.dropLast(3)))
        }
    }
}
