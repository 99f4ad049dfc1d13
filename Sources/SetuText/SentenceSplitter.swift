/// Splits one flow of text (a line, or a paragraph with `--join-wrapped`) into sentences: ICU's
/// sentence boundaries (UAX #29) and `extraTerminators` are the candidates, `SegmentationRules` decide.
///
/// Not thread-safe (it owns an ICU iterator); use one per thread. Complexity: O(n) in the flow length plus
/// O(w) per candidate for the rules, where w is the length of the words around the mark.
final class SentenceSplitter {
    let rules: SegmentationRules
    private let iterator: ICUBreakIterator
    /// `wordBefore` / `chainedInitial` word sets, light-folded, by rule index.
    private let foldedSets: [[FoldedWordSet]]
    private let extraTerminators: [UInt16]
    var candidates: [Int] = []
    private var scratch: [UInt16] = []
    /// The whitespace-delimited token last examined by the web-address rule, so that a token with many
    /// dots is examined once, not once per dot.
    private var webToken: (range: Range<Int>, isWebAddress: Bool)?
    /// Where the sentence being decided starts.
    private var currentSegmentStart = 0

    /// Longest run (in UTF-16 units) the abbreviation and initial rules look at around a mark: a longer run
    /// without spaces is never an abbreviation, and bounding every scan keeps splitting linear in the length
    /// of the text on any input (`क.क.क.…` without spaces included).
    static let maximumTokenScan = 64

    init(rules: SegmentationRules) throws(SetuTextError) {
        self.rules = rules
        iterator = try ICUBreakIterator(.sentence, locale: "hi_IN")
        foldedSets = rules.rules.map { rule in
            switch rule.condition {
            case let .wordBefore(words): return [FoldedWordSet(words)]
            case let .chainedInitial(ambiguous, initials): return [FoldedWordSet(ambiguous), FoldedWordSet(initials)]
            case let .dottedAbbreviation(words), let .continuationFollows(words): return [FoldedWordSet(words)]
            case let .attributionFollows(speech, auxiliaries): return [FoldedWordSet(speech), FoldedWordSet(auxiliaries)]
            default: return []
            }
        }
        extraTerminators = Array(rules.extraTerminators)
    }

    /// Splits `text[0..<count]`, appending trimmed sentence ranges to `ranges`.
    /// - Returns: whether the last sentence ends with a sentence mark (`।`, `॥`, `?`, `!`, `.`, `|`).
    func split(_ text: UnsafePointer<UInt16>, count: Int, into ranges: inout [Range<Int>]) throws(SetuTextError)
        -> Bool
    {
        let units = UnsafeBufferPointer(start: text, count: count)
        candidates.removeAll(keepingCapacity: true)
        webToken = nil
        try iterator.setText(text, count: count)
        var boundary = iterator.first()
        while let current = boundary, current < count {
            candidates.append(current)
            boundary = iterator.next()
        }
        addExtraCandidates(units)

        moveBoundariesPastTrailingTags(units)
        var segmentStart = 0
        for candidate in candidates where candidate > segmentStart {
            currentSegmentStart = segmentStart
            if decide(units, candidate) == .split {
                appendTrimmed(units, segmentStart..<candidate, to: &ranges)
                segmentStart = candidate
            }
        }
        appendTrimmed(units, segmentStart..<count, to: &ranges)
        return endsWithSentenceMark(units)
    }

    // MARK: - Candidates

    private func addExtraCandidates(_ units: UnsafeBufferPointer<UInt16>) {
        var extra: [Int] = []
        for index in 0..<units.count where extraTerminators.contains(units[index]) {
            // "|" is a danda only after a space or Devanagari, and not inside "||".
            guard index > 0, Self.isSpace(units[index - 1]) || Self.isDevanagari(units[index - 1]) else { continue }
            if index + 1 < units.count && units[index + 1] == units[index] { continue }
            var boundary = index + 1
            while boundary < units.count && Self.isCloser(units[boundary]) { boundary += 1 }
            while boundary < units.count && Self.isSpace(units[boundary]) { boundary += 1 }
            if boundary < units.count { extra.append(boundary) }
        }
        // An ellipsis closing a quotation (`…लौटेगा…" गाँव में`) is no sentence mark for UAX #29; the
        // ellipsis rule decides whether it ends the sentence.
        for index in 0..<units.count where units[index] == 0x2026 || (units[index] == 0x2E && index >= 2 && units[index - 1] == 0x2E && units[index - 2] == 0x2E) {
            var boundary = index + 1
            guard boundary < units.count, Self.isCloser(units[boundary]) else { continue }
            while boundary < units.count && Self.isCloser(units[boundary]) { boundary += 1 }
            guard boundary < units.count, Self.isSpace(units[boundary]) else { continue }
            while boundary < units.count && Self.isSpace(units[boundary]) { boundary += 1 }
            if boundary < units.count { extra.append(boundary) }
        }
        guard !extra.isEmpty else { return }
        candidates = Array(Set(candidates + extra)).sorted()
    }

    // MARK: - Rules

    private func decide(_ units: UnsafeBufferPointer<UInt16>, _ candidate: Int) -> SegmentationRule.Action {
        var mark = candidate - 1
        while mark >= 0 && Self.isSpace(units[mark]) { mark -= 1 }
        while mark >= 0 && Self.isCloser(units[mark]) { mark -= 1 }
        guard mark >= 0 else { return .split }
        for (index, rule) in rules.rules.enumerated()
        where holds(rule.condition, ruleIndex: index, units, mark: mark, candidate: candidate) {
            return rule.action
        }
        return .split
    }

    private func holds(
        _ condition: BoundaryCondition, ruleIndex: Int, _ units: UnsafeBufferPointer<UInt16>, mark: Int, candidate: Int
    ) -> Bool {
        let markUnit = units[mark]
        switch condition {
        case .insideWebAddress:
            guard [0x2E, 0x3F, 0x21].contains(markUnit), mark + 1 < units.count, !Self.isSpace(units[mark + 1]) else { return false }
            if let webToken, webToken.range.contains(mark) { return webToken.isWebAddress }
            let token = Self.token(units, around: mark)
            let isWebAddress = Self.tokenLooksLikeWebAddress(UnsafeBufferPointer(rebasing: units[token]))
            webToken = (token, isWebAddress)
            return isWebAddress
        case .decimalPoint:
            return (markUnit == 0x2E || markUnit == 0x2C) && mark > 0 && mark + 1 < units.count
                && Self.isDigit(units[mark - 1]) && Self.isDigit(units[mark + 1])
        case .ellipsisInsideLine:
            let isEllipsis = markUnit == 0x2026 || (markUnit == 0x2E && mark > 0 && units[mark - 1] == 0x2E)
            guard isEllipsis, Self.hasText(units, from: candidate) else { return false }
            // Four dots are an ellipsis and a full stop; an ellipsis closing a quotation ends the sentence.
            var dots = 0
            var cursor = mark
            while cursor >= 0 && units[cursor] == 0x2E && dots < 5 {
                dots += 1
                cursor -= 1
            }
            if dots >= 4 { return false }
            if (mark + 1..<candidate).contains(where: { Self.isCloser(units[$0]) }) { return false }
            return true
        case .noWordsBefore:
            guard mark >= currentSegmentStart else { return true }
            return !(currentSegmentStart..<mark).contains { TextCharacters.isWordCharacter(UInt32(units[$0])) }
        case .dottedAbbreviation:
            guard markUnit == 0x2E, let sentenceFinal = foldedSets[ruleIndex].first else { return false }
            let (start, _) = Self.tokenBefore(units, mark: mark)
            guard start < mark else { return false }
            // The whole token, through any dotted pieces after the mark (`पीएच.|डी.`).
            var end = mark + 1
            let limit = min(units.count, mark + Self.maximumTokenScan)
            while end < limit && !Self.isSpace(units[end]) && !Self.isCloser(units[end]) { end += 1 }
            let pieces = units[start..<end].split(separator: 0x2E, omittingEmptySubsequences: true)
            guard pieces.count >= 2, pieces.count <= 6,
                pieces.allSatisfy({ $0.count <= 4 && $0.allSatisfy { Self.isDevanagari($0) || Self.isLatinLetter($0) } })
            else { return false }
            let last = lastPiece(of: fold(units, start..<mark))
            return !contains(sentenceFinal, last)
        case .shortWordBeforeNumber:
            guard markUnit == 0x2E else { return false }
            let (start, _) = Self.tokenBefore(units, mark: mark)
            guard start < mark, mark - start <= 3, (start..<mark).allSatisfy({ Self.isDevanagari(units[$0]) }) else { return false }
            var next = mark + 1
            while next < units.count && Self.isSpace(units[next]) { next += 1 }
            return next < units.count && Self.isDigit(units[next])
        case .continuationFollows:
            guard [0x21, 0x3F, 0x2E, 0x2026].contains(markUnit), let words = foldedSets[ruleIndex].first,
                let next = nextWord(units, from: candidate)
            else { return false }
            return contains(words, fold(units, next))
        case .attributionFollows:
            guard markUnit == 0x21 || markUnit == 0x3F, foldedSets[ruleIndex].count == 2,
                (mark + 1..<candidate).contains(where: { Self.isQuote(units[$0]) })
            else { return false }
            let (speech, auxiliaries) = (foldedSets[ruleIndex][0], foldedSets[ruleIndex][1])
            // The clause's words up to its sentence mark; anything else (a comma, a new quote) ends the test.
            var words: [Range<Int>] = []
            var cursor = candidate
            while words.count <= 12 {
                guard let word = nextWord(units, from: cursor) else { return false }
                words.append(word)
                cursor = word.upperBound
                while cursor < units.count && Self.isSpace(units[cursor]) { cursor += 1 }
                guard cursor < units.count else { return false }
                if [0x0964, 0x0965, 0x7C].contains(units[cursor]) { break }
                if !TextCharacters.isWordCharacter(UInt32(units[cursor])) { return false }
            }
            guard words.count <= 12 else { return false }
            // The last word that is not an auxiliary must be a verb of saying.
            for word in words.reversed() {
                if contains(auxiliaries, fold(units, word)) { continue }
                return contains(speech, fold(units, word))
            }
            return false
        case .listNumber:
            guard markUnit == 0x2E else { return false }
            let (start, _) = Self.tokenBefore(units, mark: mark)
            guard start < mark, (start..<mark).allSatisfy({ Self.isDigit(units[$0]) }) else { return false }
            return (0..<start).allSatisfy { Self.isSpace(units[$0]) } && Self.hasText(units, from: candidate)
        case .wordBefore:
            guard markUnit == 0x2E, let words = foldedSets[ruleIndex].first else { return false }
            let (start, _) = Self.tokenBefore(units, mark: mark)
            guard start < mark else { return false }
            let token = fold(units, start..<mark)
            if contains(words, token) || contains(words, lastPiece(of: token)) { return true }
            // Inside a dotted abbreviation (`कि.|मी.`): look at the whole token.
            guard mark + 1 < units.count, !Self.isSpace(units[mark + 1]) else { return false }
            var end = mark + 1
            let limit = min(units.count, mark + Self.maximumTokenScan)
            while end < limit && !Self.isSpace(units[end]) && !Self.isCloser(units[end]) { end += 1 }
            if end == limit && limit < units.count && !Self.isSpace(units[end]) && !Self.isCloser(units[end]) { return false }
            while end > mark && units[end - 1] == 0x2E { end -= 1 }
            return contains(words, fold(units, start..<end))
        case .chainedInitial:
            guard markUnit == 0x2E, foldedSets[ruleIndex].count == 2 else { return false }
            let (ambiguous, initials) = (foldedSets[ruleIndex][0], foldedSets[ruleIndex][1])
            let (start, _) = Self.tokenBefore(units, mark: mark)
            guard start < mark else { return false }
            let token = fold(units, start..<mark)
            let last = lastPiece(of: token)
            guard contains(ambiguous, last) else { return false }
            if last.lowerBound > 1 {
                let previous = lastPiece(of: token.lowerBound..<last.lowerBound - 1)
                if !previous.isEmpty && contains(initials, previous) { return true }
            }
            if let previous = previousDottedPiece(units, before: start), contains(initials, previous) { return true }
            if let next = nextDottedPiece(units, from: mark + 1), contains(initials, next) { return true }
            return false
        case .latinCapitalInitial:
            guard markUnit == 0x2E, mark > 0, Self.isLatinCapital(units[mark - 1]) else { return false }
            let before = mark - 2
            let standsAlone = before < 0 || Self.isSpace(units[before]) || units[before] == 0x2E
                || Self.isOpener(units[before])
            return standsAlone && Self.hasText(units, from: candidate)
        }
    }

    /// The last dotted piece of the token before `tokenStart`, folded into `scratch`, if that token ends with a
    /// full stop.
    private func previousDottedPiece(_ units: UnsafeBufferPointer<UInt16>, before tokenStart: Int) -> Range<Int>? {
        var cursor = tokenStart - 1
        while cursor >= 0 && Self.isSpace(units[cursor]) { cursor -= 1 }
        guard cursor > 0, units[cursor] == 0x2E else { return nil }
        let (start, _) = Self.tokenBefore(units, mark: cursor)
        guard start < cursor else { return nil }
        return lastPiece(of: fold(units, start..<cursor))
    }

    /// The first dotted piece of the next token, folded into `scratch`, if a full stop follows it
    /// (`के.` in `ए. के. सिंह`).
    private func nextDottedPiece(_ units: UnsafeBufferPointer<UInt16>, from position: Int) -> Range<Int>? {
        var cursor = position
        while cursor < units.count && (Self.isSpace(units[cursor]) || Self.isCloser(units[cursor])) { cursor += 1 }
        let start = cursor
        let limit = min(units.count, start + Self.maximumTokenScan)
        while cursor < limit && !Self.isSpace(units[cursor]) && units[cursor] != 0x2E { cursor += 1 }
        guard cursor < limit, units[cursor] == 0x2E, cursor > start else { return nil }
        return fold(units, start..<cursor)
    }

    /// Light-folds `units[range]` into `scratch` (replacing it) and returns the folded range of `scratch`.
    private func fold(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Range<Int> {
        scratch.removeAll(keepingCapacity: true)
        UTF16Text.lightFold(UnsafeBufferPointer(rebasing: units[range]), lowercase: false, into: &scratch)
        return 0..<scratch.count
    }

    private func contains(_ words: FoldedWordSet, _ range: Range<Int>) -> Bool {
        scratch.withUnsafeBufferPointer { words.contains(folded: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The part of `scratch[range]` after its last full stop.
    private func lastPiece(of range: Range<Int>) -> Range<Int> { Self.lastPiece(of: range, in: scratch) }

    private static func lastPiece(of range: Range<Int>, in units: [UInt16]) -> Range<Int> {
        var start = range.upperBound
        while start > range.lowerBound && units[start - 1] != 0x2E { start -= 1 }
        return start..<range.upperBound
    }

    // MARK: - Text helpers

    private func appendTrimmed(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, to ranges: inout [Range<Int>]) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && Self.isSpace(units[start]) { start += 1 }
        while end > start && Self.isSpace(units[end - 1]) { end -= 1 }
        if start < end { ranges.append(start..<end) }
    }

    private func endsWithSentenceMark(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var index = units.count - 1
        while index >= 0 && (Self.isSpace(units[index]) || Self.isCloser(units[index])) { index -= 1 }
        guard index >= 0 else { return false }
        switch units[index] {
        case 0x0964, 0x0965, 0x3F, 0x21, 0x7C: return true
        case 0x2E: return !(index > 0 && units[index - 1] == 0x2E)  // "..." is a pause, not an end
        default: return false
        }
    }

    /// Start of the whitespace-delimited token ending just before `mark` (opening quotes and brackets
    /// excluded), or `(mark, mark)` when the run is longer than `maximumTokenScan`.
    static func tokenBefore(_ units: UnsafeBufferPointer<UInt16>, mark: Int) -> (Int, Int) {
        var start = mark
        let limit = max(0, mark - maximumTokenScan)
        while start > limit && !isSpace(units[start - 1]) && !isOpener(units[start - 1]) { start -= 1 }
        if start == limit && limit > 0 && !isSpace(units[start - 1]) && !isOpener(units[start - 1]) { return (mark, mark) }
        return (start, mark)
    }

    /// The whitespace-delimited token around `index`.
    static func token(_ units: UnsafeBufferPointer<UInt16>, around index: Int) -> Range<Int> {
        var start = index
        while start > 0 && !isSpace(units[start - 1]) { start -= 1 }
        var end = index
        while end < units.count && !isSpace(units[end]) { end += 1 }
        return start..<end
    }

    static func tokenLooksLikeWebAddress(_ token: UnsafeBufferPointer<UInt16>) -> Bool {
        if DocumentCleaner.startsURL(token, at: 0) { return true }
        var allASCII = true
        var hasSlash = false
        for (offset, unit) in token.enumerated() {
            if unit == 0x40 { return true }  // "@": e-mail address
            if unit == 0x3A, offset + 2 < token.count, token[offset + 1] == 0x2F, token[offset + 2] == 0x2F { return true }
            if unit >= 0x80 { allASCII = false }
            if unit == 0x2F { hasSlash = true }
        }
        // Bare domains with a path (`pib.gov.in/PressRelease.aspx`).
        return allASCII && hasSlash
    }

    static func hasText(_ units: UnsafeBufferPointer<UInt16>, from index: Int) -> Bool {
        var cursor = index
        while cursor < units.count {
            if !isSpace(units[cursor]) { return true }
            cursor += 1
        }
        return false
    }

    @inline(__always) static func isSpace(_ unit: UInt16) -> Bool { DocumentCleaner.isSpace(unit) }

    @inline(__always) static func isDigit(_ unit: UInt16) -> Bool { TextCharacters.isDigit(UInt32(unit)) }

    @inline(__always) static func isLatinCapital(_ unit: UInt16) -> Bool { unit >= 0x41 && unit <= 0x5A }

    @inline(__always) static func isLatinLetter(_ unit: UInt16) -> Bool { (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) }

    @inline(__always) static func isDevanagari(_ unit: UInt16) -> Bool { TextCharacters.isDevanagari(UInt32(unit)) }

    /// Closing quotes and brackets, which stay with the sentence before them.
    @inline(__always) static func isCloser(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A: return true
        default: return false
        }
    }

    /// Closing quotation marks (not brackets).
    @inline(__always) static func isQuote(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0xBB, 0x2019, 0x201D, 0x203A: return true
        default: return false
        }
    }

    @inline(__always) static func isOpener(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x2039: return true
        default: return false
        }
    }
}
