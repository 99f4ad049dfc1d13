import Foundation
import SetuAlign
import SetuCore
import SetuGlossary
import SetuMemory
import SetuText

/// `setu glossary build`: counts a glossary's terms in a corpus and proposes new ones with English forms.
///
/// Three ways in: Hindi files alone (English from the glossary, CLDR exonyms, Latin mentions in the corpus
/// and, for names, the romanizer); Hindi files with their English translations (the n-th English file
/// translates the n-th Hindi file; Setu aligns each pair and mines English for every term from the aligned
/// segments); or a translation memory (its Hindi–English units). The last two can be combined with the first.
public struct GlossaryBuildWorkflow {
    public struct Options: Sendable {
        /// Occurrences a term without name evidence needs.
        public var minimumCount = 1
        /// Longest candidate, in words.
        public var maximumWords = 5
        /// English translations of the Hindi files, in the same order.
        public var englishPaths: [String] = []
        /// A translation memory whose units are added as aligned pairs.
        public var memoryPath: String?
        /// Also report every phrase considered, with its features (`Report.explanation`).
        public var explain = false

        public init(minimumCount: Int = 1, maximumWords: Int = 5, englishPaths: [String] = [], memoryPath: String? = nil) {
            self.minimumCount = minimumCount
            self.maximumWords = maximumWords
            self.englishPaths = englishPaths
            self.memoryPath = memoryPath
        }
    }

    public struct Report: Sendable {
        public var knownTerms: [GlossaryBuilder.KnownTerm]
        public var candidates: [TermCandidate]
        public var files: [FileOutcome]
        /// The candidates as glossary entries for review (unique ids).
        public var proposedEntries: [TermEntry]
        /// Aligned Hindi–English segment pairs English was mined from (0 in monolingual mode).
        public var alignedPairs: Int
        /// With `Options.explain`: one line per phrase considered, proposed (`+`) or not (`-`), with its features.
        public var explanation: [String] = []
    }

    let termbase: Termbase

    public init(termbase: Termbase) {
        self.termbase = termbase
    }

    /// Reads the corpus (files, or folders of `.txt` and `.md` files); a file that cannot be read is
    /// reported in `files` and contributes nothing.
    /// - Throws: `WorkflowError.input` when the English files do not pair with the Hindi files, or the
    ///   memory cannot be opened.
    public func run(_ paths: [String], options: Options = Options()) throws(WorkflowError) -> Report {
        let builder = GlossaryBuilder(
            matcher: GlossaryCache.shared.matcher(for: termbase),
            options: TermExtractor.Options(maximumWords: options.maximumWords, minimumCount: options.minimumCount))
        var pairs: [(hindi: String, english: String)] = []
        var files: [FileOutcome] = []
        var document = 0
        if options.englishPaths.isEmpty {
            let segmenter: DocumentSegmenter
            do { segmenter = try DocumentSegmenter() } catch { throw .text(error) }
            files = TextInputs.forEach(InputFiles.expand(paths)) { name, readable in
                var texts: [String] = []
                let summary = try segmenter.segmentFile(at: readable, document: name) { segment in
                    if segment.kind != .nonTranslatable && segment.repeatOf == nil { texts.append(segment.text) }
                }
                for text in texts { builder.add(text, document: document) }
                document += 1
                return summary
            }
        } else {
            let hindi = InputFiles.expand(paths)
            let english = InputFiles.expand(options.englishPaths)
            guard hindi.count == english.count else {
                throw .input(
                    "--english gives \(english.count) file(s) for \(hindi.count) Hindi file(s); the n-th English file must translate the n-th Hindi file")
            }
            let aligner = AlignmentWorkflow(termbase: termbase)
            for (hindiPath, englishPath) in zip(hindi, english) {
                do {
                    let result = try aligner.align(hindi: hindiPath, english: englishPath)
                    for segment in result.hindiSegments where segment.kind != .nonTranslatable && segment.repeatOf == nil {
                        builder.add(segment.text, document: document)
                    }
                    pairs += result.pairs.map { ($0.hindi, $0.english) }
                    files.append(.done(path: hindiPath, segments: result.hindiSegments.count))
                } catch {
                    files.append(.failed(path: hindiPath, error))
                }
                document += 1
            }
        }
        if let memoryPath = options.memoryPath {
            let memory = try MemoryAccess.open(memoryPath, access: .readOnly)
            var units = 0
            try workflow {
                try memory.forEachUnit(UnitFilter()) { unit, _, _ in
                    guard unit.source.language.language == "hi", unit.target.language.language == "en" else { return }
                    builder.add(unit.source.text, document: document)
                    pairs.append((unit.source.text, unit.target.text))
                    units += 1
                }
            }
            files.append(units > 0 ? .done(path: memoryPath, segments: units) : .empty(path: memoryPath))
        }
        var candidates = builder.candidates()
        if !pairs.isEmpty {
            let mined = TermTranslationMiner(glossary: termbase).mine(candidates, pairs: pairs)
            candidates = builder.candidates(translations: mined)
        }
        return Report(
            knownTerms: builder.knownTerms, candidates: candidates, files: files,
            proposedEntries: GlossaryBuilder.entries(candidates), alignedPairs: pairs.count,
            explanation: options.explain ? builder.extractor.explain() : [])
    }
}
