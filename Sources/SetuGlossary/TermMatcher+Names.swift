import SetuCore
import SetuText

/// People's names: Latin surnames alone, and when a listed surname belongs to someone else.
extension TermMatcher {
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

    /// Surnames that English text uses alone for a person whose entry lists only the full name (`Murmu` for
    /// Droupadi Murmu, `Jinping` for Xi Jinping): the last word of a listed English full name, when the entry
    /// also lists that surname alone in Hindi, or when it is no other entry's name word and not a surname
    /// many people share (`commonSurnames`: a bare Singh or Sharif names no one in particular).
    mutating func addLatinSurnames() {
        var owners: [String: Set<Int>] = [:]
        for (index, entry) in termbase.entries.enumerated() where entry.type == .person {
            for form in entry.english {
                for word in form.splitOnASCII(0x20) { owners[word.lowercased(), default: []].insert(index) }
            }
        }
        for (index, entry) in termbase.entries.enumerated() where entry.type == .person {
            let listedAlone = Set(entry.english.filter { !$0.utf8.contains(0x20) }.map { $0.lowercased() })
            let hindiSurnameAlone = entry.hindi.contains { single in
                !single.utf8.contains(0x20) && entry.hindi.contains { $0.hasSuffix(" " + single) }
            }
            var added: Set<String> = []
            for form in entry.english {
                let words = form.splitOnASCII(0x20)
                guard words.count >= 2, let last = words.last, last.count >= 4,
                    last.first?.isUppercase == true, last.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") })
                else { continue }
                let lower = last.lowercased()
                guard !listedAlone.contains(lower), owners[lower] == [index], !added.contains(lower) else { continue }
                guard hindiSurnameAlone || !Self.commonSurnames.contains(lower) else { continue }
                added.insert(lower)
                add(String(last), entry: index, isEnglish: true, fuzzy: false, listed: false, surname: true)
                latinSurnames[lower] = index
                for given in words.dropLast() { latinGivenNames.insert(given.lowercased()) }
            }
        }
    }

    /// A listed surname right after a given name that is not one of the entry's (`नीरव मोदी` is not Narendra
    /// Modi): the word before is a Devanagari word that is neither a title, a function word nor a known given name.
    func isSomeoneElsesSurname(_ match: TermMatch, tokenIndex: Int, tokens: [TermTokens.Token], folded: FoldedText) -> Bool {
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

    /// True when `token` is one of the entry's given names up to the spelling differences of names: the
    /// same sound-alike form, or one edit from it (three letters or more), or the same consonant skeleton of
    /// three classes or more (एमानुएल, इमैनुएल).
    func resemblesGivenName(_ token: TermTokens.Token, of entry: Int, folded: FoldedText) -> Bool {
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

    /// A Latin word of at least six letters starting with a capital: a name, where a typo may be looked for.
    func isCapitalizedLatin(_ token: TermTokens.Token, folded: FoldedText) -> Bool {
        token.end - token.start >= Self.latinFuzzyMinimumLength - 1 && (0x41...0x5A).contains(folded.scalars[token.start])
            && !token.isCapitals
    }
}
