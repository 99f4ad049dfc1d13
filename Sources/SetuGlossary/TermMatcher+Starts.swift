import SetuText

/// A gate in front of every term start: most words of a text begin no term at all, and ruling them out
/// with a few bit tests saves the inflection, sound-alike and typo probes (each a hash of the word and a
/// table lookup) that `longestMatch` would otherwise make at every word.
///
/// Every way a word can begin a term keeps the start of the word or of a form derived from it, which the
/// gate records for the words at the trie's root (`startFilter`: their first three code points, and the first
/// three of their sound-alike form; `typoStartFilter`: first two and last two with the length):
/// - listed or capitalized: the word's first three code points;
/// - inflected (Hindi noun rules; English plurals): the first three of each base form the rules give;
/// - spelled with other vowel lengths, ब for व, a nasal left out (`forEachSoundAlike`), alone or inflected:
///   the first three of the sound-alike form;
/// - one typo (an insertion, deletion, substitution or swap in a word of five code points or more): the
///   first two code points or the last two, whichever the edit left alone, and a length one apart.
/// The gate has no false negatives (tested against the ungated matcher); its false positives cost the
/// probes it would have saved.
extension TermMatcher {
    /// Fills `startFilter` and `typoStartFilter` from the words that begin a trie path.
    mutating func buildStartFilters() {
        var starts: [Int32] = []
        for (key, _) in edges where key >> 32 == 0 { starts.append(Int32(truncatingIfNeeded: key)) }
        startFilter = KeyFilter(capacity: starts.count * 2)
        typoStartFilter = KeyFilter(capacity: starts.count * 6)
        for word in starts {
            let scalars = wordScalars[Int(word)]
            guard !scalars.isEmpty else { continue }
            var start = StartKey()
            for scalar in scalars where !start.isFull { start.add(scalar) }
            startFilter.insert(start.key)
            var sound = StartKey()
            scalars.withUnsafeBufferPointer { Self.forEachSoundAlike($0) { sound.add(TermKey.lowered($0)) } }
            startFilter.insert(sound.key)
            // At a term's start a typo is looked for in name words and in phrase heads (`fuzzyChild`).
            let count = scalars.count
            if count >= Self.fuzzyMinimumLength, fuzzyWords.contains(word) || phraseHeads.contains(word) {
                for length in (count - 1)...(count + 1) {
                    typoStartFilter.insert(Self.typoKey(scalars[0], scalars[1], length: length, atEnd: false))
                    typoStartFilter.insert(Self.typoKey(scalars[count - 2], scalars[count - 1], length: length, atEnd: true))
                }
            }
        }
    }

    /// False when no listed, inflected, sound-alike or one-typo reading of `token` begins a term.
    func mayStartTerm(_ token: TermTokens.Token, folded: FoldedText) -> Bool {
        folded.scalars.withUnsafeBufferPointer { all in
            let word = UnsafeBufferPointer(rebasing: all[token.start..<token.end])
            let length = word.count
            var start = StartKey()
            for index in 0..<min(length, 3) { start.add(TermKey.lowered(word[index])) }
            if startFilter.contains(start.key) { return true }
            if token.isLatin {
                // English plurals: the base forms -ies → -y, -es and -s dropped (`englishStemKey`).
                if length >= 4, word[length - 1] | 0x20 == 0x73 {
                    for cut in 1...3 {
                        var base = StartKey()
                        for index in 0..<min(length - cut, 3) { base.add(TermKey.lowered(word[index])) }
                        if cut == 3 { base.add(0x79) }
                        if startFilter.contains(base.key) { return true }
                    }
                }
            } else {
                var sound = StartKey()
                Self.forEachSoundAlike(word, while: { sound.add(TermKey.lowered($0)); return !sound.isFull })
                if sound.key != start.key && startFilter.contains(sound.key) { return true }
                if mayStartInflected(word, start: start.key) { return true }
            }
            guard length >= Self.fuzzyMinimumLength - 1, length <= longestFuzzyWord + 1 else { return false }
            return typoStartFilter.contains(Self.typoKey(TermKey.lowered(word[0]), TermKey.lowered(word[1]), length: length, atEnd: false))
                || typoStartFilter.contains(
                    Self.typoKey(TermKey.lowered(word[length - 2]), TermKey.lowered(word[length - 1]), length: length, atEnd: true))
        }
    }

    /// True when a base form the noun rules give for `word` begins like a root word, as spelled or code point
    /// by code point in sound-alike form (`HindiInflection.candidateKeys`). `start` is the key of the word's
    /// own first three code points, which a stem of three or more keeps.
    @inline(__always)
    private func mayStartInflected(_ word: UnsafeBufferPointer<UInt32>, start: UInt64) -> Bool {
        guard let last = word.last, HindiInflection.suffixEnds.contains(last) else { return false }
        // The sound-alike base form of a stem that reaches past its third code point begins as the word's own
        // form, mapped code point by code point without the nasal sign.
        var mapped = StartKey()
        var thirdAt = Int.max
        for index in word.indices where !(index > 0 && word[index] == 0x0902) {
            mapped.add(Self.soundAlike(word[index], at: index))
            if mapped.isFull {
                thirdAt = index
                break
            }
        }
        var mappedChecked = false
        var found = false
        HindiInflection.forEachRule(matching: word) { stemCount, replacement, _ in
            guard !found else { return }
            if stemCount > thirdAt {
                // Spelled, such a stem begins as the word does (`start`, checked already).
                if !mappedChecked {
                    mappedChecked = true
                    found = startFilter.contains(mapped.key)
                }
                return
            }
            var base = StartKey()
            var sound = StartKey()
            for index in 0..<stemCount {
                base.add(word[index])
                if !(index > 0 && word[index] == 0x0902) { sound.add(Self.soundAlike(word[index], at: index)) }
            }
            for (offset, scalar) in replacement.enumerated() {
                base.add(scalar)
                if scalar != 0x0902 { sound.add(Self.soundAlike(scalar, at: stemCount + offset)) }
            }
            found = startFilter.contains(base.key) || startFilter.contains(sound.key)
        }
        return found
    }

    /// The key of a word's first three code points (fewer for a shorter word).
    struct StartKey {
        private(set) var key = TermKey.seed
        private var count = 0
        var isFull: Bool { count == 3 }

        @inline(__always) mutating func add(_ scalar: UInt32) {
            guard count < 3 else { return }
            key = TermKey.mix(key, scalar)
            count += 1
        }
    }

    @inline(__always) static func typoKey(_ first: UInt32, _ second: UInt32, length: Int, atEnd: Bool) -> UInt64 {
        TermKey.mix(TermKey.mix(TermKey.mix(TermKey.seed, atEnd ? 0x11_0001 : 0x11_0000), first), second) &+ UInt64(length)
    }
}
