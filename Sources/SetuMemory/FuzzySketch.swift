import SetuText

/// The candidate index behind fuzzy lookup: the hashes of each Hindi segment's folded word bigrams.
///
/// A segment is described by its distinct word bigrams (and, for segments of up to six words, its single
/// words too), at most `size` of them (the smallest hashes, a bottom-k sample, for very long segments). A
/// query probes with all its n-grams; n-grams shared with very many segments (template phrases such as
/// `पर जोर दिया`) are skipped, the rest count by their rarity, and the best candidates are scored exactly by
/// `FuzzyScorer`. A name or number in a sentence is what makes its bigrams rare, so near-duplicates are
/// found even in corpora of near-identical template sentences.
package enum FuzzySketch {
    /// The version of the sketch (which n-grams, how many, how hashed). Stored with the index; a store
    /// built with another version rebuilds its sketch.
    package static let version = "sketch-2"

    /// Most rows per segment in the index.
    package static let size = 48
    /// Segments of at most this many words also index their single words.
    package static let shortSegmentWords = 6

    /// The hashes stored for a segment, given its folded code points.
    package static func sketch(folded: [UInt32]) -> [Int64] {
        let all = Set(tokens(words: words(folded)))
        return Array(all.sorted().prefix(size))
    }

    /// The hashes a query probes with: its bigrams, and its words when a segment indexed by its words (one
    /// of at most `shortSegmentWords` words) could still reach `minimumScore` against the query.
    ///
    /// Single words are indexed for short segments only, so a long query's words find nothing but short
    /// segments, which cannot be similar to it; their weight crowded the query's own sentence, which shares
    /// only bigrams with it, out of the candidates.
    package static func probes(folded: [UInt32], minimumScore: Double) -> (bigrams: [Int64], words: [Int64]) {
        let words = words(folded)
        let bigrams = Array(Set(bigrams(words)))
        // Similarity is 1 − distance ÷ the longer length, so a candidate of n words scores at most about
        // n ÷ (query words); one word of slack for words of unequal length.
        guard bigrams.isEmpty || Double(words.count) * max(minimumScore, 0.01) <= Double(shortSegmentWords + 1) else {
            return (bigrams, [])
        }
        return (bigrams, Array(Set(words.map { hash($0) })))
    }

    static func tokens(words: [ArraySlice<UInt32>]) -> [Int64] {
        var tokens = bigrams(words)
        if words.count <= shortSegmentWords || tokens.isEmpty {
            tokens.append(contentsOf: words.map { hash($0) })
        }
        return tokens
    }

    static func bigrams(_ words: [ArraySlice<UInt32>]) -> [Int64] {
        guard words.count >= 2 else { return [] }
        return (1..<words.count).map { hash(words[$0 - 1], then: words[$0]) }
    }

    /// Words of the folded text (`TextCharacters.isWordCharacter` runs); everything else separates them.
    package static func words(_ folded: [UInt32]) -> [ArraySlice<UInt32>] {
        var words: [ArraySlice<UInt32>] = []
        var start: Int?
        for (index, scalar) in folded.enumerated() {
            if TextCharacters.isWordCharacter(scalar) {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(folded[wordStart..<index])
                start = nil
            }
        }
        if let wordStart = start { words.append(folded[wordStart..<folded.count]) }
        return words
    }

    /// `StableHash` over the code points of one word, or of two words with a space between.
    static func hash(_ word: ArraySlice<UInt32>, then second: ArraySlice<UInt32>? = nil) -> Int64 {
        var hash = StableHash()
        for scalar in word { hash.combine(scalar) }
        if let second {
            hash.combine(0x20)
            for scalar in second { hash.combine(scalar) }
        }
        return Int64(bitPattern: hash.value)
    }
}
