/// Setu's character classes: the one definition of whitespace, invisible format characters, word
/// characters, digits and Devanagari that every module uses.
///
/// All functions take a code point (`UInt32`); UTF-16 code units of the Basic Multilingual Plane can be
/// passed widened. Surrogates are never letters, spaces or digits.
package enum TextCharacters {
    /// Unicode `White_Space` (PropList.txt): tab, line feed, vertical tab, form feed, carriage return, space,
    /// next line, no-break space, Ogham space mark, the spaces U+2000…U+200A, line and paragraph separators,
    /// narrow no-break space, medium mathematical space and ideographic space. Zero-width space is not
    /// whitespace (it is `isInvisibleFormat`).
    @inlinable
    package static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Invisible characters that carry no meaning for matching or exact comparison: SOFT HYPHEN (U+00AD),
    /// ZERO WIDTH SPACE (U+200B), ZERO WIDTH NON-JOINER (U+200C), ZERO WIDTH JOINER (U+200D), WORD JOINER
    /// (U+2060) and ZERO WIDTH NO-BREAK SPACE / byte order mark (U+FEFF).
    @inlinable
    package static func isInvisibleFormat(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// Invisible characters that separate or pad text without shaping it: the invisible formats except ZWJ
    /// and ZWNJ, which change how Devanagari conjuncts are drawn and so stay in the normalized text.
    @inlinable
    package static func isInvisibleSeparator(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// Blank for trimming and splitting: whitespace, or a zero-width space or byte order mark, which web
    /// text uses as spacing.
    @inlinable
    package static func isBlank(_ scalar: UInt32) -> Bool {
        isWhitespace(scalar) || scalar == 0x200B || scalar == 0xFEFF
    }

    /// A code point of the Devanagari block (U+0900…U+097F) or Devanagari Extended (U+A8E0…U+A8FF).
    @inlinable
    package static func isDevanagari(_ scalar: UInt32) -> Bool {
        (scalar >= 0x0900 && scalar <= 0x097F) || (scalar >= 0xA8E0 && scalar <= 0xA8FF)
    }

    /// A Devanagari letter, vowel sign or other sign; not DANDA (U+0964), DOUBLE DANDA (U+0965), a digit
    /// (U+0966…U+096F) or the ABBREVIATION SIGN (U+0970).
    @inlinable
    package static func isDevanagariLetter(_ scalar: UInt32) -> Bool {
        (scalar >= 0x0900 && scalar <= 0x0963) || (scalar >= 0x0971 && scalar <= 0x097F)
            || (scalar >= 0xA8E0 && scalar <= 0xA8FF)
    }

    /// An ASCII digit or a Devanagari digit (U+0966…U+096F).
    @inlinable
    package static func isDigit(_ scalar: UInt32) -> Bool {
        (scalar >= 0x30 && scalar <= 0x39) || (scalar >= 0x0966 && scalar <= 0x096F)
    }

    /// The value 0…9 of an ASCII or Devanagari digit, or nil.
    @inlinable
    package static func digitValue(_ scalar: UInt32) -> UInt32? {
        if scalar >= 0x30 && scalar <= 0x39 { return scalar - 0x30 }
        if scalar >= 0x0966 && scalar <= 0x096F { return scalar - 0x0966 }
        return nil
    }

    /// An ASCII or Latin-1/Latin Extended letter (U+00C0…U+024F without × and ÷).
    @inlinable
    package static func isLatinLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        default: return false
        }
    }

    /// A character that belongs to a word: letters, combining marks and digits of any script. In
    /// Devanagari, everything except the danda, double danda and abbreviation sign, which are punctuation.
    /// Words are maximal runs of word characters; everything else separates them.
    @inlinable
    package static func isWordCharacter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar >= 0x30 && scalar <= 0x39) || (scalar >= 0x41 && scalar <= 0x5A)
                || (scalar >= 0x61 && scalar <= 0x7A)
        }
        if scalar >= 0x0900 && scalar <= 0x097F { return scalar != 0x0964 && scalar != 0x0965 && scalar != 0x0970 }
        if isLatinLetter(scalar) { return true }
        return isOtherWordCharacter(scalar)
    }

    /// A letter or combining mark of any script (a word character that is not a digit or other number).
    @inlinable
    package static func isLetter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A) }
        if isDevanagariLetter(scalar) || isLatinLetter(scalar) { return true }
        if scalar >= 0x0900 && scalar <= 0x097F { return false }
        guard !isInvisibleFormat(scalar), let value = Unicode.Scalar(scalar) else { return false }
        switch value.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// The general case of `isWordCharacter`, outside ASCII, Devanagari and Latin.
    @usableFromInline
    package static func isOtherWordCharacter(_ scalar: UInt32) -> Bool {
        guard !isInvisibleFormat(scalar), let value = Unicode.Scalar(scalar) else { return false }
        let properties = value.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// True when the text has at least one Devanagari code point.
    package static func containsDevanagari<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains { isDevanagari($0.value) }
    }

    /// True when the text has at least one Devanagari letter (not only dandas or digits).
    package static func containsDevanagariLetter<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains { isDevanagariLetter($0.value) }
    }
}
