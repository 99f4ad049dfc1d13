import SetuAlign
import SetuCore
import SetuGlossary
import SetuMemory
import SetuText

/// `setu align`: sentence alignment of a Hindi document with its English translation, and storing the
/// pairs as translation units of origin `aligned`.
public struct AlignmentWorkflow {
    /// One pair of the alignment with its texts.
    public struct Pair: Sendable {
        public var bead: AlignmentBead
        /// The Hindi segments of the pair, joined with a space ("" for `0-1`).
        public var hindi: String
        public var english: String
    }

    /// An alignment of two documents.
    public struct Result: Sendable {
        public var hindiPath: String
        public var englishPath: String
        /// The translatable segments of each document, in order (beads index into these).
        public var hindiSegments: [Segment]
        public var englishSegments: [Segment]
        public var beads: [AlignmentBead]

        public var pairs: [Pair] {
            beads.map { bead in
                Pair(
                    bead: bead, hindi: bead.hindi.map { hindiSegments[$0].text }.joined(separator: " "),
                    english: bead.english.map { englishSegments[$0].text }.joined(separator: " "))
            }
        }

        /// Beads by type (`1-1`, `2-1` …).
        public var typeCounts: [String: Int] { Dictionary(grouping: beads, by: \.type).mapValues(\.count) }
    }

    let preparer: DocumentPreparer
    let extractor: AnchorExtractor
    let aligner: SentenceAligner
    let termbase: Termbase?

    /// - Parameter termbase: glossary term pairs become anchors; nil aligns on numbers and names only.
    public init(termbase: Termbase?, parameters: AlignmentParameters = AlignmentParameters()) {
        self.termbase = termbase
        preparer = DocumentPreparer(termbase: termbase)
        extractor = AnchorExtractor(matcher: preparer.matcher)
        aligner = SentenceAligner(parameters: parameters)
    }

    /// Segments both documents (like `setu segment`, leaving out non-translatable and repeated lines) and
    /// aligns them.
    public func align(hindi: String, english: String) throws(WorkflowError) -> Result {
        let hindiSegments = try translatableSegments(of: hindi)
        let englishSegments = try translatableSegments(of: english)
        let beads = aligner.align(hindi: sentences(hindiSegments), english: sentences(englishSegments))
        return Result(hindiPath: hindi, englishPath: english, hindiSegments: hindiSegments, englishSegments: englishSegments, beads: beads)
    }

    /// Stores both documents and one unit per bead with two sides (`setu align` without `--dry-run`);
    /// aligning the same documents again replaces the earlier units.
    public func store(_ result: Result, in memory: TranslationMemory) throws(WorkflowError) -> AlignmentReceipt {
        try workflow {
            if let termbase { try memory.storeGlossary(termbase.entries) }
            func document(_ path: String, _ language: LanguageTag, _ segments: [Segment]) throws -> AlignedDocument {
                AlignedDocument(
                    descriptor: DocumentDescriptor(
                        path: InputFiles.documentKey(path), contentHash: try FileFingerprint.of(path: path), language: language),
                    segments: segments, terms: segments.map(preparer.terms(in:)))
            }
            return try memory.storeAlignment(
                hindi: try document(result.hindiPath, .hindi, result.hindiSegments),
                english: try document(result.englishPath, .english, result.englishSegments), beads: result.beads)
        }
    }

    func translatableSegments(of path: String) throws(WorkflowError) -> [Segment] {
        var segments: [Segment] = []
        let outcome = TextInputs.forEach([path]) { name, readable in
            try DocumentSegmenter().segmentFile(at: readable, document: name) { segment in
                if segment.kind != .nonTranslatable && segment.repeatOf == nil { segments.append(segment) }
            }
        }
        switch outcome.first {
        case .failed(_, let error): throw error
        case .empty: throw .input("\(path): empty file, nothing to align")
        default: return segments
        }
    }

    /// Sentences with their paragraph rank (one paragraph per source line) and anchors.
    func sentences(_ segments: [Segment]) -> [AlignmentSentence] {
        var paragraph = -1
        var lastLine = -1
        return segments.map { segment in
            if segment.line != lastLine {
                paragraph += 1
                lastLine = segment.line
            }
            return AlignmentSentence(text: segment.text, paragraph: paragraph, anchors: extractor.anchors(in: segment.text))
        }
    }
}
