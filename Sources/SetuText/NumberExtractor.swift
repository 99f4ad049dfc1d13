/// Finds the numbers written in a text, in ASCII or Devanagari digits: Setu's one number extractor, used
/// as alignment evidence and by the fuzzy score.
///
/// A number is a run of digits in which a single `.` or `,` may stand between two digits, so
/// `४,२१,०३२`, `421,032`, `4.21` and `10.30` are one number each, while `2025-26` is two and the full stop
/// after `2024.` is not part of it. Digits come back as ASCII. Complexity: O(n).
package enum NumberExtractor {
    /// One number as written.
    package struct Number: Sendable, Hashable {
        /// The number with its separators, digits in ASCII (`4,21,032`).
        package var text: String
        /// The digits alone (`421032`), which compare numbers across grouping conventions.
        package var digits: String
    }

    /// The numbers of `text`, in order.
    package static func numbers<S: StringProtocol>(in text: S) -> [Number] {
        var result: [Number] = []
        var written = String.UnicodeScalarView()
        var digits = String.UnicodeScalarView()
        var pendingSeparator: Unicode.Scalar?
        func finish() {
            if !digits.isEmpty { result.append(Number(text: String(written), digits: String(digits))) }
            written.removeAll()
            digits.removeAll()
            pendingSeparator = nil
        }
        for scalar in text.unicodeScalars {
            if let value = TextCharacters.digitValue(scalar.value) {
                let ascii = Unicode.Scalar(UInt8(0x30 + value))
                if let separator = pendingSeparator { written.append(separator) }
                pendingSeparator = nil
                written.append(ascii)
                digits.append(ascii)
            } else if (scalar == "." || scalar == ","), !digits.isEmpty, pendingSeparator == nil {
                pendingSeparator = scalar
            } else {
                finish()
            }
        }
        finish()
        return result
    }
}
