import SetuCore
import SetuText

/// The spellings a glossary entry is also found under, derived from its listed ones: joined compounds,
/// acronyms spelled out letter by letter, letters and numbers apart, and sound-alike name spellings.
extension TermMatcher {
    /// The spellings of a Hindi phrase of two to four words with one or more inner spaces removed
    /// (`रूसी विदेश मंत्री` → `रूसीविदेशमंत्री`, `रूसी विदेशमंत्री`, `रूसीविदेश मंत्री`).
    static func joinedForms(_ spelling: String) -> [String] {
        let words = spelling.splitOnASCII(0x20).map(String.init)
        guard (2...4).contains(words.count),
            words.allSatisfy({ $0.unicodeScalars.count >= 2 && $0.unicodeScalars.allSatisfy { TextCharacters.isDevanagari($0.value) } })
        else { return [] }
        return (1..<(1 << (words.count - 1))).map { mask in
            var joined = words[0]
            for index in 1..<words.count { joined += (mask >> (index - 1)) & 1 == 1 ? words[index] : " " + words[index] }
            return joined
        }
    }

    /// The spellings of a Hindi phrase of up to three words with one compound word written apart
    /// (`मुख्यमंत्री` → `मुख्य मंत्री`, which also matches `मुख्य-मंत्री`), and of a hyphenated word written
    /// joined (`जम्मू-कश्मीर` → `जम्मूकश्मीर`). A word is split only between aksharas (never inside a conjunct
    /// or before a vowel sign) where both parts, of two aksharas or more, are words general Hindi uses
    /// (`HindiWordFrequency`, Zipf ≥ 3.5): भुवनेश्वर has no such split, रामनगर has राम नगर. Parts are
    /// compared by the hash of their search key, so a 100,000-entry glossary pays no string per cut.
    static func splitForms(_ spelling: String) -> [String] {
        let words = spelling.splitOnASCII(0x20).map(String.init)
        guard (1...3).contains(words.count) else { return [] }
        var forms: [String] = []
        for (position, word) in words.enumerated() {
            guard word.unicodeScalars.allSatisfy({ TextCharacters.isDevanagari($0.value) || $0 == "-" }) else { continue }
            if word.utf8.contains(0x2D) {
                var joined = words
                joined[position] = word.replacingOccurrences(of: "-", with: "")
                forms.append(joined.joined(separator: " "))
                continue
            }
            let scalars = SearchFolder().key(word).unicodeScalars.map(\.value)
            guard scalars.count >= 6 else { continue }
            for cut in 3...(scalars.count - 3) {
                let next = scalars[cut]
                let startsAkshara = (0x0904...0x0939).contains(next) || (0x0958...0x095F).contains(next)
                guard startsAkshara, scalars[cut - 1] != 0x094D,
                    Self.commonWords.contains(StableHash.of(scalars: scalars[..<cut])),
                    Self.commonWords.contains(StableHash.of(scalars: scalars[cut...])),
                    Self.aksharaCount(scalars[..<cut]) >= 2, Self.aksharaCount(scalars[cut...]) >= 2
                else { continue }
                let scalarString = { (part: ArraySlice<UInt32>) in String(String.UnicodeScalarView(part.compactMap(Unicode.Scalar.init))) }
                var apart = words
                apart[position] = scalarString(scalars[..<cut]) + " " + scalarString(scalars[cut...])
                forms.append(apart.joined(separator: " "))
            }
        }
        return forms
    }

    /// Hashes (`StableHash` of the search key's code points) of the words general Hindi uses, Zipf ≥ 3.5.
    static let commonWords: Set<UInt64> = Set(
        HindiWordFrequency.shared.keys(minimumZipf: 3.5).map { StableHash.of(scalars: $0.unicodeScalars.map(\.value)) })

    /// The English form with each word in co- + vowel hyphenated (Cooperation → Co-operation, coordination →
    /// co-ordination), or nil when it has no such word.
    static func coHyphenated(_ form: String) -> String? {
        var changed = false
        let words = form.splitOnASCII(0x20, omittingEmptySubsequences: false).map { word -> String in
            let lower = word.lowercased()
            guard lower.count >= 6, lower.hasPrefix("co"), let third = lower.dropFirst(2).first, "aeio".contains(third) else { return String(word) }
            changed = true
            return word.prefix(2) + "-" + word.dropFirst(2)
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// Aksharas in a run of Devanagari: consonants and independent vowels not joined to the one before by a
    /// virama (प्र is one, रिक two).
    static func aksharaCount(_ scalars: ArraySlice<UInt32>) -> Int {
        var count = 0
        var previous: UInt32 = 0
        for scalar in scalars {
            let starts = (0x0904...0x0939).contains(scalar) || (0x0958...0x095F).contains(scalar)
            if starts && previous != 0x094D { count += 1 }
            previous = scalar
        }
        return count
    }

    /// A spelling with each acronym word split into its letters: letter names (`एससीओ` → `एस सी ओ`), or, for
    /// an entry whose English has a capital-letter acronym, the syllables of a short word (`भाजपा` → `भा ज
    /// पा`). Nil when nothing splits.
    static func letterSpaced(_ spelling: String, syllables: Bool) -> String? {
        var changed = false
        let words = spelling.splitOnASCII(0x20).map { word -> String in
            if let names = HindiRomanizer.letterNames(of: String(word)) {
                changed = true
                return names.joined(separator: " ")
            }
            if syllables, !spelling.utf8.contains(0x20) {
                let aksharas = String(word).map(String.init)
                if (2...4).contains(aksharas.count), aksharas.allSatisfy({ $0.unicodeScalars.allSatisfy { TextCharacters.isDevanagari($0.value) } }) {
                    changed = true
                    return aksharas.joined(separator: " ")
                }
            }
            return String(word)
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// The spelling with a space between Devanagari letters and the digits that follow them in a word
    /// (`जी20 शिखर सम्मेलन` → `जी 20 शिखर सम्मेलन`), or nil when no word mixes them.
    static func digitsApart(_ spelling: String) -> String? {
        var result = ""
        var changed = false
        var previousIsLetter = false
        for scalar in spelling.unicodeScalars {
            let isDigit = TextCharacters.isDigit(scalar.value)
            if isDigit && previousIsLetter {
                result += " "
                changed = true
            }
            result.unicodeScalars.append(scalar)
            previousIsLetter = TextCharacters.isDevanagari(scalar.value) && !isDigit
        }
        return changed ? result : nil
    }

    /// A phrase of two or more words with its acronym words (letter names, at least two letters) in Latin
    /// capitals, as Hindi news often writes them (`एससीओ शिखर सम्मेलन` → `SCO शिखर सम्मेलन`), or nil when it
    /// has none or nothing else.
    static func latinAcronyms(_ spelling: String) -> String? {
        let words = spelling.splitOnASCII(0x20).map(String.init)
        guard words.count >= 2 else { return nil }
        var changed = false
        let mixed = words.map { word -> String in
            guard let letters = HindiRomanizer.decodeAcronym(word.unicodeScalars.map(\.value)) else { return word }
            changed = true
            return letters
        }
        guard changed, mixed.contains(where: { $0.unicodeScalars.contains { TextCharacters.isDevanagari($0.value) } }) else { return nil }
        return mixed.joined(separator: " ")
    }

    /// A name word with the spelling differences of transliterated names folded away: long vowels as short
    /// (ी→ि, ू→ु, ई→इ, ऊ→उ, initial आ→अ), ब as व, ॉ as ा, and the anusvara left out (सिंह / सिह, गांधी / गाधी).
    ///
    /// After a vowel, य with े or ी is the vowel itself (तोकायेव / तोकाएव, नयी / नई): written as ए, इ. न with a
    /// virama before स, श or ष is the anusvara (ज़ेलेन्स्की / ज़ेलेंस्की, फ्रान्स / फ्रांस), as search folding already
    /// has it before stops, and left out with it.
    static func soundAlike(_ scalars: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(scalars.count)
        scalars.withUnsafeBufferPointer { forEachSoundAlike($0) { result.append($0) } }
        return result
    }

    /// The `TermKey` of a word's sound-alike form, without building it.
    static func soundAlikeKey(_ scalars: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var key = TermKey.seed
        forEachSoundAlike(scalars) { key = TermKey.mix(key, TermKey.lowered($0)) }
        return key
    }

    /// Calls `emit` with each code point of the sound-alike form of `scalars`.
    @inline(__always)
    static func forEachSoundAlike(_ scalars: UnsafeBufferPointer<UInt32>, _ emit: (UInt32) -> Void) {
        forEachSoundAlike(scalars, while: { emit($0); return true })
    }

    /// Calls `emit` with the code points of the sound-alike form of `scalars` until it returns false.
    @inline(__always)
    static func forEachSoundAlike(_ scalars: UnsafeBufferPointer<UInt32>, while emit: (UInt32) -> Bool) {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == 0x0928, index > 0, index + 2 < scalars.count, scalars[index + 1] == 0x094D,
                (0x0936...0x0938).contains(scalars[index + 2])
            {
                index += 2  // न् before a sibilant is the anusvara, which the form leaves out (below)
                continue
            }
            if scalar == 0x092F, index > 0, index + 1 < scalars.count,
                (0x093E...0x094C).contains(scalars[index - 1]) || (0x0905...0x0914).contains(scalars[index - 1])
            {
                if scalars[index + 1] == 0x0947 {
                    if !emit(0x090F) { return }  // ये → ए
                    index += 2
                    continue
                }
                if scalars[index + 1] == 0x0940 {
                    if !emit(0x0907) { return }  // यी → ई → इ
                    index += 2
                    continue
                }
            }
            // A nasal sign left out (राजनाथ सिह for सिंह, गाधी): the commonest slip of a name's spelling.
            if scalar == 0x0902 && index > 0 {
                index += 1
                continue
            }
            if !emit(soundAlike(scalar, at: index)) { return }
            index += 1
        }
    }

    @inline(__always) static func soundAlike(_ scalar: UInt32, at offset: Int) -> UInt32 {
        switch scalar {
        case 0x0940: return 0x093F  // ी → ि
        case 0x0942: return 0x0941  // ू → ु
        case 0x0908: return 0x0907  // ई → इ
        case 0x090A: return 0x0909  // ऊ → उ
        case 0x0906 where offset == 0: return 0x0905  // आ → अ at the start
        case 0x092C: return 0x0935  // ब → व
        case 0x0949: return 0x093E  // ॉ → ा
        default: return scalar
        }
    }
}

extension TermMatcher {
    /// The key of a run of words: their `TermKey`s mixed in order.
    static func phraseKey(_ tokens: ArraySlice<TermTokens.Token>) -> UInt64 {
        var key = TermKey.seed
        for token in tokens { key = TermKey.mix(TermKey.mix(key, UInt32(truncatingIfNeeded: token.key)), UInt32(token.key >> 32)) }
        return key
    }

    /// A phrase of two to six words with a run of its words replaced by another spelling, no longer in words,
    /// of the entry that run spells alone (`owners`: the entry of each Hindi spelling by `phraseKey`), at most
    /// twelve forms.
    func substitutedForms(_ spelling: String, owners: KeyTable) -> [String] {
        let folded = folder.fold(spelling)
        let tokens = TermTokens(folded).tokens
        guard (2...6).contains(tokens.count), spelling.utf8.filter({ $0 == 0x20 }).count == tokens.count - 1 else { return [] }
        let words = spelling.splitOnASCII(0x20).map(String.init)
        var forms: [String] = []
        for start in tokens.indices {
            for end in (start + 1)...tokens.count where end - start < tokens.count {
                let key = Self.phraseKey(tokens[start..<end])
                guard let owner = owners[key], owner >= 0 else { continue }
                // Never a longer spelling: प्रधानमंत्री मोदी does not become प्रधानमंत्री नरेंद्र मोदी, two terms.
                for other in termbase.entries[Int(owner)].hindi where other.splitOnASCII(0x20).count <= end - start {
                    let otherTokens = TermTokens(folder.fold(other)).tokens
                    guard Self.phraseKey(otherTokens[...]) != key else { continue }
                    let form = (words[..<start] + [other] + words[end...]).joined(separator: " ")
                    if form != spelling && !forms.contains(form) { forms.append(form) }
                    if forms.count >= 12 { return forms }
                }
            }
        }
        return forms
    }
}
