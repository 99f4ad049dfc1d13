import Foundation
import SetuCore
import SetuText

/// `setu segment`: splits files (or standard input) into segments, streaming them in document order.
public struct SegmentationWorkflow {
    let segmenter: DocumentSegmenter

    public init(options: SegmentationOptions = SegmentationOptions()) throws(WorkflowError) {
        do { segmenter = try DocumentSegmenter(options: options) } catch { throw .text(error) }
    }

    /// Segments each file in turn. A file that cannot be read whole delivers nothing and is reported in
    /// its outcome; the other files are still segmented.
    /// - Parameters:
    ///   - onNote: what the cleaner removed or reclassified (`--explain`).
    ///   - onSegment: each segment, as soon as it is found.
    public func run(
        _ paths: [String], onNote: ((CleaningNote) -> Void)? = nil, onSegment: (Segment) -> Void
    ) -> [FileOutcome] {
        TextInputs.forEachStreaming(paths) { name, readable, gate in
            // Nothing of a file goes out before its whole-file check passed (`TextInputs.forEachStreaming`).
            var allowed: Bool?
            func allows() -> Bool {
                if allowed == nil { allowed = gate.allowsDelivery() }
                return allowed ?? false
            }
            return try segmentFile(
                readable, document: name, onNote: onNote.map { note in { if allows() { note($0) } } },
                onSegment: { if allows() { onSegment($0) } })
        }
    }

    /// Segments one file. A large file (`pipelineMinimumBytes` or more) is segmented on a second thread
    /// while `onSegment` (the caller's matching, formatting and writing) runs on the calling thread, in
    /// document order; the segments are the same as a single loop's. Small files, and runs that report
    /// notes, stay on one thread.
    func segmentFile(
        _ path: String, document: String, onNote: ((CleaningNote) -> Void)? = nil, onSegment: (Segment) -> Void
    ) throws -> DocumentSummary {
        guard onNote == nil, (InputFiles.size(path) ?? 0) >= Self.pipelineMinimumBytes else {
            return try segmenter.segmentFile(at: path, document: document, onNote: onNote, onSegment: onSegment)
        }
        return try segmentOnSecondThread(path, document: document, onSegment: onSegment)
    }

    /// Files smaller than this are not worth a thread and a segmenter of their own.
    static let pipelineMinimumBytes = 256 << 10

    private func segmentOnSecondThread(_ path: String, document: String, onSegment: (Segment) -> Void) throws -> DocumentSummary {
        let options = segmenter.options
        let result = SummaryBox()
        try Handoff.run(batchSize: 256, produce: { emit in
            // ICU's break iterators are not shared between threads: the second thread has a segmenter of its own.
            let segmenter = try DocumentSegmenter(options: options)
            var stopped: (any Error)?
            let summary = try segmenter.segmentFile(at: path, document: document) { segment in
                guard stopped == nil else { return }
                do { try emit(segment) } catch { stopped = error }
            }
            if let stopped { throw stopped }
            result.set(summary)
        }, consume: onSegment)
        // Handoff returns only after the producer finished without an error, so the summary is there.
        guard let summary = result.get() else { throw WorkflowError.input("\(document): segmentation stopped early") }
        return summary
    }

    /// The producer's summary, handed to the calling thread.
    private final class SummaryBox: @unchecked Sendable {
        private let lock = NSLock()
        private var summary: DocumentSummary?
        func set(_ value: DocumentSummary) { lock.withLock { summary = value } }
        func get() -> DocumentSummary? { lock.withLock { summary } }
    }
}
