/// One unit of text that Setu segments, aligns and stores: a sentence, headline, caption or a
/// non-translatable line of a document.
///
/// Offsets are Unicode scalar (code point) offsets into the original, un-normalized input, so
/// `Array(input.unicodeScalars)[start..<end]` (or `text[start:end]` in Python) gives the span back.
/// `text` is the segment as cleaned for translators: equal to the span, except where markup such as a
/// markdown link target was removed from inside it.
public struct Segment: Sendable, Hashable, Codable {
    /// Name of the document the segment comes from (usually its path; `-` for standard input).
    public var document: String
    /// Position of the segment within its document, from 0.
    public var index: Int
    /// Code point offset of the first character of the span in the original input.
    public var start: Int
    /// Code point offset one past the last character of the span in the original input.
    public var end: Int
    /// 1-based line number of the segment's first character.
    public var line: Int
    /// The segment text, trimmed, with web markup removed.
    public var text: String
    public var kind: SegmentKind
    public var script: ScriptMix
    public var language: LanguageGuess
    /// Index of the earlier segment this one repeats, when its whole line duplicates an earlier line.
    public var repeatOf: Int?
    /// Where each code point of `text` sits in the input, when `text` is not the verbatim span (markup such
    /// as a link target or `**` was removed from inside it); nil when `text` is the span itself.
    public var textOffsets: [Int32]?

    public init(
        document: String, index: Int, start: Int, end: Int, line: Int, text: String,
        kind: SegmentKind, script: ScriptMix, language: LanguageGuess, repeatOf: Int? = nil
    ) {
        self.document = document
        self.index = index
        self.start = start
        self.end = end
        self.line = line
        self.text = text
        self.kind = kind
        self.script = script
        self.language = language
        self.repeatOf = repeatOf
    }
}

extension Segment {
    /// The input offset of the code point at `offset` in `text` (`offset == text count` gives `end`).
    public func inputOffset(ofTextOffset offset: Int) -> Int {
        guard let textOffsets else { return start + offset }
        return offset < textOffsets.count ? Int(textOffsets[offset]) : end
    }

    /// The input span of the code points `range` of `text`.
    public func inputRange(ofTextRange range: Range<Int>) -> Range<Int> {
        let lower = inputOffset(ofTextOffset: range.lowerBound)
        guard !range.isEmpty else { return lower..<lower }
        return lower..<inputOffset(ofTextOffset: range.upperBound - 1) + 1
    }
}

/// What a segment is, as far as translation is concerned.
public enum SegmentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Running text ending (normally) in a sentence mark.
    case sentence
    /// A line that is a single unpunctuated unit: a news heading, a list item.
    case headline
    /// The alternative text of an image.
    case caption
    /// A line kept for completeness but not to be translated: bare numbers, site boilerplate.
    case nonTranslatable = "non-translatable"
}

/// Which writing systems the letters of a segment belong to.
public enum ScriptMix: String, Sendable, Hashable, Codable, CaseIterable {
    case devanagari
    case latin
    /// Letters of both Devanagari and Latin script.
    case mixed
    /// No Devanagari or Latin letters (numbers, symbols, other scripts).
    case other
}

/// Setu's guess at the language of a segment, from the share of words in each script.
public enum LanguageGuess: String, Sendable, Hashable, Codable, CaseIterable {
    case hindi = "hi"
    case english = "en"
    /// Substantial Hindi and English material (code-mixed).
    case mixed
    /// No linguistic content (BCP 47 `zxx`): numbers, symbols.
    case none = "zxx"
}
