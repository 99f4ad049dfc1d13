/// Finds English renderings placed next to Hindi on the same line, as web pages do with image captions
/// and headlines: `रूसी सेना के हमले में … Russian army attack …`.
///
/// A line qualifies when it splits into one Devanagari run and one following Latin run, each of at least
/// `minimumWords` words, and the two share at least one anchor (term, number or name) while their lengths
/// are plausible for a translation. The pair is low-confidence by nature.
public struct InlineTranslationDetector: Sendable {
    let anchors: AnchorExtractor
    public var minimumWords = 3

    public init(anchors: AnchorExtractor) {
        self.anchors = anchors
    }

    /// A detected pair: the Hindi run, the English run and the anchors they share.
    public struct Pair: Sendable, Hashable {
        public var hindi: String
        public var english: String
        public var anchors: [String]
        public var confidence: Double
    }

    /// The pair in `text`, if it holds a Hindi run followed by its English translation.
    public func detect(in text: String) -> Pair? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard let firstLatin = words.firstIndex(where: { Self.isLatinWord($0) }) else { return nil }
        let hindiWords = words[..<firstLatin]
        let englishWords = words[firstLatin...]
        guard hindiWords.count >= minimumWords, englishWords.count >= minimumWords,
            hindiWords.contains(where: { AnchorExtractor.isDevanagari(String($0)) }),
            !englishWords.contains(where: { AnchorExtractor.isDevanagari(String($0)) })
        else { return nil }
        let hindi = hindiWords.joined(separator: " ")
        let english = englishWords.joined(separator: " ")
        let ratio = Double(english.count) / Double(max(1, hindi.count))
        guard (0.5...2.2).contains(ratio) else { return nil }
        let shared = anchors.anchors(in: hindi).intersection(anchors.anchors(in: english))
        guard !shared.isEmpty else { return nil }
        return Pair(hindi: hindi, english: english, anchors: shared.sorted(), confidence: min(0.5, 0.25 + 0.1 * Double(shared.count)))
    }

    /// A word whose letters are Latin (digits and punctuation alone do not count).
    static func isLatinWord(_ word: Substring) -> Bool {
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { $0.isASCII }
    }
}
