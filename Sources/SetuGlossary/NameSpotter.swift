import SetuText

/// Spots name-like spans that the glossary does not cover: one to three Devanagari words after a title
/// (`विदेश मंत्री`, `प्रवक्ता`, `राष्ट्रपति`, `डॉ.`) up to the next postposition, and runs of capitalized
/// Latin words. Each suggestion carries a romanization (`HindiRomanizer`) as a proposed English form.
public struct NameSpotter: Sendable {
    public struct Suggestion: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var surface: String
        public var romanization: String
        public var confidence: Double
    }

    /// Words after which a name usually follows.
    public var titles: Set<String> = [
        "मंत्री", "प्रवक्ता", "राष्ट्रपति", "प्रधानमंत्री", "अध्यक्ष", "नेता", "सांसद", "विधायक", "मुख्यमंत्री", "राज्यपाल",
        "न्यायाधीश", "महासचिव", "समकक्ष", "श्री", "श्रीमती", "डॉ", "प्रो", "कप्तान", "निदेशक", "प्रमुख", "सचिव", "राजदूत",
    ]
    /// Words that end a name: postpositions, conjunctions, auxiliaries.
    public var stopwords: Set<String> = [
        "ने", "से", "को", "की", "के", "का", "में", "पर", "और", "तथा", "या", "है", "हैं", "था", "थे", "थी", "भी", "ही",
        "तक", "द्वारा", "लिए", "साथ", "बाद", "कहा", "बताया", "एवं", "जी", "व", "यह", "वह", "इस", "उस", "अपने", "अपनी",
    ]

    public init() {}

    /// Suggestions in `text` that do not overlap `known` matches.
    public func suggestions(in text: String, excluding known: [TermMatch]) -> [Suggestion] {
        let scalars = Array(text.unicodeScalars)
        var words: [(start: Int, end: Int, text: String)] = []
        var index = 0
        while index < scalars.count {
            guard TermTokens.isWordScalar(scalars[index].value) || scalars[index].value == 0x093C else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count && (TermTokens.isWordScalar(scalars[index].value) || scalars[index].value == 0x093C) {
                index += 1
            }
            words.append((start, index, String(String.UnicodeScalarView(scalars[start..<index]))))
        }
        let knownSpans = SpanIndex(known.map { $0.start..<$0.end })
        func covered(_ start: Int, _ end: Int) -> Bool { knownSpans.overlaps(start..<end) }
        func isLatinCapitalized(_ word: String) -> Bool { word.first.map { $0.isASCII && $0.isUppercase } ?? false }

        var result: [Suggestion] = []
        var position = 0
        while position < words.count {
            let word = words[position]
            var run: [Int] = []
            if titles.contains(word.text) {
                var next = position + 1
                while next < words.count && run.count < 3 && !stopwords.contains(words[next].text)
                    && !titles.contains(words[next].text) && !isLatinCapitalized(words[next].text)
                    && !covered(words[next].start, words[next].end)
                {
                    run.append(next)
                    next += 1
                }
                // A title followed by a single common word is rarely a name unless more follows.
                if run.count == 1 && next < words.count && !stopwords.contains(words[next].text) { run = [] }
            } else if isLatinCapitalized(word.text) && !covered(word.start, word.end) {
                var next = position
                while next < words.count && isLatinCapitalized(words[next].text) && !covered(words[next].start, words[next].end) {
                    run.append(next)
                    next += 1
                }
                if run.count < 2 { run = [] }
            }
            if let first = run.first, let last = run.last {
                let start = words[first].start
                let end = words[last].end
                let surface = String(String.UnicodeScalarView(scalars[start..<end]))
                let isLatin = isLatinCapitalized(surface)
                result.append(
                    Suggestion(
                        start: start, end: end, surface: surface,
                        romanization: isLatin ? surface : HindiRomanizer.romanize(surface),
                        confidence: isLatin ? 0.6 : 0.5))
                position = last + 1
            } else {
                position += 1
            }
        }
        return result
    }
}
