import Foundation
import SetuCore
import SetuGlossary
import SetuMemory
import SetuText

/// `setu analyze`: how much of new Hindi documents the memory already covers, in the match bands CAT tools
/// quote by, and how much of their terminology the glossary covers.
///
/// Each translatable segment falls in one band, the first that applies: **context** (101 %: an exact match
/// whose stored neighbours are this segment's neighbours), **repetition** (the same normalized text came
/// earlier in this job, in this or an earlier document), **100 %**, **95–99**, **85–94**, **75–84**,
/// **50–74** (fuzzy score × 100, rounded down), **no match**. Only stored segments with an English translation
/// count as matches. Non-translatable segments (numbers, code, URLs) are counted apart. Words and characters
/// are counted by `WordCount`.
public struct AnalyzeWorkflow {
    public enum Band: String, Sendable, CaseIterable {
        case context = "101%"
        case repetition = "repetitions"
        case exact = "100%"
        case high = "95-99%"
        case upper = "85-94%"
        case middle = "75-84%"
        case low = "50-74%"
        case none = "no match"

        static func of(similarity: Int) -> Band {
            switch similarity {
            case 101...: return .context
            case 100: return .exact
            case 95...99: return .high
            case 85...94: return .upper
            case 75...84: return .middle
            case 50...74: return .low
            default: return .none
            }
        }
    }

    /// Segments, words and characters.
    public struct Tally: Sendable, Hashable {
        public var segments = 0
        public var words = 0
        public var characters = 0

        public init(segments: Int = 0, words: Int = 0, characters: Int = 0) {
            self.segments = segments
            self.words = words
            self.characters = characters
        }

        mutating func add(_ text: String) {
            segments += 1
            words += WordCount.words(in: text)
            characters += WordCount.characters(in: text)
        }

        static func + (lhs: Tally, rhs: Tally) -> Tally {
            Tally(segments: lhs.segments + rhs.segments, words: lhs.words + rhs.words, characters: lhs.characters + rhs.characters)
        }
    }

    public struct DocumentAnalysis: Sendable {
        public var path: String
        public var bands: [Band: Tally] = [:]
        public var nonTranslatable = Tally()
        /// Glossary term occurrences, and distinct entries among them.
        public var termHits = 0
        public var distinctEntries = 0
        /// Name-like spans the glossary does not have.
        public var unknownNames = 0

        /// All translatable segments.
        public var translatable: Tally { bands.values.reduce(Tally(), +) }
    }

    public struct Report: Sendable {
        public var documents: [DocumentAnalysis] = []
        public var files: [FileOutcome] = []
        /// Units in the memory the job was compared with (0 without a memory).
        public var memoryUnits = 0

        /// The job as a whole (distinct entries counted across documents).
        public var total: DocumentAnalysis {
            var total = DocumentAnalysis(path: "total")
            for document in documents {
                for (band, tally) in document.bands { total.bands[band] = (total.bands[band] ?? Tally()) + tally }
                total.nonTranslatable = total.nonTranslatable + document.nonTranslatable
                total.termHits += document.termHits
                total.unknownNames += document.unknownNames
            }
            total.distinctEntries = distinctEntries
            return total
        }
        var distinctEntries = 0
    }

    let memoryPath: String?
    let termbase: Termbase?

    /// - Parameter memoryPath: the memory to compare with; nil (or a missing file) analyzes without one (every
    ///   segment is a repetition or no match).
    public init(memoryPath: String?, termbase: Termbase?) {
        self.memoryPath = memoryPath
        self.termbase = termbase
    }

    public func run(_ paths: [String]) throws(WorkflowError) -> Report {
        var report = Report()
        let segmenter: DocumentSegmenter
        do { segmenter = try DocumentSegmenter() } catch { throw .text(error) }
        var documents: [(path: String, segments: [Segment])] = []
        report.files = TextInputs.forEach(InputFiles.expand(paths)) { name, readable in
            var segments: [Segment] = []
            let summary = try segmenter.segmentFile(at: readable, document: name) { segments.append($0) }
            documents.append((name, segments))
            return summary
        }
        let memory = memoryPath.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        if let memory {
            let opened = try MemoryAccess.open(memory, access: .readOnly)
            do { report.memoryUnits = try opened.statistics().units } catch { throw .memory(error) }
        }
        let matcher = termbase.map(GlossaryCache.shared.matcher(for:))
        let spotter = NameSpotter()
        var seen = Set<String>()
        var entries = Set<String>()
        for (path, segments) in documents {
            let texts = segments.map { Optional($0.text) }
            let translatable = segments.map { $0.kind != .nonTranslatable }
            let matches: [[SegmentMatch]]
            if let memory {
                matches = try DocumentMatcher(memoryPath: memory, minimumScore: 0.5, limit: 1).matches(texts, translatable: translatable)
            } else {
                matches = Array(repeating: [], count: segments.count)
            }
            var analysis = DocumentAnalysis(path: path)
            var documentEntries = Set<String>()
            for (index, segment) in segments.enumerated() {
                guard translatable[index] else {
                    analysis.nonTranslatable.add(segment.text)
                    continue
                }
                let key = TextNormalizer.normalize(segment.text)
                let best = matches[index].first?.similarity ?? 0
                let band: Band = best > 100 ? .context : !seen.insert(key).inserted ? .repetition : Band.of(similarity: best)
                analysis.bands[band, default: Tally()].add(segment.text)
                let terms = matcher?.matches(in: segment.text) ?? []
                analysis.termHits += terms.count
                documentEntries.formUnion(terms.map(\.entryID))
                analysis.unknownNames += spotter.suggestions(in: segment.text, excluding: terms).count
            }
            analysis.distinctEntries = documentEntries.count
            entries.formUnion(documentEntries)
            report.documents.append(analysis)
        }
        report.distinctEntries = entries.count
        return report
    }
}
