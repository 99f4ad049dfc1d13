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
        /// A Latin surname standing for a listed full name (`addLatinSurnames`).
        var isSurname = false
    }

    var wordIDs = KeyTable()
    var edges = KeyTable()
    var terminals: [[Terminal]] = [[]]
    /// Deletion-neighbourhood index for typo tolerance: key of a word with one code point deleted → word id.
    var neighbours: [(key: UInt64, word: Int32)] = []
    /// The keys of `neighbours`, and of the words a typo may be found in, as bits (`KeyFilter`).
    var neighbourFilter = KeyFilter()
    var typoWordFilter = KeyFilter()
    var wordLengths: [Int32] = []
    var wordScalars: [[UInt32]] = []
    /// Words that belong to names (person, place, organization, event) and may be matched with a typo.
    var fuzzyWords: Set<Int32> = []
    /// Words of multi-word spellings that may carry a typo when they are not the phrase's first word.
    var phraseWords: Set<Int32> = []
    /// Words of three or four letters in names of several words, found by sound-alike spelling only inside
    /// the whole name.
    var shortNameWords: Set<Int32> = []
    /// First words of multi-word Hindi spellings (five letters or more) that may carry a typo when the rest
    /// of the phrase follows as listed (`द्विपक्शीय वार्ता`).
    var phraseHeads: Set<Int32> = []
    /// Person entries by the search key of a surname they list on its own.
    var surnames: [String: Int] = [:]
    /// Search keys of the given names in listed full names.
    var givenNames: Set<String> = []
    /// The given names of each person entry's full names, in sound-alike form.
    var entryGivenNames: [Int: [[UInt32]]] = [:]
    /// Person entries by a Latin surname matched alone (`addLatinSurnames`), and the given names before it.
    var latinSurnames: [String: Int] = [:]
    var latinGivenNames: Set<String> = []

    /// Name words and words of five letters or more, by the key of their sound-alike spelling (`soundAlike`).
    var soundAlikes = KeyTable()

    /// English forms of two or more words by their `SoundSkeleton` (the key of the whole phrase) → entry,
    /// or -1 when two entries sound alike; and the keys of their first words, first two words, ….
    var transcribedPhrases = KeyTable()
    var transcribedPrefixes: Set<UInt64> = []
    /// Single English words of four consonant classes or more by their skeleton (`French` ↔ `फ्रेंच`,
    /// `Parliament` ↔ `पार्लियामेंट`), or -1 when two entries sound alike. Matched only on words that can be
    /// loans (`isUncommonWord`).
    var transcribedWords = KeyTable()
    /// The first-word keys of both, as bits (`KeyFilter`): most words are ruled out without a hash lookup.
    var transcribedStarts = KeyFilter()
    /// The starts of the words that begin terms, and of those that may begin one with a typo
    /// (`mayStartTerm`): most words of a text are ruled out with a bit test.
    var startFilter = KeyFilter()
    var typoStartFilter = KeyFilter()

    /// Length of the longest such word: a text word longer by two or more cannot be one edit away, and the
    /// bound keeps the typo search linear on any input (a 100,000-letter "word" included).
    var longestFuzzyWord = 0
    let folder = SearchFolder(options: FoldOptions.search.subtracting(.latinCase))

    /// Minimum length, in code points, of a word matched with a typo.
    public static let fuzzyMinimumLength = 5
    /// Minimum length of a Latin name word matched with a typo; the text word must be capitalized.
    public static let latinFuzzyMinimumLength = 7

    public init(termbase: Termbase) {
        self.termbase = termbase
        // The entry of each Hindi spelling (by the key of its folded words; -1 when two entries share it), for
        // spellings built from other entries' (below).
        var owners = KeyTable()
        for (index, entry) in termbase.entries.enumerated() {
            for variant in entry.hindi {
                let key = Self.phraseKey(TermTokens(folder.fold(variant)).tokens[...])
                if let owner = owners[key], owner != Int32(index) { owners[key] = -1 } else { owners[key] = Int32(index) }
            }
        }
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
                // … and written apart: मुख्य मंत्री, प्रधान-मंत्री; a hyphenated name joined: जम्मूकश्मीर.
                for apart in Self.splitForms(variant) {
                    add(apart, entry: index, isEnglish: false, fuzzy: false, listed: false)
                }
                // Acronyms dotted or spaced letter by letter: एससीओ as एस.सी.ओ, एस. सी. ओ., एस सी ओ.
                if let spaced = Self.letterSpaced(variant, syllables: hasLatinAcronym) {
                    add(spaced, entry: index, isEnglish: false, fuzzy: false, listed: false)
                }
                // Letters and a number written apart: जी20 as जी 20.
                if let split = Self.digitsApart(variant) { add(split, entry: index, isEnglish: false, fuzzy: false, listed: false) }
                // An acronym inside a Hindi phrase written in Latin letters: SCO शिखर सम्मेलन.
                if let mixed = Self.latinAcronyms(variant) { add(mixed, entry: index, isEnglish: false, fuzzy: false, listed: false) }
                // A phrase with another spelling of an entry inside it: यूएन के महासचिव for संयुक्त राष्ट्र के महासचिव,
                // संयुक्त राज्य अमरीका for संयुक्त राज्य अमेरिका.
                for substituted in substitutedForms(variant, owners: owners) {
                    add(substituted, entry: index, isEnglish: false, fuzzy: false, listed: false)
                    if let mixed = Self.latinAcronyms(substituted) { add(mixed, entry: index, isEnglish: false, fuzzy: false, listed: false) }
                }
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
                // British and Indian English hyphenate co- before a vowel: Shanghai Co-operation Organisation.
                if let hyphenated = Self.coHyphenated(form) { add(hyphenated, entry: index, isEnglish: true, fuzzy: false, listed: false) }
                // A Latin acronym with dots between its letters (U.N., S.C.O.).
                if (2...6).contains(form.utf8.count), form.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
                    add(form.map(String.init).joined(separator: " "), entry: index, isEnglish: true, fuzzy: false, listed: false, dottedOnly: true)
                }
                addTranscribed(form, entry: index, hindi: entry.hindi)
            }
        }
        addLatinSurnames()
        Self.sortByKey(&neighbours)
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
                let given = name.splitOnASCII(0x20).dropLast().map { folder.key(String($0)) }
                givenNames.formUnion(given)
                entryGivenNames[index, default: []] += given.map { Self.soundAlike($0.unicodeScalars.map(\.value)) }
            }
        }
        buildStartFilters()
    }

    mutating func add(
        _ spelling: String, entry: Int, isEnglish: Bool, fuzzy: Bool, listed: Bool = true, dottedOnly: Bool = false, surname: Bool = false
    ) {
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
            // A short word of a name of several words may be spelled with another vowel length (अमीत शाह,
            // राजनाथ सींह) where the rest of the name follows (`shortNameWords`).
            if fuzzy && tokens.count >= 2 && !token.isLatin && scalars.count >= 3 && scalars.count < Self.fuzzyMinimumLength {
                shortNameWords.insert(word)
            }
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
            terminals[Int(node)].append(
                Terminal(entry: Int32(entry), variants: variants, isEnglish: isEnglish, dottedOnly: dottedOnly, isSurname: surname))
        }
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
        let (original, certainlyNFC) = SearchFolder.decode(text)
        let folded = folder.fold(scalars: original, certainlyNFC: certainlyNFC)
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

    struct Found: Equatable {
        var firstToken: Int
        var lastToken: Int
        var node: Int32
        var inflectionRule: Int?
        var fuzzy: Bool
    }

    /// - Parameter gated: rule the start out first when `mayStartTerm` says no term begins there (false only
    ///   in tests, which check that the gate changes nothing).
    func longestMatch(startingAt first: Int, tokens: [TermTokens.Token], folded: FoldedText, gated: Bool = true) -> Found? {
        if gated && !mayStartTerm(tokens[first], folded: folded) { return nil }
        var node: Int32 = 0
        var best: Found? = nil
        var fuzzyUsed = false
        var headOnly = false
        var shortSoundAlike = false
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
                        word.enumerated().contains(where: { Self.soundAlike($1, at: $0) != $1 || ($0 > 0 && $1 == 0x0902) })
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
            } else if !token.isLatin, let found = soundAlikeChild(node, token: token, folded: folded) {
                next = found.child
                if found.short { shortSoundAlike = true }
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
            if !terminals[Int(node)].isEmpty && !(headOnly && position == first) && !(shortSoundAlike && position == first) {
                best = Found(firstToken: first, lastToken: position, node: node, inflectionRule: nil, fuzzy: fuzzyUsed)
            }
            position += 1
        }
        return best
    }

    /// Marks a match whose last word is an English plural (`Found.inflectionRule`).
    static let englishPluralRule = -1

    @inline(__always) func child(_ node: Int32, _ word: Int32) -> Int32? {
        edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(word))]
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
        if terminal.isSurname && terminal.variants.isEmpty && rule == nil {
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

    /// `एस.सी.ओ.`, `S.C.O.`: short pieces separated by dots.
    private static func isDottedAcronym(_ surface: String) -> Bool {
        surface.utf8.contains(0x2E) && surface.split(separator: ".").allSatisfy { $0.filter { $0 != " " }.count <= 3 }
    }
}
