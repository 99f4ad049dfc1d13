/// Word and character counts as Setu reports them for quotes (`setu analyze`), the same for Hindi and for
/// Latin text.
///
/// A **word** is a whitespace-separated token holding at least one letter of any script (Devanagari
/// letters and vowel signs count as letters). Tokens of digits and punctuation alone (`2024`, `—`, `15.5%`)
/// are not words, so numbers do not inflate a quote; a token mixing letters and digits (`G20`, `कोविड-19`)
/// is one word. Hyphenated and slashed compounds are one word, as most CAT tools count them.
///
/// A **character** is an extended grapheme cluster (UAX #29) that is not whitespace: an akshara with its
/// vowel signs counts once (`क्षे` is one), a Latin letter once.
public enum WordCount {
    /// The number of words in `text`.
    public static func words<S: StringProtocol>(in text: S) -> Int {
        var count = 0
        var inToken = false
        var tokenHasLetter = false
        for scalar in text.unicodeScalars {
            if TextCharacters.isBlank(scalar.value) {
                if inToken && tokenHasLetter { count += 1 }
                inToken = false
                tokenHasLetter = false
            } else {
                inToken = true
                if !tokenHasLetter && TextCharacters.isLetter(scalar.value) { tokenHasLetter = true }
            }
        }
        if inToken && tokenHasLetter { count += 1 }
        return count
    }

    /// The number of characters (grapheme clusters other than whitespace) in `text`.
    public static func characters<S: StringProtocol>(in text: S) -> Int {
        text.reduce(0) { count, character in
            character.unicodeScalars.allSatisfy { TextCharacters.isBlank($0.value) } ? count : count + 1
        }
    }
}
