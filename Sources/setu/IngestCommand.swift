import ArgumentParser
import SetuWorkflows

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Segment documents, align their glossary terms and store them in the translation memory.",
        discussion: """
            Takes UTF-8 files, or folders of .txt and .md files. Each document is stored in one transaction: a file that fails leaves the memory as it was. Ingesting an unchanged file again adds nothing; a changed file replaces its earlier version. The glossary is stored too, so `setu lookup --term` needs no glossary later. Lines that carry a Hindi headline followed by its English rendering become low-confidence units of origin `inline`.

            Examples:
              setu ingest seeds/
              setu ingest --db news.sqlite --glossary glossaries/core.tsv articles/
            """
    )

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    func run() throws {
        let termbase = try glossaryOption.loadIfAvailable()
        let memory = try memoryOption.open()
        let progress = ProgressLine(label: "ingest")
        let workflow = try SetuCLI.run { try IngestWorkflow(memory: memory, termbase: termbase) }
        let report = try SetuCLI.run { try workflow.run(paths, progress: progress.show) }
        progress.clear()
        for document in report.failed {
            if case let .failed(error) = document.status { reportError(error.description + "; nothing stored from it") }
        }
        let stored = report.documents.count - report.failed.count
        let statuses = "\(report.count(.added)) added, \(report.count(.replaced)) replaced, \(report.count(.unchanged)) unchanged"
        var summary = "\(memory.path): \(stored) documents (\(statuses)), \(report.segments) segments, "
        summary += "\(report.units) new units, \(report.terms) term hits"
        if !report.failed.isEmpty { summary += "; \(report.failed.count) failed, nothing stored from them" }
        let output = OutputWriter.standardOutput
        output.line(summary)
        output.flush()
        if !report.failed.isEmpty { throw ExitCode.failure }
    }
}
