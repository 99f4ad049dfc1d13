import ArgumentParser
import Foundation
import SetuMemory

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the translation memory holds.",
        discussion: """
            Example:
              setu stats --db news.sqlite
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    @OptionGroup var memoryOption: MemoryOption

    @Option(help: "Output format: table or jsonl.")
    var format: Format = .table

    func run() throws {
        let memory = try memoryOption.open(mustExist: true)
        let statistics: MemoryStatistics
        do { statistics = try memory.statistics() } catch {
            reportError(error.description)
            throw ExitCode.failure
        }
        let output = OutputWriter.standardOutput
        switch format {
        case .jsonl:
            var json = JSONLine()
            json.add("db", memory.path)
            json.add("documents", statistics.documents)
            json.add("segments", statistics.segments)
            json.addRaw("segments_by_language", Self.object(statistics.segmentsByLanguage))
            json.add("units", statistics.units)
            json.addRaw("units_by_origin", Self.object(statistics.unitsByOrigin))
            json.add("term_occurrences", statistics.termOccurrences)
            json.add("glossary_entries", statistics.glossaryEntries)
            json.add("imports", statistics.imports)
            json.add("bytes", Int(statistics.bytes))
            output.line(json.rendered)
        case .table:
            output.line("translation memory  \(memory.path)")
            output.line("documents           \(statistics.documents)")
            output.line("segments            \(statistics.segments)  " + Self.breakdown(statistics.segmentsByLanguage))
            output.line("units               \(statistics.units)  " + Self.breakdown(statistics.unitsByOrigin))
            output.line("term occurrences    \(statistics.termOccurrences)")
            output.line("glossary entries    \(statistics.glossaryEntries)")
            output.line("imports             \(statistics.imports)")
            output.line("size on disk        " + ByteCountFormatter.string(fromByteCount: statistics.bytes, countStyle: .file))
        }
        output.flush()
    }

    static func breakdown(_ counts: [String: Int]) -> String {
        counts.isEmpty ? "" : "(" + counts.keys.sorted().map { "\($0): \(counts[$0]!)" }.joined(separator: ", ") + ")"
    }

    static func object(_ counts: [String: Int]) -> String {
        "{" + counts.keys.sorted().map { "\(JSONLine.quoted($0)):\(counts[$0]!)" }.joined(separator: ",") + "}"
    }
}
