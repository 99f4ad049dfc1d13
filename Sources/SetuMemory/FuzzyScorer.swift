import SetuText

/// Setu's fuzzy match score between a query and a stored segment.
///
/// **Base similarity** is `1 − d / max(m, n)`, where `d` is the Levenshtein distance between the two
/// texts as sequences of aksharas (extended grapheme clusters, so `की` and `कि` are one substitution) after
/// search folding, and `m`, `n` are their lengths in aksharas. Folding makes spelling variants free at
/// this stage; they are charged as a penalty instead, so the user sees why a match is not 100 %.
///
/// **Penalties**, subtracted from the base:
/// - folds: 1 point per akshara that differs only by a fold (nukta, chandrabindu/anusvara, digit
///   script, Latin case), at most 3 points;
/// - numbers: 5 points when the numbers of the two texts differ (a translator must change them);
/// - tags: 2 points when the texts carry a different number of inline tags.
///
/// The final score is clamped at 0. Complexity: O(m·n) time, O(min(m, n)) memory.
public enum FuzzyScorer {
    /// Scores `candidate` against `query`.
    /// - Parameters:
    ///   - queryTags, candidateTags: the number of inline tags on each side (0 for plain text).
    public static func score(query: String, candidate: String, queryTags: Int = 0, candidateTags: Int = 0)
        -> FuzzyScore
    {
        let folder = SearchFolder(options: .search)
        let foldedQuery = folder.fold(query)
        let foldedCandidate = folder.fold(candidate)
        var symbols = AksharaSymbols()
        let queryAksharas = intern(foldedQuery.string, &symbols)
        let candidateAksharas = intern(foldedCandidate.string, &symbols)
        let longest = max(queryAksharas.count, candidateAksharas.count)
        guard longest > 0 else { return FuzzyScore(base: 1, penalties: []) }
        let distance = levenshtein(queryAksharas, candidateAksharas)
        let base = 1 - Double(distance) / Double(longest)

        var penalties: [FuzzyPenalty] = []
        let rawDistance = levenshtein(
            intern(TextNormalizer.normalize(query), &symbols), intern(TextNormalizer.normalize(candidate), &symbols))
        if rawDistance > distance {
            var folds = foldedQuery.applied.union(foldedCandidate.applied)
            folds.remove(.whitespace)
            let names = folds.isEmpty ? "spelling" : folds.description
            penalties.append(FuzzyPenalty(reason: "folds: \(names)", amount: min(0.03, 0.01 * Double(rawDistance - distance))))
        }
        let queryNumbers = NumberExtractor.numbers(in: query).map(\.text).sorted()
        let candidateNumbers = NumberExtractor.numbers(in: candidate).map(\.text).sorted()
        if queryNumbers != candidateNumbers {
            penalties.append(FuzzyPenalty(
                reason: "numbers differ: [\(queryNumbers.joined(separator: " "))] vs [\(candidateNumbers.joined(separator: " "))]",
                amount: 0.05))
        }
        if queryTags != candidateTags {
            penalties.append(FuzzyPenalty(reason: "inline tags differ: \(queryTags) vs \(candidateTags)", amount: 0.02))
        }
        return FuzzyScore(base: base, penalties: penalties)
    }

    /// The base similarity alone (no penalties), for ranking many candidates before scoring the best fully.
    /// Penalties only lower a score, so a candidate below the threshold here stays below it.
    static func baseSimilarity(queryAksharas: [Int32], candidate: String, symbols: inout AksharaSymbols) -> Double {
        let candidateAksharas = intern(SearchFolder(options: .search).fold(candidate).string, &symbols)
        let longest = max(queryAksharas.count, candidateAksharas.count)
        guard longest > 0 else { return 1 }
        // The length difference alone bounds the distance from below.
        if 1 - Double(abs(queryAksharas.count - candidateAksharas.count)) / Double(longest) < 0.3 { return 0 }
        return 1 - Double(levenshtein(queryAksharas, candidateAksharas)) / Double(longest)
    }

    /// Aksharas as small integers, so the edit distance compares integers, not grapheme clusters.
    static func intern(_ text: String, _ symbols: inout AksharaSymbols) -> [Int32] {
        symbols.intern(text)
    }

    /// Edit distance with unit costs over any equatable sequence.
    static func levenshtein<Element: Hashable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        var previous = Array(0...short.count)
        var current = [Int](repeating: 0, count: short.count + 1)
        for (row, longElement) in long.enumerated() {
            current[0] = row + 1
            for column in 1...short.count {
                let substitution = previous[column - 1] + (short[column - 1] == longElement ? 0 : 1)
                current[column] = min(substitution, previous[column] + 1, current[column - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[short.count]
    }
}

/// A fuzzy score: base similarity, the penalties applied, and the result.
public struct FuzzyScore: Sendable, Hashable {
    /// 0…1, similarity of the folded texts.
    public var base: Double
    public var penalties: [FuzzyPenalty]

    public init(base: Double, penalties: [FuzzyPenalty]) {
        self.base = base
        self.penalties = penalties
    }

    /// 0…1 after penalties.
    public var value: Double { max(0, base - penalties.reduce(0) { $0 + $1.amount }) }
    /// The score as a whole percentage, rounded down (so 99.6 % is not shown as a 100 % match).
    public var percent: Int { Int((value * 100 + 1e-9).rounded(.down)) }
}

/// One deduction from a fuzzy score, with the reason shown by `--explain`.
public struct FuzzyPenalty: Sendable, Hashable {
    public var reason: String
    /// 0…1, subtracted from the base similarity.
    public var amount: Double
}

/// Small integer ids for aksharas (extended grapheme clusters), shared by the texts one lookup compares.
///
/// Texts are compared after normalization, so two aksharas are equal exactly when their scalars are; a
/// cluster of up to three scalars is keyed by its scalars packed into an integer, which hashes far faster
/// than a `Character` (whose hash normalizes).
struct AksharaSymbols {
    private var packed: [UInt64: Int32] = [:]
    private var longer: [String: Int32] = [:]
    private var next: Int32 = 0

    mutating func intern(_ text: String) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(text.utf8.count / 2)
        for character in text {
            var key: UInt64 = 0
            var count = 0
            for scalar in character.unicodeScalars {
                count += 1
                if count > 3 { break }
                // Plus one, so that no packed scalar is zero and clusters of different lengths differ.
                key = key << 21 | UInt64(scalar.value + 1)
            }
            if count <= 3 {
                result.append(Self.symbol(for: key, in: &packed, next: &next))
            } else {
                result.append(Self.symbol(for: String(character), in: &longer, next: &next))
            }
        }
        return result
    }

    private static func symbol<Key: Hashable>(for key: Key, in table: inout [Key: Int32], next: inout Int32) -> Int32 {
        if let symbol = table[key] { return symbol }
        table[key] = next
        next += 1
        return next - 1
    }
}
