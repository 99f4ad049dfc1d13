/// Levenshtein distance (insertions, deletions and substitutions, each costing one), the one
/// implementation Setu's matchers share for comparing spellings and sound keys.
package enum EditDistance {
    /// The distance between two sequences. O(|a|·|b|) time, O(|b|) memory.
    package static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
