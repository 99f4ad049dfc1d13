import Foundation
import SetuCore

/// Builds one JSON object per line without Foundation's encoder: field order is fixed and output streams.
struct JSONLine {
    fileprivate var text = "{"
    private var first = true

    mutating func add(_ key: String, _ value: String) {
        separator(key)
        Self.appendEscaped(value, to: &text)
    }

    mutating func add(_ key: String, _ value: Int) {
        separator(key)
        text += String(value)
    }

    mutating func add(_ key: String, _ value: Double) {
        separator(key)
        text += Self.number(value)
    }

    /// A score or confidence as JSON: three decimals at most, `null` when not finite.
    static func number(_ value: Double) -> String {
        value.isFinite ? String((value * 1000).rounded() / 1000) : "null"
    }

    mutating func add(_ key: String, _ value: Bool) {
        separator(key)
        text += value ? "true" : "false"
    }

    /// Adds pre-rendered JSON (an array or object).
    mutating func addRaw(_ key: String, _ json: String) {
        separator(key)
        text += json
    }

    /// Adds an array of strings.
    mutating func addStrings(_ key: String, _ values: [String]) {
        addRaw(key, "[" + values.map(Self.quoted).joined(separator: ",") + "]")
    }

    /// Adds an array of objects, each built by `body`.
    mutating func addArray<Item>(_ key: String, _ items: [Item], _ body: (inout JSONLine, Item) -> Void) {
        let objects = items.map { item -> String in
            var object = JSONLine()
            body(&object, item)
            return object.rendered
        }
        addRaw(key, "[" + objects.joined(separator: ",") + "]")
    }

    /// Adds an object of counts with sorted keys.
    mutating func addCounts(_ key: String, _ counts: [String: Int]) {
        addRaw(key, "{" + counts.keys.sorted().map { "\(Self.quoted($0)):\(counts[$0] ?? 0)" }.joined(separator: ",") + "}")
    }

    /// `value` with `places` decimals (for tables).
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "-" }
        return String(format: "%.\(places)f", value)
    }

    var rendered: String { text + "}" }

    /// Keys are Setu's own field names and enum values (letters, digits, `_`, `%`), never input, so they
    /// are written without escaping.
    private mutating func separator(_ key: String) {
        text += first ? "\"" : ",\""
        first = false
        text += key
        text += "\":"
    }

    /// Appends `value` as a JSON string literal (`JSONString`).
    static func appendEscaped(_ value: String, to output: inout String) { JSONString.append(value, to: &output) }

    /// Appends `value` as a JSON string literal to UTF-8 bytes.
    static func appendEscaped(_ value: String, to bytes: inout [UInt8]) { JSONString.append(value, to: &bytes) }

    /// Appends the decimal digits of `value` to UTF-8 bytes.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(0x30 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    static func quoted(_ value: String) -> String {
        var output = ""
        appendEscaped(value, to: &output)
        return output
    }
}

extension JSONLine {
    /// The fields that place a segment: `doc`, `index`, `start`, `end` (code points into the file).
    init(placing segment: Segment) {
        self.init()
        // Room for the fields and the text twice (text and normalized), so the line is built in one buffer.
        text.reserveCapacity(2 * segment.text.utf8.count + segment.document.utf8.count + 160)
        add("doc", segment.document)
        add("index", segment.index)
        add("start", segment.start)
        add("end", segment.end)
    }
}
