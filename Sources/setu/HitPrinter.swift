import Foundation
import SetuMemory

/// Renders lookup hits as table blocks or JSON lines.
struct HitPrinter {
    let output: OutputWriter
    let highlight: Bool
    let explain: Bool

    func table(_ hit: MemoryHit) {
        var header = hit.score.map { "[\($0.percent)%] " } ?? ""
        header += hit.kind.rawValue
        if let document = hit.segment.document {
            header += "  \(Self.displayPath(document))" + (hit.segment.line.map { ":\($0)" } ?? "")
        } else {
            header += "  (added by hand)"
        }
        if !hit.entries.isEmpty { header += "  terms: " + hit.entries.joined(separator: ", ") }
        output.line(TerminalText.safe(header))
        output.line("    \(hit.segment.language.prefix(2)): \(marked(hit.segment.text, hit.highlights))")
        for translation in hit.translations {
            var detail = translation.origin.rawValue
            if let alignment = translation.alignment { detail += " \(alignment)" }
            if let confidence = translation.confidence { detail += " " + JSONLine.decimal(confidence, places: 2) }
            output.line("    \(translation.language.prefix(2)): \(TerminalText.safe(translation.text))  (\(detail))")
        }
        if explain, let score = hit.score {
            output.line("    score: base \(Self.percent(score.base))")
            for penalty in score.penalties {
                output.line("           − \(Self.percent(penalty.amount))  \(TerminalText.safe(penalty.reason))")
            }
            output.line("           = \(score.percent)%")
        }
    }

    func json(_ hit: MemoryHit) -> String {
        var json = JSONLine()
        json.add("kind", hit.kind.rawValue)
        if let score = hit.score { json.add("score", score.percent) }
        json.add("text", hit.segment.text)
        json.add("lang", hit.segment.language)
        if let document = hit.segment.document { json.add("doc", document) }
        if let position = hit.segment.position { json.add("index", position) }
        if let line = hit.segment.line { json.add("line", line) }
        json.add("segment", Int(hit.segment.id))
        json.addArray("translations", hit.translations) { item, translation in
            item.add("text", translation.text)
            item.add("lang", translation.language)
            item.add("origin", translation.origin.rawValue)
            if let alignment = translation.alignment { item.add("alignment", alignment) }
            if let confidence = translation.confidence { item.add("confidence", confidence) }
            item.add("unit", Int(translation.unitID))
        }
        if !hit.highlights.isEmpty {
            json.addRaw("highlights", "[" + hit.highlights.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]")
        }
        if !hit.entries.isEmpty { json.addStrings("entries", hit.entries) }
        if explain, let score = hit.score {
            var explanation = JSONLine()
            explanation.add("base", score.base)
            explanation.addArray("penalties", score.penalties) { item, penalty in
                item.add("reason", penalty.reason)
                item.add("amount", penalty.amount)
            }
            explanation.add("final", score.value)
            json.addRaw("explain", explanation.rendered)
        }
        return json.rendered
    }

    /// The text made safe for a terminal, with highlighted ranges in bold cyan on a terminal, or between
    /// » « otherwise.
    func marked(_ text: String, _ ranges: [Range<Int>]) -> String {
        let safe = TerminalText.safe(text)
        guard !ranges.isEmpty, safe == text else { return safe }
        let (open, close) = highlight ? ("\u{1B}[1;36m", "\u{1B}[0m") : ("»", "«")
        var scalars = Array(text.unicodeScalars)
        for range in ranges.sorted(by: { $0.lowerBound > $1.lowerBound }) where range.upperBound <= scalars.count {
            scalars.insert(contentsOf: close.unicodeScalars, at: range.upperBound)
            scalars.insert(contentsOf: open.unicodeScalars, at: range.lowerBound)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Paths under the current directory are shown relative to it.
    static func displayPath(_ path: String) -> String {
        let directory = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(directory) ? String(path.dropFirst(directory.count)) : path
    }

    static func percent(_ value: Double) -> String { JSONLine.decimal(value * 100, places: 1) + "%" }
}
