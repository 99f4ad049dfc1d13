import ArgumentParser
import Foundation
import SetuWorkflows

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up exact, fuzzy, concordance or term matches in the translation memory.",
        discussion: """
            Default: exact matches on the normalized text, then fuzzy matches of 70 % and above. Opens the memory read-only.

            Fuzzy score: 1 − (edit distance ÷ length), counted in aksharas (grapheme clusters) of the search-folded texts, so one matra is one edit and a nukta or chandrabindu variant is free; then penalties: 1 point per akshara that differs only by such a fold (at most 3), 5 points when the numbers differ, 2 when inline tags differ. --explain shows each part.

            --concordance finds a substring in either script (folded, so गांधी finds गाँधी) and highlights it. --term finds the segments holding a glossary entry, named in English or Hindi, using the glossary stored at ingest. Exit status 1 when nothing matches.

            Examples:
              setu lookup --term Astana
              setu lookup --concordance "पुश्किन"
              setu lookup --fuzzy 80 --explain "विदेश मंत्री एस. जयशंकर ने मंगलवार को कहा"
              setu lookup --format jsonl --lang en "Pushkin Park"
            """
    )

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

    @Option(help: "Maximum number of results (1…\(LookupWorkflow.maximumLimit)).")
    var limit = 10

    @Option(help: "Output format: table (for people) or jsonl (one object per hit).")
    var format: DataFormat = .table

    @Flag(help: "Show how each fuzzy score was computed.")
    var explain = false

    @Argument(help: "The text to look up.")
    var words: [String]

    func validate() throws {
        if [fuzzy, concordance, term].filter({ $0 }).count > 1 { throw ValidationError("choose one of --fuzzy, --concordance and --term") }
        if let lang, !["hi", "en"].contains(lang.lowercased()) { throw ValidationError("--lang must be hi or en") }
        if !(1...LookupWorkflow.maximumLimit).contains(limit) { throw ValidationError("--limit must be 1…\(LookupWorkflow.maximumLimit)") }
        if query.isEmpty { throw ValidationError("the query is empty") }
        if let minimum, !(0...100).contains(minimum) { throw ValidationError("the minimum score must be 0…100") }
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
        let memory = try memoryOption.open(.readOnly)
        let mode: LookupWorkflow.Mode = term ? .term : concordance ? .concordance : fuzzy ? .fuzzy : .automatic
        let request = LookupWorkflow.Request(
            query: query, mode: mode, language: lang, limit: limit, minimumScore: Double(minimum ?? 70) / 100)
        let hits = try SetuCLI.run { try LookupWorkflow(memory: memory).lookup(request) }
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
