/// Escaping for XML 1.0 text and attribute values, and the check for characters XML 1.0 forbids.
enum XMLEscaping {
    /// `&`, `<`, `>` and carriage return escaped (and `"`, tab and line feed in attribute values), so a
    /// reader gets every character back: XML parsers turn a literal CR LF into LF (XML 1.0 §2.11) and
    /// normalize whitespace in attribute values (§3.3.3).
    static func escape(_ text: String, attribute: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x0D || (attribute && ($0 == 0x22 || $0 == 0x0A || $0 == 0x09)) })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where attribute: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True for a scalar XML 1.0 does not allow (section 2.2, `Char`).
    static func isForbidden(_ value: UInt32) -> Bool {
        value < 0x20 ? value != 0x09 && value != 0x0A && value != 0x0D : value == 0xFFFE || value == 0xFFFF
    }

    /// The first scalar XML 1.0 does not allow (section 2.2, `Char`), if any.
    static func forbiddenScalar(in text: String) -> UInt32? {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 {
                if value != 0x09 && value != 0x0A && value != 0x0D { return value }
            } else if value == 0xFFFE || value == 0xFFFF {
                return value
            }
        }
        return nil
    }
}
