import SetuText

/// Spots names in one segment that the glossary does not cover, with the same evidence the glossary builder
/// uses (`TermExtractor`): a title before it, person context (`… ने कहा`), place context (`… जिले में`, a
/// dateline, a place-name ending), the CLDR gazetteer, an acronym in Hindi letter names, an abbreviation in
/// brackets, the head noun of an institution (`… आयोग`), and Latin runs of capitalized words. Each suggestion
/// carries a proposed English form (the gazetteer's, the Latin spelling, or the romanization) and the reasons.
public struct NameSpotter: Sendable {
    public struct Suggestion: Sendable, Hashable {
        /// Code point span in the segment.
        public var start: Int
        public var end: Int
        public var surface: String
        /// The proposed English form (from the gazetteer, a Latin mention or the romanizer).
        public var romanization: String
        /// 0…1, from the strength of the evidence.
        public var confidence: Double
        /// Why the span looks like a name.
        public var reasons: [TermCandidate.Reason]
    }

    public init() {}

    /// Suggestions in `text` that do not overlap `known` matches, in text order.
    public func suggestions(in text: String, excluding known: [TermMatch]) -> [Suggestion] {
        var options = TermExtractor.Options()
        options.namesOnly = true
        let extractor = TermExtractor(options: options)
        extractor.add(text, document: 0)
        let knownSpans = SpanIndex(known.map { $0.start..<$0.end })
        let scalars = Array(text.unicodeScalars).map(\.value)
        var result: [Suggestion] = []
        for candidate in extractor.candidates() where candidate.isName {
            let target = Array(candidate.hindi.unicodeScalars).map(\.value)
            guard let start = Self.firstIndex(of: target, in: scalars) ?? candidate.variants.lazy.compactMap({
                Self.firstIndex(of: Array($0.unicodeScalars).map(\.value), in: scalars)
            }).first else { continue }
            let length = candidate.variants.first { Self.firstIndex(of: Array($0.unicodeScalars).map(\.value), in: scalars) == start }
                .map { $0.unicodeScalars.count } ?? target.count
            let end = Self.firstIndex(of: target, in: scalars) == start ? start + target.count : start + length
            guard !knownSpans.overlaps(start..<end) else { continue }
            result.append(Suggestion(
                start: start, end: end, surface: String(String.UnicodeScalarView(scalars[start..<end].compactMap(Unicode.Scalar.init))),
                romanization: candidate.english.isEmpty ? HindiRomanizer.romanize(candidate.hindi) : candidate.english,
                confidence: min(0.9, 0.3 + candidate.score / 10), reasons: candidate.reasons))
        }
        // Latin runs of two or more capitalized words (a name written in English inside Hindi text); a text
        // without a capital letter has none, and is not tokenized again.
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return result.sorted { $0.start < $1.start } }
        var index = 0
        let latinWords = CorpusTokens(text, folder: SearchFolder()).tokens
        while index < latinWords.count {
            var last = index
            while last < latinWords.count && latinWords[last].kind == .latin && latinWords[last].text.first?.isUppercase == true { last += 1 }
            if last - index >= 2 {
                let start = latinWords[index].start
                let end = latinWords[last - 1].end
                if !knownSpans.overlaps(start..<end) && !result.contains(where: { $0.start < end && start < $0.end }) {
                    let surface = String(String.UnicodeScalarView(scalars[start..<end].compactMap(Unicode.Scalar.init)))
                    result.append(Suggestion(start: start, end: end, surface: surface, romanization: surface, confidence: 0.6, reasons: [.latinMention]))
                }
            }
            index = max(last, index + 1)
        }
        return result.sorted { $0.start < $1.start }
    }

    static func firstIndex(of target: [UInt32], in scalars: [UInt32]) -> Int? {
        guard !target.isEmpty, target.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - target.count) where scalars[start] == target[0] {
            if Array(scalars[start..<start + target.count]) == target {
                // Whole words only: not inside a longer word.
                let before = start > 0 ? scalars[start - 1] : 0x20
                let after = start + target.count < scalars.count ? scalars[start + target.count] : 0x20
                if !TextCharacters.isWordCharacter(before) && !TextCharacters.isWordCharacter(after) { return start }
            }
        }
        return nil
    }
}
