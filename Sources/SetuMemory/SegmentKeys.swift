import SetuText

/// The derived forms of a segment's text that the store indexes.
///
/// - `normalized`: NFC with whitespace runs collapsed and ends trimmed; exact lookup compares it.
/// - `exactHash`: FNV-1a 64 of `normalized`, the exact-lookup index key.
/// - `folded`: the search key (`FoldOptions.search`: nukta, chandrabindu, digits, Latin case …), which
///   concordance and fuzzy lookup compare.
package struct SegmentKeys: Sendable {
    package let normalized: String
    package let exactHash: Int64
    package let folded: String
    /// The folded text as code points, for the fuzzy sketch.
    package let foldedScalars: [UInt32]

    package init(_ text: String) {
        normalized = SegmentKeys.normalize(text)
        exactHash = SegmentKeys.hash(normalized)
        let foldedText = SearchFolder(options: .search).fold(text)
        foldedScalars = foldedText.scalars
        folded = foldedText.string
    }

    /// NFC, whitespace runs as one space, trimmed.
    package static func normalize(_ text: String) -> String {
        let nfc = TextNormalizer.nfc(text)
        if isSpacedSimply(nfc) { return nfc }
        var result = ""
        result.reserveCapacity(nfc.utf8.count)
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// True when the only whitespace is single inner spaces and no byte could start another space character
    /// (lead bytes 0xC2, 0xE1, 0xE2, 0xE3 cover U+0085, U+00A0, U+1680, U+2000–U+205F and U+3000).
    static func isSpacedSimply(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 { return false }
            if byte == 0x20 && previous == 0x20 { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// FNV-1a, 64 bits: stable across processes and platforms, unlike `Hasher`.
    package static func hash(_ text: String) -> Int64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        return Int64(bitPattern: value)
    }
}

extension SegmentKeys {
    /// Text as stored for display: NFC with whitespace runs collapsed and trimmed.
    public static func displayText(_ text: String) -> String { normalize(text) }
}
