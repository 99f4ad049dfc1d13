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
        TextInputs.forEach(paths) { name, readable in
            try segmenter.segmentFile(at: readable, document: name, onNote: onNote, onSegment: onSegment)
        }
    }
}
