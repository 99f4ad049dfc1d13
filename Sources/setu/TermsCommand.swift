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
        case .jsonl: outcomes = workflow.run(files, render: Self.json) { line in output.append { $0.append(contentsOf: line) } }
        case .table: outcomes = workflow.run(files) { Self.table($0, highlight: highlight, output) }
        }
        output.flush()
        try FileOutcomes.report(outcomes, emptyNote: "no segments")
    }

    /// One JSON line (newline included), formatted straight into bytes on the core that matched the segment:
    /// `doc`, `index`, `start`, `end`, `text`, then `terms` and `suggestions` with their spans in the file.
    static func json(_ result: TermSpottingWorkflow.Result) -> [UInt8] {
        let segment = result.segment
        var bytes: [UInt8] = []
        bytes.reserveCapacity(segment.text.utf8.count + segment.document.utf8.count + 96 + 160 * result.terms.count)
        bytes.append(contentsOf: #"{"doc":"#.utf8)
        JSONString.append(segment.document, to: &bytes)
        field("index", segment.index, &bytes)
        field("start", segment.start, &bytes)
        field("end", segment.end, &bytes)
        bytes.append(contentsOf: #","text":"#.utf8)
        JSONString.append(segment.text, to: &bytes)
        bytes.append(contentsOf: #","terms":["#.utf8)
        for (number, match) in result.terms.enumerated() {
            openObject(number, span: segment.inputRange(ofTextRange: match.start..<match.end), &bytes)
            field("surface", match.surface, &bytes)
            field("entry", match.entryID, &bytes)
            field("english", match.english, &bytes)
            field("kind", match.kind.rawValue, &bytes)
            if let rule = match.rule { field("rule", rule, &bytes) }
            if !match.folds.isEmpty {
                bytes.append(contentsOf: #","folds":["#.utf8)
                for (index, name) in match.folds.foldNames.enumerated() {
                    if index > 0 { bytes.append(0x2C) }
                    JSONString.append(name, to: &bytes)
                }
                bytes.append(0x5D)
            }
            field("confidence", match.confidence, &bytes)
            bytes.append(0x7D)
        }
        bytes.append(contentsOf: #"],"suggestions":["#.utf8)
        for (number, suggestion) in result.suggestions.enumerated() {
            openObject(number, span: segment.inputRange(ofTextRange: suggestion.start..<suggestion.end), &bytes)
            field("surface", suggestion.surface, &bytes)
            field("romanization", suggestion.romanization, &bytes)
            field("confidence", suggestion.confidence, &bytes)
            bytes.append(0x7D)
        }
        bytes.append(contentsOf: "]}\n".utf8)
        return bytes
    }

    /// Opens the `number`th object of an array with its span in the file: `{"start":…,"end":…`.
    private static func openObject(_ number: Int, span: Range<Int>, _ bytes: inout [UInt8]) {
        bytes.append(contentsOf: (number == 0 ? #"{"start":"# : #",{"start":"#).utf8)
        JSONLine.appendDecimal(span.lowerBound, to: &bytes)
        field("end", span.upperBound, &bytes)
    }

    /// `,"key":value` (keys are Setu's own names, never input).
    private static func field(_ key: String, _ value: Int, _ bytes: inout [UInt8]) {
        key.withFieldPrefix(&bytes)
        JSONLine.appendDecimal(value, to: &bytes)
    }

    private static func field(_ key: String, _ value: String, _ bytes: inout [UInt8]) {
        key.withFieldPrefix(&bytes)
        JSONString.append(value, to: &bytes)
    }

    private static func field(_ key: String, _ value: Double, _ bytes: inout [UInt8]) {
        key.withFieldPrefix(&bytes)
        bytes.append(contentsOf: JSONLine.number(value).utf8)
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

private extension String {
    /// Appends `,"self":` to JSON bytes.
    func withFieldPrefix(_ bytes: inout [UInt8]) {
        bytes.append(contentsOf: #",""#.utf8)
        bytes.append(contentsOf: utf8)
        bytes.append(contentsOf: #"":"#.utf8)
    }
}
