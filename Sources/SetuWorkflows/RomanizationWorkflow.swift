import Foundation
import SetuGlossary
import SetuText

/// `setu romanize`: English-media spellings of Hindi words and names.
public struct RomanizationWorkflow {
    /// One input line romanized.
    public struct Result: Sendable {
        public var text: String
        public var romanization: String
        /// Other spellings worth considering (the letter-by-letter rules when a lexicon or gazetteer
        /// answered), without the romanization itself.
        public var alternatives: [String]
        /// How each word was romanized: `acronym`, `gazetteer`, `lexicon` or `rules`.
        public var methods: [String]
    }

    let lexicon: EnglishLexicon

    /// - Parameter extraWords: English words to prefer (a glossary's English forms), ahead of the built-in list.
    public init(extraWords: [String] = []) {
        if extraWords.isEmpty {
            lexicon = .shared
        } else {
            var lexicon = EnglishLexicon(words: extraWords.flatMap { $0.split(separator: " ").map(String.init) })
            for word in EnglishLexicon.shared.allWords { lexicon.add(word) }
            self.lexicon = lexicon
        }
    }

    /// The non-empty lines of a file (or of standard input, `-`), checked as UTF-8 before any is returned.
    /// - Throws: `WorkflowError` naming the input, and for bad UTF-8 its line and byte offset; an input with
    ///   no words at all is an error too (nothing to romanize is never a silent success).
    public static func lines(of path: String) throws(WorkflowError) -> [String] {
        let readable = path == "-" ? try TextInputs.spoolStandardInput() : path
        defer { if path == "-" { try? FileManager.default.removeItem(atPath: readable) } }
        do {
            _ = try InputValidator.validateUTF8(at: readable)
        } catch {
            throw .text(error.renamed(from: path == "-" ? readable : nil, to: path))
        }
        guard let text = try? String(contentsOfFile: readable, encoding: .utf8) else {
            throw .text(.unreadable(path: path, reason: "cannot read it"))
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { throw .input("\(path): empty \(path == "-" ? "input" : "file"), no words to romanize") }
        return lines
    }

    public func romanize(_ line: String) -> Result {
        let words = HindiRomanizer.words(line, lexicon: lexicon, loans: .likely)
        let romanization = words.map(\.text).joined(separator: " ")
        let rules = HindiRomanizer.romanize(line, useBuiltInLexicon: false, gazetteer: false)
        return Result(
            text: line, romanization: romanization, alternatives: rules == romanization ? [] : [rules], methods: words.map(\.method))
    }
}
