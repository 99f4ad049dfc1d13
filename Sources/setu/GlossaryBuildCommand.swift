import ArgumentParser
import Foundation
import SetuCore
import SetuGlossary
import SetuWorkflows

extension GlossaryCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose glossary entries from a Hindi corpus, with English from evidence.",
            discussion: """
                Candidates are noun phrases (no postposition, auxiliary, verb, conjunction or pronoun inside or at an edge), reduced to their base form (भारतीय नागरिकों → भारतीय नागरिक) with the spellings seen kept as variants, and ranked by termhood (C-value) and spread. Names need evidence, shown as reasons: CLDR exonyms, a Latin mention in the corpus, an acronym, an abbreviation in brackets, a title before it, person or place context (… ने कहा, … जिले में), a name's head noun (… आयोग), words rare in general Hindi.

                English comes from the strongest evidence, shown as `evidence`: an existing glossary entry (a new spelling of it), the gazetteer (CLDR exonyms and Indian states and cities), a Latin mention, the aligned English (with --english or --db), Setu's vocabulary of Indian news and official terms composed word by word (भारत निर्वाचन आयोग → Election Commission of India; a draft, its glosses in the note), and for names only the romanizer. A common noun without evidence gets no English and the status needs-translation.

                Known glossary terms are listed with their counts, spellings and an example. --out writes the candidates as a glossary file (.tsv, .csv or .tbx, status proposed or needs-translation); it is written only if it reads back without errors.

                Examples:
                  setu glossary build seeds/
                  setu glossary build --no-glossary --out proposed.tsv corpus/
                  setu glossary build news/*.hi.txt --english news/*.en.txt --format jsonl
                  setu glossary build --db memory.sqlite --out mined.tbx
                """
        )

        @OptionGroup var glossaryOption: GlossaryOption

        @Flag(help: "Start from an empty glossary (propose every term, known or not).")
        var noGlossary = false

        @Option(help: "Occurrences a term needs when it has no name evidence.")
        var minCount = 1

        @Option(help: "Longest candidate, in words.")
        var maxWords = 5

        @Option(parsing: .upToNextOption, help: "English translations of the Hindi files, in the same order (bilingual mode).")
        var english: [String] = []

        @Option(help: "Also mine the Hindi–English units of this translation memory.")
        var db: String?

        @Option(help: "Write the candidates as a glossary file (.tsv, .csv or .tbx).")
        var out: String?

        @Flag(help: "Replace an existing --out file.")
        var force = false

        @Option(help: "Output format: table or jsonl.")
        var format: DataFormat = .table

        @Flag(help: ArgumentHelp("List every phrase considered with its features (for tuning).", visibility: .hidden))
        var explain = false

        @Argument(help: "Hindi corpus files or folders of .txt and .md files.")
        var paths: [String] = []

        func validate() throws {
            if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
            if !(1...8).contains(maxWords) { throw ValidationError("--max-words must be between 1 and 8") }
            if paths.isEmpty && db == nil { throw ValidationError("give Hindi files or folders, or --db MEMORY") }
            if !english.isEmpty && paths.isEmpty { throw ValidationError("--english needs the Hindi files they translate") }
        }

        func run() throws {
            let termbase = noGlossary ? Termbase(entries: []) : try glossaryOption.load()
            var options = GlossaryBuildWorkflow.Options(minimumCount: minCount, maximumWords: maxWords, englishPaths: english, memoryPath: db)
            options.explain = explain
            let report = try SetuCLI.run { try GlossaryBuildWorkflow(termbase: termbase).run(paths, options: options) }
            // Nothing was read (every file failed or was empty, and no memory): the errors are the whole answer,
            // not an empty table or an empty glossary file.
            let read = db != nil || report.files.contains { if case .done = $0 { return true } else { return false } }
            guard read else {
                // Only empty files: nothing to build from is an error too, not an empty success.
                try FileOutcomes.report(report.files, emptyNote: "nothing read")
                throw ExitCode.failure
            }
            let output = OutputWriter.standardOutput
            for line in report.explanation { output.line(TerminalText.safe(line)) }
            switch format {
            case .table: Self.printTable(report, to: output)
            case .jsonl: Self.printJSON(report, to: output)
            }
            output.flush()
            if let out {
                let format: GlossaryFiles.Format = out.hasSuffix(".tbx") ? .tbx : out.hasSuffix(".csv") ? .csv : .setu
                let comments = [
                    "Candidate entries proposed by `setu glossary build` from \((paths + (db.map { [$0] } ?? [])).joined(separator: " ")).",
                    "Review each line: correct the English, fill in needs-translation entries, then merge into a curated glossary.",
                ]
                let written = try SetuCLI.run {
                    try GlossaryFiles.write(report.proposedEntries, to: out, as: format, comments: comments, overwrite: force)
                }
                OutputWriter.standardError.line("setu: \(written.path): \(written.entries) proposed entries")
            }
            try FileOutcomes.report(report.files, emptyNote: "nothing read")
        }

        static func printTable(_ report: GlossaryBuildWorkflow.Report, to output: OutputWriter) {
            if !report.knownTerms.isEmpty {
                output.line("Known terms")
                for term in report.knownTerms {
                    let spellings = term.surfaces.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                    output.line(TerminalText.safe("  \(term.count)\t\(term.entry.preferredEnglish)\t\(spellings)"))
                }
            }
            output.line("Candidates (count, documents, Hindi → English, type, evidence, reasons)")
            for candidate in report.candidates {
                let english = candidate.english.isEmpty ? "?" : candidate.english
                let flag = candidate.existingEntry.map { "  (new spelling of \($0)?)" } ?? ""
                output.line(TerminalText.safe(
                    "  \(candidate.count)\t\(candidate.documents)\t\(candidate.hindi) → \(english)\t\(candidate.type.rawValue)\t\(candidate.evidence.rawValue)\t\(candidate.reasons.map(\.rawValue).joined(separator: ","))\(flag)"))
            }
            if report.alignedPairs > 0 { output.line("English mined from \(report.alignedPairs) aligned segment pairs") }
        }

        static func printJSON(_ report: GlossaryBuildWorkflow.Report, to output: OutputWriter) {
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
                json.add("hindi", candidate.hindi)
                json.addStrings("variants", candidate.variants)
                json.add("english", candidate.english)
                json.add("status", candidate.entry.status.rawValue)
                json.add("type", candidate.type.rawValue)
                json.add("evidence", candidate.evidence.rawValue)
                if !candidate.evidenceNote.isEmpty { json.add("evidence_note", candidate.evidenceNote) }
                json.addStrings("reasons", candidate.reasons.map(\.rawValue))
                json.add("count", candidate.count)
                json.add("documents", candidate.documents)
                json.add("termhood", (candidate.termhood * 100).rounded() / 100)
                if let existing = candidate.existingEntry { json.add("existing_entry", existing) }
                json.add("example", candidate.example)
                output.line(json.rendered)
            }
        }
    }
}
