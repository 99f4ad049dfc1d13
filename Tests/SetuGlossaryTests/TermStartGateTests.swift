import Foundation
import SetuCore
@testable import SetuGlossary
import SetuTestSupport
import SetuText
import Testing

/// The gate in front of term starts (`TermMatcher.mayStartTerm`) only saves work: at every word of real
/// text, with misspelt, inflected and sound-alike forms, the gated matcher finds what the ungated one finds.
@Suite("Term start gate")
struct TermStartGateTests {
    struct Sentence: Decodable { var text: String }

    static func texts() throws -> [String] {
        let gold = try Fixtures.jsonLines(Sentence.self, at: Fixtures.url("term-gold.jsonl", target: "SetuGlossaryTests"))
        let dev = try Fixtures.jsonLines(Sentence.self, at: Fixtures.url("term-dev.jsonl", target: "SetuGlossaryTests"))
        return try (gold + dev).map(\.text) + CompiledMatcherTests.seedText()
    }

    /// Compares the gated and ungated longest match at every word; returns the starts the gate let through
    /// and all words.
    static func compare(_ matcher: TermMatcher, _ lines: [String]) -> (found: Int, passed: Int, words: Int) {
        var (found, passed, words) = (0, 0, 0)
        for line in lines {
            let folded = matcher.folder.fold(scalars: line.unicodeScalars.map(\.value))
            let tokens = TermTokens(folded).tokens
            for index in tokens.indices {
                words += 1
                if matcher.mayStartTerm(tokens[index], folded: folded) { passed += 1 }
                let ungated = matcher.longestMatch(startingAt: index, tokens: tokens, folded: folded, gated: false)
                let gated = matcher.longestMatch(startingAt: index, tokens: tokens, folded: folded)
                if ungated != nil { found += 1 }
                #expect(gated == ungated, "\(line) at word \(index)")
            }
        }
        return (found, passed, words)
    }

    @Test("the core glossary: every match at every word of the gold, development and seed texts is kept")
    func coreGlossary() throws {
        let matcher = TermMatcher(termbase: try CompiledMatcherTests.coreTermbase())
        let (found, passed, words) = Self.compare(matcher, try Self.texts())
        #expect(found >= 300)
        // And it rules out most words, which is what it is for.
        #expect(passed * 2 < words, "\(passed) of \(words) words let through")
    }

    @Test("a glossary of the texts' own words, read back with one typo, a swap and inflections")
    func ownWords() throws {
        let lines = try Self.texts()
        // Names and phrases made of the texts' longer words, so every kind of near match has something to find.
        var entries: [TermEntry] = []
        var seen: Set<String> = []
        for (lineIndex, line) in lines.enumerated() {
            let words = line.split(whereSeparator: { $0 == " " || $0.isPunctuation }).map(String.init)
            for (position, word) in words.enumerated() where word.unicodeScalars.count >= 4 && seen.insert(word).inserted {
                guard (lineIndex + position) % 3 == 0 else { continue }
                let type: TermType = position % 2 == 0 ? .person : .term
                var hindi = [word]
                if position + 1 < words.count { hindi.append(word + " " + words[position + 1]) }
                entries.append(TermEntry(id: "w\(entries.count)", english: ["W\(entries.count)"], hindi: hindi, type: type))
            }
        }
        let matcher = TermMatcher(termbase: Termbase(entries: entries))
        // The texts with every fifth long word misspelt: a code point dropped, two swapped, one doubled.
        var misspelt: [String] = []
        for line in lines {
            var count = 0
            let changed = line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                var scalars = Array(word.unicodeScalars)
                guard scalars.count >= 5 else { return String(word) }
                count += 1
                switch count % 15 {
                case 0: scalars.remove(at: scalars.count / 2)
                case 5: scalars.swapAt(1, 2)
                case 10: scalars.insert(scalars[scalars.count - 1], at: scalars.count - 1)
                // Inflected: लड़का → लड़के, मंत्री → मंत्रियों, a plain stem → stem + ों.
                case 3 where scalars.last == "ा": scalars[scalars.count - 1] = "े"
                case 7 where scalars.last == "ी": scalars.replaceSubrange((scalars.count - 1)..., with: "ियों".unicodeScalars)
                case 12: scalars.append(contentsOf: "ों".unicodeScalars)
                default: break
                }
                return String(String.UnicodeScalarView(scalars))
            }
            misspelt.append(changed.joined(separator: " "))
        }
        let (found, _, _) = Self.compare(matcher, lines + misspelt)
        #expect(found >= 1_000)
    }
}
