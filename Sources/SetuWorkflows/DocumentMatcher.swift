import Foundation
import SetuCore
import SetuMemory
import SetuText

/// A translation the memory offers for a segment of a new document.
public struct SegmentMatch: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// Exact, and the segments before and after it match too (101 %).
        case context
        case exact
        case fuzzy
    }

    public var kind: Kind
    /// 0…101: 101 for a context match, 100 for an exact one, the fuzzy score × 100 (rounded down) otherwise.
    public var similarity: Int
    /// The stored Hindi that matched.
    public var source: String
    public var target: String
    public var origin: UnitOrigin
    public var unitID: Int64
}

/// Looks every segment of a new document up in the memory: exact matches first (with their context), then
/// fuzzy ones, keeping those with an English translation. Lookups are independent, so they run on every
/// core, each worker with its own read-only connection to the memory.
struct DocumentMatcher {
    let memoryPath: String
    let minimumScore: Double
    let limit: Int
    var workers = Self.defaultWorkers

    /// Workers for work split across cores (lookups, term spotting): the cores there are, at most four.
    static let defaultWorkers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))

    /// The matches of each text (best first), given the texts before and after it in its document.
    func matches(_ texts: [String?], translatable: [Bool]) throws(WorkflowError) -> [[SegmentMatch]] {
        guard !texts.isEmpty else { return [] }
        let results = ResultSlots<[SegmentMatch]>(count: texts.count)
        let failure = FirstFailure()
        let workers = min(self.workers, texts.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let memory: TranslationMemory
            do {
                memory = try MemoryAccess.open(memoryPath, access: .readOnly)
            } catch {
                failure.record(error)
                return
            }
            var index = worker
            while index < texts.count, !failure.happened {
                if translatable[index], let text = texts[index] {
                    do {
                        let previous = index > 0 ? texts[index - 1] : nil
                        let next = index + 1 < texts.count ? texts[index + 1] : nil
                        results.set(index, try lookup(text, previous: previous, next: next, memory: memory))
                    } catch {
                        failure.record(error)
                    }
                } else {
                    results.set(index, [])
                }
                index += workers
            }
        }
        if let error = failure.error { throw error }
        return results.values.map { $0 ?? [] }
    }

    func lookup(_ text: String, previous: String?, next: String?, memory: TranslationMemory) throws(WorkflowError) -> [SegmentMatch] {
        var found: [SegmentMatch] = []
        var seenUnits = Set<Int64>()
        let options = LookupOptions(language: "hi", limit: max(limit * 2, 5), minimumScore: minimumScore)
        do {
            for hit in try memory.exactMatches(text, options: options) {
                let english = hit.translations.filter { LanguageTag($0.language)?.language == "en" }
                guard !english.isEmpty else { continue }
                let context = try isContextMatch(hit.segment.id, previous: previous, next: next, memory: memory)
                for translation in english where seenUnits.insert(translation.unitID).inserted {
                    found.append(SegmentMatch(
                        kind: context ? .context : .exact, similarity: context ? 101 : 100, source: hit.segment.text,
                        target: translation.text, origin: translation.origin, unitID: translation.unitID))
                }
            }
            if found.count < limit, text.unicodeScalars.count <= 5_000 {
                for hit in try memory.fuzzyMatches(text, options: options) {
                    let score = Int(((hit.score?.value ?? 0) * 100).rounded(.down))
                    for translation in hit.translations where LanguageTag(translation.language)?.language == "en"
                        && seenUnits.insert(translation.unitID).inserted
                    {
                        let exact = hit.kind == .exact && score >= 100
                        found.append(SegmentMatch(
                            kind: exact ? .exact : .fuzzy, similarity: min(exact ? 100 : 99, score), source: hit.segment.text,
                            target: translation.text, origin: translation.origin, unitID: translation.unitID))
                    }
                }
            }
        } catch {
            throw .memory(error)
        }
        return Array(found.sorted { ($0.similarity, $1.unitID) > ($1.similarity, $0.unitID) }.prefix(limit))
    }

    /// True when the stored segment's neighbours in its document are the new segment's neighbours.
    func isContextMatch(_ segmentID: Int64, previous: String?, next: String?, memory: TranslationMemory) throws(MemoryError) -> Bool {
        let stored = try memory.neighbours(ofSegment: segmentID)
        guard stored.inDocument else { return false }
        func same(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil): return true
            case let (a?, b?): return TextNormalizer.normalize(a) == TextNormalizer.normalize(b)
            default: return false
            }
        }
        return same(stored.previous, previous) && same(stored.next, next)
    }
}

/// Result slots written by concurrent workers at distinct indices.
final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// The first error of concurrent workers; the others stop when one fails.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: WorkflowError?

    func record(_ error: any Error) {
        lock.lock()
        if first == nil { first = WorkflowError.wrap(error) }
        lock.unlock()
    }

    var happened: Bool {
        lock.lock()
        defer { lock.unlock() }
        return first != nil
    }

    var error: WorkflowError? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
