import ArgumentParser
import Foundation
import SetuCore
import SetuGlossary
import SetuWorkflows

extension GlossaryCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count known terms in a corpus and propose new ones with English forms.",
            discussion: """
                Known terms are listed with their counts, the spellings seen and one example. Candidate new terms are names after titles (विदेश मंत्री, प्रवक्ता, राष्ट्रपति …), runs of capitalized Latin words, and multi-word Devanagari n-grams that recur at least --min-count times and do not begin or end with a function word. Each gets a proposed English form: its romanization (schwa deletion, Hindi letter-name acronyms: एससीओ → SCO), or an existing entry's English form when the sound keys agree, in which case it is flagged as a new spelling of that entry. --out writes the candidates as a glossary file for review; it is written only if it reads back without errors.

                Examples:
                  setu glossary build seeds/
                  setu glossary build --min-count 3 --out proposed.tsv corpus/
                """
        )

        @OptionGroup var glossaryOption: GlossaryOption

        @Option(help: "Minimum occurrences of a repeated n-gram (names after titles need one fewer).")
        var minCount = 2

        @Option(help: "Write the candidates as a glossary file (.tsv, .csv or .tbx).")
        var out: String?

        @Flag(help: "Replace an existing --out file.")
        var force = false

        @Option(help: "Output format: table or jsonl.")
        var format: DataFormat = .table

        @Argument(help: "Corpus files or folders of .txt and .md files.")
        var paths: [String]

        func validate() throws {
            if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        }

        func run() throws {
            let termbase = try glossaryOption.load()
            let report = try SetuCLI.run { try GlossaryBuildWorkflow(termbase: termbase).run(paths, minimumCount: minCount) }
            let output = OutputWriter.standardOutput
            switch format {
            case .table:
                output.line("Known terms")
                for term in report.knownTerms {
                    let spellings = term.surfaces.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                    output.line(TerminalText.safe("  \(term.count)\t\(term.entry.preferredEnglish)\t\(spellings)"))
                }
                output.line("Candidates")
                for candidate in report.candidates {
                    let flag = candidate.existingEntry.map { "  (new spelling of \($0)?)" } ?? ""
                    output.line(TerminalText.safe(
                        "  \(candidate.count)\t\(candidate.surface) → \(candidate.english)\t\(candidate.type.rawValue)\t\(candidate.source.rawValue)\(flag)"))
                }
            case .jsonl:
                for term in report.knownTerms {
                    var json = JSONLine()
                    json.add("kind", "known")
                    json.add("entry", term.entry.id)
                    json.add("english", term.entry.preferredEnglish)
                    json.add("count", term.count)
                    json.add("example", term.example)
                    json.addCounts("spellings", term.surfaces)
                    output.line(json.rendered)
                }
                for candidate in report.candidates {
                    var json = JSONLine()
                    json.add("kind", "candidate")
                    json.add("surface", candidate.surface)
                    json.add("english", candidate.english)
                    json.add("type", candidate.type.rawValue)
                    json.add("source", candidate.source.rawValue)
                    json.add("count", candidate.count)
                    if let existing = candidate.existingEntry { json.add("existing_entry", existing) }
                    json.add("example", candidate.example)
                    output.line(json.rendered)
                }
            }
            output.flush()
            if let out {
                let format: GlossaryFiles.Format = out.hasSuffix(".tbx") ? .tbx : out.hasSuffix(".csv") ? .csv : .setu
                let comments = [
                    "Candidate entries proposed by `setu glossary build` from \(paths.joined(separator: " ")).",
                    "Review each line, correct the English, then merge it into a curated glossary.",
                ]
                let written = try SetuCLI.run {
                    try GlossaryFiles.write(report.proposedEntries, to: out, as: format, comments: comments, overwrite: force)
                }
                OutputWriter.standardError.line("setu: \(written.path): \(written.entries) entries from the corpus")
            }
            try FileOutcomes.report(report.files, emptyNote: "nothing read")
        }
    }
}
