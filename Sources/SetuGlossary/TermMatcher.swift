import SetuCore
import SetuText

/// Finds glossary terms in Hindi (and code-mixed) text.
///
/// Built once from a `Termbase`: every Hindi spelling and English form becomes a path of word keys in a
/// trie (a word-level Aho–Corasick equivalent). Matching folds the text (`SearchFolder`), splits it into
/// words (`TermTokens`) and, at each word, walks the trie as far as it goes; the longest match wins and
/// matching resumes after it (longest-leftmost). The last word of a term may be inflected
/// (`HindiInflection`); a word of five or more letters of a name may carry one typo, found through a
/// deletion-neighbourhood index.
///
/// Complexity: building is O(total length of all spellings); matching is O(n · w) for n words of text and
/// terms of at most w words, independent of the glossary size. Thread-safe: matching does not mutate.
public struct TermMatcher: Sendable {
    public let termbase: Termbase

    struct Terminal: Sendable {
        var entry: Int32
        /// The spellings as listed (NFC) that lead to this node, to tell exact from folded matches.
        var variants: [String]
        var isEnglish: Bool
        /// A Latin acronym spelled letter by letter, which counts only when written with dots (U.N.).
        var dottedOnly = false
    }

    private var wordIDs: [UInt64: Int32] = [:]
    private var edges: [UInt64: Int32] = [:]
    private var terminals: [[Terminal]] = [[]]
    /// Deletion-neighbourhood index for typo tolerance: key of a word with one code point deleted → word id.
    private var neighbours: [(key: UInt64, word: Int32)] = []
    /// The keys of `neighbours`, and of the words a typo may be found in, as bits (`KeyFilter`).
    private var neighbourFilter = KeyFilter()
    private var typoWordFilter = KeyFilter()
    private var wordLengths: [Int32] = []
    private var wordScalars: [[UInt32]] = []
    /// Words that belong to names (person, place, organization, event) and may be matched with a typo.
    private var fuzzyWords: Set<Int32> = []
    /// Words of multi-word spellings that may carry a typo when they are not the phrase's first word.
    private var phraseWords: Set<Int32> = []
    /// First words of multi-word Hindi spellings (five letters or more) that may carry a typo when the rest
    /// of the phrase follows as listed (`द्विपक्शीय वार्ता`).
    private var phraseHeads: Set<Int32> = []
    /// Person entries by the search key of a surname they list on its own.
    private var surnames: [String: Int] = [:]
    /// Search keys of the given names in listed full names.
    private var givenNames: Set<String> = []
    /// The given names of each person entry's full names, in sound-alike form.
    private var entryGivenNames: [Int: [[UInt32]]] = [:]
    /// Person entries by a Latin surname matched alone (`addLatinSurnames`), and the given names before it.
    private var latinSurnames: [String: Int] = [:]
    private var latinGivenNames: Set<String> = []

    /// Name words and words of five letters or more, by the key of their sound-alike spelling (`soundAlike`).
    private var soundAlikes: [UInt64: Int32] = [:]

    /// English forms of two or more words by their `SoundSkeleton` (the key of the whole phrase) → entry,
    /// or -1 when two entries sound alike; and the keys of their first words, first two words, ….
    private var transcribedPhrases: [UInt64: Int32] = [:]
    private var transcribedPrefixes: Set<UInt64> = []
    /// Single English words of four consonant classes or more by their skeleton (`French` ↔ `फ्रेंच`,
    /// `Parliament` ↔ `पार्लियामेंट`), or -1 when two entries sound alike. Matched only on words that can be
    /// loans (`isUncommonWord`).
    private var transcribedWords: [UInt64: Int32] = [:]
    /// The first-word keys of both, as bits (`KeyFilter`): most words are ruled out without a hash lookup.
    private var transcribedStarts = KeyFilter()

    /// Length of the longest such word: a text word longer by two or more cannot be one edit away, and the
    /// bound keeps the typo search linear on any input (a 100,000-letter "word" included).
    private var longestFuzzyWord = 0
    private let folder = SearchFolder(options: FoldOptions.search.subtracting(.latinCase))

    /// Minimum length, in code points, of a word matched with a typo.
    public static let fuzzyMinimumLength = 5
    /// Minimum length of a Latin name word matched with a typo; the text word must be capitalized.
    public static let latinFuzzyMinimumLength = 7

    public init(termbase: Termbase) {
        self.termbase = termbase
        for (index, entry) in termbase.entries.enumerated() {
            let nameLike = [.person, .place, .organization, .event].contains(entry.type)
            let hasLatinAcronym = entry.english.contains { form in
                (2...6).contains(form.utf8.count) && form.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            }
            for variant in entry.hindi {
                add(variant, entry: index, isEnglish: false, fuzzy: nameLike)
                // Compounds are often written without their inner space: विदेशमंत्री, रूसी विदेशमंत्री.
                for joined in Self.joinedForms(variant) {
                    add(joined, entry: index, isEnglish: false, fuzzy: nameLike, listed: false)
                }
                // Acronyms dotted or spaced letter by letter: एससीओ as एस.सी.ओ, एस. सी. ओ., एस सी ओ.
                if let spaced = Self.letterSpaced(variant, syllables: hasLatinAcronym) {
                    add(spaced, entry: index, isEnglish: false, fuzzy: false, listed: false)
                }
                // Letters and a number written apart: जी20 as जी 20.
                if let split = Self.digitsApart(variant) { add(split, entry: index, isEnglish: false, fuzzy: false, listed: false) }
                // An acronym inside a Hindi phrase written in Latin letters: SCO शिखर सम्मेलन.
                if let mixed = Self.latinAcronyms(variant) { add(mixed, entry: index, isEnglish: false, fuzzy: false, listed: false) }
            }
            // English forms that are romanized Hindi (Rashtrapati Bhavan for राष्ट्रपति भवन) sound like their
            // listed Hindi spelling, which is matched already; by sound they would also match राष्ट्रपति बन.
            for form in entry.english where form.count >= 2 {
                // Acronyms are also written in Hindi letter names (एमईए for MEA), as one word or letter by letter.
                if let spelled = HindiRomanizer.letterSpelling(ofAcronym: form) {
                    add(spelled, entry: index, isEnglish: false, fuzzy: false, listed: false)
                    if let spaced = Self.letterSpaced(spelled, syllables: false) {
                        add(spaced, entry: index, isEnglish: false, fuzzy: false, listed: false)
                    }
                }
                add(form, entry: index, isEnglish: true, fuzzy: nameLike)
                // A Latin acronym with dots between its letters (U.N., S.C.O.).
                if (2...6).contains(form.utf8.count), form.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
                    add(form.map(String.init).joined(separator: " "), entry: index, isEnglish: true, fuzzy: false, listed: false, dottedOnly: true)
                }
                addTranscribed(form, entry: index, hindi: entry.hindi)
            }
        }
        addLatinSurnames()
        neighbours.sort { $0.key < $1.key }
        // Bit filters in front of the typo index: most words of a text have no neighbour at all.
        neighbourFilter = KeyFilter(capacity: neighbours.count)
        for neighbour in neighbours { neighbourFilter.insert(neighbour.key) }
        let typoWords = fuzzyWords.union(phraseWords).union(phraseHeads)
        typoWordFilter = KeyFilter(capacity: typoWords.count)
        for (key, word) in wordIDs where typoWords.contains(word) { typoWordFilter.insert(key) }
        // Surnames listed alone (मोदी for Narendra Modi) belong to someone else after another given name.
        for (index, entry) in termbase.entries.enumerated() where entry.type == .person {
            let full = entry.hindi.filter { $0.utf8.contains(0x20) }
            for single in entry.hindi where !single.utf8.contains(0x20) && full.contains(where: { $0.hasSuffix(" " + single) }) {
                surnames[folder.key(single)] = index
            }
            for name in full {
                let given = name.split(separator: " ").dropLast().map { folder.key(String($0)) }
                givenNames.formUnion(given)
                entryGivenNames[index, default: []] += given.map { Self.soundAlike($0.unicodeScalars.map(\.value)) }
            }
        }
    }

    private mutating func add(_ spelling: String, entry: Int, isEnglish: Bool, fuzzy: Bool, listed: Bool = true, dottedOnly: Bool = false) {
        let folded = folder.fold(spelling)
        let tokens = TermTokens(folded).tokens
        guard !tokens.isEmpty else { return }
        var node: Int32 = 0
        for (position, token) in tokens.enumerated() {
            let scalars = Array(folded.scalars[token.start..<token.end]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            // Short Latin acronyms match only in capitals, so "UN" does not fire on "un".
            let key = (isEnglish || token.isLatin) && token.isCapitals && scalars.count <= 4 ? TermKey.capitalsOnly(token.key) : token.key
            let word = wordID(key, scalars: scalars)
            // Latin name words of seven letters or more may carry a typo too (Jaishanker, Guteres); shorter
            // ones are too often an English word one letter away (Macron, macro).
            let longEnough = token.isLatin
                ? isEnglish && fuzzy && scalars.count >= Self.latinFuzzyMinimumLength
                : scalars.count >= Self.fuzzyMinimumLength
            // Name words may carry a typo anywhere; any other word only after the first word of a phrase
            // (`विदेश मंत्रलय`, `द्विपक्षीय वार्त्ता`), where the rest of the phrase vouches for it.
            // A long single-word term (आतंकवाद, श्रद्धांजलि, दूतावास) is rarely one edit from another word.
            let longTerm = tokens.count == 1 && scalars.count >= 7
            let firstInPhrase = longEnough && position == 0 && tokens.count >= 2 && !fuzzyWords.contains(word)
                && !phraseWords.contains(word) && phraseHeads.insert(word).inserted
            let typoAllowed = longEnough
                && (fuzzy || longTerm ? fuzzyWords.insert(word).inserted : position > 0 && phraseWords.insert(word).inserted)
                || firstInPhrase
            if (fuzzy || scalars.count >= 5) && !token.isLatin {
                // Foreign names are spelled with either vowel length (पुतिन/पुतीन), व or ब, ॉ or ा.
                let alias = TermKey.of(Self.soundAlike(scalars))
                if alias != key && wordIDs[alias] == nil && soundAlikes[alias] == nil { soundAlikes[alias] = word }
            }
            if typoAllowed {
                longestFuzzyWord = max(longestFuzzyWord, scalars.count)
                for deleted in 0..<scalars.count {
                    var shorter = scalars
                    shorter.remove(at: deleted)
                    neighbours.append((TermKey.of(shorter), word))
                }
            }
            let edgeKey = UInt64(UInt32(node)) << 32 | UInt64(UInt32(word))
            if let child = edges[edgeKey] {
                node = child
            } else {
                let child = Int32(terminals.count)
                terminals.append([])
                edges[edgeKey] = child
                node = child
            }
        }
        // A derived spelling (joined compound) is matched but not listed, so its matches report as folded.
        let variants = listed ? [TextNormalizer.nfc(spelling)] : []
        if let existing = terminals[Int(node)].firstIndex(where: { $0.entry == Int32(entry) }) {
            terminals[Int(node)][existing].variants += variants
        } else {
            terminals[Int(node)].append(Terminal(entry: Int32(entry), variants: variants, isEnglish: isEnglish, dottedOnly: dottedOnly))
        }
    }

    /// Indexes a single English word (five letters or more, not an acronym) of four consonant classes or
    /// more by its skeleton; found only where the Devanagari word can be a loan (`isUncommonWord`).
    private mutating func addTranscribedWord(_ form: String, entry: Int, hindi: [String]) {
        guard form.utf8.count >= 5, form.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }),
            form.utf8.dropFirst().contains(where: { $0 >= 0x61 })
        else { return }
        // Names of people and places are listed in their Hindi spellings, and other foreign names in the text
        // would share their skeletons (Morgan, Kristin): only terms, titles and institutions are found this way.
        guard ![.person, .place].contains(termbase.entries[entry].type) else { return }
        let classes = SoundSkeleton.english(Substring(form))
        guard classes.count >= 4 else { return }
        let skeleton = SoundSkeleton.extend(TermKey.seed, last: 0, with: classes).key
        guard !isRomanization(form, of: hindi, skeleton: skeleton) else { return }
        // The word must also start the same way, with a vowel or with a consonant (American is not मोरिकोन).
        let key = TermKey.mix(skeleton, "aeiou".utf8.contains(form.utf8.first! | 0x20) ? 1 : 0)
        transcribedStarts.insert(skeleton)
        if let existing = transcribedWords[key], existing != Int32(entry) {
            transcribedWords[key] = -1
        } else {
            transcribedWords[key] = Int32(entry)
        }
    }

    /// Surnames that English text uses alone for a person whose entry lists only the full name (`Murmu` for
    /// Droupadi Murmu, `Jinping` for Xi Jinping): the last word of a listed English full name, when the entry
    /// also lists that surname alone in Hindi, or when it is no other entry's name word and not a surname
    /// many people share (`commonSurnames`: a bare Singh or Sharif names no one in particular).
    private mutating func addLatinSurnames() {
        var owners: [String: Set<Int>] = [:]
        for (index, entry) in termbase.entries.enumerated() where entry.type == .person {
            for form in entry.english {
                for word in form.split(separator: " ") { owners[word.lowercased(), default: []].insert(index) }
            }
        }
        for (index, entry) in termbase.entries.enumerated() where entry.type == .person {
            let listedAlone = Set(entry.english.filter { !$0.utf8.contains(0x20) }.map { $0.lowercased() })
            let hindiSurnameAlone = entry.hindi.contains { single in
                !single.utf8.contains(0x20) && entry.hindi.contains { $0.hasSuffix(" " + single) }
            }
            var added: Set<String> = []
            for form in entry.english {
                let words = form.split(separator: " ")
                guard words.count >= 2, let last = words.last, last.count >= 4,
                    last.first?.isUppercase == true, last.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") })
                else { continue }
                let lower = last.lowercased()
                guard !listedAlone.contains(lower), owners[lower] == [index], !added.contains(lower) else { continue }
                guard hindiSurnameAlone || !Self.commonSurnames.contains(lower) else { continue }
                added.insert(lower)
                add(String(last), entry: index, isEnglish: true, fuzzy: false, listed: false)
                latinSurnames[lower] = index
                for given in words.dropLast() { latinGivenNames.insert(given.lowercased()) }
            }
        }
    }

    /// Surnames shared by too many people to name one of them alone.
    static let commonSurnames: Set<String> = Set("""
        singh kumar kumari sharma verma varma gupta shah patel khan gandhi yadav jain jaiswal mishra pandey tiwari
        reddy rao das roy ali ahmed ahmad sharif hussain hassan chaudhary chaudhry choudhary thakur mehta agarwal
        aggarwal bansal joshi nair menon iyer pillai naidu chauhan rathore kapoor malhotra khanna bose banerjee
        chatterjee mukherjee sinha prasad saxena srivastava tripathi dubey shukla pathak trivedi dwivedi bhatt desai
        reddy goyal goel mittal arora bhatia sethi gill sandhu dhillon grewal mann sidhu siddiqui qureshi ansari
        shaikh sheikh mohammed muhammad begum devi lal ram nath paswan kushwaha maurya rajput
        smith jones brown johnson williams miller davis wilson taylor wang zhang chen yang zhao huang zhou
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Indexes an English form of two or more words by its sound skeleton, so its transcription into
    /// Devanagari is found (`Shanghai Cooperation Organisation` ↔ `शंघाई कोऑपरेशन ऑर्गनाइजेशन`). Short forms
    /// (fewer than six consonant classes, or fewer than two words with two classes) are left out: their
    /// skeletons are too likely to be some Hindi phrase.
    private mutating func addTranscribed(_ form: String, entry: Int, hindi: [String]) {
        guard form.contains(where: { $0 == " " || $0 == "-" }) else { return addTranscribedWord(form, entry: entry, hindi: hindi) }
        let words = form.split(whereSeparator: { $0 == " " || $0 == "-" }).map(SoundSkeleton.english)
        guard words.count >= 2, words.allSatisfy({ !$0.isEmpty }), words.filter({ $0.count >= 2 }).count >= 2 else { return }
        var key = TermKey.seed
        var last: UInt8 = 0
        var length = 0
        for (position, classes) in words.enumerated() {
            let extended = SoundSkeleton.extend(key, last: last, with: classes)
            (key, last) = (extended.key, extended.last)
            length += extended.length
            if position < words.count - 1 { transcribedPrefixes.insert(key) }
            if position == 0 { transcribedStarts.insert(key) }
        }
        guard length >= 6, !isRomanization(form, of: hindi, skeleton: key) else { return }
        if let existing = transcribedPhrases[key], existing != Int32(entry) {
            transcribedPhrases[key] = -1
        } else {
            transcribedPhrases[key] = Int32(entry)
        }
    }

    /// True when the English form is a romanization of one of the Hindi spellings (Rashtrapati Bhavan for
    /// राष्ट्रपति भवन): the same skeleton and the same sound with vowels. Such a form would find Hindi phrases
    /// that differ only in vowels (राष्ट्रपति बन). A translation that shares the skeleton by chance (French,
    /// फ्रांसीसी) is kept.
    private func isRomanization(_ form: String, of hindi: [String], skeleton: UInt64) -> Bool {
        hindi.contains { spelling in
            guard Self.skeletonKey(folder.fold(spelling)) == skeleton else { return false }
            let roman = HindiRomanizer.words(spelling, useBuiltInLexicon: false, gazetteer: false).map(\.text).joined(separator: " ")
            return EnglishLexicon.soundCost(romanized: roman, as: form) <= 0.3
        }
    }

    /// The sound skeleton key of a whole folded Devanagari phrase, across its words (0 when it has other letters).
    static func skeletonKey(_ folded: FoldedText) -> UInt64 {
        let scalars = folded.scalars
        var key = TermKey.seed
        var last: UInt8 = 0
        for token in TermTokens(folded).tokens {
            guard let next = scalars.withUnsafeBufferPointer({ SoundSkeleton.extend(key, last: last, devanagari: UnsafeBufferPointer(rebasing: $0[token.start..<token.end])) })
            else { return 0 }
            (key, last) = next
        }
        return key
    }

    private mutating func wordID(_ key: UInt64, scalars: [UInt32]) -> Int32 {
        if let id = wordIDs[key] { return id }
        let id = Int32(wordLengths.count)
        wordIDs[key] = id
        wordLengths.append(Int32(scalars.count))
        wordScalars.append(scalars)
        return id
    }

    // MARK: - Matching

    /// All terms in `text`, left to right, non-overlapping (longest-leftmost).
    public func matches(in text: String) -> [TermMatch] {
        let original = text.unicodeScalars.map(\.value)
        let folded = folder.fold(scalars: original)
        let tokens = TermTokens(folded).tokens
        var result: [TermMatch] = []
        var index = 0
        while index < tokens.count {
            let listed = longestMatch(startingAt: index, tokens: tokens, folded: folded)
            if let transcribed = transcription(startingAt: index, tokens: tokens, folded: folded),
                transcribed.lastToken > listed?.lastToken ?? -1
            {
                result.append(makeTranscribedMatch(transcribed, tokens: tokens, folded: folded, original: original))
                index = transcribed.lastToken + 1
            } else if let found = listed {
                let match = makeMatch(found, tokens: tokens, folded: folded, original: original)
                if terminals[Int(found.node)][0].dottedOnly && match.kind != .acronym {
                    index += 1
                    continue
                }
                // A term just before (a title found as a term, `नेशनल सिक्योरिटी एडवाइज़र डोभाल`) is context, not a given name.
                let afterTerm = result.last.map { $0.end == folded.sourceRange(of: tokens[max(0, index - 1)].start..<tokens[max(0, index - 1)].end).upperBound } ?? false
                if afterTerm || !isSomeoneElsesSurname(match, tokenIndex: index, tokens: tokens, folded: folded) { result.append(match) }
                index = found.lastToken + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// A listed surname right after a given name that is not one of the entry's (`नीरव मोदी` is not Narendra
    /// Modi): the word before is a Devanagari word that is neither a title, a function word nor a known given name.
    private func isSomeoneElsesSurname(_ match: TermMatch, tokenIndex: Int, tokens: [TermTokens.Token], folded: FoldedText) -> Bool {
        guard tokenIndex > 0 else { return false }
        let previous = tokens[tokenIndex - 1]
        if let entry = latinSurnames[match.surface.lowercased()], entry == match.entryIndex {
            // `Nawaz Sharif`, `Ram Nath Kovind`: a capitalized Latin word before a Latin surname is another given name.
            guard previous.isLatin, folded.scalars[previous.end..<tokens[tokenIndex].start].allSatisfy({ $0 == 0x20 }),
                let initial = folded.scalars[previous.start] as UInt32?, initial >= 0x41 && initial <= 0x5A
            else { return false }
            let word = String(String.UnicodeScalarView(folded.scalars[previous.start..<previous.end].compactMap(Unicode.Scalar.init)))
            return !latinGivenNames.contains(word.lowercased()) && !EnglishLexicon.shared.contains(word.lowercased())
        }
        guard let entry = surnames[folder.key(match.surface)], entry == match.entryIndex else { return false }
        guard !previous.isLatin, TermTokens.gapAllowsPhrase(folded.scalars, from: previous.end, to: tokens[tokenIndex].start),
            folded.scalars[previous.end..<tokens[tokenIndex].start].allSatisfy({ $0 == 0x20 })
        else { return false }
        let word = String(String.UnicodeScalarView(folded.scalars[previous.start..<previous.end].compactMap(Unicode.Scalar.init)))
        let key = folder.key(word)
        if givenNames.contains(key) || HindiWordClasses.isTitle(key: key) || HindiWordClasses.wordClass(ofKey: key) != nil { return false }
        // The entry's own given name spelled another way (एमानुएल मैक्रों), or with a middle name between
        // (नरेंद्र दामोदरदास मोदी).
        if resemblesGivenName(previous, of: entry, folded: folded) { return false }
        if tokenIndex >= 2, !tokens[tokenIndex - 2].isLatin,
            folded.scalars[tokens[tokenIndex - 2].end..<previous.start].allSatisfy({ $0 == 0x20 }),
            resemblesGivenName(tokens[tokenIndex - 2], of: entry, folded: folded)
        {
            return false
        }
        // Words of the glossary itself (पीएम, भाजपा नेता …) are context, not a given name.
        if wordIDs[previous.key] != nil { return false }
        return HindiWordFrequency.shared.zipf(key: key) < 4.6
    }

    /// A Latin word of at least six letters starting with a capital: a name, where a typo may be looked for.
    private func isCapitalizedLatin(_ token: TermTokens.Token, folded: FoldedText) -> Bool {
        token.end - token.start >= Self.latinFuzzyMinimumLength - 1 && (0x41...0x5A).contains(folded.scalars[token.start])
            && !token.isCapitals
    }

    /// True when `token` is one of the entry's given names up to the spelling differences of names: the
    /// same sound-alike form, or one edit from it (three letters or more), or the same consonant skeleton of
    /// three classes or more (एमानुएल, इमैनुएल).
    private func resemblesGivenName(_ token: TermTokens.Token, of entry: Int, folded: FoldedText) -> Bool {
        guard let given = entryGivenNames[entry], !given.isEmpty else { return false }
        let word = Self.soundAlike(Array(folded.scalars[token.start..<token.end]))
        let skeleton = word.withUnsafeBufferPointer { SoundSkeleton.extend(TermKey.seed, last: 0, devanagari: $0) }
        return given.contains { name in
            if name == word { return true }
            if word.count >= 3 && name.count >= 3 && Self.withinOneEdit(word, name) { return true }
            return name.withUnsafeBufferPointer { buffer in
                guard let skeleton, skeleton.key == SoundSkeleton.extend(TermKey.seed, last: 0, devanagari: buffer)?.key else { return false }
                var classes = 0
                SoundSkeleton.countClasses(buffer, into: &classes)
                return classes >= 3
            }
        }
    }

    struct Found {
        var firstToken: Int
        var lastToken: Int
        var node: Int32
        var inflectionRule: Int?
        var fuzzy: Bool
    }

    private func longestMatch(startingAt first: Int, tokens: [TermTokens.Token], folded: FoldedText) -> Found? {
        var node: Int32 = 0
        var best: Found? = nil
        var fuzzyUsed = false
        var headOnly = false
        var position = first
        while position < tokens.count {
            let token = tokens[position]
            if position > first,
                !TermTokens.gapAllowsPhrase(folded.scalars, from: tokens[position - 1].end, to: token.start)
            {
                break
            }
            // An inflected last word ends a term here.
            if !token.isLatin {
                folded.scalars.withUnsafeBufferPointer { all in
                    let word = UnsafeBufferPointer(rebasing: all[token.start..<token.end])
                    let long = word.count >= Self.fuzzyMinimumLength
                    HindiInflection.candidateKeys(word) { key, rule in
                        // A stem without long vowels is its own sound-alike form (भारतियों → भारतिय → भारतीय).
                        guard let word = wordIDs[key] ?? (long ? soundAlikes[key] : nil), let child = child(node, word),
                            !terminals[Int(child)].isEmpty
                        else { return }
                        if best == nil || best!.lastToken < position {
                            best = Found(firstToken: first, lastToken: position, node: child, inflectionRule: rule, fuzzy: fuzzyUsed)
                        }
                    }
                    // An inflected name word spelled with another vowel length (प्रवासी भारतीयों written भारतियों).
                    guard best?.lastToken != position, long, !soundAlikes.isEmpty,
                        word.enumerated().contains(where: { Self.soundAlike($1, at: $0) != $1 })
                    else { return }
                    HindiInflection.candidateKeys(word, soundAlike: true) { key, rule in
                        guard let word = soundAlikes[key], let child = child(node, word), !terminals[Int(child)].isEmpty
                        else { return }
                        if best == nil || best!.lastToken < position {
                            best = Found(firstToken: first, lastToken: position, node: child, inflectionRule: rule, fuzzy: fuzzyUsed)
                        }
                    }
                }
            }
            // An English plural or third-person -s as the last word (`summits`, `embassies`, `Indians`).
            if token.isLatin, !token.isCapitals, let stem = englishStemKey(token, folded: folded),
                let word = wordIDs[stem], let child = child(node, word), !terminals[Int(child)].isEmpty,
                best == nil || best!.lastToken < position
            {
                best = Found(firstToken: first, lastToken: position, node: child, inflectionRule: Self.englishPluralRule, fuzzy: fuzzyUsed)
            }
            var next: Int32? = nil
            if let word = wordIDs[token.key], let child = child(node, word) {
                next = child
            } else if token.isCapitals, let word = wordIDs[TermKey.capitalsOnly(token.key)], let child = child(node, word) {
                next = child
            } else if !token.isLatin, let child = soundAlikeChild(node, token: token, folded: folded) {
                next = child
            } else if !token.isLatin || isCapitalizedLatin(token, folded: folded),
                let fuzzy = fuzzyChild(node, token: token, folded: folded, inPhrase: position > first)
            {
                next = fuzzy.child
                fuzzyUsed = true
                // A phrase whose first word carries a typo counts only with the words after it.
                headOnly = fuzzy.asPhraseHead
            }
            guard let child = next else { break }
            node = child
            if !terminals[Int(node)].isEmpty && !(headOnly && position == first) {
                best = Found(firstToken: first, lastToken: position, node: node, inflectionRule: nil, fuzzy: fuzzyUsed)
            }
            position += 1
        }
        return best
    }

    /// The longest run of Devanagari words from `first` on that sounds like an English form of two or more
    /// words (`SoundSkeleton`), as (last token, entry).
    private func transcription(startingAt first: Int, tokens: [TermTokens.Token], folded: FoldedText) -> (firstToken: Int, lastToken: Int, entry: Int)? {
        guard !transcribedPrefixes.isEmpty || !transcribedWords.isEmpty, !tokens[first].isLatin else { return nil }
        var key = TermKey.seed
        var last: UInt8 = 0
        var best: (firstToken: Int, lastToken: Int, entry: Int)? = nil
        var position = first
        while position < tokens.count {
            let token = tokens[position]
            if token.isLatin { break }
            if position > first, !TermTokens.gapAllowsPhrase(folded.scalars, from: tokens[position - 1].end, to: token.start) { break }
            let next = folded.scalars.withUnsafeBufferPointer { all in
                SoundSkeleton.extend(key, last: last, devanagari: UnsafeBufferPointer(rebasing: all[token.start..<token.end]))
            }
            guard let next else { break }
            (key, last) = next
            if position == first && !transcribedStarts.contains(key) { break }
            if position > first, let entry = transcribedPhrases[key], entry >= 0 { best = (first, position, Int(entry)) }
            let startsWithVowel = (0x0904...0x0914).contains(folded.scalars[token.start])
            if position == first, let entry = transcribedWords[TermKey.mix(key, startsWithVowel ? 1 : 0)], entry >= 0,
                isUncommonWord(token, folded: folded), soundsLike(token, folded: folded, entry: Int(entry))
            {
                best = (first, first, Int(entry))
            }
            guard transcribedPrefixes.contains(key) else { break }
            position += 1
        }
        return best
    }

    /// Marks a match whose last word is an English plural (`Found.inflectionRule`).
    static let englishPluralRule = -1

    /// The key of a Latin word of four letters or more without its plural ending: -ies → -y, -es or -s
    /// dropped (the first that names a glossary word wins, so `embassies`, `taxes`, `summits`).
    private func englishStemKey(_ token: TermTokens.Token, folded: FoldedText) -> UInt64? {
        let count = token.end - token.start
        guard count >= 4, folded.scalars[token.end - 1] | 0x20 == 0x73 else { return nil }  // s
        let scalars = folded.scalars
        func key(_ end: Int, _ tail: [UInt32] = []) -> UInt64 {
            var key = TermKey.seed
            for index in token.start..<end { key = TermKey.mix(key, TermKey.lowered(scalars[index])) }
            for scalar in tail { key = TermKey.mix(key, scalar) }
            return key
        }
        if count >= 5, scalars[token.end - 3] | 0x20 == 0x69, scalars[token.end - 2] | 0x20 == 0x65 {  // -ies
            let stem = key(token.end - 3, [0x79])
            if wordIDs[stem] != nil { return stem }
        }
        if scalars[token.end - 2] | 0x20 == 0x65 {  // -es
            let stem = key(token.end - 2)
            if wordIDs[stem] != nil { return stem }
        }
        return key(token.end - 1)
    }

    /// True when the Devanagari word, romanized, sounds like one of the entry's single-word English forms
    /// with vowels compared too (`EnglishLexicon.soundCost` at most 0.25 per letter): the skeleton alone
    /// takes स्टेशनों for citizen and त्रिवेदी for tribute.
    private func soundsLike(_ token: TermTokens.Token, folded: FoldedText, entry: Int) -> Bool {
        let roman = HindiRomanizer.romanizeWord(Array(folded.scalars[token.start..<token.end]))
        return termbase.entries[entry].english.contains { form in
            !form.utf8.contains(0x20) && EnglishLexicon.soundCost(romanized: roman, as: form) <= 0.25
        }
    }

    /// True for a Devanagari word that can be an English loan: no sound English loans are not written with
    /// (ष, ण, ऋ, the aspirates घ छ झ ठ ढ ध भ …) and less frequent than the common words of Hindi prose
    /// (Zipf below 4.3: loans such as फ्रेंच 4.0 or प्रेसिडेंट 3.6 pass, परिसर 4.7 or प्रस्ताव 4.8 do not).
    private func isUncommonWord(_ token: TermTokens.Token, folded: FoldedText) -> Bool {
        let scalars = Array(folded.scalars[token.start..<token.end])
        guard !HindiRomanizer.soundsNative(scalars) else { return false }
        let word = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        return HindiWordFrequency.shared.zipf(key: folder.key(word)) < 4.3
    }

    @inline(__always) private func child(_ node: Int32, _ word: Int32) -> Int32? {
        edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(word))]
    }

    /// A child reached through a name word spelled with other vowel lengths, ब for व or ॉ for ा.
    private func soundAlikeChild(_ node: Int32, token: TermTokens.Token, folded: FoldedText) -> Int32? {
        guard !soundAlikes.isEmpty else { return nil }
        let key = folded.scalars.withUnsafeBufferPointer { all in
            Self.soundAlikeKey(UnsafeBufferPointer(rebasing: all[token.start..<token.end]))
        }
        guard let word = soundAlikes[key] ?? (wordIDs[key].flatMap { fuzzyWords.contains($0) ? $0 : nil }) else { return nil }
        return child(node, word)
    }

    /// A child reached through a name word one edit (insertion, deletion, substitution or transposition of
    /// one code point) away from `token`.
    private func fuzzyChild(_ node: Int32, token: TermTokens.Token, folded: FoldedText, inPhrase: Bool) -> (child: Int32, asPhraseHead: Bool)? {
        func eligible(_ word: Int32) -> Bool {
            fuzzyWords.contains(word) || (inPhrase ? phraseWords.contains(word) : phraseHeads.contains(word))
        }
        let length = token.end - token.start
        guard length >= Self.fuzzyMinimumLength - 1, length <= longestFuzzyWord + 1, !neighbours.isEmpty else { return nil }
        return folded.scalars.withUnsafeBufferPointer { all -> (child: Int32, asPhraseHead: Bool)? in
            let word = UnsafeBufferPointer(rebasing: all[token.start..<token.end])
            var candidates: [Int32] = []
            // The text word may be a name word with one letter deleted, or vice versa, or both (substitution).
            collect(TermKey.of(word), into: &candidates)
            for deleted in 0..<length {
                let key = TermKey.of(word, skipping: deleted)
                if typoWordFilter.contains(key), let direct = wordIDs[key], eligible(direct) { candidates.append(direct) }
                collect(key, into: &candidates)
            }
            guard !candidates.isEmpty else { return nil }
            let text = word.map(TermKey.lowered)
            for candidate in candidates where eligible(candidate) && Self.withinOneEdit(text, wordScalars[Int(candidate)])
                && !Self.isDerivedForm(text, of: wordScalars[Int(candidate)])
            {
                if let child = child(node, candidate), wordScalars[Int(candidate)].count >= Self.fuzzyMinimumLength {
                    return (child, !inPhrase && !fuzzyWords.contains(candidate))
                }
            }
            return nil
        }
    }

    private func collect(_ key: UInt64, into candidates: inout [Int32]) {
        guard neighbourFilter.contains(key) else { return }
        var low = 0
        var high = neighbours.count
        while low < high {
            let middle = (low + high) / 2
            if neighbours[middle].key < key { low = middle + 1 } else { high = middle }
        }
        while low < neighbours.count && neighbours[low].key == key {
            candidates.append(neighbours[low].word)
            low += 1
        }
    }

    /// True when `text` is `word` with an adjective or demonym ending (चीन + ी, अमेरिका → अमेरिकन): a derived
    /// word, not a typo of the name.
    static func isDerivedForm(_ text: [UInt32], of word: [UInt32]) -> Bool {
        guard let last = text.last, last == 0x0928 || last == 0x0940 || last == 0x0908 else { return false }  // न, ी, ई
        if text.count == word.count + 1 { return text.starts(with: word) }
        // The final ा replaced: अमेरिका → अमेरिकन, अफ्रीका → अफ्रीकी.
        return text.count == word.count && word.last == 0x093E && text.dropLast().elementsEqual(word.dropLast())
    }

    /// Optimal string alignment distance ≤ 1 (one insertion, deletion, substitution or adjacent swap).
    static func withinOneEdit(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        if a == b { return false }
        if abs(a.count - b.count) > 1 { return false }
        var prefix = 0
        while prefix < min(a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let restA = a.count - prefix - suffix
        let restB = b.count - prefix - suffix
        if restA <= 1 && restB <= 1 { return true }
        if restA == 2 && restB == 2 {
            return a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
        }
        return false
    }

    // MARK: - Reporting

    private func makeMatch(_ found: Found, tokens: [TermTokens.Token], folded: FoldedText, original: [UInt32]) -> TermMatch {
        let terminalList = terminals[Int(found.node)]
        let terminal = terminalList[0]
        let entry = termbase.entries[Int(terminal.entry)]
        var foldedEnd = tokens[found.lastToken].end
        // Keep the final dot of a dotted acronym (`एस.सी.ओ.`) when the listed spelling has it.
        if foldedEnd < folded.count, folded.scalars[foldedEnd] == 0x2E {
            let partial = String(String.UnicodeScalarView(original[folded.sourceRange(of: tokens[found.firstToken].start..<foldedEnd)].compactMap(Unicode.Scalar.init)))
            if terminal.variants.contains(where: { $0.hasSuffix(".") }) || (partial.utf8.contains(0x2E) && Self.isDottedAcronym(partial)) { foldedEnd += 1 }
        }
        let span = folded.sourceRange(of: tokens[found.firstToken].start..<foldedEnd)
        let surface = String(String.UnicodeScalarView(original[span].compactMap(Unicode.Scalar.init)))
        let surfaceFolds = SearchFolder().fold(surface).applied.subtracting([.whitespace, .latinCase])

        var kind: MatchKind
        var rule: String? = nil
        var confidence: Double
        if found.fuzzy {
            kind = .fuzzy
            confidence = span.count >= 7 ? 0.7 : 0.6
        } else if let inflection = found.inflectionRule {
            kind = .inflected
            rule = inflection == Self.englishPluralRule ? "english-plural -s" : HindiInflection.rules[inflection].name
            confidence = 0.9
        } else if terminal.variants.contains(TextNormalizer.nfc(surface))
            || (terminal.isEnglish && terminal.variants.contains { $0.lowercased() == surface.lowercased() })
        {
            kind = .exact
            confidence = 1
        } else if Self.isDottedAcronym(surface) {
            kind = .acronym
            confidence = 0.95
        } else {
            kind = .folded
            confidence = 0.95
        }
        if terminal.isEnglish && terminal.variants.isEmpty && rule == nil && !terminal.dottedOnly {
            // A surname alone stands for the full name less surely than a listed form.
            rule = "english-surname"
            confidence = min(confidence, 0.85)
        }
        if terminal.isEnglish { rule = rule ?? "english-form" }
        let alternatives = terminalList.dropFirst().map { termbase.entries[Int($0.entry)].id }
        if !alternatives.isEmpty { confidence *= 0.8 }
        return TermMatch(
            start: span.lowerBound, end: span.upperBound, surface: surface, entryIndex: Int(terminal.entry),
            entryID: entry.id, english: entry.preferredEnglish, kind: kind, rule: rule,
            folds: surfaceFolds, confidence: confidence,
            alternatives: alternatives)
    }

    /// A match for an English form written in Devanagari: kind `transcribed`, rule `english-sound`.
    private func makeTranscribedMatch(_ found: (firstToken: Int, lastToken: Int, entry: Int), tokens: [TermTokens.Token], folded: FoldedText, original: [UInt32]) -> TermMatch {
        let span = folded.sourceRange(of: tokens[found.firstToken].start..<tokens[found.lastToken].end)
        let surface = String(String.UnicodeScalarView(original[span].compactMap(Unicode.Scalar.init)))
        let entry = termbase.entries[found.entry]
        return TermMatch(
            start: span.lowerBound, end: span.upperBound, surface: surface, entryIndex: found.entry, entryID: entry.id,
            english: entry.preferredEnglish, kind: .transcribed, rule: "english-sound",
            folds: SearchFolder().fold(surface).applied.subtracting([.whitespace, .latinCase]), confidence: 0.8, alternatives: [])
    }

    /// `एस.सी.ओ.`, `S.C.O.`: short pieces separated by dots.
    private static func isDottedAcronym(_ surface: String) -> Bool {
        surface.utf8.contains(0x2E) && surface.split(separator: ".").allSatisfy { $0.filter { $0 != " " }.count <= 3 }
    }
}

/// A set of 64-bit keys as bits indexed by the keys' low bits: no false negatives, few false positives
/// at its capacity, and a membership test without hashing.
struct KeyFilter: Sendable {
    private var bits: [UInt64]
    private let mask: Int

    /// A filter with about 16 bits per key expected (at least 2¹⁶ bits, at most 2²⁴).
    init(capacity: Int = 0) {
        var size = 1 << 16
        while size < capacity * 16 && size < 1 << 24 { size <<= 1 }
        bits = [UInt64](repeating: 0, count: size >> 6)
        mask = size - 1
    }

    mutating func insert(_ key: UInt64) {
        let slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        let slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
