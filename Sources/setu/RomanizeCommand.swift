import ArgumentParser
import Foundation
import SetuWorkflows

struct RomanizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "romanize",
        abstract: "Write Hindi words and names the way English-language Indian media spell them.",
        discussion: """
            Schwa deletion (रणधीर → Randhir), the vowel kept after a final cluster (कृष्ण → Krishna), anusvara as the matching nasal (गांधी → Gandhi, सिंह → Singh), nukta letters (ज़ → z, फ़ → f), acronyms spelled with letter names (एससीओ → SCO), countries, languages and cities from CLDR (रूस → Russia, मॉस्को → Moscow), and English loanwords and foreign names back to their English spelling (कंप्यूटर → computer, स्कूल → school). One result per input line.

            Examples:
              setu romanize रणधीर जायसवाल
              setu romanize --format jsonl - < names.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Option(help: "Output format: text (one romanization per line) or jsonl (text, romanization, alternatives, methods).")
    var format: Format = .text

    @Option(help: "A glossary whose English forms are preferred spellings (file or folder).")
    var glossary: String?

    @Argument(help: "Words to romanize (together, one line); `-` reads one line per input line from standard input.")
    var words: [String]

    func run() throws {
        var extraWords: [String] = []
        if let glossary {
            extraWords = try SetuCLI.run { try GlossaryFiles.load(glossary) }.entries.flatMap(\.english)
        }
        let workflow = RomanizationWorkflow(extraWords: extraWords)
        let lines = words == ["-"] ? try SetuCLI.run { try RomanizationWorkflow.lines(of: "-") } : [words.joined(separator: " ")]
        let output = OutputWriter.standardOutput
        for line in lines {
            let result = workflow.romanize(line.trimmingCharacters(in: .whitespaces))
            switch format {
            case .text:
                output.line(TerminalText.safe(result.romanization))
            case .jsonl:
                var json = JSONLine()
                json.add("text", result.text)
                json.add("romanization", result.romanization)
                json.addStrings("alternatives", result.alternatives)
                json.addStrings("methods", result.methods)
                output.line(json.rendered)
            }
        }
        output.flush()
    }
}
