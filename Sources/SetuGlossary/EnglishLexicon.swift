/// Frequent English words indexed by a consonant sound key, to find the English spelling of a loanword or
/// a foreign name written in Devanagari: कंप्यूटर and computer both key to `KNPTR`, बाइडेन and biden to `BDN`.
///
/// A candidate is accepted only when it sounds close to the romanization (a weighted edit distance in
/// which vowel and near-consonant differences are cheap) and ends the same way (a Hindi word ending in a
/// vowel needs an English word ending in a sounded vowel: मोदी never becomes "mode"). Words a glossary or
/// a translation memory supplies can be added and are preferred.
public struct EnglishLexicon: Sendable {
    /// Words by rank (most frequent first).
    private var words: [String] = []
    private var byKey: [String: [Int32]] = [:]
    private var wordSet: Set<String> = []

    /// The built-in lexicon: 40,000 frequent English words (wordfreq, CC BY-SA 4.0).
    public static let shared = EnglishLexicon(words: frequentWords.split(separator: "\n").map(String.init))

    public init<S: Sequence<String>>(words: S) {
        for word in words { add(word) }
    }

    /// Adds a word (lower-case letters); words added later rank after earlier ones.
    public mutating func add(_ word: String) {
        let lowered = word.lowercased()
        guard lowered.utf8.count >= 2, lowered.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), Self.isPronounceable(lowered) else { return }
        let key = SoundKey.english(lowered)
        guard !key.isEmpty else { return }
        byKey[key, default: []].append(Int32(words.count))
        // ch is sh in words from French (machine, parachute, brochure), and the w of ew a vowel (renewable,
        // रिन्यूएबल): such a word is found under both keys.
        for (from, to) in [("ch", "sh"), ("ew", "eu")] where lowered.contains(from) {
            let alternative = SoundKey.english(lowered.replacingOccurrences(of: from, with: to))
            if alternative != key && !alternative.isEmpty { byKey[alternative, default: []].append(Int32(words.count)) }
        }
        words.append(lowered)
        wordSet.insert(lowered)
    }

    /// False for an acronym in lower case (bcci, ntpc, bbc): no vowel, or three consonants that cannot begin an
    /// English word. Such words are read letter by letter (`HindiRomanizer` decodes their Hindi letter names),
    /// never by sound: बक्सा is not bcci.
    static func isPronounceable(_ word: String) -> Bool {
        let letters = Array(word.utf8)
        func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }
        guard letters.contains(where: isVowel) else { return false }
        guard letters.count >= 3, !letters.prefix(3).contains(where: isVowel) else { return true }
        return Self.threeConsonantOnsets.contains(String(decoding: letters.prefix(3), as: UTF8.self))
    }

    private static let threeConsonantOnsets: Set<String> = ["sch", "scr", "shr", "spl", "spr", "squ", "str", "thr", "chr", "phr", "sph", "scl"]

    public var count: Int { words.count }

    /// Every word, most frequent (or earliest added) first.
    public var allWords: [String] { words }

    /// True when the lexicon holds `word` (lower-cased).
    public func contains(_ word: String) -> Bool {
        wordSet.contains(word.lowercased())
    }

    /// The British spelling of `word`, as Indian English writes (centre, colour, programme, normalisation): the
    /// frequency list ranks the American spelling first. Endings -er, -or are changed only when the lexicon
    /// holds the British word (center → centre, but never water → watre); -ization always (-isation).
    func britishSpelling(of word: String) -> String {
        if let british = Self.britishWords[word] { return british }
        for (american, british) in [("ization", "isation"), ("izations", "isations")] where word.hasSuffix(american) {
            return word.dropLast(american.count) + british
        }
        for (american, british) in [("er", "re"), ("ers", "res"), ("or", "our"), ("ors", "ours")] where word.hasSuffix(american) && word.count >= american.count + 3 {
            let candidate = word.dropLast(american.count) + british
            if wordSet.contains(String(candidate)) { return String(candidate) }
        }
        return word
    }

    /// American spellings whose British form is not a regular change of ending.
    private static let britishWords: [String: String] = [
        "gray": "grey", "program": "programme", "programs": "programmes", "defense": "defence", "offense": "offence",
        "catalog": "catalogue", "dialog": "dialogue", "aluminum": "aluminium", "jewelry": "jewellery", "mold": "mould",
        "plow": "plough", "pajama": "pyjama", "pajamas": "pyjamas", "tire": "tyre", "tires": "tyres", "enrollment": "enrolment",
        "traveler": "traveller", "travelers": "travellers", "labeled": "labelled", "modeling": "modelling", "fueled": "fuelled",
    ]

    /// The English word that `romanization` (of a Hindi word whose consonants key to `key`) most likely
    /// spells, if one is close enough: the closest candidate within `limit` (cost per letter) among the
    /// `maximumRank` most frequent words, with its cost per letter and its frequency rank.
    /// - Parameters:
    ///   - endsInVowel: the Hindi word ends in a pronounced vowel.
    ///   - writtenAE: the Hindi word writes ै or ऐ, which loans use for English /æ/ (कैमरा), or ा + इ for /aɪ/
    ///     (फाइनेंस): its romanized ai may be a plain a. An ai from आ + य (कायस्थ) is not.
    ///   - shortA: its ai is written ै or ऐ alone, which is English /æ/ far more often than /aɪ/ (बैक is back, not
    ///     bike; वैन is van): the plain a is preferred, in short words too.
    func bestMatch(
        key: String, romanization: String, endsInVowel: Bool, limit: Double, maximumRank: Int = .max, writtenAE: Bool = true,
        shortA: Bool = false, shortU: Bool = true, minimumKey: Int = 2, lengths: VowelLengths? = nil, longI: Bool? = nil
    ) -> (word: String, cost: Double, rank: Int)? {
        guard key.count >= minimumKey, let candidates = byKey[key] else { return nil }
        let roman = Array(romanization.lowercased().utf8)
        let spellings = Self.spellings(roman, plainAI: writtenAE, preferPlain: shortA)
        var best: (word: String, cost: Double, rank: Int)?
        for index in candidates where Int(index) < maximumRank {
            let word = words[Int(index)]
            guard Self.endsInSoundedVowel(word) == endsInVowel, Self.startsAlike(roman, word) else { continue }
            // Accepted by the distance per written letter, ranked by the distance per sounded letter.
            var (cost, written) = Self.soundDistances(spellings, word, preferFirst: shortA, shortU: shortU, longI: longI ?? writtenAE)
            guard written / Double(max(roman.count, word.utf8.count)) <= limit else { continue }
            // The romanization writes ी and ि alike: an English spelling of the other length ranks lower
            // (स्टील is steel, not still; शीट sheet, not shit; मिल mill, not meal).
            if let lengths, lengths.longI != lengths.shortI {
                let (long, short) = Self.iLengths(word)
                if lengths.longI && !long || lengths.shortI && long && !short { cost += 0.02 }
            }
            // Frequency breaks ties: earlier (more frequent) words win at equal cost.
            if best == nil || cost < best!.cost - 1e-9 { best = (word, cost, Int(index)) }
        }
        return best
    }

    /// The lengths of the i vowels a Hindi word writes inside it (not a final one, which is as often English
    /// -y: सिटी, city).
    struct VowelLengths: Sendable {
        var longI = false
        var shortI = false

        init(_ word: [UInt32]) {
            for (index, scalar) in word.enumerated().dropLast() {
                // इ or ई after ा is the diphthong ai (साइंस, क्लाइंट), no i of its own.
                if index > 0, word[index - 1] == 0x093E, scalar == 0x0907 || scalar == 0x0908 { continue }
                if scalar == 0x0940 || scalar == 0x0908 { longI = true }
                if scalar == 0x093F || scalar == 0x0907 { shortI = true }
            }
        }
    }

    /// Whether an English spelling has a long e sound inside it (ee, ea, ie, ei: steel, seat, field) and a
    /// short i (hit, still; not the long i of a magic e: line).
    static func iLengths(_ word: String) -> (long: Bool, short: Bool) {
        let letters = Array(word.utf8)
        let (a, e, i, o, u) = (UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"))
        func isVowel(_ letter: UInt8) -> Bool { letter == a || letter == e || letter == i || letter == o || letter == u }
        var long = false
        var short = false
        for index in letters.indices.dropLast() {
            let (x, y) = (letters[index], letters[index + 1])
            if index + 2 < letters.count, (x == e && (y == e || y == a || y == i)) || (x == i && y == e) { long = true }
            guard x == i, index == 0 || !isVowel(letters[index - 1]), !isVowel(y) else { continue }
            // i + one consonant + a final e is a long i (line, time).
            if index + 3 == letters.count, letters[index + 2] == e { continue }
            short = true
        }
        return (long, short)
    }

    /// True when the first sounds agree, or are near (k/c/q, s/z, v/w, j/g …): न्यूस्पेस is not myspace,
    /// though m and n share a consonant key.
    static func startsAlike(_ roman: [UInt8], _ word: String) -> Bool {
        guard let first = roman.first, let english = pronounced(word).utf8.first else { return true }
        if first == english { return true }
        let vowels = Array("aeiou".utf8)
        if vowels.contains(first) && vowels.contains(english) { return true }
        return first < 128 && english < 128 && substitutionCosts[Int(first) << 7 | Int(english)] < 1
    }

    /// The romanization of a Hindi word as compared with English sounds: as it is, and for words of five
    /// letters or more also in plain vowels. Hindi writes English /æ/ with ै (कैमरा, चैनल), which romanizes as
    /// ai, and long vowels in English spellings as ee, oo (वैक्सीन → vaikseen): kamra, vaksin. Short words
    /// are left as they are: नायर (Nair) in plain vowels is one vowel from near.
    /// With `preferPlain`, the plain spelling comes first, even for a short word (`soundDistances` with
    /// `preferFirst` then prefers it on a tie).
    static func spellings(_ roman: [UInt8], plainAI: Bool = true, preferPlain: Bool = false) -> [[UInt8]] {
        // English pronunciations write x as ks (vaccine → vaksin); so does the romanization compared with them.
        let roman = roman.contains(UInt8(ascii: "x"))
            ? roman.flatMap { $0 == UInt8(ascii: "x") ? [UInt8(ascii: "k"), UInt8(ascii: "s")] : [$0] } : roman
        var plain: [UInt8] = []
        plain.reserveCapacity(roman.count)
        var index = 0
        while index < roman.count {
            let next = index + 1 < roman.count ? roman[index + 1] : 0
            switch (roman[index], next) {
            case (UInt8(ascii: "a"), UInt8(ascii: "i")) where plainAI: plain.append(UInt8(ascii: "a")); index += 2
            case (UInt8(ascii: "e"), UInt8(ascii: "e")): plain.append(UInt8(ascii: "i")); index += 2
            case (UInt8(ascii: "o"), UInt8(ascii: "o")): plain.append(UInt8(ascii: "u")); index += 2
            // फ is f in loans (वेलफेयर → welfare) as often as ph; not in short words (फैल is not fall).
            case (UInt8(ascii: "p"), UInt8(ascii: "h")) where roman.count >= 6: plain.append(UInt8(ascii: "f")); index += 2
            default: plain.append(roman[index]); index += 1
            }
        }
        if preferPlain && plainAI && plain != roman { return [plain, roman] }
        return plain == roman || plain.count < 5 ? [roman] : [roman, plain]
    }

    /// The smallest `distance` between the spellings of a romanized Hindi word and the ways `word` sounds:
    /// per sounded letter (centaur is no closer to सेंटर than center for spelling the same sounds with more
    /// letters), and whole (for a limit per written letter).
    /// - Parameter shortU: the Hindi word writes no long ā, so an English u may be its short a (see
    ///   `weakVowelSpelling`): लंच is lunch, लांच launch.
    /// - Parameter longI: the Hindi word writes the diphthong ai (ाइ, ै): an English i before a vowel may be
    ///   read long (`readings`).
    static func soundDistances(
        _ spellings: [[UInt8]], _ word: String, preferFirst: Bool = false, shortU: Bool = true, longI: Bool = false
    ) -> (perSound: Double, whole: Double) {
        var perSound = Double.infinity
        var whole = Double.infinity
        let (sounds, admitting) = readings(word, shortU: shortU, longI: longI)
        for (number, pronounced) in sounds.enumerated() {
            let sounds = Array(pronounced.utf8)
            // With `preferFirst`, another spelling costs a little more, so a tie goes to the first; a reading
            // that only ranks costs a little more too, so a word heard so already wins a tie (match, not much).
            for (index, spelling) in spellings.enumerated() {
                let cost = Self.distance(spelling, sounds) + (preferFirst && index > 0 ? 0.05 : 0) + (number < admitting ? 0 : 0.1)
                if number < admitting { whole = min(whole, cost) }
                perSound = min(perSound, cost / Double(max(spelling.count, sounds.count, 1)))
            }
        }
        return (perSound, whole)
    }

    /// Cost per letter of reading the romanized Hindi word `roman` as the English `word` (0 the same sound).
    static func soundCost(romanized roman: String, as word: String) -> Double {
        let bytes = Array(roman.lowercased().utf8)
        let english = word.lowercased()
        return soundDistances(spellings(bytes), english).whole / Double(max(bytes.count, english.utf8.count))
    }

    /// Rough spellings of how an English word sounds, in the letters Hindi romanization uses (station →
    /// steshan, mobile → mobail, school → skul, hockey → hoki, south → sauth), so that candidates are ranked
    /// by sound rather than by spelling. English spelling is ambiguous about a long i, so a longer word in
    /// -ine, -ite, -ile … has two: mine → main, machine → machin.
    static func pronunciations(_ word: String) -> [String] { readings(word, ranking: false, shortU: true, longI: false).sounds }

    /// `pronunciations`, then (with `ranking`) a reading that only ranks candidates already close enough
    /// (`weakVowelSpelling`); `admitting` counts the readings before it.
    static func readings(_ word: String, ranking: Bool = true, shortU: Bool, longI: Bool = false) -> (sounds: [String], admitting: Int) {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        // A plural in -es of a word with a silent e sounds as the word + s (games → gems, times → taims,
        // rifles → raifals).
        if word.count >= 5, word.hasSuffix("es"), !word.hasSuffix("ies") {
            let stem = Array(word.dropLast())
            let magic = !vowels.contains(stem[stem.count - 2]) && "aiou".contains(stem[stem.count - 3]) && !"cgsxz".contains(stem[stem.count - 2])
            let syllabicL = stem.count >= 4 && stem[stem.count - 2] == "l" && !vowels.contains(stem[stem.count - 3])
            if magic || syllabicL {
                let stemReadings = readings(String(stem), ranking: ranking, shortU: shortU, longI: longI)
                return (stemReadings.sounds.map { $0 + "s" }, stemReadings.admitting)
            }
        }
        var letters = Array(word)
        // A u after an initial g before a vowel is silent (guard, guide, guest).
        if letters.count >= 4, letters[0] == "g", letters[1] == "u", vowels.contains(letters[2]) { letters.remove(at: 1) }
        var alternative: [Character]?
        // Long vowels are written in capitals (E I O U) until the rewrite is done, so that no rule reads them
        // again: the ai of a long i is not the ai of rain, and the g of game stays hard.
        let long: [Character: Character] = ["a": "E", "i": "I", "o": "O", "u": "U", "y": "I"]  // style, type
        if letters.count >= 4, word.hasSuffix("are"), !vowels.contains(letters[letters.count - 4]) {
            // A final -are after a consonant is Hindi's एयर (care → केयर, welfare → वेलफेयर), as air is (chair).
            letters = Array(letters.dropLast(3)) + ["R"]
        } else if letters.count >= 4, word.hasSuffix("le"), !vowels.contains(letters[letters.count - 3]), letters[letters.count - 3] != "y" {
            // A final consonant + le is a syllable of its own (rifle → raifal, simple → simpal); one consonant
            // after a single vowel leaves the vowel long (title, cycle, table).
            let vowel = letters[letters.count - 4]
            let single = long[vowel] != nil && (letters.count == 4 || !vowels.contains(letters[letters.count - 5]))
            let consonant = letters[letters.count - 3]
            letters = Array(letters.dropLast(single ? 4 : 2)) + (single ? [long[vowel]!, consonant] : []) + ["a", "l"]
        } else if letters.count >= 4, letters.last == "e", !"aeiou".contains(letters[letters.count - 2]), "aiouy".contains(letters[letters.count - 3]),
            !"aeiou".contains(letters[letters.count - 4])
        {
            // Magic e: a single vowel, one consonant, a final e (not peace, please: ea is a vowel of its own).
            let vowel = letters[letters.count - 3]
            let consonant = letters[letters.count - 2]
            // Before the e, c and g are soft: police → polis, page → pej.
            // A long i before r is a syllable of its own (fire → फायर, wire → वायर).
            let sound: [Character] = consonant == "c" ? ["s"] : consonant == "g" ? ["j"] : consonant == "r" && vowel == "i" ? ["a", "r"] : [consonant]
            if vowel == "i" && letters.count >= 6 { alternative = Array(letters.dropLast(3)) + ["i"] + sound }
            letters = Array(letters.dropLast(3)) + [long[vowel]!] + sound
        } else if word.hasSuffix("ange") {
            letters = Array(letters.dropLast(4)) + Array("enj")  // change, range, strange
        } else if letters.count >= 5, word.hasSuffix("gue"), vowels.contains(letters[letters.count - 4]) {
            letters.removeLast(2)  // a silent ue after a vowel and g: league → लीग, dialogue, catalogue
        } else if letters.last == "e", letters.count > 3, !word.hasSuffix("ee") {
            letters.removeLast()
            // A c or g before the silent e is soft: finance → finans, bridge → brij.
            if letters.last == "c" { letters[letters.count - 1] = "s" } else if letters.last == "g" { letters[letters.count - 1] = "j" }
        }
        var sounds = [rewrite(letters)] + (alternative.map { [rewrite($0)] } ?? [])
        // ea is as often a short e (health, ready, break) as a long i (in short words mostly long: real, dear);
        // u in an open syllable is yu (security, music, community, unit).
        if word.count >= 5, word.contains("ea") {
            sounds.append(rewrite(Array(String(letters).replacingOccurrences(of: "ea", with: "e"))))
        }
        if let yu = Self.yuSpelling(letters) { sounds.append(rewrite(yu)) }
        // An i before another vowel in the first syllable is often a long i (diabetes → डायबिटीज, science →
        // साइंस, client → क्लाइंट), as often an ee (piano): the long reading is the alternative. Later in a word it
        // is rarely long (radio, russian: रसायन is not russian). Only where the Hindi writes ai (दलाल is no dial).
        if longI, let index = letters.indices.prefix(3).first(where: { $0 + 1 < letters.count && letters[$0] == "i" && "aeou".contains(letters[$0 + 1]) && ($0 == 0 || !"aeiou".contains(letters[$0 - 1])) }) {
            var long = letters
            long[index] = "I"
            sounds.append(rewrite(long))
        }
        // A short u read as Hindi's a ranks candidates but never admits one: बस is not bus, सब not sub.
        let admitting = sounds.count
        if ranking, let weak = Self.weakVowelSpelling(letters, shortU: shortU) { sounds.append(rewrite(weak)) }
        return (sounds, admitting)
    }

    /// The letters with the first u of an open syllable (after a consonant or at the start, before one
    /// consonant and a vowel) read as yu, or nil when there is none.
    static func yuSpelling(_ letters: [Character]) -> [Character]? {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        for index in letters.indices where letters[index] == "u" && index + 2 < letters.count {
            guard index == 0 || (!vowels.contains(letters[index - 1]) && letters[index - 1] != "q" && letters[index - 1] != "r"),
                !vowels.contains(letters[index + 1]), vowels.contains(letters[index + 2])
            else { continue }
            var spelled = letters
            spelled.insert("Y", at: index)  // a y no rule reads (the c of security stays hard)
            return spelled
        }
        return nil
    }

    /// The letters with the vowels Hindi writes as its short a read so, or nil when there are none: with
    /// `shortU`, every u of a closed syllable (before two consonants or a final one), English /ʌ/ (plus → प्लस,
    /// club → क्लब, public → पब्लिक, turn → टर्न); and an e or i before r and a consonant or the end (server →
    /// सर्वर, center → सेंटर, first → फर्स्ट). A vowel after a vowel or q is part of another sound (south, equal).
    static func weakVowelSpelling(_ letters: [Character], shortU: Bool) -> [Character]? {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var spelled = letters
        var changed = false
        for index in letters.indices.dropFirst() where (letters[index] == "e" || letters[index] == "i") && index + 1 < letters.count
            && letters[index + 1] == "r" && !vowels.contains(letters[index - 1]) && letters[index - 1].isLowercase
            && (index + 2 == letters.count || (letters[index + 2].isLowercase && !vowels.contains(letters[index + 2])))
        {
            spelled[index] = "a"
            changed = true
        }
        for index in letters.indices where shortU && letters[index] == "u" && index + 1 < letters.count {
            guard index == 0 || (!vowels.contains(letters[index - 1]) && letters[index - 1] != "q"),
                letters[index + 1].isLowercase, !vowels.contains(letters[index + 1]),
                index + 2 == letters.count || (letters[index + 2].isLowercase && !vowels.contains(letters[index + 2]))
            else { continue }
            spelled[index] = "a"
            changed = true
        }
        return changed ? spelled : nil
    }

    /// The first pronunciation of `word`.
    static func pronounced(_ word: String) -> String { pronunciations(word)[0] }

    /// Letter groups and the sounds they spell, tried in order at each position in one left-to-right pass,
    /// so that a sound once written is not rewritten (south: ou → au, which the au rule must not touch).
    static let soundRules: [(from: [Character], to: [Character])] = [
        ("tion", "shan"), ("sion", "shan"), ("cial", "shal"), ("tial", "shal"), ("cian", "shan"), ("ture", "char"), ("sch", "sk"), ("our", "or"), ("ph", "f"), ("ck", "k"), ("tch", "ch"), ("tech", "tek"), ("mech", "mek"), ("chem", "kem"),
        ("chn", "kn"), ("chl", "kl"), ("chr", "kr"), ("uild", "ild"), ("dg", "j"), ("dj", "j"), ("ohn", "on"),
        ("qu", "kv"), ("x", "ks"), ("ee", "i"), ("ea", "i"), ("oo", "u"), ("oup", "up"), ("ou", "au"), ("air", "eyar"), ("ai", "e"), ("ay", "e"),
        ("au", "o"), ("aw", "o"), ("oa", "o"), ("ey", "i"), ("ew", "yu"), ("ce", "se"), ("ci", "si"), ("cI", "sI"), ("cy", "si"),
        ("ch", "ch"), ("c", "k"), ("ge", "je"), ("gi", "ji"), ("gI", "jI"), ("gy", "ji"), ("igh", "ai"), ("gh", ""), ("w", "v"),
    ].map { (Array($0.0), Array($0.1)) }

    static func rewrite(_ letters: [Character]) -> String {
        var text: [Character] = []
        text.reserveCapacity(letters.count + 4)
        var index = 0
        while index < letters.count {
            if let rule = soundRules.first(where: { rule in
                index + rule.from.count <= letters.count && rule.from.indices.allSatisfy { letters[index + $0] == rule.from[$0] }
            }) {
                text += rule.to
                index += rule.from.count
            } else {
                text.append(letters[index])
                index += 1
            }
        }
        if text.last == "y" { text[text.count - 1] = "i" }
        var result = ""
        for character in text where result.last != character || "aeiou".contains(character) {
            switch character {
            case "E": result.append("e")
            case "I": result += "ai"
            case "O": result.append("o")
            case "U": result += "yu"
            case "Y": result.append("y")
            case "R": result += "eyar"
            default: result.append(character)
            }
        }
        return result
    }

    /// True when the written word ends in a vowel that is pronounced (`party`, `data`, `video`), not in a
    /// silent e (`mode`, `page`).
    static func endsInSoundedVowel(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        if "aiouy".contains(last) { return true }
        // A w after a vowel ends a vowel sound (new → न्यू, show → शो, law → लॉ).
        if last == "w", word.count >= 2, "aeo".contains(word[word.index(word.endIndex, offsetBy: -2)]) { return true }
        if word.hasSuffix("igh") { return true }  // high, sigh
        if last == "e" { return word.hasSuffix("ee") || word.hasSuffix("ie") || word.count <= 2 }
        return false
    }

    /// Edit distance in which vowels and near-consonants cost little, over lower-case ASCII letters.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a.isEmpty { return Double(b.count) }
        if b.isEmpty { return Double(a.count) }
        let costs = substitutionCosts
        func indel(_ letter: UInt8) -> Double { isSoft[Int(letter)] ? 0.5 : 1 }
        var previous = [Double](repeating: 0, count: b.count + 1)
        for j in 1...b.count { previous[j] = previous[j - 1] + indel(b[j - 1]) }
        var current = previous
        for i in 1...a.count {
            let x = a[i - 1]
            current[0] = previous[0] + indel(x)
            for j in 1...b.count {
                let y = b[j - 1]
                // A silent final e costs little.
                let deleteB = (j == b.count && y == UInt8(ascii: "e")) ? 0.2 : indel(y)
                let substitution = x == y ? 0 : (x < 128 && y < 128 ? costs[Int(x) << 7 | Int(y)] : 1)
                current[j] = min(previous[j - 1] + substitution, previous[j] + indel(x), current[j - 1] + deleteB)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Vowels, h and w: inserted or deleted at half the cost of a consonant.
    private static let isSoft: [Bool] = (0..<256).map { "aeiouyhw".utf8.contains(UInt8($0)) }

    /// Substitution costs between ASCII letters (index `x << 7 | y`): vowels 0.4, near consonants 0.3, else 1.
    private static let substitutionCosts: [Double] = {
        var costs = [Double](repeating: 1, count: 128 * 128)
        let vowels = Array("aeiouy".utf8)
        for x in vowels { for y in vowels where x != y { costs[Int(x) << 7 | Int(y)] = 0.4 } }
        for group in ["kcq", "szc", "vw", "jg", "td", "fp", "iye"] {
            let letters = Array(group.utf8)
            for x in letters { for y in letters where x != y { costs[Int(x) << 7 | Int(y)] = 0.3 } }
        }
        return costs
    }()
}

/// Consonant sound keys shared by English spellings and romanized Hindi: vowels and glides dropped,
/// consonants in broad classes (k c q → K, s z → S, v w → V, m n → N …), doubled letters collapsed.
enum SoundKey {
    /// The key of an English word (lower-case ASCII letters). Read as bytes: this runs for each of the
    /// lexicon's 40,000 words when a process first needs it.
    static func english(_ word: String) -> String {
        var word = word
        return word.withUTF8 { english(bytes: $0) }
    }

    private static func english(bytes letters: UnsafeBufferPointer<UInt8>) -> String {
        var classes: [UInt8] = []
        classes.reserveCapacity(letters.count + 2)
        var index = 0
        func at(_ offset: Int) -> UInt8? { index + offset < letters.count ? letters[index + offset] : nil }
        func starts(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= letters.count else { return false }
            return text.withUTF8Buffer { pattern in
                for offset in 0..<count where letters[index + offset] != pattern[offset] { return false }
                return true
            }
        }
        func isVowel(_ letter: UInt8?, y: Bool = false) -> Bool {
            guard let letter else { return false }
            return letter == 0x61 || letter == 0x65 || letter == 0x69 || letter == 0x6F || letter == 0x75 || (y && letter == 0x79)
        }
        func isSoftener(_ letter: UInt8?) -> Bool { letter == 0x65 || letter == 0x69 || letter == 0x79 }  // e i y
        let (S, K, C, R, F, T, G, V, J, N, H): (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0x53, 0x4B, 0x43, 0x52, 0x46, 0x54, 0x47, 0x56, 0x4A, 0x4E, 0x48)
        while index < letters.count {
            let letter = letters[index]
            let atStart = index == 0
            if atStart && (starts("kn") || starts("wr") || starts("ps")) {
                index += 1
                continue
            }
            if starts("sch") { classes += [S, K]; index += 3; continue }
            if starts("tch") { classes.append(C); index += 3; continue }
            // ch as k: before n, l, r (technical, chlorine, chrome) and in tech-, chem-, mech- (fintech, chemical).
            if starts("chr") || starts("chn") || starts("chl") || starts("chem") { classes.append(K); index += 2; continue }
            if starts("tech") || starts("mech") {
                classes += [letter == 0x74 ? T : N, K]
                index += 4
                continue
            }
            if starts("tio") || starts("sio") || starts("cio") { classes.append(S); index += 2; continue }
            if starts("ture") { classes += [C, R]; index += 4; continue }
            if starts("ch") { classes.append(C); index += 2; continue }
            if starts("ph") { classes.append(F); index += 2; continue }
            if starts("sh") { classes.append(S); index += 2; continue }
            if starts("th") { classes.append(T); index += 2; continue }
            if starts("gh") { if atStart { classes.append(G) }; index += 2; continue }
            if starts("ck") { classes.append(K); index += 2; continue }
            if starts("qu") { classes += [K, V]; index += 2; continue }
            if starts("dg") { classes.append(J); index += 2; continue }
            switch letter {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): break
            case UInt8(ascii: "x"): classes += [K, S]
            case UInt8(ascii: "c"): classes.append(isSoftener(at(1)) ? S : K)
            // Soft before e, i, y inside a word, and in a final -ge, -gy (college, energy); hard in a final -gi (yogi).
            case UInt8(ascii: "g"): classes.append(isSoftener(at(1)) && (at(2) != nil || at(1) != 0x69) ? J : G)
            case UInt8(ascii: "s"), UInt8(ascii: "z"): classes.append(S)
            case UInt8(ascii: "w"):
                // A w after a vowel and not before one is part of the vowel (show, law, lawn).
                let afterVowel = index > 0 && isVowel(letters[index - 1])
                let beforeVowel = isVowel(at(1), y: true)
                if !afterVowel || beforeVowel { classes.append(V) }
            case UInt8(ascii: "h"): if atStart { classes.append(H) }
            case UInt8(ascii: "m"), UInt8(ascii: "n"): classes.append(N)
            case UInt8(ascii: "k"), UInt8(ascii: "q"): classes.append(K)
            case UInt8(ascii: "v"): classes.append(V)
            default: classes.append(letter >= 0x61 && letter <= 0x7A ? letter - 0x20 : letter)
            }
            index += 1
        }
        var key: [UInt8] = []
        key.reserveCapacity(classes.count)
        for value in classes where key.last != value { key.append(value) }
        return String(decoding: key, as: UTF8.self)
    }

    /// The key of a romanized Hindi word's consonants (their Latin spellings, in order; `nasal` for
    /// anusvara or chandrabindu).
    static func hindi(_ consonants: [String]) -> String {
        var classes: [Character] = []
        for (index, consonant) in consonants.enumerated() {
            switch consonant {
            case "k", "kh", "q": classes.append("K")
            case "g", "gh": classes.append("G")
            case "ch", "chh": classes.append("C")
            case "j", "jh": classes.append("J")
            case "s", "sh", "z": classes.append("S")
            case "t", "th": classes.append("T")
            case "d", "dh": classes.append("D")
            case "n", "m", "nasal": classes.append("N")
            case "p": classes.append("P")
            // फ without its nukta writes English f (फाइनेंस, फोन) as often as फ़ does.
            case "f", "ph": classes.append("F")
            case "b", "bh": classes.append("B")
            case "v", "w": classes.append("V")
            case "r", "rh": classes.append("R")
            case "l": classes.append("L")
            case "h": if index == 0 { classes.append("H") }
            default: break  // y and anything else
            }
        }
        return collapse(classes)
    }

    private static func collapse(_ classes: [Character]) -> String {
        var key = ""
        for value in classes where key.last != value { key.append(value) }
        return key
    }
}
