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
        let folded = SearchFolder(options: [.digits]).key(text)
        for number in Self.numbers(in: folded) { anchors.insert("number:" + number) }

        var offset = 0
        for word in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isWhitespace }) {
            let length = word.unicodeScalars.count
            defer { offset += length + 1 }
            guard !covered.contains(where: { $0.overlaps(offset..<offset + length) }) else { continue }
            let letters = word.filter { $0.isLetter || $0.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) } }
            guard let first = letters.unicodeScalars.first else { continue }
            let roman: String
            if (0x0900...0x097F).contains(first.value) {
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

    /// Digit runs with separators removed (`4,21,032` and `421,032` both give `421032`); single digits are
    /// too common to be evidence.
    static func numbers(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isASCII && character.isNumber {
                current.append(character)
            } else if character == "," || character == "." {
                continue
            } else {
                if current.count >= 2 { result.append(current) }
                current = ""
            }
        }
        if current.count >= 2 { result.append(current) }
        return result
    }

    /// See `PhoneticKey`.
    static func phoneticKey(_ word: String) -> String { PhoneticKey.of(word) }

    /// Postpositions, pronouns and auxiliaries, which romanize into keys that collide with English words.
    static let hindiFunctionWords: Set<String> = [
        "के", "का", "की", "को", "में", "से", "पर", "ने", "है", "हैं", "था", "थे", "थी", "और", "या", "कि", "तो", "भी", "ही",
        "यह", "वह", "ये", "वे", "इस", "उस", "इन", "उन", "एक", "लिए", "साथ", "बाद", "तक", "जो", "कर", "करने", "किया",
        "गया", "गई", "गए", "रहा", "रही", "रहे", "होगा", "होगी", "हो", "नहीं", "कहा", "बताया", "अपने", "अपनी", "उन्होंने",
    ]

    /// Whether a string has any Devanagari letter.
    static func isDevanagari(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }
    }
}
