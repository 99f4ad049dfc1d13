/// The context tests of `SentenceSplitter` that look past a candidate boundary: the next word, and the
/// hashtags of a quoted post.
extension SentenceSplitter {
    /// The letters of the word starting at or after `position` (spaces and opening quotes skipped), or nil
    /// when punctuation or the end comes first.
    func nextWord(_ units: UnsafeBufferPointer<UInt16>, from position: Int) -> Range<Int>? {
        var start = position
        while start < units.count && (Self.isSpace(units[start]) || Self.isOpener(units[start])) { start += 1 }
        var end = start
        let limit = min(units.count, start + Self.maximumTokenScan)
        while end < limit && TextCharacters.isWordCharacter(UInt32(units[end])) { end += 1 }
        return end > start ? start..<end : nil
    }

    /// A social-media post quoted in an article ends with its hashtags and handles: `"… गर्व है। #TeamIndia
    /// @BCCI" इसके बाद …`. A boundary right after a sentence mark that is followed only by tags (`#…`, `@…`),
    /// emoji and symbols up to a closing quote moves past that quote, so the tags stay with their sentence.
    func moveBoundariesPastTrailingTags(_ units: UnsafeBufferPointer<UInt16>) {
        var moved = false
        for (index, candidate) in candidates.enumerated() {
            var cursor = candidate
            var sawTag = false
            var closedAt: Int?
            let limit = min(units.count, candidate + 400)
            scan: while cursor < limit {
                let unit = units[cursor]
                if Self.isSpace(unit) {
                    cursor += 1
                } else if unit == 0x23 || unit == 0x40 {  // # or @: a tag or handle runs to the next space
                    sawTag = true
                    while cursor < limit && !Self.isSpace(units[cursor]) && !Self.isCloser(units[cursor]) { cursor += 1 }
                } else if Self.isCloser(unit) && unit != 0x29 && unit != 0x5D {
                    while cursor < limit && Self.isCloser(units[cursor]) { cursor += 1 }
                    closedAt = cursor
                    break scan
                } else if unit >= 0x2000 && !Self.isOpener(unit) && !Self.isDevanagari(unit) {
                    cursor += 1  // emoji, their variation selectors and joiners, symbols (surrogates included)
                } else {
                    break scan
                }
            }
            if sawTag, let closedAt, Self.hasText(units, from: closedAt) {
                candidates[index] = closedAt
                moved = true
            }
        }
        if moved { candidates = Array(Set(candidates)).sorted() }
    }

}
