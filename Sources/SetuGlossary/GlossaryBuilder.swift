import SetuCore
import SetuText

/// Builds a glossary from a corpus: counts the terms a glossary already has (with the spellings seen and
/// an example) and proposes new ones through `TermExtractor`, with English forms from the strongest
/// evidence available.
///
/// Documents are numbered by the caller; a term's spread is the number of documents it occurs in.
public final class GlossaryBuilder {
    let matcher: TermMatcher
    public let extractor: TermExtractor

    /// A known entry and where it was seen.
    public struct KnownTerm: Sendable, Hashable {
        public var entry: TermEntry
        public var count: Int
        public var example: String
        public var surfaces: [String: Int]
    }

    private var known: [Int: KnownTerm] = [:]

    public init(matcher: TermMatcher, options: TermExtractor.Options = TermExtractor.Options()) {
        self.matcher = matcher
        extractor = TermExtractor(options: options)
    }

    /// Adds one segment of document number `document`.
    public func add(_ text: String, document: Int) {
        for match in matcher.matches(in: text) {
            var term = known[match.entryIndex]
                ?? KnownTerm(entry: matcher.termbase.entries[match.entryIndex], count: 0, example: text, surfaces: [:])
            term.count += 1
            term.surfaces[match.surface, default: 0] += 1
            known[match.entryIndex] = term
        }
        extractor.add(text, document: document)
    }

    /// Known terms by descending count.
    public var knownTerms: [KnownTerm] {
        known.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.entry.id < $1.entry.id }
    }

    /// The proposed new terms, best first (terms the glossary has are left out).
    public func candidates(translations: MinedTranslations = MinedTranslations()) -> [TermCandidate] {
        extractor.candidates(glossary: matcher.termbase.entries.isEmpty ? nil : matcher, translations: translations)
    }

    /// Candidates as glossary entries for review, with unique ids.
    public static func entries(_ candidates: [TermCandidate]) -> [TermEntry] {
        var seen = Set<String>()
        return candidates.map { candidate in
            var entry = candidate.entry
            if let existing = candidate.existingEntry { entry.id = existing + "-new-spelling" }
            let base = entry.id
            var suffix = 2
            while !seen.insert(entry.id).inserted {
                entry.id = "\(base)-\(suffix)"
                suffix += 1
            }
            return entry
        }
    }
}
