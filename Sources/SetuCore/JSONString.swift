/// JSON string literals (RFC 8259 section 7), for everything Setu writes as JSON by hand: the CLI's JSON
/// lines and the store's list columns. Quotes, backslashes, control characters and U+2028/U+2029 (which
/// break JavaScript readers) are escaped; everything else, Devanagari included, is written as it is.
package enum JSONString {
    /// Appends `value` as a quoted JSON string.
    package static func append(_ value: String, to output: inout String) {
        // Most text needs no escape at all: then it is appended whole instead of scalar by scalar.
        if !needsEscaping(value) {
            output += "\""
            output += value
            output += "\""
            return
        }
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// Appends `value` as a quoted JSON string to UTF-8 bytes.
    package static func append(_ value: String, to bytes: inout [UInt8]) {
        if !needsEscaping(value) {
            bytes.append(0x22)
            bytes.append(contentsOf: value.utf8)
            bytes.append(0x22)
        } else {
            var text = ""
            append(value, to: &text)
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// True when `value` holds a quote, a backslash, a control character or U+2028/U+2029 (E2 80 A8/A9).
    package static func needsEscaping(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
                if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    return true
                }
                index += 1
            }
            return false
        }
    }
}
