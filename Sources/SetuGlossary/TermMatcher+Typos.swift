import SetuCore
import SetuText

/// Near matches: spelling differences of names, one-edit typos, derived forms that are not typos, English
/// plurals.
extension TermMatcher {
    /// A child reached through a name word spelled with other vowel lengths, ब for व or ॉ for ा.
    /// - Returns: the child, and whether it was reached through a short name word (`shortNameWords`), which
    ///   counts only inside a longer match.
    func soundAlikeChild(_ node: Int32, token: TermTokens.Token, folded: FoldedText) -> (child: Int32, short: Bool)? {
        guard !soundAlikes.isEmpty || !shortNameWords.isEmpty else { return nil }
        let key = folded.scalars.withUnsafeBufferPointer { all in
            Self.soundAlikeKey(UnsafeBufferPointer(rebasing: all[token.start..<token.end]))
        }
        if let word = soundAlikes[key] ?? (wordIDs[key].flatMap { fuzzyWords.contains($0) ? $0 : nil }), let child = child(node, word) {
            return (child, false)
        }
        if let word = wordIDs[key], shortNameWords.contains(word), let child = child(node, word) { return (child, true) }
        return nil
    }

    /// A child reached through a name word one edit (insertion, deletion, substitution or transposition of
    /// one code point) away from `token`.
    func fuzzyChild(_ node: Int32, token: TermTokens.Token, folded: FoldedText, inPhrase: Bool) -> (child: Int32, asPhraseHead: Bool)? {
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

    func collect(_ key: UInt64, into candidates: inout [Int32]) {
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

    /// The key of a Latin word of four letters or more without its plural ending: -ies → -y, -es or -s
    /// dropped (the first that names a glossary word wins, so `embassies`, `taxes`, `summits`).
    func englishStemKey(_ token: TermTokens.Token, folded: FoldedText) -> UInt64? {
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
}

extension TermMatcher {
    /// Sorts the typo index's (key, word) pairs by key, equal keys in their original order. The standard
    /// library's stable merge sort took 7 % of building a 100,000-entry matcher, a four-pass LSD radix sort
    /// 6 % (each pass a scatter through memory).
    static func sortByKey(_ items: inout [(key: UInt64, word: Int32)]) {
        guard items.count > 1 else { return }
        // One scatter pass by the top 16 bits (keys are hashes, so buckets are small and even), then each bucket
        // sorted in cache by insertion, which keeps equal keys in the order they were added.
        let bucketCount = 1 << 16
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for item in items { starts[Int(item.key >> 48) + 1] += 1 }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var sorted = [(key: UInt64, word: Int32)](repeating: (0, 0), count: items.count)
        for item in items {
            let bucket = Int(item.key >> 48)
            sorted[next[bucket]] = item
            next[bucket] += 1
        }
        sorted.withUnsafeMutableBufferPointer { buffer in
            for bucket in 0..<bucketCount where starts[bucket + 1] - starts[bucket] > 1 {
                for index in (starts[bucket] + 1)..<starts[bucket + 1] {
                    let item = buffer[index]
                    var position = index
                    while position > starts[bucket], buffer[position - 1].key > item.key {
                        buffer[position] = buffer[position - 1]
                        position -= 1
                    }
                    buffer[position] = item
                }
            }
        }
        items = sorted
    }
}
