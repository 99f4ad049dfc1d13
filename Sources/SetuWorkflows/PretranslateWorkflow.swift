import Foundation
import SetuCore
import SetuExchange
import SetuGlossary
import SetuMemory
import SetuText

/// `setu pretranslate`: a working XLIFF file per Hindi document, each segment with the best memory match
/// as its target, every match as a translation candidate, and the glossary's terms annotated in the source
/// with their English.
///
/// When the memory can be written, the document is first recorded in it (as `setu ingest` does, unchanged
/// documents are not stored twice), so each unit carries the stored segment's id and `setu import` links
/// the translation coming back to that segment. Lookups run on every core (`DocumentMatcher`).
public struct PretranslateWorkflow {
    public struct Options: Sendable {
        public var version = XLIFFVersion.v20
        /// Lowest fuzzy score (0…1) for a match to be offered.
        public var minimumScore = 0.75
        /// Matches listed per segment.
        public var maximumMatches = 3
        /// Record the document in the memory so translations can be linked back to its segments.
        public var record = true

        public init() {}
    }

    public struct DocumentResult: Sendable {
        public var path: String
        public var output: String
        public var units = 0
        /// Segments given a target: context and exact matches (state translated), fuzzy ones (initial).
        public var exactTargets = 0
        public var fuzzyTargets = 0
        public var terms = 0
        /// Units carrying the stored segment's id.
        public var linked = 0
    }

    public struct Report: Sendable {
        public var documents: [DocumentResult] = []
        public var files: [FileOutcome] = []
        /// Why documents could not be recorded in the memory (read-only store), if so.
        public var recordingNote: String?
    }

    let memoryPath: String?
    let termbase: Termbase?

    public init(memoryPath: String?, termbase: Termbase?) {
        self.memoryPath = memoryPath
        self.termbase = termbase
    }

    /// Pre-translates `paths` into `output`: a file for a single input named `*.xlf`/`*.xliff`, otherwise a
    /// folder (created if needed) receiving `NAME.xlf` per input.
    public func run(_ paths: [String], output: String, options: Options) throws(WorkflowError) -> Report {
        var report = Report()
        let inputs = InputFiles.expand(paths)
        var isFolder: ObjCBool = false
        let outputIsFile = inputs.count == 1 && !(FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue)
            && (output.hasSuffix(".xlf") || output.hasSuffix(".xliff"))
        if !outputIsFile {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw .unwritable(path: output, reason: "cannot create the output folder: \(error.localizedDescription)")
            }
        }
        let segmenter: DocumentSegmenter
        do { segmenter = try DocumentSegmenter() } catch { throw .text(error) }
        let memory = memoryPath.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let termMatcher = termbase.map(GlossaryCache.shared.matcher(for:))
        var usedNames = Set<String>()
        report.files = TextInputs.forEach(inputs) { name, readable in
            var segments: [Segment] = []
            let summary = try segmenter.segmentFile(at: readable, document: name) { segments.append($0) }
            let translatable = segments.map { $0.kind != .nonTranslatable }
            let matches: [[SegmentMatch]] = try memory.map { path in
                try DocumentMatcher(memoryPath: path, minimumScore: options.minimumScore, limit: options.maximumMatches)
                    .matches(segments.map { Optional($0.text) }, translatable: translatable)
            } ?? Array(repeating: [], count: segments.count)
            var segmentIDs: [Int: Int64] = [:]
            if let memory, options.record, name != "-" {
                do {
                    let store = try MemoryAccess.open(memory)
                    _ = try IngestWorkflow(memory: store, termbase: termbase).run([readable == name ? name : readable])
                    segmentIDs = try store.segmentIDs(ofDocument: InputFiles.documentKey(name))
                } catch {
                    report.recordingNote = "the document was not recorded in \(memory) (\(error)); translations will be imported as new units"
                }
            }
            var result = DocumentResult(path: name, output: outputIsFile ? output : Self.outputName(for: name, in: output, used: &usedNames))
            var units: [XLIFFUnit] = []
            for (index, segment) in segments.enumerated() {
                let best = matches[index].first
                let terms = translatable[index] ? (termMatcher?.matches(in: segment.text) ?? []) : []
                var unit = XLIFFUnit(
                    id: "s\(segment.index + 1)", segmentID: segmentIDs[segment.index], line: segment.line,
                    kind: Self.kind(segment.kind), source: segment.text)
                if let best, translatable[index] {
                    unit.target = best.target
                    unit.targetState = best.kind == .fuzzy ? .initial : .translated
                    if best.kind == .fuzzy { result.fuzzyTargets += 1 } else { result.exactTargets += 1 }
                }
                unit.matches = matches[index].map {
                    XLIFFUnit.Match(
                        similarity: Double(min($0.similarity, 100)), origin: "setu:\($0.origin.rawValue)", source: $0.source,
                        target: $0.target, kind: $0.kind.rawValue)
                }
                unit.terms = terms.compactMap { term in
                    term.english.isEmpty ? nil : XLIFFUnit.Term(start: term.start, end: term.end, english: term.english, entryID: term.entryID)
                }
                result.terms += unit.terms.count
                if unit.segmentID != nil { result.linked += 1 }
                units.append(unit)
            }
            result.units = units.count
            let document = XLIFFDocument(original: InputFiles.documentKey(name), units: units)
            try OutputFile.write(Data(XLIFFWriter.document(document, version: options.version).utf8), to: result.output)
            report.documents.append(result)
            return summary
        }
        return report
    }

    static func kind(_ kind: SegmentKind) -> XLIFFUnit.Kind {
        switch kind {
        case .headline: return .headline
        case .caption: return .caption
        case .nonTranslatable: return .nonTranslatable
        default: return .sentence
        }
    }

    /// `folder/NAME.xlf` for `path/NAME.txt`; a second input with the same name gets `NAME-2.xlf`.
    static func outputName(for path: String, in folder: String, used: inout Set<String>) -> String {
        let base = path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var name = base + ".xlf"
        var suffix = 2
        while !used.insert(name).inserted {
            name = "\(base)-\(suffix).xlf"
            suffix += 1
        }
        return URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }
}
