import ArgumentParser
import SetuCore
import SetuGlossary
import SetuWorkflows

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check, look up, build, export and import the Hindi–English glossary.",
        subcommands: [Check.self, Lookup.self, Build.self, Export.self, Import.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report malformed lines, duplicate or conflicting spellings, empty fields and wrong scripts.",
            discussion: """
                Reads Setu's format, TSV and CSV tables with a header row (UTF-8 or UTF-16, any line ends) and TBX.

                Example:
                  setu glossary check glossaries/core.tsv
                """
        )

        @Argument(help: "Glossary file or folder of .tsv, .csv and .tbx files.")
        var path: String

        func run() throws {
            let (termbase, diagnostics) = try SetuCLI.run { try GlossaryFiles.read(path) }
            for diagnostic in diagnostics { OutputWriter.standardError.line(TerminalText.safe(diagnostic.description)) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            OutputWriter.standardOutput.line(
                "\(path): \(termbase.entries.count) entries, \(termbase.entries.reduce(0) { $0 + $1.hindi.count }) Hindi spellings, "
                    + "\(errors) errors, \(diagnostics.count - errors) warnings")
            OutputWriter.standardOutput.flush()
            if errors > 0 { throw ExitCode.failure }
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find glossary entries by English or Hindi form.",
            discussion: "Examples:\n  setu glossary lookup Astana\n  setu glossary lookup अस्ताना"
        )

        @OptionGroup var glossaryOption: GlossaryOption

        @Argument(help: "An English or Hindi term (any spelling variant).")
        var term: String

        func run() throws {
            let entries = try glossaryOption.load().lookup(term)
            let output = OutputWriter.standardOutput
            for entry in entries {
                output.line(TerminalText.safe("\(entry.preferredEnglish)\t\(entry.hindi.joined(separator: " | "))\t\(entry.type.rawValue)\t\(entry.id)"))
                if entry.english.count > 1 { output.line(TerminalText.safe("    also: \(entry.english.dropFirst().joined(separator: ", "))")) }
                if let note = entry.note { output.line(TerminalText.safe("    note: \(note)")) }
            }
            output.flush()
            if entries.isEmpty {
                reportError("no glossary entry for \"\(term)\"")
                throw ExitCode.failure
            }
        }
    }
}
