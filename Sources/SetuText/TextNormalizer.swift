/// Setu's one text normalizer: the `normalized` form `setu segment` prints and the store's exact-match
/// key is computed from.
///
/// Unlike `SearchFolder`, it keeps every letter as written: NFC (UAX #15), invisible separators removed
/// (soft hyphen, zero-width space, word joiner, byte order mark; ZWJ and ZWNJ stay, since they shape
/// conjuncts), whitespace runs as one space, ends trimmed. Setu stores text as typed and compares
/// normalized forms.
public enum TextNormalizer {
    /// The version of `normalize`. A store records it beside the keys derived from normalized text, and
    /// rebuilds those keys when it changes.
    package static let version = "normalize-2"

    /// The NFC form of `text`. Returns `text` unchanged if ICU is unavailable.
    public static func nfc(_ text: String) -> String {
        // Most Hindi and English text passes the cheap sufficient test on its scalars, without copying it
        // to UTF-16 for ICU.
        if SearchFolder.isCertainlyNFC(utf8: text) { return text }
        guard let normalizer = ICUNormalizer.nfc else { return text }
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            if normalizer.normalizedPrefixLength(buffer) == buffer.count { return text }
            guard let normalized = try? normalizer.normalize(buffer) else { return text }
            return String(decoding: normalized, as: UTF16.self)
        }
    }

    /// NFC, invisible separators removed, whitespace runs collapsed to one space, ends trimmed.
    public static func normalize(_ text: String) -> String {
        let nfc = nfc(text)
        if isAlreadyTidy(nfc) { return nfc }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            let value = scalar.value
            if TextCharacters.isWhitespace(value) {
                pendingSpace = !result.isEmpty
                continue
            }
            if TextCharacters.isInvisibleSeparator(value) { continue }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// True when the only whitespace is single inner spaces and no byte could start another whitespace or
    /// invisible separator: lead bytes 0xC2 (U+0085, U+00A0, U+00AD), 0xE1 (U+1680), 0xE2 (U+2000…U+2060)
    /// 0xE3 (U+3000) and 0xEF (U+FEFF).
    static func isAlreadyTidy(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0x20
            for byte in bytes {
                if byte < 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF { return false }
                if byte == 0x20 && previous == 0x20 { return false }
                previous = byte
            }
            return previous != 0x20
        }
    }
}
