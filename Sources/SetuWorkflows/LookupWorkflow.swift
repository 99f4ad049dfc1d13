import SetuCore
import SetuMemory
import SetuText

/// `setu lookup`: exact, fuzzy, concordance and term lookups in the translation memory.
public struct LookupWorkflow {
    public enum Mode: String, Sendable, CaseIterable {
        /// Exact matches first, then fuzzy matches (what a translator wants for a new sentence).
        case automatic
        case fuzzy
        case concordance
        case term
    }

    public struct Request: Sendable {
        public var query: String
        public var mode: Mode
        /// `hi` or `en`; nil: the query's script for exact and fuzzy lookups, both languages otherwise.
        public var language: String?
        public var limit: Int
        /// Smallest fuzzy score, 0…1.
        public var minimumScore: Double

        public init(query: String, mode: Mode = .automatic, language: String? = nil, limit: Int = 10, minimumScore: Double = 0.7) {
            self.query = query
            self.mode = mode
            self.language = language
            self.limit = limit
            self.minimumScore = minimumScore
        }
    }

    /// Most results a lookup returns, whatever is asked: bounds memory and the SQL limits derived from it.
    public static let maximumLimit = 10_000

    let memory: TranslationMemory

    public init(memory: TranslationMemory) {
        self.memory = memory
    }

    public func lookup(_ request: Request) throws(WorkflowError) -> [MemoryHit] {
        let query = request.query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { throw .input("the query is empty") }
        guard request.limit >= 1 else { throw .input("the limit must be at least 1") }
        var options = LookupOptions(
            language: request.language?.lowercased(), limit: min(request.limit, Self.maximumLimit),
            minimumScore: request.minimumScore)
        return try workflow {
            switch request.mode {
            case .term:
                return try memory.termMatches(query, options: options)
            case .concordance:
                return try memory.concordance(query, options: options)
            case .fuzzy, .automatic:
                if options.language == nil { options.language = TextCharacters.containsDevanagari(query) ? "hi" : "en" }
                if request.mode == .fuzzy { return try memory.fuzzyMatches(query, options: options) }
                let exact = try memory.exactMatches(query, options: options)
                let seen = Set(exact.map(\.segment.id))
                let fuzzy = try memory.fuzzyMatches(query, options: options).filter { !seen.contains($0.segment.id) }
                return Array((exact + fuzzy).prefix(options.limit))
            }
        }
    }
}
