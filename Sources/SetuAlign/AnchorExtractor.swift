import SetuGlossary
import SetuText

/// Finds the evidence that two sentences translate each other: glossary terms (a Hindi variant on one
/// side, the entry's English form on the other), numbers written in either digit script, and names or
/// acronyms that sound alike across scripts (the Hindi word romanized with `HindiRomanizer` and the
/// English word reduced to the same phonetic key).
public struct AnchorExtractor: Sendable {
    let matcher: TermMatcher?

    /// - Parameter matcher: the glossary matcher; nil aligns on numbers and names only.
    public init(matcher: TermMatcher?) {
        self.matcher = matcher
    }

    /// The anchors of a sentence, as readable keys (`term:astana`, `number:2024`, `name:lvrv`).
    public func anchors(in text: String) -> Set<String> {
        var anchors = Set<String>()
        var covered: [Range<Int>] = []
        if let matcher {
            for match in matcher.matches(in: text) {
                anchors.insert("term:" + match.entryID)
                covered.append(match.start..<match.end)
            }
        }
        // Single digits are too common to be evidence.
        for number in NumberExtractor.numbers(in: text) where number.digits.count >= 2 {
            anchors.insert("number:" + number.digits)
        }

        let coveredSpans = SpanIndex(covered)
        var offset = 0
        for word in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.unicodeScalars.allSatisfy { TextCharacters.isWhitespace($0.value) } }) {
            let length = word.unicodeScalars.count
            defer { offset += length + 1 }
            guard !coveredSpans.overlaps(offset..<offset + length) else { continue }
            let letters = String(String.UnicodeScalarView(word.unicodeScalars.filter { TextCharacters.isLetter($0.value) }))
            guard let first = letters.unicodeScalars.first else { continue }
            let roman: String
            if TextCharacters.isDevanagari(first.value) {
                guard !Self.hindiFunctionWords.contains(String(letters)) else { continue }
                roman = HindiRomanizer.romanize(String(letters))
            } else if first.properties.isUppercase {
                roman = String(letters)
            } else {
                continue
            }
            let key = Self.phoneticKey(roman)
            if key.count >= 3 { anchors.insert("name:" + key) }
        }
        return anchors
    }

    /// See `PhoneticKey`.
    static func phoneticKey(_ word: String) -> String { PhoneticKey.of(word) }

    /// Postpositions, pronouns and auxiliaries, which romanize into keys that collide with English words.
    static let hindiFunctionWords: Set<String> = [
        "के", "का", "की", "को", "में", "से", "पर", "ने", "है", "हैं", "था", "थे", "थी", "और", "या", "कि", "तो", "भी", "ही",
        "यह", "वह", "ये", "वे", "इस", "उस", "इन", "उन", "एक", "लिए", "साथ", "बाद", "तक", "जो", "कर", "करने", "किया",
        "गया", "गई", "गए", "रहा", "रही", "रहे", "होगा", "होगी", "हो", "नहीं", "कहा", "बताया", "अपने", "अपनी", "उन्होंने",
    ]

}
