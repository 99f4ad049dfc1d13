import ArgumentParser
import SetuCore
import SetuGlossary
import SetuWorkflows

struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Show the glossary terms found in each segment, with spans and match kinds.",
        discussion: """
            Segments each file like `setu segment`, then finds glossary terms despite inflection (भारतीयों), spelling variants (कज़ाकिस्तान/कजाकिस्तान, गाँधी/गांधी), dotted acronyms (एस.सी.ओ.) and one-letter typos in names. Name-like spans missing from the glossary are listed as suggestions with a proposed English form. Offsets are code points into the input file.

            Examples:
              setu terms seeds/*.txt
              setu terms --format jsonl --glossary glossaries/core.tsv article.txt
            """
    )

    @OptionGroup var glossaryOption: GlossaryOption

    @Flag(help: "Do not look for names missing from the glossary (ten times faster on large corpora).")
    var noSuggestions = false

    @Option(help: "Output format: table (for people) or jsonl (one object per segment).")
    var format: DataFormat = .table

    @Argument(help: "UTF-8 text files; `-` reads standard input.")
    var files: [String]

    func run() throws {
        let termbase = try glossaryOption.load()
        let workflow = try SetuCLI.run { try TermSpottingWorkflow(termbase: termbase, suggestions: !noSuggestions) }
        let output = OutputWriter.standardOutput
        let highlight = output.isTerminal
        let outcomes: [FileOutcome]
        switch format {
        case .jsonl: outcomes = workflow.run(files, render: Self.json) { output.line($0) }
        case .table: outcomes = workflow.run(files) { Self.table($0, highlight: highlight, output) }
        }
        output.flush()
        try FileOutcomes.report(outcomes, emptyNote: "no segments")
    }

    static func json(_ result: TermSpottingWorkflow.Result) -> String {
        let segment = result.segment
        var json = JSONLine(placing: segment)
        json.add("text", segment.text)
        json.addArray("terms", result.terms) { term, match in
            let span = segment.inputRange(ofTextRange: match.start..<match.end)
            term.add("start", span.lowerBound)
            term.add("end", span.upperBound)
            term.add("surface", match.surface)
            term.add("entry", match.entryID)
            term.add("english", match.english)
            term.add("kind", match.kind.rawValue)
            if let rule = match.rule { term.add("rule", rule) }
            if !match.folds.isEmpty { term.addStrings("folds", match.folds.foldNames) }
            term.add("confidence", match.confidence)
        }
        json.addArray("suggestions", result.suggestions) { item, suggestion in
            let span = segment.inputRange(ofTextRange: suggestion.start..<suggestion.end)
            item.add("start", span.lowerBound)
            item.add("end", span.upperBound)
            item.add("surface", suggestion.surface)
            item.add("romanization", suggestion.romanization)
            item.add("confidence", suggestion.confidence)
        }
        return json.rendered
    }

    static func table(_ result: TermSpottingWorkflow.Result, highlight: Bool, _ output: OutputWriter) {
        let segment = result.segment
        var text = TerminalText.safe(segment.text)
        if highlight && text == segment.text {
            var scalars = Array(segment.text.unicodeScalars)
            for match in result.terms.reversed() {
                scalars.insert(contentsOf: "\u{1B}[0m".unicodeScalars, at: match.end)
                scalars.insert(contentsOf: "\u{1B}[1;36m".unicodeScalars, at: match.start)
            }
            text = String(String.UnicodeScalarView(scalars))
        }
        output.line("\(TerminalText.safe(segment.document)):\(segment.line) [\(segment.index)] \(text)")
        for match in result.terms {
            let detail = [match.rule, match.folds.isEmpty ? nil : match.folds.description].compactMap { $0 }.joined(separator: "; ")
            output.line(TerminalText.safe(
                "    \(match.surface) → \(match.english)  \(match.kind.rawValue) \(JSONLine.decimal(match.confidence, places: 2))"
                    + (detail.isEmpty ? "" : "  (\(detail))")))
        }
        for suggestion in result.suggestions {
            output.line(TerminalText.safe("    ? \(suggestion.surface) → \(suggestion.romanization)  not in glossary"))
        }
    }
}
