/// Romanizes Hindi names the way English-language Indian media spell them: schwa deletion
/// (पुश्किन → Pushkin, not puśkina), ASCII only, and acronyms spelled with Hindi letter names decoded
/// (एससीओ → SCO, बीजेपी → BJP, यूएन → UN).
///
/// Schwa deletion follows the usual rule for Hindi: the inherent vowel is dropped at the end of a word
/// and in the context V C _ C V, scanning from the right. Complexity: O(n) per word.
public enum HindiRomanizer {
    /// Romanizes a phrase word by word; words are title-cased, acronyms upper-cased.
    public static func romanize(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "-" }).map { word -> String in
            let scalars = String(word).unicodeScalars.map(\.value).filter { $0 != 0x2E && $0 != 0x200C && $0 != 0x200D }
            if let acronym = decodeAcronym(scalars) { return acronym }
            let roman = romanizeWord(scalars)
            return roman.prefix(1).uppercased() + roman.dropFirst()
        }.joined(separator: " ")
    }

    // MARK: - Acronyms

    /// Hindi names of Latin letters, longest first so greedy decoding prefers डब्ल्यू over डी.
    static let letterNames: [(String, String)] = [
        ("डब्ल्यू", "W"), ("डबल्यू", "W"), ("एक्स", "X"), ("क्यू", "Q"), ("जेड", "Z"), ("ज़ेड", "Z"), ("वाई", "Y"),
        ("एच", "H"), ("एफ", "F"), ("एल", "L"), ("एम", "M"), ("एन", "N"), ("एस", "S"), ("आर", "R"), ("आई", "I"),
        ("बी", "B"), ("सी", "C"), ("डी", "D"), ("जी", "G"), ("जे", "J"), ("के", "K"), ("पी", "P"), ("टी", "T"),
        ("यू", "U"), ("वी", "V"), ("ए", "A"), ("ई", "E"), ("ओ", "O"),
    ]

    private static let letterScalars: [([UInt32], String)] = letterNames.map {
        ($0.0.unicodeScalars.map(\.value).filter { $0 != 0x093C }, $0.1)
    }

    /// The acronym spelled by `word`, if the whole word splits into at least two letter names.
    static func decodeAcronym(_ word: [UInt32]) -> String? {
        let word = word.filter { $0 != 0x093C }
        var letters = ""
        var index = 0
        outer: while index < word.count {
            for (name, letter) in letterScalars where index + name.count <= word.count {
                if Array(word[index..<index + name.count]) == name {
                    // A letter name ends where a new syllable starts: never split a conjunct or a vowel sign off.
                    let next = index + name.count
                    if next < word.count, isDependent(word[next]) { continue }
                    letters += letter
                    index = next
                    continue outer
                }
            }
            return nil
        }
        return letters.count >= 2 ? letters : nil
    }

    private static func isDependent(_ scalar: UInt32) -> Bool {
        (0x093A...0x094F).contains(scalar) || scalar == 0x0901 || scalar == 0x0902 || scalar == 0x0903
    }

    // MARK: - Words

    enum Part {
        case consonant(String)
        case vowel(String)
    }

    static func romanizeWord(_ word: [UInt32]) -> String {
        // 1. Letters to phonemes, with an explicit inherent vowel after consonants.
        var parts: [Part] = []
        var index = 0
        while index < word.count {
            let scalar = word[index]
            var next: UInt32 { index + 1 < word.count ? word[index + 1] : 0 }
            if let consonant = consonants[scalar] {
                var latin = consonant
                if next == 0x093C, let nukta = nuktaConsonants[scalar] {
                    latin = nukta
                    index += 1
                }
                parts.append(.consonant(latin))
                let following = index + 1 < word.count ? word[index + 1] : 0
                if following == 0x094D {
                    index += 2
                    continue
                }
                if let sign = vowelSigns[following] {
                    parts.append(.vowel(sign))
                    index += 2
                } else {
                    parts.append(.vowel("a?"))  // inherent vowel, may be deleted
                    index += 1
                }
                continue
            }
            if let vowel = independentVowels[scalar] {
                parts.append(.vowel(vowel))
            } else if scalar == 0x0902 || scalar == 0x0901 {
                parts.append(.consonant("n"))
            } else if scalar == 0x0903 {
                parts.append(.consonant("h"))
            } else if scalar < 0x80 {
                parts.append(.consonant(String(UnicodeScalar(UInt8(scalar)))))
            }
            index += 1
        }
        // 2. Schwa deletion, right to left.
        func isVowel(_ position: Int) -> Bool {
            guard position >= 0 && position < parts.count, case let .vowel(value) = parts[position] else { return false }
            return value != "" 
        }
        func isConsonant(_ position: Int) -> Bool {
            guard position >= 0 && position < parts.count, case .consonant = parts[position] else { return false }
            return true
        }
        var position = parts.count - 1
        while position >= 0 {
            if case .vowel("a?") = parts[position] {
                let final = position == parts.count - 1 && position > 1
                let medial = isConsonant(position - 1) && isVowel(position - 2) && isConsonant(position + 1)
                    && isVowel(position + 2)
                parts[position] = .vowel(final || medial ? "" : "a")
            }
            position -= 1
        }
        // 3. "ाय" before a consonant is written "ai" (रायपुर → Raipur, जायसवाल → Jaiswal).
        for offset in parts.indices.dropFirst() {
            guard case .consonant("y") = parts[offset], case .vowel("a") = parts[offset - 1] else { continue }
            let following = offset + 1 < parts.count ? parts[offset + 1] : .vowel("a")
            if case .vowel("") = following, offset + 2 < parts.count, case .consonant = parts[offset + 2] {
                parts[offset] = .consonant("i")
            } else if case .vowel("a") = following, offset + 3 < parts.count, case .consonant = parts[offset + 2],
                case .vowel("") = parts[offset + 3]
            {
                parts[offset] = .consonant("i")
                parts[offset + 1] = .vowel("")
            }
        }
        parts.removeAll { if case .vowel("") = $0 { return true } else { return false } }
        // 4. Spell, with English-media conventions.
        var result = ""
        for (offset, part) in parts.enumerated() {
            switch part {
            case let .consonant(latin):
                // व after a consonant is written w (स्वागत → swagat); anusvara before a labial is m.
                if latin == "v", offset > 0, case .consonant = parts[offset - 1] {
                    result += "w"
                } else if latin == "n", offset + 1 < parts.count, case let .consonant(next) = parts[offset + 1],
                    ["p", "b", "bh", "m", "ph"].contains(next), offset > 0, case .vowel = parts[offset - 1]
                {
                    result += "m"
                } else {
                    result += latin
                }
            case let .vowel(latin):
                result += latin
            }
        }
        return result
    }

    static let consonants: [UInt32: String] = [
        0x0915: "k", 0x0916: "kh", 0x0917: "g", 0x0918: "gh", 0x0919: "n", 0x091A: "ch", 0x091B: "chh",
        0x091C: "j", 0x091D: "jh", 0x091E: "n", 0x091F: "t", 0x0920: "th", 0x0921: "d", 0x0922: "dh", 0x0923: "n",
        0x0924: "t", 0x0925: "th", 0x0926: "d", 0x0927: "dh", 0x0928: "n", 0x092A: "p", 0x092B: "ph", 0x092C: "b",
        0x092D: "bh", 0x092E: "m", 0x092F: "y", 0x0930: "r", 0x0932: "l", 0x0935: "v", 0x0936: "sh", 0x0937: "sh",
        0x0938: "s", 0x0939: "h", 0x0958: "q", 0x0959: "kh", 0x095A: "gh", 0x095B: "z", 0x095C: "r", 0x095D: "rh",
        0x095E: "f", 0x095F: "y",
    ]
    static let nuktaConsonants: [UInt32: String] = [
        0x0915: "q", 0x0916: "kh", 0x0917: "gh", 0x091C: "z", 0x0921: "r", 0x0922: "rh", 0x092B: "f",
    ]
    static let vowelSigns: [UInt32: String] = [
        0x093E: "a", 0x093F: "i", 0x0940: "i", 0x0941: "u", 0x0942: "u", 0x0943: "ri", 0x0947: "e", 0x0948: "ai",
        0x094B: "o", 0x094C: "au", 0x0949: "o", 0x0945: "e",
    ]
    static let independentVowels: [UInt32: String] = [
        0x0905: "a", 0x0906: "a", 0x0907: "i", 0x0908: "i", 0x0909: "u", 0x090A: "u", 0x090B: "ri", 0x090F: "e",
        0x0910: "ai", 0x0913: "o", 0x0914: "au", 0x0911: "o",
    ]
}
