import SetuText

/// Words of search-folded text, for term matching: maximal runs of letters and digits (Devanagari or
/// Latin). Everything else — spaces, punctuation, dandas, the dots of `एस.सी.ओ.`, the hyphen of
/// `भारत-रूस` — separates words, so `भारत` never matches inside `भारतीय`.
struct TermTokens {
    struct Token {
        /// Range in the folded text.
        var start: Int
        var end: Int
        /// Key of the word with Latin lowercased.
        var key: UInt64
        /// True for a Latin word written in capitals (`SCO`), which may match a capitals-only acronym.
        var isCapitals: Bool
        var isLatin: Bool
    }

    var tokens: [Token] = []

    init(_ folded: FoldedText) {
        let scalars = folded.scalars
        var index = 0
        while index < scalars.count {
            guard Self.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            var key = TermKey.seed
            var capitals = true
            var latin = false
            while index < scalars.count && Self.isWordScalar(scalars[index]) {
                var scalar = scalars[index]
                if scalar >= 0x41 && scalar <= 0x5A {
                    scalar += 0x20
                    latin = true
                } else if scalar >= 0x61 && scalar <= 0x7A {
                    capitals = false
                    latin = true
                }
                key = TermKey.mix(key, scalar)
                index += 1
            }
            tokens.append(Token(start: start, end: index, key: key, isCapitals: latin && capitals, isLatin: latin))
        }
    }

    /// ASCII and Devanagari, nearly every scalar of a Hindi text, are decided here without a call.
    @inline(__always) static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return (scalar &- 0x30 < 10) || ((scalar | 0x20) &- 0x61 < 26) }
        if scalar >= 0x0900 && scalar <= 0x097F { return scalar != 0x0964 && scalar != 0x0965 && scalar != 0x0970 }
        return TextCharacters.isWordCharacter(scalar)
    }

    /// True when only spaces, dots and hyphens separate `previous` and `next` in the folded text, so a
    /// multi-word term may continue across the gap.
    static func gapAllowsPhrase(_ scalars: [UInt32], from: Int, to: Int) -> Bool {
        guard to - from <= 3 else { return false }
        for index in from..<to {
            switch scalars[index] {
            case 0x20, 0x2E, 0x2D, 0x2010, 0x2011, 0x2013, 0x2014: continue  // space, dot, hyphens, en and em dash
            default: return false
            }
        }
        return true
    }
}

/// `StableHash` keys over code points (Latin lowercased), for words of the term index.
enum TermKey {
    @inline(__always) static var seed: UInt64 { StableHash.offsetBasis }

    @inline(__always) static func mix(_ key: UInt64, _ scalar: UInt32) -> UInt64 { StableHash.mix(key, scalar) }

    static func of<S: Sequence<UInt32>>(_ scalars: S) -> UInt64 {
        var key = seed
        for scalar in scalars { key = mix(key, lowered(scalar)) }
        return key
    }

    /// The key of `word` with the code point at `skipped` left out (for the typo index).
    static func of(_ word: UnsafeBufferPointer<UInt32>, skipping skipped: Int) -> UInt64 {
        var key = seed
        for index in word.indices where index != skipped { key = mix(key, lowered(word[index])) }
        return key
    }

    @inline(__always) static func lowered(_ scalar: UInt32) -> UInt32 {
        scalar >= 0x41 && scalar <= 0x5A ? scalar + 0x20 : scalar
    }

    /// Marks a key as "capitals only" (short Latin acronyms such as `UN`, `SCO`).
    static func capitalsOnly(_ key: UInt64) -> UInt64 { key ^ 0x5A5A_5A5A_5A5A_5A5A }
}
