import Foundation
import SetuCore
@testable import SetuGlossary
import SetuTestSupport
import Testing

/// The byte-level cutting the glossary reader uses for speed must cut exactly where Character-level
/// cutting does, and a large file parsed in two halves must read as one pass would.
@Suite("Glossary lines and fields, cut on bytes")
struct GlossaryLinesTests {
    static let newlines = ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    @Test("lines are cut where Character.isNewline cuts them, for every kind of line break", arguments: 0..<40)
    func linesMatchCharacterSplitting(seed: Int) {
        var random = RandomText(seed: UInt64(seed))
        var text = ""
        for _ in 0..<Int.random(in: 1...30, using: &random) {
            text += random.line(pieces: Int.random(in: 0...12, using: &random))
            text += Self.newlines[Int.random(in: 0..<Self.newlines.count, using: &random)]
            if Int.random(in: 0..<5, using: &random) == 0 { text += "\r\n\r" }
        }
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        #expect(GlossaryParser.lines(of: text).map(String.init) == expected)
    }

    @Test("words are split on the space byte as on the space Character", arguments: 0..<40)
    func wordsMatchCharacterSplitting(seed: Int) {
        var random = RandomText(seed: UInt64(seed))
        // A space before a combining mark or a joiner is one Character with it (no word starts with one): the
        // only place the two differ, so such marks are dropped from the text compared.
        var scalars = String.UnicodeScalarView()
        for scalar in random.line(pieces: 25).unicodeScalars {
            let mark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
            if scalars.last == " ", mark || scalar == "\u{200C}" || scalar == "\u{200D}" { continue }
            scalars.append(scalar)
        }
        let text = String(scalars)
        #expect(text.splitOnASCII(0x20).map(String.init) == text.split(separator: " ").map(String.init))
        #expect(text.splitOnASCII(0x20, omittingEmptySubsequences: false).map(String.init)
            == text.split(separator: " ", omittingEmptySubsequences: false).map(String.init))
    }

    @Test("a large glossary read in two halves keeps every entry, in order, and reports the right lines")
    func largeGlossaryInHalves() throws {
        var lines: [String] = ["# a large glossary"]
        for number in 2...30_000 {
            switch number {
            case 20_001: lines.append("Broken line without fields")
            case 25_000: lines.append("Somewhere\tकहीं\tgadget")
            default: lines.append("Place \(number)\tस्थान \(number)\tplace")
            }
        }
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("large.tsv")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: url)
        let parsed = GlossaryParser.parse(bytes: [UInt8](try Data(contentsOf: url)), path: url.path)
        #expect(parsed.diagnostics.map { $0.location.line ?? 0 } == [20_001, 25_000])
        #expect(parsed.entries.count == 29_997)
        #expect(parsed.entries.first?.0.preferredEnglish == "Place 2" && parsed.entries.first?.line == 2)
        #expect(parsed.entries.last?.0.preferredEnglish == "Place 30000" && parsed.entries.last?.line == 30_000)
        #expect(zip(parsed.entries, parsed.entries.dropFirst()).allSatisfy { $0.line < $1.line })
    }
}
