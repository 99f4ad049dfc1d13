import Foundation
import SetuCore
import SetuGlossary
import SetuText

/// `setu terms`: the glossary terms of every translatable segment, and name-like spans the glossary
/// lacks, streamed in document order.
public struct TermSpottingWorkflow {
    /// One segment with its terms and suggestions. Spans are code points into the segment text;
    /// `segment.inputRange(ofTextRange:)` gives their place in the file (markup removed from inside the
    /// segment included).
    public struct Result: Sendable {
        public var segment: Segment
        public var terms: [TermMatch]
        public var suggestions: [NameSpotter.Suggestion]
    }

    /// Built (or read from the glossary cache) on a thread of its own while the first file is checked and
    /// segmented; the first batch to match waits for it.
    let matcher: BackgroundValue<TermMatcher>
    let spotter: NameSpotter?
    let segmentation: SegmentationWorkflow

    /// - Parameter suggestions: also look for names the glossary lacks (`NameSpotter`); this costs far more
    ///   than matching the glossary, so bulk runs may leave it out.
    public init(termbase: Termbase, suggestions: Bool = true) throws(WorkflowError) {
        matcher = BackgroundValue { GlossaryCache.shared.matcher(for: termbase) }
        spotter = suggestions ? NameSpotter() : nil
        segmentation = try SegmentationWorkflow()
    }

    /// Segments are matched in batches on every core (matching and name spotting read shared, immutable
    /// tables) while a large file's next segments are found on a second thread; results are delivered in
    /// document order, the same as one loop's.
    public func run(_ paths: [String], onResult: (Result) -> Void) -> [FileOutcome] {
        run(paths, render: { $0 }, onResult: onResult)
    }

    /// Like `run(_:onResult:)`, with each result turned into its output (`render`, e.g. a JSON line) on the
    /// core that matched it, so formatting does not wait for the thread that delivers results in order.
    public func run<Rendered: Sendable>(
        _ paths: [String], render: @escaping @Sendable (Result) -> Rendered, onResult: (Rendered) -> Void
    ) -> [FileOutcome] {
        TextInputs.forEachStreaming(paths) { name, readable, gate in
            var batch: [Segment] = []
            // Nothing of a file is matched or delivered before its whole-file check passed.
            var allowed: Bool?
            func allows() -> Bool {
                if allowed == nil { allowed = gate.allowsDelivery() }
                return allowed ?? false
            }
            let summary = try segmentation.segmentFile(readable, document: name) { segment in
                guard segment.kind != .nonTranslatable else { return }
                batch.append(segment)
                if batch.count == Self.batchSize {
                    if allows() { deliver(batch, render, onResult) }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if allows() { deliver(batch, render, onResult) }
            return summary
        }
    }

    static let batchSize = 512
    var workers = DocumentMatcher.defaultWorkers

    private func deliver<Rendered: Sendable>(
        _ batch: [Segment], _ render: @Sendable (Result) -> Rendered, _ onResult: (Rendered) -> Void
    ) {
        guard !batch.isEmpty else { return }
        let results = ResultSlots<Rendered>(count: batch.count)
        let workers = min(self.workers, batch.count)
        let matcher = matcher.value
        let spotter = spotter
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: batch.count, by: workers) {
                let segment = batch[index]
                let terms = matcher.matches(in: segment.text)
                results.set(index, render(Result(
                    segment: segment, terms: terms, suggestions: spotter?.suggestions(in: segment.text, excluding: terms) ?? [])))
            }
        }
        for result in results.values { if let result { onResult(result) } }
    }
}

