/// Hindi noun and adjective inflection, as suffix rules from a surface form back to its base form.
///
/// Rules map an inflected ending to the base ending: मंत्रियों → मंत्री (`-ियों → -ी`), भारतीयों → भारतीय
/// (`-ों → ∅`), लड़के → लड़का (`-े → -ा`). Candidates are only looked up among glossary words, so a rule that
/// over-generates costs a hash lookup, not a false match. Works on search-folded code points (anusvara
/// for chandrabindu).
public enum HindiInflection {
    public struct Rule: Sendable {
        public var name: String
        public var suffix: [UInt32]
        public var replacement: [UInt32]
        /// Minimum number of code points left before the suffix.
        public var minimumStem: Int
    }

    static func rule(_ name: String, _ suffix: String, _ replacement: String, minimumStem: Int = 2) -> Rule {
        Rule(
            name: name, suffix: suffix.unicodeScalars.map(\.value), replacement: replacement.unicodeScalars.map(\.value),
            minimumStem: minimumStem)
    }

    /// The standard rules, longest suffix first.
    public static let rules: [Rule] = [
        rule("oblique-plural -ियों", "ियों", "ी"),
        rule("oblique-plural -ियों", "ियों", "ि"),
        rule("plural -ियां", "ियां", "ी"),
        rule("oblique-plural -ुओं", "ुओं", "ू"),
        rule("oblique-plural -ुओं", "ुओं", "ु"),
        rule("oblique-plural -ओं", "ओं", ""),
        rule("plural -एं", "एं", ""),
        rule("plural -ाएं", "ाएं", "ा"),
        rule("oblique-plural -ों", "ों", ""),
        rule("oblique-plural -ों", "ों", "ा"),
        rule("plural -ें", "ें", ""),
        rule("oblique -े", "े", "ा"),
        rule("feminine -ी", "ी", "ा"),
        // The honorific written onto a name (जयशंकरजी, गांधीजी): the name is the term.
        rule("honorific -जी", "जी", "", minimumStem: 3),
    ]

    /// The last code points of the rules' suffixes: a word ending otherwise has no base form.
    static let suffixEnds: [UInt32] = rules.reduce(into: []) { ends, rule in
        if let last = rule.suffix.last, !ends.contains(last) { ends.append(last) }
    }

    /// Base forms a folded word may be an inflection of, by the noun rules (not the feminine -ी rule),
    /// longest suffix first: `सीटों` → `सीट`, `सीटा`. Candidates only; the caller decides which exist.
    public static func baseForms(ofKey key: String) -> [String] {
        let scalars = key.unicodeScalars.map(\.value)
        return rules.filter { $0.name != "feminine -ी" }.compactMap { rule -> String? in
            guard scalars.count >= rule.suffix.count + rule.minimumStem, Array(scalars.suffix(rule.suffix.count)) == rule.suffix
            else { return nil }
            let base = scalars.dropLast(rule.suffix.count) + rule.replacement
            return String(String.UnicodeScalarView(base.compactMap(Unicode.Scalar.init)))
        }
    }

    /// Keys (`TermKey`) of the base-form candidates of a folded word, with the index of the rule that
    /// produced each. Allocation-free: keys are computed over the stem and the replacement directly.
    static func candidateKeys(_ word: UnsafeBufferPointer<UInt32>, soundAlike: Bool = false, _ body: (UInt64, Int) -> Void) {
        forEachRule(matching: word) { stemCount, replacement, index in
            var key = TermKey.seed
            if soundAlike {
                // The base form with the spelling differences of names folded (`TermMatcher.soundAlike`).
                // Stem and replacement mixed in place: this runs for every long word with a long vowel.
                // The anusvara is left out, as the sound-alike form leaves it out.
                for offset in 0..<stemCount where !(offset > 0 && word[offset] == 0x0902) {
                    key = TermKey.mix(key, TermMatcher.soundAlike(word[offset], at: offset))
                }
                for (index, scalar) in replacement.enumerated() where scalar != 0x0902 {
                    key = TermKey.mix(key, TermMatcher.soundAlike(scalar, at: stemCount + index))
                }
            } else {
                for scalar in word[0..<stemCount] { key = TermKey.mix(key, TermKey.lowered(scalar)) }
                for scalar in replacement { key = TermKey.mix(key, scalar) }
            }
            body(key, index)
        }
    }

    /// Calls `body` with the stem length, base ending and index of every rule whose suffix ends `word` with
    /// a long enough stem, longest suffix first.
    @inline(__always)
    static func forEachRule(matching word: UnsafeBufferPointer<UInt32>, _ body: (Int, [UInt32], Int) -> Void) {
        for (index, rule) in rules.enumerated() {
            let suffixCount = rule.suffix.count
            guard word.count >= suffixCount + rule.minimumStem else { continue }
            var matches = true
            for offset in 0..<suffixCount where word[word.count - suffixCount + offset] != rule.suffix[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            body(word.count - suffixCount, rule.replacement, index)
        }
    }
}
