import SetuCore
import SetuText

/// Finding English forms written out in Devanagari by their sound (`SoundSkeleton`): phrases of two
/// words or more, and single words of terms, titles and institutions that can be loans.
extension TermMatcher {
    /// Indexes an English form of two or more words by its sound skeleton, so its transcription into
    /// Devanagari is found (`Shanghai Cooperation Organisation` ↔ `शंघाई कोऑपरेशन ऑर्गनाइजेशन`). Short forms
    /// (fewer than six consonant classes, or fewer than two words with two classes) are left out: their
    /// skeletons are too likely to be some Hindi phrase.
    mutating func addTranscribed(_ form: String, entry: Int, hindi: [String]) {
        guard form.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D }) else { return addTranscribedWord(form, entry: entry, hindi: hindi) }
        let words = form.splitOnASCII(whereSeparator: { $0 == 0x20 || $0 == 0x2D }).map(SoundSkeleton.english)
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

    /// Indexes a single English word (five letters or more, not an acronym) of four consonant classes or
    /// more by its skeleton; found only where the Devanagari word can be a loan (`isUncommonWord`).
    mutating func addTranscribedWord(_ form: String, entry: Int, hindi: [String]) {
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

    /// True when the English form is a romanization of one of the Hindi spellings (Rashtrapati Bhavan for
    /// राष्ट्रपति भवन): the same skeleton and the same sound with vowels. Such a form would find Hindi phrases
    /// that differ only in vowels (राष्ट्रपति बन). A translation that shares the skeleton by chance (French,
    /// फ्रांसीसी) is kept.
    func isRomanization(_ form: String, of hindi: [String], skeleton: UInt64) -> Bool {
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

    /// The longest run of Devanagari words from `first` on that sounds like an English form of two or more
    /// words (`SoundSkeleton`), as (last token, entry).
    func transcription(startingAt first: Int, tokens: [TermTokens.Token], folded: FoldedText) -> (firstToken: Int, lastToken: Int, entry: Int)? {
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

    /// True when the Devanagari word, romanized, sounds like one of the entry's single-word English forms
    /// with vowels compared too (`EnglishLexicon.soundCost` at most 0.25 per letter): the skeleton alone
    /// takes स्टेशनों for citizen and त्रिवेदी for tribute.
    func soundsLike(_ token: TermTokens.Token, folded: FoldedText, entry: Int) -> Bool {
        let roman = HindiRomanizer.romanizeWord(Array(folded.scalars[token.start..<token.end]))
        return termbase.entries[entry].english.contains { form in
            !form.utf8.contains(0x20) && EnglishLexicon.soundCost(romanized: roman, as: form) <= 0.25
        }
    }

    /// True for a Devanagari word that can be an English loan: no sound English loans are not written with
    /// (ष, ण, ऋ, the aspirates घ छ झ ठ ढ ध भ …) and less frequent than the common words of Hindi prose
    /// (Zipf below 4.3: loans such as फ्रेंच 4.0 or प्रेसिडेंट 3.6 pass, परिसर 4.7 or प्रस्ताव 4.8 do not).
    func isUncommonWord(_ token: TermTokens.Token, folded: FoldedText) -> Bool {
        let scalars = Array(folded.scalars[token.start..<token.end])
        guard !HindiRomanizer.soundsNative(scalars) else { return false }
        let word = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        return HindiWordFrequency.shared.zipf(key: folder.key(word)) < 4.3
    }

    /// A match for an English form written in Devanagari: kind `transcribed`, rule `english-sound`.
    func makeTranscribedMatch(_ found: (firstToken: Int, lastToken: Int, entry: Int), tokens: [TermTokens.Token], folded: FoldedText, original: [UInt32]) -> TermMatch {
        let span = folded.sourceRange(of: tokens[found.firstToken].start..<tokens[found.lastToken].end)
        let surface = String(String.UnicodeScalarView(original[span].compactMap(Unicode.Scalar.init)))
        let entry = termbase.entries[found.entry]
        return TermMatch(
            start: span.lowerBound, end: span.upperBound, surface: surface, entryIndex: found.entry, entryID: entry.id,
            english: entry.preferredEnglish, kind: .transcribed, rule: "english-sound",
            folds: SearchFolder().fold(surface).applied.subtracting([.whitespace, .latinCase]), confidence: 0.8, alternatives: [])
    }
}
