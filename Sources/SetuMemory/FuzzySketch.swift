/// The candidate index behind fuzzy lookup: the hashes of each Hindi segment's folded word bigrams.
///
/// A segment is described by its distinct word bigrams (and, for segments of up to six words, its single
/// words too), at most `size` of them (the smallest hashes, a bottom-k sample, for very long segments). A
/// query probes with all its n-grams; n-grams shared with very many segments (template phrases such as
/// `पर जोर दिया`) are skipped, the rest count by their rarity, and the best candidates are scored exactly by
/// `FuzzyScorer`. A name or number in a sentence is what makes its bigrams rare, so near-duplicates are
/// found even in corpora of near-identical template sentences.
package enum FuzzySketch {
    /// Most rows per segment in the index.
    package static let size = 48
    /// Segments of at most this many words also index their single words.
    package static let shortSegmentWords = 6

    /// The hashes stored for a segment, given its folded code points.
    package static func sketch(folded: [UInt32]) -> [Int64] {
        let all = Set(tokens(words: words(folded)))
        return Array(all.sorted().prefix(size))
    }

    /// The hashes stored for a segment, given its folded key.
    package static func sketch(folded: String) -> [Int64] {
        sketch(folded: folded.unicodeScalars.map(\.value))
    }

    /// The hashes a query probes with: every word and every bigram.
    package static func probes(folded: String) -> [Int64] {
        let words = words(folded.unicodeScalars.map(\.value))
        var result = Set(words.map { hash($0) })
        result.formUnion(bigrams(words))
        return Array(result)
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

    /// Runs of letters, combining marks and digits; everything else separates words.
    package static func words(_ folded: [UInt32]) -> [ArraySlice<UInt32>] {
        var words: [ArraySlice<UInt32>] = []
        var start: Int?
        for (index, scalar) in folded.enumerated() {
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(folded[wordStart..<index])
                start = nil
            }
        }
        if let wordStart = start { words.append(folded[wordStart..<folded.count]) }
        return words
    }

    @inline(__always) static func isWordScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x0964, 0x0965, 0x0970: return false  // danda, double danda, abbreviation sign
        case 0x0900...0x097F: return true
        case 0..<0x80: return false
        default:
            guard let value = Unicode.Scalar(scalar) else { return false }
            let properties = value.properties
            return properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
        }
    }

    /// FNV-1a 64 over the code points (as 32-bit values) of one word, or of two words with a separator.
    static func hash(_ word: ArraySlice<UInt32>, then second: ArraySlice<UInt32>? = nil) -> Int64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ scalar: UInt32) {
            value ^= UInt64(scalar)
            value &*= 0x100_0000_01b3
        }
        for scalar in word { mix(scalar) }
        if let second {
            mix(0x20)
            for scalar in second { mix(scalar) }
        }
        return Int64(bitPattern: value)
    }
}
