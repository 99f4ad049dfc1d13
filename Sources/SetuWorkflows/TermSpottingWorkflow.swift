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

    let matcher: TermMatcher
    let spotter: NameSpotter?
    let segmenter: DocumentSegmenter

    /// - Parameter suggestions: also look for names the glossary lacks (`NameSpotter`); this costs far more
    ///   than matching the glossary, so bulk runs may leave it out.
    public init(termbase: Termbase, suggestions: Bool = true) throws(WorkflowError) {
        matcher = TermMatcher(termbase: termbase)
        spotter = suggestions ? NameSpotter() : nil
        do { segmenter = try DocumentSegmenter() } catch { throw .text(error) }
    }

    public func run(_ paths: [String], onResult: (Result) -> Void) -> [FileOutcome] {
        TextInputs.forEach(paths) { name, readable in
            try segmenter.segmentFile(at: readable, document: name) { segment in
                guard segment.kind != .nonTranslatable else { return }
                let terms = matcher.matches(in: segment.text)
                onResult(Result(segment: segment, terms: terms, suggestions: spotter?.suggestions(in: segment.text, excluding: terms) ?? []))
            }
        }
    }
}
