import ArgumentParser
import Foundation
import SetuWorkflows

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Report how much of new Hindi documents the memory and the glossary already cover.",
        discussion: """
            For each document and in total: segments, words and characters per match band, as CAT tools quote them. A segment takes the first band that applies: 101% (an exact match whose stored neighbours are this segment's neighbours), repetitions (seen earlier in this job), 100%, 95-99%, 85-94%, 75-84%, 50-74% (the fuzzy score, rounded down), no match. Only stored segments with an English translation count as matches. Non-translatable segments (numbers, code, URLs) are counted apart.

            Words are whitespace-separated tokens with at least one letter, in any script: numbers and punctuation alone are not words; हिंद-प्रशांत and G20 are one word each. Characters are grapheme clusters other than spaces (an akshara counts once).

            Glossary coverage: term occurrences, distinct entries, and name-like spans the glossary does not have.

            Examples:
              setu analyze seeds/000_5a3696012ead648c.txt
              setu analyze --format csv new-articles/ > quote.csv
            """
    )

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Option(help: "Output format: table, jsonl or csv.")
    var format: AnalysisFormat = .table

    @Argument(help: "Hindi documents, folders of .txt and .md files, @LIST files, or - for standard input.")
    var paths: [String]

    enum AnalysisFormat: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv }

    func run() throws {
        let termbase = try glossaryOption.loadIfAvailable()
        if !FileManager.default.fileExists(atPath: memoryOption.path) {
            reportError("note: no translation memory at \(memoryOption.path); every segment counts as a repetition or no match")
        }
        let report = try SetuCLI.run { try AnalyzeWorkflow(memoryPath: memoryOption.path, termbase: termbase).run(paths) }
        let output = OutputWriter.standardOutput
        let rows = report.documents + (report.documents.count > 1 || format != .table ? [report.total] : [])
        switch format {
        case .table:
            for document in report.documents.count > 1 ? rows : report.documents { Self.table(document, to: output) }
        case .jsonl:
            for document in rows {
                var json = JSONLine()
                json.add("document", document.path)
                for band in AnalyzeWorkflow.Band.allCases {
                    let tally = document.bands[band] ?? AnalyzeWorkflow.Tally()
                    json.addRaw(band.rawValue, "{\"segments\":\(tally.segments),\"words\":\(tally.words),\"characters\":\(tally.characters)}")
                }
                let other = document.nonTranslatable
                json.addRaw("non-translatable", "{\"segments\":\(other.segments),\"words\":\(other.words),\"characters\":\(other.characters)}")
                json.add("term_hits", document.termHits)
                json.add("distinct_entries", document.distinctEntries)
                json.add("unknown_names", document.unknownNames)
                output.line(json.rendered)
            }
        case .csv:
            output.line("document,band,segments,words,characters")
            for document in rows {
                let quoted = "\"" + document.path.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                for band in AnalyzeWorkflow.Band.allCases {
                    let tally = document.bands[band] ?? AnalyzeWorkflow.Tally()
                    output.line("\(quoted),\(band.rawValue),\(tally.segments),\(tally.words),\(tally.characters)")
                }
                let other = document.nonTranslatable
                output.line("\(quoted),non-translatable,\(other.segments),\(other.words),\(other.characters)")
            }
        }
        output.flush()
        try FileOutcomes.report(report.files, emptyNote: "nothing to analyze")
    }

    static func table(_ document: AnalyzeWorkflow.DocumentAnalysis, to output: OutputWriter) {
        output.line(TerminalText.safe(document.path))
        output.line("  " + "band".padding(toLength: 18, withPad: " ", startingAt: 0) + "segments     words  characters")
        func row(_ name: String, _ tally: AnalyzeWorkflow.Tally) {
            output.line("  " + name.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(tally.segments).leftPadded(8) + String(tally.words).leftPadded(10) + String(tally.characters).leftPadded(12))
        }
        for band in AnalyzeWorkflow.Band.allCases { row(band.rawValue, document.bands[band] ?? AnalyzeWorkflow.Tally()) }
        row("total", document.translatable)
        row("non-translatable", document.nonTranslatable)
        output.line("  glossary: \(document.termHits) term occurrences, \(document.distinctEntries) distinct entries, \(document.unknownNames) name-like spans not in the glossary")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
