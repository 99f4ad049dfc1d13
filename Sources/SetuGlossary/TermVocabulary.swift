import SetuText

/// English for a Hindi term composed from the usual English of its words (`entries`): the way institution
/// names and much of the terminology of Indian news are translated.
///
/// Words keep their order (Hindi and English both put modifiers before the head: केंद्रीय जल आयोग → Central
/// Water Commission) with three conventions of Indian English: a head flagged `of` takes its modifiers
/// after "of" (आवास एवं शहरी कार्य मंत्रालय → Ministry of Housing and Urban Affairs; adjectives stay in front:
/// राष्ट्रीय पोषण संस्थान → National Institute of Nutrition); a head flagged `india` after भारत or भारतीय
/// takes "of India" (भारत निर्वाचन आयोग → Election Commission of India); and a name whose head is flagged
/// `keep` (… योजना, … मोर्चा) is not translated at all. Fixed phrases are matched longest first; an
/// inflected last word is looked up by its base forms (`HindiInflection`).
///
/// Places come first, also of several words (उत्तर प्रदेश, not "North Pradesh"). A run of words neither
/// knows is read by the romanizer as a phrase: English loans (बुलेट ट्रेन → bullet train), acronyms, or, in a
/// name, words to romanize (पटना विश्वविद्यालय → Patna University); otherwise there is no composition.
/// The result is a draft: evidence `vocabulary`, with each word's gloss in the note.
///
/// Complexity: O(w · L) lookups for w words and the longest phrase L.
package struct TermVocabulary: Sendable {
    struct Entry: Sendable {
        var english: String
        /// The form used before another noun (agricultural for कृषि).
        var modifier: String
        var isAdjective = false
        var takesOf = false
        var takesIndia = false
        var keepsHindi = false
    }

    /// A composed English form and the glosses it was made from (`भारत=India, निर्वाचन=election, …`).
    package struct Composition: Sendable, Equatable {
        package var english: String
        package var glosses: String
    }

    private let byKey: [TextKey: Entry]
    private let longest: Int
    private let folder = SearchFolder()

    package static let shared = TermVocabulary()

    private init() {
        var byKey: [TextKey: Entry] = [:]
        var longest = 1
        let folder = SearchFolder()
        for line in (Self.entries + "\n" + Self.newsTerms + "\n" + Self.newsWords).split(separator: "\n") {
            let sides = line.split(separator: "=", maxSplits: 1)
            guard sides.count == 2 else { continue }
            let fields = sides[1].split(separator: ";").map(String.init)
            let forms = fields[0].split(separator: "|").map(String.init)
            var entry = Entry(english: forms[0], modifier: forms.count > 1 ? forms[1] : forms[0])
            for flag in fields.dropFirst() {
                switch flag {
                case "adj": entry.isAdjective = true
                case "of": entry.takesOf = true
                case "india": entry.takesIndia = true
                case "keep": entry.keepsHindi = true
                default: preconditionFailure("unknown vocabulary flag \(flag)")
                }
            }
            for hindi in sides[0].split(separator: "|") {
                let key = folder.key(String(hindi))
                longest = max(longest, key.split(separator: " ").count)
                if byKey[TextKey(key)] == nil { byKey[TextKey(key)] = entry }
            }
        }
        self.byKey = byKey
        self.longest = longest
    }

    private struct Piece {
        var hindi: String
        var english: String
        var modifier: String
        /// From the vocabulary (not a place, loan or romanized word).
        var known: Bool
        var entry: Entry?
    }

    /// The vocabulary entry for a folded word or phrase, trying the base forms of its last word.
    private func lookup(_ keys: ArraySlice<String>) -> Entry? {
        if let entry = byKey[TextKey(keys.joined(separator: " "))] { return entry }
        guard let last = keys.last else { return nil }
        let head = keys.dropLast()
        for base in HindiInflection.baseForms(ofKey: last) {
            if let entry = byKey[TextKey((head + [base]).joined(separator: " "))] { return entry }
        }
        return nil
    }

    /// The English of `text` composed from its words, or nil when a word cannot be accounted for, no word
    /// is in the vocabulary, or `text` is a name that keeps its Hindi words.
    /// - Parameter isName: title-case the result and romanize unknown words (a name's own words).
    package func compose(_ text: String, isName: Bool) -> Composition? {
        var words: [String] = []
        var hyphenBefore: [Bool] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) {
            // A hyphenated compound is one word when the vocabulary knows it (हिंद-प्रशांत), else its parts.
            let parts = byKey[TextKey(folder.key(String(token)))] == nil ? token.split(separator: "-") : [token]
            for (index, part) in parts.enumerated() {
                words.append(String(part))
                hyphenBefore.append(index > 0)
            }
        }
        guard !words.isEmpty else { return nil }
        let keys = words.map { folder.key($0) }
        var pieces: [Piece] = []
        var joins: [Bool] = []  // a hyphen before each piece
        var unknown: [Int] = []  // a run of words neither the vocabulary nor the gazetteer knows
        // Unknown words are read together, so a loan beside a loan is found as in a phrase (बुलेट ट्रेन).
        func flushUnknown() -> Bool {
            defer { unknown.removeAll() }
            guard let first = unknown.first else { return true }
            let run = unknown.map { words[$0] }
            let romanized = HindiRomanizer.words(run.joined(separator: " "), gazetteer: false, loans: .likely)
            guard romanized.count == run.count else { return false }
            for (offset, roman) in romanized.enumerated() {
                guard let piece = Self.unknownWord(run[offset], romanized: roman, isName: isName) else { return false }
                pieces.append(piece)
                joins.append(hyphenBefore[first + offset])
            }
            return true
        }
        var index = 0
        while index < words.count {
            var matched = false
            for length in stride(from: min(max(longest, 4), words.count - index), through: 1, by: -1) {
                let hindi = words[index..<index + length].joined(separator: " ")
                // Institutions are not composed from (the extractor reads them from the gazetteer first). A
                // language named like a nationality adjective is one (रूसी सेना → Russian Army); other language
                // names are often common words.
                let place = Gazetteer.shared.entry(hindi: hindi).flatMap { entry -> Gazetteer.Entry? in
                    switch entry.kind {
                    case .institution: return nil
                    case .language: return length == 1 && hindi.unicodeScalars.count >= 3 && hindi.unicodeScalars.last == "\u{0940}" ? entry : nil
                    default: return entry
                    }
                }
                let entry = length <= longest ? lookup(keys[index..<index + length]) : nil
                let piece: Piece
                // A place of several words (उत्तर प्रदेश) before the vocabulary's reading of its words; a
                // single word the vocabulary knows (उत्तर: north) before the gazetteer.
                if let place, length >= 2 || entry == nil {
                    piece = Piece(hindi: hindi, english: place.english, modifier: place.english, known: false)
                } else if let entry {
                    piece = Piece(hindi: hindi, english: entry.english, modifier: entry.modifier, known: true, entry: entry)
                } else {
                    continue
                }
                guard flushUnknown() else { return nil }
                pieces.append(piece)
                joins.append(hyphenBefore[index])
                index += length
                matched = true
                break
            }
            if matched { continue }
            unknown.append(index)
            index += 1
        }
        guard flushUnknown() else { return nil }
        guard pieces.contains(where: \.known) else { return nil }
        if isName, keepsHindi(text) { return nil }
        let glosses = pieces.map { "\($0.hindi)=\($0.english)" }.joined(separator: ", ")

        var ofIndia = false
        if pieces.count >= 2, pieces.last?.entry?.takesIndia == true, joins.dropFirst().allSatisfy({ !$0 }) {
            let first = folder.key(pieces[0].hindi)
            if first == folder.key("भारत") || (first == folder.key("भारतीय") && pieces.count >= 3) {
                pieces.removeFirst()
                joins.removeFirst()
                ofIndia = true
            }
        }
        func phrase(_ range: Range<Int>) -> String {
            var text = ""
            for position in range {
                let piece = pieces[position]
                // A noun before another noun takes its modifier form (कृषि साख: agricultural credit).
                let beforeNoun = position + 1 < range.upperBound && pieces[position + 1].english != "and"
                let english = beforeNoun ? piece.modifier : piece.english
                if position > range.lowerBound { text += joins[position] ? "-" : " " }
                text += english
            }
            return text
        }
        var english: String
        if let head = pieces.last, head.entry?.takesOf == true, pieces.count >= 2 {
            // Adjectives stay before the head; the rest follows "of": राष्ट्रीय पोषण संस्थान → National Institute of Nutrition.
            let adjectives = pieces.prefix(while: { $0.entry?.isAdjective == true }).count
            let head = pieces.count - 1
            let front = adjectives > 0 ? phrase(0..<adjectives) + " " : ""
            english = adjectives < head ? front + pieces[head].english + " of " + phrase(adjectives..<head) : phrase(0..<pieces.count)
        } else {
            english = phrase(0..<pieces.count)
        }
        if ofIndia { english += " of India" }
        if isName { english = Self.titleCased(english) }
        return Composition(english: english, glosses: glosses)
    }

    /// True when `text` as a whole is a word or phrase of the vocabulary (खंडपीठ): a common noun, whatever
    /// the context suggested.
    package func isEntry(_ text: String) -> Bool {
        let keys = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { folder.key(String($0)) }
        return !keys.isEmpty && lookup(keys[...]) != nil
    }

    /// True when the folded words `keys` open with a proper name of the vocabulary (संयुक्त राष्ट्र: United
    /// Nations) or one of its adjectives (ध्रुवीय: polar), which belong to the name they begin.
    package func opensName(_ keys: ArraySlice<String>) -> Bool {
        guard let first = keys.first else { return false }
        if byKey[TextKey(first)]?.isAdjective == true { return true }
        for length in stride(from: min(longest, keys.count), through: 2, by: -1) {
            let phrase = keys.prefix(length).joined(separator: " ")
            if let entry = byKey[TextKey(phrase)], entry.english.first?.isUppercase == true { return true }
        }
        return false
    }

    /// True when the last word of `text` is the head of names Indian English keeps in Hindi (… योजना, … मंडल):
    /// such a name is romanized, not translated (अमीनाबाद व्यापार मंडल → Aminabad Vyapar Mandal).
    package func keepsHindi(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        guard words.count >= 2, let last = words.last else { return false }
        return lookup([folder.key(String(last))][...])?.keepsHindi == true
    }

    /// A word the vocabulary and the gazetteer do not know, as the romanizer read it in its run: an English
    /// loan, an acronym, or a name's own word.
    private static func unknownWord(_ word: String, romanized roman: HindiRomanizer.Word, isName: Bool) -> Piece? {
        switch roman.method {
        case "acronym":
            return Piece(hindi: word, english: roman.text, modifier: roman.text, known: false)
        case "lexicon":
            return Piece(hindi: word, english: roman.text.lowercased(), modifier: roman.text.lowercased(), known: false)
        default:
            guard isName else { return nil }
            let text = roman.text.prefix(1).uppercased() + roman.text.dropFirst()
            return Piece(hindi: word, english: text, modifier: text, known: false)
        }
    }

    private static let minorWords: Set<String> = ["of", "and", "for", "the", "in", "on", "to"]

    /// Each word capitalized except minor words after the first; words with capitals already keep them.
    static func titleCased(_ text: String) -> String {
        text.split(separator: " ").enumerated().map { position, word -> String in
            if position > 0 && minorWords.contains(word.lowercased()) { return word.lowercased() }
            return word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.prefix(1).uppercased() + part.dropFirst()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
