import Foundation

/// JSON text for the list and record columns of the store (`["Astana"]`).
enum JSONList {
    /// A JSON array of strings (RFC 8259), written by hand: `JSONEncoder` took a quarter of storing a
    /// 100,000-entry glossary. Quotes, backslashes and control characters are escaped; everything else,
    /// Devanagari included, is written as it is.
    static func encode(_ values: [String]) -> String {
        var output = "["
        for (index, value) in values.enumerated() {
            if index > 0 { output += "," }
            output += "\""
            if value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                for scalar in value.unicodeScalars {
                    switch scalar {
                    case "\"": output += "\\\""
                    case "\\": output += "\\\\"
                    case "\n": output += "\\n"
                    case "\r": output += "\\r"
                    case "\t": output += "\\t"
                    case _ where scalar.value < 0x20:
                        let hex = String(scalar.value, radix: 16)
                        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    default: output.unicodeScalars.append(scalar)
                    }
                }
            } else {
                output += value
            }
            output += "\""
        }
        return output + "]"
    }

    static func decode(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
