import SetuGlossary

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

    public func romanize(_ line: String) -> Result {
        let words = HindiRomanizer.words(line, lexicon: lexicon, loans: .likely)
        let romanization = words.map(\.text).joined(separator: " ")
        let rules = HindiRomanizer.romanize(line, useBuiltInLexicon: false, gazetteer: false)
        return Result(
            text: line, romanization: romanization, alternatives: rules == romanization ? [] : [rules], methods: words.map(\.method))
    }
}
