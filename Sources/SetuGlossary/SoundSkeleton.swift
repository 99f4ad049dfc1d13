/// A coarse consonant skeleton shared by an English word and its Devanagari transcription, so an English
/// name written out in Hindi letters (`शंघाई कोऑपरेशन ऑर्गनाइजेशन`, `सिक्योरिटी काउंसिल`) can be found from the
/// glossary's English form.
///
/// Both sides reduce to eight consonant classes — velar (k c q g), sibilant and palatal (s z j sh ch), dental
/// and retroflex stops (t d th), labials (p b f v w), n, m, r, l — with vowels, y and h dropped and repeated
/// classes merged. The English side reads spelling the way Hindi transcribes sound: `tion`/`sion` as a
/// sibilant, `c` and `g` before e, i, y as sibilants, `x` as k+s, `w` after a vowel as part of the vowel.
/// Coarse on purpose: the classes absorb the usual transcription choices (ट or त for t, ज for z, व for w);
/// a whole phrase of two or more words must agree, which is what keeps native Hindi words from matching.
///
/// `PhoneticKey` answers a related question for the glossary builder (is this Latin mention the same name as
/// that romanized Hindi word?) on Latin letters after romanization. The skeleton reads Devanagari code
/// points directly, without the romanizer, because the matcher computes it for every word of the text.
enum SoundSkeleton {
    static let velar: UInt8 = 1, sibilant: UInt8 = 2, stop: UInt8 = 3, labial: UInt8 = 4
    static let nasal: UInt8 = 5, labialNasal: UInt8 = 6, rhotic: UInt8 = 7, lateral: UInt8 = 8

    /// Classes of the Devanagari block (U+0900…U+097F); 0 for letters that leave no consonant (vowels,
    /// matras, virama, य, ह) and 0xFF for what is not a letter of a word (digits, signs).
    static let devanagariClasses: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x80)
        func set(_ classValue: UInt8, _ scalars: ClosedRange<UInt32>...) {
            for range in scalars { for scalar in range { table[Int(scalar - 0x0900)] = classValue } }
        }
        set(velar, 0x0915...0x0918, 0x0958...0x095A)  // क ख ग घ, क़ ख़ ग़
        set(nasal, 0x0919...0x0919, 0x091E...0x091E, 0x0923...0x0923, 0x0928...0x0929, 0x0901...0x0902)  // ङ ञ ण न ऩ, ँ ं
        set(sibilant, 0x091A...0x091D, 0x0936...0x0938, 0x095B...0x095B)  // च छ ज झ, श ष स, ज़
        set(stop, 0x091F...0x0922, 0x0924...0x0927)  // ट ठ ड ढ, त थ द ध
        set(labial, 0x092A...0x092D, 0x0935...0x0935, 0x095E...0x095E)  // प फ ब भ, व, फ़
        set(labialNasal, 0x092E...0x092E)  // म
        set(rhotic, 0x0930...0x0931, 0x095C...0x095D)  // र ऱ, ड़ ढ़
        set(lateral, 0x0932...0x0934)  // ल ळ ऴ
        set(0xFF, 0x0966...0x096F, 0x0964...0x0965)  // digits, dandas
        return table
    }()

    /// `key` continued with the classes of a Devanagari word (allocation-free), or nil when the word has a
    /// scalar outside the Devanagari letters or leaves no class.
    @inline(__always)
    static func extend(_ key: UInt64, last: UInt8, devanagari word: UnsafeBufferPointer<UInt32>) -> (key: UInt64, last: UInt8)? {
        var key = key
        var last = last
        var any = false
        let complete = forEachClass(word) { value in
            any = true
            if value != last {
                key = TermKey.mix(key, UInt32(value))
                last = value
            }
        }
        return complete && any ? (key, last) : nil
    }

    /// Adds the number of consonant classes of a Devanagari word (repeats merged) to `count`.
    static func countClasses(_ word: UnsafeBufferPointer<UInt32>, into count: inout Int) {
        var found = 0
        _ = forEachClass(word) { _ in found += 1 }
        count += found
    }

    /// Calls `body` with each consonant class of a Devanagari word, repeated classes merged; false when the
    /// word has a scalar outside the Devanagari letters.
    @inline(__always)
    private static func forEachClass(_ word: UnsafeBufferPointer<UInt32>, _ body: (UInt8) -> Void) -> Bool {
        var previous: UInt8 = 0
        for offset in word.indices {
            let scalar = word[offset]
            guard scalar >= 0x0900 && scalar < 0x0980 else { return false }
            var value = devanagariClasses[Int(scalar &- 0x0900)]
            if value == 0xFF { return false }
            // An anusvara before a labial is an m (कैंप, कंपनी).
            if value == nasal, offset + 1 < word.count, (0x092A...0x092E).contains(word[offset + 1]) { value = labialNasal }
            if value != 0 && value != previous {
                body(value)
                previous = value
            }
        }
        return true
    }

    /// The skeleton of an English word as Hindi would transcribe its sound.
    static func english(_ word: Substring) -> [UInt8] {
        let letters = word.utf8.compactMap { byte -> UInt8? in
            let lower = byte | 0x20
            return byte < 0x80 && lower >= 0x61 && lower <= 0x7A ? lower : nil
        }
        func at(_ index: Int) -> UInt8 { index >= 0 && index < letters.count ? letters[index] : 0 }
        func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }
        func isFront(_ letter: UInt8) -> Bool { letter == UInt8(ascii: "e") || letter == UInt8(ascii: "i") || letter == UInt8(ascii: "y") }
        var classes: [UInt8] = []
        func emit(_ value: UInt8) { if classes.last != value { classes.append(value) } }
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = at(index + 1)
            switch Character(Unicode.Scalar(letter)) {
            case "t" where next == UInt8(ascii: "i") && (at(index + 2) == UInt8(ascii: "o") || at(index + 2) == UInt8(ascii: "a")):
                emit(sibilant)  // -tion, -tial
            case "t", "d": emit(stop)
            case "c" where next == UInt8(ascii: "k"):
                emit(velar)
                index += 1
            case "c" where next == UInt8(ascii: "h") || isFront(next): emit(sibilant)
            case "c", "k", "q": emit(velar)
            case "g" where isFront(next) && at(index + 1) != UInt8(ascii: "h"): emit(sibilant)
            case "g": emit(velar)
            case "s", "z", "j": emit(sibilant)
            case "x":
                emit(velar)
                emit(sibilant)
            case "p", "b", "f", "v": emit(labial)
            case "w" where index > 0 && isVowel(at(index - 1)): break
            case "w": emit(labial)
            case "n": emit(nasal)
            case "m": emit(labialNasal)
            case "r": emit(rhotic)
            case "l": emit(lateral)
            default: break  // vowels, y, h
            }
            index += 1
        }
        return classes
    }

    /// A hash of a skeleton, continuing `key` (the skeleton of the words before, whose last class is `last`);
    /// a class equal to the last one is merged, as within a word.
    static func extend(_ key: UInt64, last: UInt8, with classes: [UInt8]) -> (key: UInt64, last: UInt8, length: Int) {
        var key = key
        var last = last
        var length = 0
        for value in classes where value != last {
            key = TermKey.mix(key, UInt32(value))
            last = value
            length += 1
        }
        return (key, last, length)
    }
}
