import ArgumentParser
import SetuCore
import SetuGlossary
import SetuText

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

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    @OptionGroup var glossaryOption: GlossaryOption

    @Option(help: "Output format: table (for people) or jsonl (one object per segment).")
    var format: Format = .table

    @Argument(help: "UTF-8 text files; `-` reads standard input.")
    var files: [String]

    func run() throws {
        let matcher = TermMatcher(termbase: try glossaryOption.load())
        let spotter = NameSpotter()
        let segmenter = try DocumentSegmenter()
        let output = OutputWriter.standardOutput
        let highlight = output.isTerminal
        var failed = false
        for path in files {
            do {
                if path != "-", try InputValidator.validateUTF8(at: path) == 0 {
                    reportError("\(path): empty file, no segments")
                    continue
                }
                try segmenter.segmentFile(at: path) { segment in
                    guard segment.kind != .nonTranslatable else { return }
                    let matches = matcher.matches(in: segment.text)
                    let suggestions = spotter.suggestions(in: segment.text, excluding: matches)
                    switch format {
                    case .jsonl: output.line(Self.json(segment, matches, suggestions))
                    case .table: Self.table(segment, matches, suggestions, highlight: highlight, output)
                    }
                }
            } catch {
                failed = true
                reportError(error.description)
            }
        }
        output.flush()
        if failed { throw ExitCode.failure }
    }

    static func json(_ segment: Segment, _ matches: [TermMatch], _ suggestions: [NameSpotter.Suggestion]) -> String {
        var json = JSONLine(placing: segment)
        json.add("text", segment.text)
        let terms = matches.map { match -> String in
            var term = JSONLine()
            term.add("start", segment.start + match.start)
            term.add("end", segment.start + match.end)
            term.add("surface", match.surface)
            term.add("entry", match.entryID)
            term.add("english", match.english)
            term.add("kind", match.kind.rawValue)
            if let rule = match.rule { term.add("rule", rule) }
            if !match.folds.isEmpty { term.addRaw("folds", "[" + match.folds.foldNames.map(JSONLine.quoted).joined(separator: ",") + "]") }
            term.add("confidence", match.confidence)
            return term.rendered
        }
        json.addRaw("terms", "[" + terms.joined(separator: ",") + "]")
        let proposed = suggestions.map { suggestion -> String in
            var item = JSONLine()
            item.add("start", segment.start + suggestion.start)
            item.add("end", segment.start + suggestion.end)
            item.add("surface", suggestion.surface)
            item.add("romanization", suggestion.romanization)
            item.add("confidence", suggestion.confidence)
            return item.rendered
        }
        json.addRaw("suggestions", "[" + proposed.joined(separator: ",") + "]")
        return json.rendered
    }

    static func table(
        _ segment: Segment, _ matches: [TermMatch], _ suggestions: [NameSpotter.Suggestion], highlight: Bool,
        _ output: OutputWriter
    ) {
        var text = segment.text
        if highlight {
            var scalars = Array(segment.text.unicodeScalars)
            for match in matches.reversed() {
                scalars.insert(contentsOf: "\u{1B}[0m".unicodeScalars, at: match.end)
                scalars.insert(contentsOf: "\u{1B}[1;36m".unicodeScalars, at: match.start)
            }
            text = String(String.UnicodeScalarView(scalars))
        }
        output.line("\(segment.document):\(segment.line) [\(segment.index)] \(text)")
        for match in matches {
            let detail = [match.rule, match.folds.isEmpty ? nil : match.folds.description].compactMap { $0 }.joined(separator: "; ")
            output.line(
                "    \(match.surface) → \(match.english)  \(match.kind.rawValue) \(String(format: "%.2f", match.confidence))"
                    + (detail.isEmpty ? "" : "  (\(detail))"))
        }
        for suggestion in suggestions {
            output.line("    ? \(suggestion.surface) → \(suggestion.romanization)  not in glossary")
        }
    }
}
