import ArgumentParser
import Foundation
import SetuCore
import SetuExchange
import SetuGlossary

extension GlossaryCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the glossary as TBX-Basic, interchange TSV or CSV.",
            discussion: """
                TBX uses the TBX-Basic 2008 element names (martif, termEntry, langSet, tig), which terminology tools import; Setu's entity type travels as a note and comes back on import. TSV and CSV have a header and three columns: english, hindi (variants separated by " | "), type.

                Examples:
                  setu glossary export --tbx core.tbx
                  setu glossary export --glossary glossaries/core.tsv --csv core.csv
                """
        )

        @OptionGroup var glossaryOption: GlossaryOption
        @Option(help: "Write TBX-Basic to this file.") var tbx: String?
        @Option(help: "Write interchange TSV to this file.") var tsv: String?
        @Option(help: "Write CSV to this file.") var csv: String?

        func validate() throws {
            if [tbx, tsv, csv].compactMap({ $0 }).isEmpty { throw ValidationError("give --tbx, --tsv or --csv") }
        }

        func run() throws {
            let entries = try glossaryOption.load().entries
            var outputs: [(String, String)] = []
            if let tbx { outputs.append((tbx, TBXWriter.document(entries))) }
            if let tsv { outputs.append((tsv, Self.table(entries, separator: "\t"))) }
            if let csv { outputs.append((csv, Self.table(entries, separator: ","))) }
            for (path, text) in outputs {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                    OutputWriter.standardError.line("setu: \(path): \(entries.count) entries")
                } catch {
                    reportError("\(path): cannot write: \(error.localizedDescription)")
                    throw ExitCode.failure
                }
            }
        }

        /// The interchange table: english, hindi variants joined by ` | `, type. CSV fields are quoted per RFC 4180.
        static func table(_ entries: [TermEntry], separator: String) -> String {
            func field(_ value: String) -> String {
                if separator == "," {
                    return value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                        ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
                }
                return value.replacingOccurrences(of: "\t", with: " ")
            }
            var lines = [["english", "hindi", "type"].joined(separator: separator)]
            for entry in entries {
                lines.append([field(entry.preferredEnglish), field(entry.hindi.joined(separator: " | ")), entry.type.rawValue].joined(separator: separator))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a TBX-Basic glossary (2008 or 2019 element names) to Setu's glossary format.",
            discussion: """
                The result is checked like `setu glossary check` before it is written; nothing is written if it has errors.

                Example:
                  setu glossary import --out glossaries/client.tsv client-termbase.tbx
                """
        )

        @Option(help: "The glossary file to write (default: glossaries/NAME.tsv).") var out: String?
        @Argument(help: "The TBX file.") var file: String

        func run() throws {
            let entries: [TermEntry]
            do { entries = try TBXReader.read(path: file) } catch {
                reportError("\(error.description); nothing written")
                throw ExitCode.failure
            }
            let target = out ?? "glossaries/" + URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".tsv"
            let text = GlossaryWriter.write(entries, comments: ["Imported from \(URL(fileURLWithPath: file).lastPathComponent) by `setu glossary import`."])
            try GlossaryFileWriter.write(text, to: target, describing: file, entries: entries.count)
        }
    }
}
