import ArgumentParser
import Foundation
import SetuCore
import SetuWorkflows

extension GlossaryCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the glossary as TBX-Basic, TSV or CSV.",
            discussion: """
                TBX uses the TBX-Basic 2008 element names (martif, termEntry, langSet, tig), which terminology tools import; Setu's entity type travels as a note and comes back on import. TSV and CSV have a header row (english, hindi, type, status, domain, note, id, ambiguous; alternatives joined with " | ", fields quoted per RFC 4180 when needed) and read back unchanged. Each file is written only if it reads back as the same entries; an existing file is replaced only with --force.

                Examples:
                  setu glossary export --tbx core.tbx
                  setu glossary export --glossary glossaries/core.tsv --csv core.csv
                """
        )

        @OptionGroup var glossaryOption: GlossaryOption
        @Option(help: "Write TBX-Basic to this file.") var tbx: String?
        @Option(help: "Write a TSV table to this file.") var tsv: String?
        @Option(help: "Write a CSV table to this file.") var csv: String?
        @Flag(help: "Replace existing files.") var force = false

        func validate() throws {
            if [tbx, tsv, csv].compactMap({ $0 }).isEmpty { throw ValidationError("give --tbx, --tsv or --csv") }
        }

        func run() throws {
            let entries = try glossaryOption.load().entries
            let outputs: [(String?, GlossaryFiles.Format)] = [(tbx, .tbx), (tsv, .tsv), (csv, .csv)]
            for case let (path?, format) in outputs {
                let report = try SetuCLI.run { try GlossaryFiles.write(entries, to: path, as: format, overwrite: force) }
                OutputWriter.standardError.line("setu: \(report.path): \(report.entries) entries (\(format.rawValue))")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a glossary (TBX, CSV or TSV) to Setu's glossary format.",
            discussion: """
                The result is checked like `setu glossary check` before it is written; nothing is written if it has errors. Without --out the file is glossaries/NAME.tsv; an existing file is never replaced without --force.

                Example:
                  setu glossary import --out glossaries/client.tsv client-termbase.tbx
                """
        )

        @Option(help: "The glossary file to write (default: glossaries/NAME.tsv).") var out: String?
        @Flag(help: "Replace an existing file.") var force = false
        @Argument(help: "The TBX, CSV or TSV file.") var file: String

        func run() throws {
            let termbase = try SetuCLI.run { try GlossaryFiles.load(file) }
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let target = out ?? "glossaries/\(name).tsv"
            let comments = ["Imported from \(URL(fileURLWithPath: file).lastPathComponent) by `setu glossary import`."]
            let report = try SetuCLI.run {
                try GlossaryFiles.write(termbase.entries, to: target, as: .setu, comments: comments, overwrite: force)
            }
            OutputWriter.standardError.line("setu: \(report.path): \(report.entries) entries from \(file)")
        }
    }
}
