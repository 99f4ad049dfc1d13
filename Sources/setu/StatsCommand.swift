import ArgumentParser
import Foundation
import SetuMemory
import SetuWorkflows

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the translation memory holds.",
        discussion: """
            Opens the memory read-only.

            Example:
              setu stats --db news.sqlite
            """
    )

    @OptionGroup var memoryOption: MemoryOption

    @Option(help: "Output format: table or jsonl.")
    var format: DataFormat = .table

    func run() throws {
        let memory = try memoryOption.open(.readOnly)
        let statistics = try SetuCLI.run { try memory.statistics() }
        let output = OutputWriter.standardOutput
        switch format {
        case .jsonl:
            var json = JSONLine()
            json.add("db", memory.path)
            json.add("documents", statistics.documents)
            json.add("segments", statistics.segments)
            json.addCounts("segments_by_language", statistics.segmentsByLanguage)
            json.add("units", statistics.units)
            json.addCounts("units_by_origin", statistics.unitsByOrigin)
            json.add("term_occurrences", statistics.termOccurrences)
            json.add("glossary_entries", statistics.glossaryEntries)
            json.add("imports", statistics.imports)
            json.add("bytes", Int(statistics.bytes))
            output.line(json.rendered)
        case .table:
            func breakdown(_ counts: [String: Int]) -> String {
                counts.isEmpty ? "" : "(" + counts.keys.sorted().map { "\($0): \(counts[$0] ?? 0)" }.joined(separator: ", ") + ")"
            }
            output.line("translation memory  \(TerminalText.safe(memory.path))")
            output.line("documents           \(statistics.documents)")
            output.line("segments            \(statistics.segments)  " + breakdown(statistics.segmentsByLanguage))
            output.line("units               \(statistics.units)  " + breakdown(statistics.unitsByOrigin))
            output.line("term occurrences    \(statistics.termOccurrences)")
            output.line("glossary entries    \(statistics.glossaryEntries)")
            output.line("imports             \(statistics.imports)")
            output.line("size on disk        " + ByteCountFormatter.string(fromByteCount: statistics.bytes, countStyle: .file))
        }
        output.flush()
    }
}

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the memory's lookup indexes from the stored texts.",
        discussion: """
            Recomputes every key Setu derives from text (exact-match hashes, concordance keys, the fuzzy index) in one transaction and records the versions of the code that made them. Needed when a memory written by another Setu version is opened by a command that only reads; commands that write do it on their own.

            Example:
              setu reindex --db news.sqlite
            """
    )

    @OptionGroup var memoryOption: MemoryOption

    func run() throws {
        let memory = try memoryOption.open()
        let progress = ProgressLine(label: "reindex")
        let count = try SetuCLI.run { try memory.reindex(progress: progress.show) }
        progress.clear()
        OutputWriter.standardOutput.line("\(memory.path): \(count) segments reindexed")
        OutputWriter.standardOutput.flush()
    }
}
