/// The candidate index behind fuzzy lookup: a bottom-k sketch of each segment's folded word n-grams.
///
/// A segment is described by the hashes of its word bigrams (and, for segments of up to six words, its
/// single words too). Only the `size` smallest distinct hashes are stored, so the index grows by at most
/// `size` rows per segment whatever its length. A query probes with *all* its n-grams: a stored segment
/// that shares most of its text with the query shares most of its sampled n-grams too, because sampling
/// by hash value picks the same n-grams on both sides. Candidates are ranked by how many sampled n-grams
/// they share, then scored exactly by `FuzzyScorer`.
package enum FuzzySketch {
    /// Rows per segment in the index.
    package static let size = 12
    /// Segments of at most this many words also index their single words.
    package static let shortSegmentWords = 6

    /// The hashes stored for a segment, given its folded key.
    package static func sketch(folded: String) -> [Int64] {
        let all = Set(tokens(words: words(folded)))
        return Array(all.sorted().prefix(size))
    }

    /// The hashes a query probes with: every word and every bigram.
    package static func probes(folded: String) -> [Int64] {
        let words = words(folded)
        var result = Set(words.map { SegmentKeys.hash(String($0)) })
        result.formUnion(bigrams(words))
        return Array(result)
    }

    static func tokens(words: [Substring]) -> [Int64] {
        var tokens = bigrams(words)
        if words.count <= shortSegmentWords || tokens.isEmpty {
            tokens.append(contentsOf: words.map { SegmentKeys.hash(String($0)) })
        }
        return tokens
    }

    static func bigrams(_ words: [Substring]) -> [Int64] {
        guard words.count >= 2 else { return [] }
        return (1..<words.count).map { SegmentKeys.hash(words[$0 - 1] + " " + words[$0]) }
    }

    /// Runs of letters, combining marks and digits; everything else separates words.
    package static func words(_ folded: String) -> [Substring] {
        folded.split { character in
            !character.unicodeScalars.contains { scalar in
                let properties = scalar.properties
                return properties.isAlphabetic || properties.numericType != nil
                    || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            }
        }
    }
}
