import ArgumentParser
import Foundation
import SetuCore
import SetuMemory

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up exact, fuzzy, concordance or term matches in the translation memory.",
        discussion: """
            Default: exact matches on the normalized text, then fuzzy matches of 70 % and above.

            Fuzzy score: 1 − (edit distance ÷ length), counted in aksharas (grapheme clusters) of the search-folded texts, so one matra is one edit and a nukta or chandrabindu variant is free; then penalties: 1 point per akshara that differs only by such a fold (at most 3), 5 points when the numbers differ, 2 when inline tags differ. --explain shows each part.

            --concordance finds a substring in either script (folded, so गांधी finds गाँधी) and highlights it. --term finds the segments holding a glossary entry, named in English or Hindi, using the glossary stored at ingest. Exit status 1 when nothing matches.

            Examples:
              setu lookup --term Astana
              setu lookup --concordance "पुश्किन"
              setu lookup --fuzzy 80 --explain "विदेश मंत्री एस. जयशंकर ने मंगलवार को कहा"
              setu lookup --format jsonl --lang en "Pushkin Park"
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    @OptionGroup var memoryOption: MemoryOption

    @Flag(help: "Fuzzy matches only. A number right after it (or as the last word) is the minimum score in %, default 70.")
    var fuzzy = false

    @Option(name: .customLong("min-score"), help: "Minimum fuzzy score in % (same as the number after --fuzzy).")
    var minimumScore: Int?

    @Flag(help: "Substring search in either script, with the hit highlighted.")
    var concordance = false

    @Flag(help: "Segments that contain the glossary entry named by the query (English or Hindi).")
    var term = false

    @Option(help: "Language of the segments to search: hi or en (default: the query's script for exact and fuzzy; both otherwise).")
    var lang: String?

    @Option(help: "Maximum number of results.")
    var limit = 10

    @Option(help: "Output format: table (for people) or jsonl (one object per hit).")
    var format: Format = .table

    @Flag(help: "Show how each fuzzy score was computed.")
    var explain = false

    @Argument(help: "The text to look up.")
    var words: [String]

    func validate() throws {
        if [fuzzy, concordance, term].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --fuzzy, --concordance and --term")
        }
        if let lang, !["hi", "en"].contains(lang.lowercased()) { throw ValidationError("--lang must be hi or en") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if query.isEmpty { throw ValidationError("the query is empty") }
        if let minimum = minimum, !(0...100).contains(minimum) { throw ValidationError("the minimum score must be 0…100") }
    }

    /// The minimum score given after `--fuzzy` as a separate word (first or last), if any.
    private var scoreWord: (index: Int, value: Int)? {
        guard fuzzy, words.count >= 2 else { return nil }
        for index in [0, words.count - 1] {
            if let value = Int(words[index]), (0...100).contains(value) { return (index, value) }
        }
        return nil
    }

    private var minimum: Int? { minimumScore ?? scoreWord?.value }

    private var query: String {
        var parts = words
        if let scoreWord { parts.remove(at: scoreWord.index) }
        return parts.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func run() throws {
        let memory = try memoryOption.open(mustExist: true)
        let isDevanagari = query.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }
        var options = LookupOptions(limit: limit, minimumScore: Double(minimum ?? 70) / 100)
        options.language = lang?.lowercased()
        let hits: [MemoryHit]
        do {
            if term {
                hits = try memory.termMatches(query, options: options)
            } else if concordance {
                hits = try memory.concordance(query, options: options)
            } else {
                if options.language == nil { options.language = isDevanagari ? "hi" : "en" }
                if fuzzy {
                    hits = try memory.fuzzyMatches(query, options: options)
                } else {
                    let exact = try memory.exactMatches(query, options: options)
                    let seen = Set(exact.map(\.segment.id))
                    let fuzzyHits = try memory.fuzzyMatches(query, options: options).filter { !seen.contains($0.segment.id) }
                    hits = Array((exact + fuzzyHits).prefix(limit))
                }
            }
        } catch {
            reportError(error.description)
            throw ExitCode.failure
        }
        let output = OutputWriter.standardOutput
        let printer = HitPrinter(output: output, highlight: output.isTerminal, explain: explain)
        for hit in hits {
            switch format {
            case .jsonl: output.line(printer.json(hit))
            case .table: printer.table(hit)
            }
        }
        output.flush()
        if hits.isEmpty {
            reportError("no matches for '\(query)' in \(memory.path)")
            throw ExitCode.failure
        }
    }
}

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
        output.line(header)
        output.line("    \(hit.segment.language.prefix(2)): \(marked(hit.segment.text, hit.highlights))")
        for translation in hit.translations {
            var detail = translation.origin.rawValue
            if let alignment = translation.alignment { detail += " \(alignment)" }
            if let confidence = translation.confidence { detail += " " + String(format: "%.2f", confidence) }
            output.line("    \(translation.language.prefix(2)): \(translation.text)  (\(detail))")
        }
        if explain, let score = hit.score {
            output.line("    score: base \(Self.percent(score.base))")
            for penalty in score.penalties {
                output.line("           − \(Self.percent(penalty.amount))  \(penalty.reason)")
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
        let translations = hit.translations.map { translation -> String in
            var item = JSONLine()
            item.add("text", translation.text)
            item.add("lang", translation.language)
            item.add("origin", translation.origin.rawValue)
            if let alignment = translation.alignment { item.add("alignment", alignment) }
            if let confidence = translation.confidence { item.add("confidence", confidence) }
            item.add("unit", Int(translation.unitID))
            return item.rendered
        }
        json.addRaw("translations", "[" + translations.joined(separator: ",") + "]")
        if !hit.highlights.isEmpty {
            json.addRaw("highlights", "[" + hit.highlights.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]")
        }
        if !hit.entries.isEmpty { json.addRaw("entries", "[" + hit.entries.map(JSONLine.quoted).joined(separator: ",") + "]") }
        if explain, let score = hit.score {
            let penalties = score.penalties.map { penalty -> String in
                var item = JSONLine()
                item.add("reason", penalty.reason)
                item.add("amount", penalty.amount)
                return item.rendered
            }
            json.addRaw("explain", "{\"base\":\(Self.rounded(score.base)),\"penalties\":[\(penalties.joined(separator: ","))],\"final\":\(Self.rounded(score.value))}")
        }
        return json.rendered
    }

    /// The text with highlighted ranges in bold cyan on a terminal, or between » « otherwise.
    func marked(_ text: String, _ ranges: [Range<Int>]) -> String {
        guard !ranges.isEmpty else { return text }
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

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    static func rounded(_ value: Double) -> String { String((value * 1000).rounded() / 1000) }
}
