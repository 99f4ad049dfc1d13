/// Cleans one line of web text before segmentation.
///
/// - Markdown images `![alt](url)` become a caption piece holding the alt text; the URL is dropped.
///   An image also separates the text before it from the text after it.
/// - Markdown links `[text](url)` keep their text; the target is dropped.
/// - Heading marks (`# `), bullets (`- `, `* `, `• `), block quotes (`> `) and `**` emphasis are dropped.
/// - A line of bare URLs produces nothing; a line without words (`0`, `175`, `---`) or a boilerplate
///   line (`ट्रेंडिंग न्यूज`, `यह भी पढ़ें: …`) becomes one non-translatable piece, never silently lost.
///
/// Every removal is reported as a note. Complexity: O(n) in the line length; lines without `[`,
/// `**` or a leading mark are not copied.
struct DocumentCleaner {
    struct Piece {
        enum Kind {
            case text
            case caption
            case nonTranslatable
        }
        var kind: Kind
        /// Extent in line coordinates (the whole piece, trimmed).
        var range: Range<Int>
        /// Units after markup removal, when they differ from the line; `origin[i]` is the line index of
        /// `cleaned[i]`.
        var cleaned: [UInt16]? = nil
        var origin: [Int32]? = nil
    }

    struct Note {
        var range: Range<Int>
        var action: CleaningNote.Action
        var detail: String
    }

    struct Result {
        var pieces: [Piece] = []
        var isHeading = false
        var notes: [Note] = []
    }

    let rules: CleaningRules

    init(rules: CleaningRules) {
        self.rules = rules
    }

    func clean(_ line: UnsafeBufferPointer<UInt16>) -> Result {
        var result = Result()
        var (start, end) = Self.trim(line, 0, line.count)
        guard start < end else { return result }

        start = stripLeadingMarkup(line, start, end, into: &result)
        guard start < end else { return result }

        var needsGeneralPath = false
        var index = start
        while index < end {
            let unit = line[index]
            if unit == 0x5B || (unit == 0x2A && index + 1 < end && line[index + 1] == 0x2A) {  // "[" or "**"
                needsGeneralPath = true
                break
            }
            index += 1
        }
        if !needsGeneralPath {
            classify(line, range: start..<end, cleaned: nil, origin: nil, into: &result)
            return result
        }
        cleanMarkup(line, start, end, into: &result)
        return result
    }

    // MARK: - Leading markup

    private func stripLeadingMarkup(
        _ line: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, into result: inout Result
    ) -> Int {
        var cursor = start
        let first = line[start]
        if first == 0x23 {  // "#": markdown heading
            while cursor < end && line[cursor] == 0x23 && cursor - start < 6 { cursor += 1 }
            guard cursor < end, Self.isSpace(line[cursor]) else { return start }
            result.isHeading = true
        } else if first == 0x2D || first == 0x2A || first == 0x2B || first == 0x2022 || first == 0x3E {
            // "-", "*", "+", "•" bullets and ">" quotes, only when a space follows.
            cursor += 1
            guard cursor < end, Self.isSpace(line[cursor]) else { return start }
        } else {
            return start
        }
        let (trimmed, _) = Self.trim(line, cursor, end)
        result.notes.append(Note(range: start..<trimmed, action: .removedMarkup, detail: Self.text(line, start..<cursor)))
        return trimmed
    }

    // MARK: - Inline markup

    private func cleanMarkup(_ line: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, into result: inout Result) {
        var units: [UInt16] = []
        var origin: [Int32] = []
        func flush() {
            if !units.isEmpty {
                let lower = Int(origin.first!)
                let upper = Int(origin.last!) + 1
                classify(line, range: lower..<upper, cleaned: units, origin: origin, into: &result)
            }
            units.removeAll()
            origin.removeAll()
        }
        var index = start
        while index < end {
            let unit = line[index]
            if unit == 0x21, index + 1 < end, line[index + 1] == 0x5B,  // "!["
                let (textEnd, targetEnd) = Self.parseLink(line, openBracket: index + 1, end: end)
            {
                flush()
                let (altStart, altEnd) = Self.trim(line, index + 2, textEnd)
                if altStart < altEnd {
                    result.pieces.append(Piece(kind: .caption, range: altStart..<altEnd))
                    result.notes.append(
                        Note(
                            range: textEnd + 1..<targetEnd, action: .removedImageURL,
                            detail: Self.text(line, textEnd + 2..<targetEnd - 1)))
                } else {
                    result.notes.append(
                        Note(range: index..<targetEnd, action: .removedEmptyImage, detail: Self.text(line, index..<targetEnd)))
                }
                index = targetEnd
                continue
            }
            if unit == 0x5B, let (textEnd, targetEnd) = Self.parseLink(line, openBracket: index, end: end) {
                for inner in index + 1..<textEnd {
                    units.append(line[inner])
                    origin.append(Int32(inner))
                }
                result.notes.append(
                    Note(
                        range: textEnd + 1..<targetEnd, action: .removedLinkTarget,
                        detail: Self.text(line, textEnd + 2..<targetEnd - 1)))
                index = targetEnd
                continue
            }
            if unit == 0x2A, index + 1 < end, line[index + 1] == 0x2A {  // "**" emphasis
                result.notes.append(Note(range: index..<index + 2, action: .removedMarkup, detail: "**"))
                index += 2
                continue
            }
            units.append(unit)
            origin.append(Int32(index))
            index += 1
        }
        flush()
    }

    /// Longest link text and link target (UTF-16 units) the cleaner recognizes. Real links are far shorter;
    /// the bounds keep cleaning linear on any input (a line of a million `[` included).
    static let maximumLinkText = 1_000
    static let maximumLinkTarget = 8_000

    /// Parses `[text](target)` starting at `openBracket`.
    /// - Returns: index of the closing `]` and the index just past the closing `)`, or nil if not a link.
    static func parseLink(_ line: UnsafeBufferPointer<UInt16>, openBracket: Int, end: Int) -> (Int, Int)? {
        var depth = 0
        var index = openBracket
        var closeBracket: Int? = nil
        let textEnd = min(end, openBracket + maximumLinkText)
        while index < textEnd {
            let unit = line[index]
            if unit == 0x5B { depth += 1 }
            if unit == 0x5D {
                depth -= 1
                if depth == 0 {
                    closeBracket = index
                    break
                }
            }
            index += 1
        }
        guard let closeBracket, closeBracket + 1 < end, line[closeBracket + 1] == 0x28 else { return nil }
        depth = 0
        index = closeBracket + 1
        let targetEnd = min(end, index + maximumLinkTarget)
        while index < targetEnd {
            let unit = line[index]
            if unit == 0x28 { depth += 1 }
            if unit == 0x29 {
                depth -= 1
                if depth == 0 { return (closeBracket, index + 1) }
            }
            // A link target has no spaces except before a quoted title (`(url "title")`, `(url 'title')`,
            // CommonMark §6.3), which may hold spaces; any other space-separated word means prose.
            if unit == 0x20 {
                guard index + 1 < targetEnd, line[index + 1] == 0x22 || line[index + 1] == 0x27 else { return nil }
                let quote = line[index + 1]
                var close = index + 2
                while close < targetEnd && line[close] != quote { close += 1 }
                guard close < targetEnd else { return nil }
                index = close + 1
                continue
            }
            index += 1
        }
        return nil
    }

    // MARK: - Classification

    private func classify(
        _ line: UnsafeBufferPointer<UInt16>, range: Range<Int>, cleaned: [UInt16]?, origin: [Int32]?,
        into result: inout Result
    ) {
        func finish(_ units: UnsafeBufferPointer<UInt16>, offset: Int) {
            let (start, end) = Self.trim(units, 0, units.count)
            guard start < end else { return }
            let lineRange: Range<Int>
            if let origin {
                lineRange = Int(origin[start])..<Int(origin[end - 1]) + 1
            } else {
                lineRange = offset + start..<offset + end
            }
            let body = UnsafeBufferPointer(rebasing: units[start..<end])
            if Self.isURLOnly(body) {
                result.notes.append(Note(range: lineRange, action: .removedURL, detail: Self.text(body, 0..<body.count)))
                return
            }
            var reason: String? = nil
            if !Self.hasWords(body) {
                reason = body.contains(where: { TextCharacters.isDigit(UInt32($0)) }) ? "numbers only" : "no words"
            } else if isBoilerplate(body) {
                reason = "boilerplate"
            }
            if let reason {
                result.pieces.append(Piece(kind: .nonTranslatable, range: lineRange))
                result.notes.append(Note(range: lineRange, action: .nonTranslatable, detail: reason))
                return
            }
            if let cleaned, let origin {
                result.pieces.append(
                    Piece(
                        kind: .text, range: lineRange, cleaned: Array(cleaned[start..<end]),
                        origin: Array(origin[start..<end])))
            } else {
                result.pieces.append(Piece(kind: .text, range: lineRange))
            }
        }
        if let cleaned {
            cleaned.withUnsafeBufferPointer { finish($0, offset: 0) }
        } else {
            finish(UnsafeBufferPointer(rebasing: line[range]), offset: range.lowerBound)
        }
    }

    private func isBoilerplate(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let first = units.first else { return false }
        let firstKey = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
        guard rules.firstUnits.contains(firstKey) else { return false }
        var key: [UInt16] = []
        UTF16Text.lightFold(units, lowercase: true, into: &key, limit: rules.longestPattern + 2)
        return rules.isBoilerplate(key: key, wholeLine: key.count < rules.longestPattern + 2)
    }

    /// True when the text contains at least one letter of any script (`TextCharacters.isLetter`).
    static func hasWords(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        units.contains { TextCharacters.isLetter(UInt32($0)) }
    }

    /// True when every space-separated token is a URL (`http://`, `https://`, `www.`).
    static func isURLOnly(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var index = 0
        var sawToken = false
        while index < units.count {
            while index < units.count && isSpace(units[index]) { index += 1 }
            guard index < units.count else { break }
            guard startsURL(units, at: index) else { return false }
            sawToken = true
            while index < units.count && !isSpace(units[index]) { index += 1 }
        }
        return sawToken
    }

    static func startsURL(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        func matches(_ pattern: String) -> Bool {
            var cursor = index
            for expected in pattern.utf16 {
                guard cursor < units.count else { return false }
                var unit = units[cursor]
                if unit >= 0x41 && unit <= 0x5A { unit += 0x20 }
                if unit != expected { return false }
                cursor += 1
            }
            return true
        }
        return matches("http://") || matches("https://") || matches("www.")
    }

    // MARK: - Helpers

    /// Spaces for trimming and tokenizing lines: `TextCharacters.isBlank`.
    @inline(__always) static func isSpace(_ unit: UInt16) -> Bool { TextCharacters.isBlank(UInt32(unit)) }

    static func trim(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> (Int, Int) {
        var start = start
        var end = end
        while start < end && isSpace(units[start]) { start += 1 }
        while end > start && isSpace(units[end - 1]) { end -= 1 }
        return (start, end)
    }

    static func text(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(units.count, max(range.lowerBound, range.upperBound))
        return String(decoding: UnsafeBufferPointer(rebasing: units[clamped]), as: UTF16.self)
    }
}
