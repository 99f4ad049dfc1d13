import SetuCore
import SetuGlossary
import SetuText

/// `setu glossary build`: counts a glossary's terms in a corpus and proposes new ones.
public struct GlossaryBuildWorkflow {
    public struct Report: Sendable {
        public var knownTerms: [GlossaryBuilder.KnownTerm]
        public var candidates: [GlossaryBuilder.Candidate]
        public var files: [FileOutcome]
        /// The candidates as glossary entries for review.
        public var proposedEntries: [TermEntry]
    }

    let termbase: Termbase

    public init(termbase: Termbase) {
        self.termbase = termbase
    }

    /// Reads the corpus (files, or folders of `.txt` and `.md` files); a file that cannot be read is
    /// reported in `files` and contributes nothing.
    public func run(_ paths: [String], minimumCount: Int) throws(WorkflowError) -> Report {
        let builder = GlossaryBuilder(matcher: TermMatcher(termbase: termbase))
        let segmenter: DocumentSegmenter
        do { segmenter = try DocumentSegmenter() } catch { throw .text(error) }
        let files = TextInputs.forEach(InputFiles.expand(paths)) { name, readable in
            var texts: [String] = []
            let summary = try segmenter.segmentFile(at: readable, document: name) { segment in
                if segment.kind != .nonTranslatable && segment.repeatOf == nil { texts.append(segment.text) }
            }
            for text in texts { builder.add(text) }
            return summary
        }
        return Report(
            knownTerms: builder.knownTerms, candidates: builder.candidates(minimumCount: minimumCount), files: files,
            proposedEntries: builder.proposedEntries(minimumCount: minimumCount))
    }
}
