/// Display normalization: what Setu stores as a segment's `normalized` text.
///
/// Unlike `SearchFolder`, this keeps every letter as written; it only applies NFC (UAX #15) and tidies
/// whitespace, so it is safe to show to translators and to compare exactly.
public enum TextNormalizer {
    /// The NFC form of `text`. Returns `text` unchanged if ICU is unavailable.
    public static func nfc(_ text: String) -> String {
        guard let normalizer = ICUNormalizer.nfc else { return text }
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            if normalizer.normalizedPrefixLength(buffer) == buffer.count { return text }
            guard let normalized = try? normalizer.normalize(buffer) else { return text }
            return String(decoding: normalized, as: UTF16.self)
        }
    }

    /// NFC, with whitespace runs collapsed to one space, zero-width spaces and BOMs removed, and ends trimmed.
    public static func displayForm(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfc(text).unicodeScalars {
            if SearchFolder.isWhitespace(scalar.value) {
                pendingSpace = !result.isEmpty
                continue
            }
            if scalar.value == 0x200B || scalar.value == 0xFEFF { continue }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }
}
