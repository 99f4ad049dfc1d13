import ArgumentParser
import Foundation
import SetuCore
import SetuGlossary
import SetuMemory
import SetuText

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
        let files = try InputFiles.expand(paths)
        guard !files.isEmpty else { throw ValidationError("no .txt or .md files under \(paths.joined(separator: " "))") }
        let termbase = try glossaryOption.loadIfAvailable()
        let memory = try memoryOption.open()
        let preparer = DocumentPreparer(termbase: termbase)
        let segmenter = try DocumentSegmenter()
        if let termbase {
            do { try memory.storeGlossary(termbase.entries) } catch {
                reportError("\(error)")
                throw ExitCode.failure
            }
        }
        let progress = ProgressLine(total: files.count)
        var totals = (added: 0, replaced: 0, unchanged: 0, failed: 0, segments: 0, units: 0, terms: 0)
        for (number, path) in files.enumerated() {
            progress.show(number, path)
            do {
                let receipt = try ingest(path, memory: memory, segmenter: segmenter, preparer: preparer)
                switch receipt.status {
                case .added: totals.added += 1
                case .replaced: totals.replaced += 1
                case .unchanged: totals.unchanged += 1
                }
                totals.segments += receipt.segments
                totals.units += receipt.units
                totals.terms += receipt.terms
            } catch {
                progress.clear()
                totals.failed += 1
                reportError("\(error)")
            }
        }
        progress.clear()
        let output = OutputWriter.standardOutput
        output.line(
            "\(memory.path): \(files.count - totals.failed) documents (\(totals.added) added, \(totals.replaced) replaced, "
                + "\(totals.unchanged) unchanged), \(totals.segments) segments, \(totals.units) new units, "
                + "\(totals.terms) term hits" + (totals.failed > 0 ? "; \(totals.failed) failed, nothing stored from them" : ""))
        output.flush()
        if totals.failed > 0 { throw ExitCode.failure }
    }

    private func ingest(
        _ path: String, memory: TranslationMemory, segmenter: DocumentSegmenter, preparer: DocumentPreparer
    ) throws -> DocumentReceipt {
        let size = try InputValidator.validateUTF8(at: path)
        if size == 0 { throw SetuTextError.unreadable(path: path, reason: "empty file, nothing to ingest") }
        let key = InputFiles.documentKey(path)
        let descriptor = DocumentDescriptor(
            path: key, contentHash: try FileFingerprint.of(path: path), title: nil, language: .hindi)
        return try memory.storeDocument(descriptor) { sink in
            var failure: (any Error)?
            var titled = false
            try segmenter.segmentFile(at: path, document: path) { segment in
                guard failure == nil else { return }
                do {
                    if !titled, segment.kind == .headline || segment.kind == .sentence {
                        try sink.setTitle(segment.text)
                        titled = true
                    }
                    try sink.add(segment, language: DocumentPreparer.language(of: segment), terms: preparer.terms(in: segment))
                    if let unit = preparer.inlineUnit(in: segment, document: key) { try sink.add(unit) }
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        }
    }
}

/// A one-line progress display on stderr, shown only when stderr is a terminal.
final class ProgressLine {
    private let total: Int
    private let enabled = isatty(2) != 0

    init(total: Int) {
        self.total = total
    }

    func show(_ index: Int, _ label: String) {
        guard enabled, total > 1 else { return }
        OutputWriter.standardError.write("\r\u{1B}[K[\(index + 1)/\(total)] \(label)")
        OutputWriter.standardError.flush()
    }

    func clear() {
        guard enabled, total > 1 else { return }
        OutputWriter.standardError.write("\r\u{1B}[K")
        OutputWriter.standardError.flush()
    }
}
