import Foundation
import SetuCore

/// JSON text for the list and record columns of the store (`["Astana"]`).
enum JSONList {
    /// A JSON array of strings, written by hand (`JSONString`): `JSONEncoder` took a quarter of storing a
    /// 100,000-entry glossary.
    static func encode(_ values: [String]) -> String {
        var output = "["
        for (index, value) in values.enumerated() {
            if index > 0 { output += "," }
            JSONString.append(value, to: &output)
        }
        return output + "]"
    }

    static func decode(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
