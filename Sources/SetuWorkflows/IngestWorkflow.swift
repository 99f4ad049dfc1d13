import SetuCore
import SetuGlossary
import SetuMemory
import SetuText

/// `setu ingest`: segments documents, finds their glossary terms and inline translations, and stores them
/// in the translation memory, one transaction per document.
public final class IngestWorkflow {
    /// What became of one document.
    public struct DocumentResult: Sendable {
        public enum Status: Sendable, Equatable {
            case added, replaced, unchanged
            case failed(WorkflowError)
        }
        public var path: String
        public var status: Status
        public var segments = 0
        public var units = 0
        public var terms = 0
    }

    /// The totals of one run.
    public struct Report: Sendable {
        public var memoryPath: String
        public var documents: [DocumentResult] = []
        /// Glossary entries stored for later term lookups (nil: no glossary given, the stored one kept).
        public var glossaryEntries: Int?

        public func count(_ status: DocumentResult.Status) -> Int { documents.filter { $0.status == status }.count }
        public var failed: [DocumentResult] {
            documents.filter { if case .failed = $0.status { return true } else { return false } }
        }
        public var segments: Int { documents.reduce(0) { $0 + $1.segments } }
        public var units: Int { documents.reduce(0) { $0 + $1.units } }
        public var terms: Int { documents.reduce(0) { $0 + $1.terms } }
    }

    let memory: TranslationMemory
    let termbase: Termbase?
    let preparer: DocumentPreparer
    let segmenter: DocumentSegmenter

    /// - Parameter termbase: the glossary whose terms are recorded; it replaces the stored glossary. Nil
    ///   records no terms and keeps the stored glossary.
    public init(memory: TranslationMemory, termbase: Termbase?) throws(WorkflowError) {
        self.memory = memory
        self.termbase = termbase
        preparer = DocumentPreparer(termbase: termbase)
        do { segmenter = try DocumentSegmenter() } catch { throw .text(error) }
    }

    /// Ingests files, or the `.txt` and `.md` files of folders. A document that fails (invalid UTF-8, say)
    /// leaves the memory as it was and is reported; the others are stored. An unchanged file is skipped, a
    /// changed one replaces its earlier version.
    /// - Parameter progress: (documents done, documents in all, current path), before each document.
    /// - Throws: `WorkflowError.input` when the paths hold no text file; `.memory` when the glossary
    ///   cannot be stored.
    public func run(_ paths: [String], progress: ((Int, Int, String) -> Void)? = nil) throws(WorkflowError) -> Report {
        let files = InputFiles.expand(paths)
        guard !files.isEmpty else { throw .input("no .txt or .md files under \(paths.joined(separator: " "))") }
        var report = Report(memoryPath: memory.path)
        if let termbase {
            try workflow { try memory.storeGlossary(termbase.entries) }
            report.glossaryEntries = termbase.entries.count
        }
        for (number, path) in files.enumerated() {
            progress?(number, files.count, path)
            do {
                let receipt = try ingest(path)
                let status: DocumentResult.Status =
                    switch receipt.status {
                    case .added: .added
                    case .replaced: .replaced
                    case .unchanged: .unchanged
                    }
                report.documents.append(DocumentResult(
                    path: path, status: status, segments: receipt.segments, units: receipt.units, terms: receipt.terms))
            } catch {
                report.documents.append(DocumentResult(path: path, status: .failed(WorkflowError.wrap(error))))
            }
        }
        return report
    }

    /// Stores one document. Segmentation, term matching and key derivation run on a second thread (a
    /// segmenter of its own, as ICU's break iterators are not shared); the store writes here, segment by
    /// segment in document order, so the result is the same as a single loop's.
    private func ingest(_ path: String) throws -> DocumentReceipt {
        if InputFiles.size(path) == 0 { throw WorkflowError.input("\(path): empty file, nothing to ingest") }
        let key = InputFiles.documentKey(path)
        let descriptor = DocumentDescriptor(path: key, contentHash: try FileFingerprint.of(path: path), language: .hindi)
        let preparer = preparer
        let options = segmenter.options
        let bulk = (InputFiles.size(path) ?? 0) >= SetuDefaults.bulkWriteBytes
        return try memory.storeDocument(descriptor, bulk: bulk) { sink in
            var titled = false
            try Handoff.run(produce: { emit in
                let segmenter = try DocumentSegmenter(options: options)
                let preparer = preparer.ready
                var failure: (any Error)?
                try segmenter.segmentFile(at: path, document: path) { segment in
                    guard failure == nil else { return }
                    do {
                        var inline: PreparedUnit?
                        if let unit = preparer.inlineUnit(in: segment, document: key) {
                            inline = try PreparedUnit(unit, sourceTerms: preparer.terms(inText: unit.source.text))
                        }
                        try emit(IngestItem(
                            segment: segment, text: PreparedText(segment.text, language: DocumentPreparer.language(of: segment)),
                            terms: preparer.terms(in: segment), inline: inline))
                    } catch {
                        failure = error
                    }
                }
                if let failure { throw failure }
            }, consume: { item in
                if !titled, item.segment.kind == .headline || item.segment.kind == .sentence {
                    try sink.setTitle(item.segment.text)
                    titled = true
                }
                try sink.add(item.segment, prepared: item.text, terms: item.terms)
                if let inline = item.inline { try sink.add(inline) }
            })
        }
    }

    /// A segment on its way to the store, with its keys, terms and the inline translation found on it.
    private struct IngestItem: Sendable {
        var segment: Segment
        var text: PreparedText
        var terms: [TermOccurrence]
        var inline: PreparedUnit?
    }
}
