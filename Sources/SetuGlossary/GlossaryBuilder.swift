import SetuCore
import SetuText

/// Proposes glossary entries from a corpus: counts the known terms it finds, and collects candidate new
/// terms — names after titles (`विदेश मंत्री …`, `प्रवक्ता …`), runs of capitalized Latin words, and recurring
/// multi-word Devanagari n-grams that do not start or end with a function word — each with a proposed
/// English form.
///
/// A Devanagari candidate is romanized (`HindiRomanizer`: schwa deletion, acronym decoding) and its
/// `PhoneticKey` compared with the English forms of the glossary first, so a new spelling of a known name
/// (`जयशङ्कर`) is proposed as a variant of that entry rather than as a new name. Memory grows with the
/// number of distinct candidate n-grams; n-grams seen once are pruned when the table gets large.
public final class GlossaryBuilder {
    let matcher: TermMatcher
    let spotter = NameSpotter()
    /// English phonetic key → entry index, for whole English forms.
    private let englishKeys: [String: Int]

    /// A known entry and where it was seen.
    public struct KnownTerm: Sendable, Hashable {
        public var entry: TermEntry
        public var count: Int
        public var example: String
        public var surfaces: [String: Int]
    }

    /// Why a candidate was proposed.
    public enum Source: String, Sendable, Hashable {
        case afterTitle = "after-title"
        case latin = "capitalized-latin"
        case repeated = "repeated-ngram"
    }

    /// A proposed new entry, or a new spelling of an existing one.
    public struct Candidate: Sendable, Hashable {
        public var surface: String
        public var count: Int
        public var example: String
        public var source: Source
        /// The English form proposed: an existing entry's when the sound key matched, else the romanization.
        public var english: String
        /// The existing entry this spelling seems to belong to.
        public var existingEntry: String?
        public var type: TermType
    }

    private var known: [Int: KnownTerm] = [:]
    private struct Tally {
        var count = 0
        var example = ""
        var source: Source
        var surface: String
    }
    private var tallies: [String: Tally] = [:]
    private let folder = SearchFolder(options: .search)
    /// Prune n-grams seen once when the table grows beyond this many keys.
    public var tableLimit = 2_000_000

    public init(matcher: TermMatcher) {
        self.matcher = matcher
        var keys: [String: Int] = [:]
        for (index, entry) in matcher.termbase.entries.enumerated() {
            for english in entry.english where english.count >= 4 {
                let key = PhoneticKey.of(english)
                if key.count >= 3 && keys[key] == nil { keys[key] = index }
            }
        }
        englishKeys = keys
    }

    /// Adds one segment of the corpus.
    public func add(_ text: String) {
        let matches = matcher.matches(in: text)
        for match in matches {
            var term = known[match.entryIndex]
                ?? KnownTerm(entry: matcher.termbase.entries[match.entryIndex], count: 0, example: text, surfaces: [:])
            term.count += 1
            term.surfaces[match.surface, default: 0] += 1
            known[match.entryIndex] = term
        }
        let suggestions = spotter.suggestions(in: text, excluding: matches)
        for suggestion in suggestions {
            let isLatin = suggestion.surface.unicodeScalars.first.map { $0.isASCII } ?? false
            tally(suggestion.surface, source: isLatin ? .latin : .afterTitle, example: text)
        }
        // Spans already counted as names are not counted again as n-grams.
        repeatedNGrams(in: text, excluding: matches.map { $0.start..<$0.end } + suggestions.map { $0.start..<$0.end })
        if tallies.count > tableLimit { tallies = tallies.filter { $0.value.count > 1 } }
    }

    private func tally(_ surface: String, source: Source, example: String) {
        let key = folder.key(surface)
        var entry = tallies[key] ?? Tally(source: source, surface: surface)
        if entry.count == 0 { entry.example = example }
        // A name found after a title is better evidence than mere repetition.
        if source != .repeated { entry.source = source }
        entry.count += 1
        tallies[key] = entry
    }

    private func repeatedNGrams(in text: String, excluding coveredRanges: [Range<Int>]) {
        let covered = SpanIndex(coveredRanges)
        var words: [(start: Int, end: Int, text: String)] = []
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let length = word.unicodeScalars.count
            defer { offset += length + 1 }
            let trimmed = word.filter { !"।,.:;!?\"'()[]‘’“”".contains($0) }
            guard !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ TextCharacters.isDevanagari($0.value) }) else {
                words.append((offset, offset, ""))  // breaks n-grams
                continue
            }
            words.append((offset, offset + length, String(trimmed)))
        }
        for size in 2...3 where words.count >= size {
            for first in 0...(words.count - size) {
                let gram = words[first..<first + size]
                guard gram.allSatisfy({ !$0.text.isEmpty }),
                    !spotter.stopwords.contains(gram.first!.text), !spotter.stopwords.contains(gram.last!.text),
                    !Self.weakEdges.contains(gram.first!.text), !Self.weakEdges.contains(gram.last!.text),
                    !gram.contains(where: { word in covered.overlaps(word.start..<word.end) })
                else { continue }
                tally(gram.map(\.text).joined(separator: " "), source: .repeated, example: text)
            }
        }
    }

    /// Verbs and fillers that make poor term boundaries.
    static let weakEdges: Set<String> = [
        "किया", "गया", "गई", "गए", "रहा", "रही", "रहे", "करने", "करते", "करता", "होने", "होगा", "होगी", "लेकर", "कर",
        "बात", "दौरान", "लिया", "दिया", "जताई", "बताया", "कहा", "करें", "सकता", "सकते", "वाले", "वाली", "बीच", "तरह",
    ]

    /// Known terms by descending count.
    public var knownTerms: [KnownTerm] {
        known.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.entry.id < $1.entry.id }
    }

    /// Candidates seen at least `minimumCount` times (names after titles and Latin runs need only one
    /// sighting fewer), best first.
    public func candidates(minimumCount: Int) -> [Candidate] {
        tallies.values.compactMap { tally -> Candidate? in
            let needed = tally.source == .repeated ? minimumCount : max(1, minimumCount - 1)
            guard tally.count >= needed else { return nil }
            let isLatin = tally.surface.unicodeScalars.first.map { $0.isASCII } ?? false
            var english = isLatin ? tally.surface : HindiRomanizer.romanize(tally.surface)
            var existing: String?
            let key = PhoneticKey.of(english)
            if key.count >= 3, let index = englishKeys[key] {
                existing = matcher.termbase.entries[index].id
                english = matcher.termbase.entries[index].preferredEnglish
            }
            let type: TermType = tally.source == .afterTitle ? .person
                : english.count <= 5 && english == english.uppercased() ? .organization : .term
            return Candidate(
                surface: tally.surface, count: tally.count, example: tally.example, source: tally.source, english: english,
                existingEntry: existing, type: existing.flatMap { id in matcher.termbase.entries.first { $0.id == id }?.type } ?? type)
        }.sorted { ($0.source == .repeated ? 1 : 0, -$0.count, $0.surface) < ($1.source == .repeated ? 1 : 0, -$1.count, $1.surface) }
    }

    /// The candidates as glossary entries for review (status `admitted`, with count and example as a note).
    public func proposedEntries(minimumCount: Int) -> [TermEntry] {
        var seen = Set<String>()
        return candidates(minimumCount: minimumCount).compactMap { candidate in
            let hindi = TextCharacters.containsDevanagariLetter(candidate.surface) ? [candidate.surface] : []
            // Latin runs are shown to the user but cannot be entries without a Hindi spelling.
            guard !hindi.isEmpty else { return nil }
            let id = (candidate.existingEntry.map { $0 + "-" } ?? "") + TermEntry.defaultID(for: candidate.english)
            guard seen.insert(id).inserted else { return nil }
            var note = "\(candidate.source.rawValue), seen \(candidate.count)×: \(candidate.example.prefix(80))"
            if let existing = candidate.existingEntry { note = "new spelling of \(existing)? " + note }
            return TermEntry(
                id: candidate.existingEntry == nil ? nil : id, english: [candidate.english],
                hindi: hindi, type: candidate.type, status: .admitted, note: note)
        }
    }
}
