import ArgumentParser
import SetuText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@main
struct Setu: ParsableCommand {
    static let version = "0.3.0"

    static let configuration = CommandConfiguration(
        commandName: "setu",
        abstract: "Setu: Hindi→English translation memory and bilingual alignment.",
        discussion: """
            Segment Hindi (Devanagari) news text into sentences, align it with a glossary and with English translations, and keep the result as a translation memory.

            Examples:
              setu ingest seeds/
              setu lookup --term Astana
              setu segment seeds/*.txt
            """,
        version: "\(Setu.version) (ICU \(icuVersion), Unicode \(unicodeVersion))",
        subcommands: [
            SegmentCommand.self, TermsCommand.self, GlossaryCommand.self, IngestCommand.self, AlignCommand.self,
            LookupCommand.self, AddCommand.self, StatsCommand.self, ExportCommand.self, ImportCommand.self,
            ValidateCommand.self, ReindexCommand.self, RomanizeCommand.self, AnalyzeCommand.self, PretranslateCommand.self,
        ]
    )

    static func main() {
        // A write beyond a file size limit (ulimit -f) fails with EFBIG and is reported, instead of the
        // signal killing the process with a partial file left behind.
        signal(SIGXFSZ, SIG_IGN)
        main(Array(ArgumentLists.compact(CommandLine.arguments).dropFirst()))
    }
}
