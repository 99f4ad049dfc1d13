import Foundation
import SetuCore
import SetuText

/// Romanizes Hindi the way English-language Indian media spell it: schwa deletion (रणधीर → Randhir,
/// not Ranadhira), the inherent vowel kept after a final cluster (कृष्ण → Krishna, महाराष्ट्र →
/// Maharashtra), anusvara as the homorganic nasal (गांधी → Gandhi, अंबाला → Ambala, सिंह → Singh), nukta
/// letters as their Perso-Arabic and English sounds (ज़ → z, फ़ → f, ड़ → r), `ज्ञ` as gy, व as w in a
/// cluster and in medial वा (स्वामी → Swami, तिवारी → Tiwari), `श्री` opening a name as Sri, place
/// names split at their common endings (-नगर, -पुर, -गढ़ …), and acronyms spelled with Hindi letter names
/// decoded (एससीओ → SCO, बीजेपी → BJP).
///
/// Schwa deletion follows the usual rule for Hindi, scanning from the right: the inherent vowel is
/// dropped at the end of a word (unless a consonant cluster precedes it) and in the contexts V C _ C V
/// and V C _ C C V. Complexity: O(n) per word.
public enum HindiRomanizer {
    /// Romanizes a phrase word by word; words are title-cased, acronyms upper-cased.
    public static func romanize(
        _ text: String, lexicon: EnglishLexicon? = nil, useBuiltInLexicon: Bool = true, gazetteer: Bool = true,
        loans: LoanLookup = .marked
    ) -> String {
        joined(words(text, lexicon: lexicon, useBuiltInLexicon: useBuiltInLexicon, gazetteer: gazetteer, loans: loans))
    }

    /// The words as one text, initials written together as English writes them (बी. सी. चेंगप्पा → B.C.
    /// Chengappa).
    public static func joined(_ words: [Word]) -> String {
        var text = ""
        for (index, word) in words.enumerated() {
            let initial = word.text.count == 2 && word.text.hasSuffix(".")
            if index > 0 && !(initial && words[index - 1].text.count == 2 && words[index - 1].text.hasSuffix(".")) { text += " " }
            text += word.text
        }
        return text
    }

    /// The id of a glossary entry that has no English yet (`hi-randhir`): the Hindi romanized by the letter
    /// rules alone, so that it does not change when the lexicon, the gazetteer or the loan heuristics do (ids
    /// are stored with term occurrences).
    public static func entryID(hindi: String) -> String {
        TermEntry.defaultID(for: "hi " + romanize(hindi, useBuiltInLexicon: false, gazetteer: false))
    }

    /// Which words are looked up in the English lexicon as possible loans.
    public enum LoanLookup: Sendable {
        /// Only words with the marks of an English loan (ॉ, clusters and endings Hindi's own words do not
        /// make: रिपोर्ट, स्टेशन). Names and Hindi words keep their own spelling; what derived keys use.
        case marked
        /// Also unmarked words that sound almost exactly like a frequent English word (टीम → team, बैंक →
        /// bank, होटल → hotel), unless they carry sounds English loans do not (retroflex flaps, most
        /// aspirates) or the phrase has words that are not English (शरद पवार stays Sharad Pawar). For words
        /// and phrases that are not people's names; a lone Hindi word that sounds like an English one
        /// (होली, holy) is the price.
        case likely
    }

    /// One romanized word and how it was made.
    public struct Word: Sendable, Hashable {
        public var text: String
        /// `acronym`, `gazetteer` (CLDR), `names` (`PersonNames`), `lexicon` (an English word), `rules`.
        public var method: String
    }

    /// The romanization of each word of `text`.
    /// - Parameter lexicon: English words a loanword or foreign name may be spelled as; nil for the built-in
    ///   list (`EnglishLexicon.shared`, built on first use) unless `useBuiltInLexicon` is false (rules only).
    /// - Parameter gazetteer: look countries, languages and cities up in CLDR first.
    public static func words(
        _ text: String, lexicon: EnglishLexicon? = nil, useBuiltInLexicon: Bool = true, gazetteer: Bool = true,
        loans: LoanLookup = .marked
    ) -> [Word] {
        // With the built-in lists only, the result depends on the arguments alone: remembered per process, as
        // name spotting asks for the same names in segment after segment.
        guard lexicon == nil else { return uncachedWords(text, lexicon: lexicon, useBuiltInLexicon: useBuiltInLexicon, gazetteer: gazetteer, loans: loans) }
        let key = RomanizationCache.Key(text: text, useBuiltInLexicon: useBuiltInLexicon, gazetteer: gazetteer, likely: loans == .likely)
        if let cached = RomanizationCache.shared.value(for: key) { return cached }
        let words = uncachedWords(text, lexicon: nil, useBuiltInLexicon: useBuiltInLexicon, gazetteer: gazetteer, loans: loans)
        RomanizationCache.shared.store(words, for: key)
        return words
    }

    private static func uncachedWords(
        _ text: String, lexicon: EnglishLexicon?, useBuiltInLexicon: Bool, gazetteer: Bool, loans: LoanLookup
    ) -> [Word] {
        var words = lookedUpWords(text, lexicon: lexicon, useBuiltInLexicon: useBuiltInLexicon, gazetteer: gazetteer, loans: loans)
        // The letter rules alone (no lexicon, no gazetteer) are what entry ids are made of: left as they are.
        guard useBuiltInLexicon || lexicon != nil || gazetteer else { return words }
        // A word ending in ी and प, त or न is written with ee in English spellings (संदीप → Sandeep,
        // हरप्रीत → Harpreet, नवीन → Naveen, गीत → geet).
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" })
        guard tokens.count == words.count else { return words }
        for position in words.indices where words[position].method == "rules" {
            let scalars = letters(of: tokens[position])
            guard scalars.count >= 3, scalars[scalars.count - 2] == 0x0940, [0x092A, 0x0924, 0x0928].contains(scalars[scalars.count - 1])
            else { continue }
            let text = words[position].text
            guard text.count >= 3, text.dropLast().hasSuffix("i") else { continue }
            words[position].text = String(text.dropLast(2)) + "ee" + String(text.suffix(1))
        }
        return words
    }

    /// True for a gazetteer entry whose English writes the Hindi out: a place, an institution's abbreviation
    /// (इसरो → ISRO) or a name that sounds as written (समाजवादी पार्टी → Samajwadi Party), not an institution's
    /// translated name (सुप्रीम कोर्ट is romanized as written, not as Supreme Court of India).
    static func spellsOut(_ entry: Gazetteer.Entry) -> Bool {
        entry.kind != .institution || spelledOutInstitutions.contains(entry.hindi)
    }

    /// The Hindi spellings of the institutions that pass `spellsOut`, decided once per process.
    private static let spelledOutInstitutions: Set<String> = Set(
        Gazetteer.shared.entries.filter { entry in
            guard entry.kind == .institution else { return false }
            if entry.english.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) { return true }
            let rules = romanize(entry.hindi, useBuiltInLexicon: false, gazetteer: false)
            return PhoneticKey.of(rules) == PhoneticKey.of(entry.english)
        }.map(\.hindi))

    /// The words of `text` as the rules, the gazetteer and the English lexicon write them.
    static func lookedUpWords(
        _ text: String, lexicon: EnglishLexicon?, useBuiltInLexicon: Bool, gazetteer: Bool, loans: LoanLookup
    ) -> [Word] {
        var words = lookedUpWordsOneByOne(text, lexicon: lexicon, useBuiltInLexicon: useBuiltInLexicon, gazetteer: gazetteer, loans: loans)
        // Last, after the loan passes, which may read a foreign name's words back by the letter rules.
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" })
        if useBuiltInLexicon || lexicon != nil || gazetteer, tokens.count >= 2, tokens.count == words.count,
            let lexicon = lexicon ?? (useBuiltInLexicon ? EnglishLexicon.shared : nil)
        {
            readForeignName(tokens, &words, lexicon: lexicon)
        }
        return words
    }

    private static func lookedUpWordsOneByOne(
        _ text: String, lexicon: EnglishLexicon?, useBuiltInLexicon: Bool, gazetteer: Bool, loans: LoanLookup
    ) -> [Word] {
        // A country, language or city CLDR names in both languages: its English name is a translation.
        if gazetteer, let entry = Gazetteer.shared.entry(hindi: text), spellsOut(entry) { return [Word(text: entry.english, method: "gazetteer")] }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" })
        // Not in the letter-rules-only mode entry ids are made with.
        let names = useBuiltInLexicon || lexicon != nil || gazetteer
        var unmarkedLoans: [Int: String] = [:]  // word index → its rules spelling
        var endingOnlyLoans: [Int: String] = [:]  // loans marked by their ending alone (रोशन: -शन), likewise
        var markedLoan = false  // some word with a loan's marks was found in the lexicon
        var markedPositions = Set<Int>()  // … and where
        var words = tokens.enumerated().map { position, token -> Word in
            let scalars = letters(of: token)
            // English function words inside a name written in Hindi letters: बैंक ऑफ बड़ौदा → Bank of Baroda.
            if position > 0, position + 1 < tokens.count, let minor = Self.minorEnglishWords[String(String.UnicodeScalarView(token.unicodeScalars.filter { $0.value != 0x093C }))] {
                return Word(text: minor, method: "lexicon")
            }
            // न्यू in a name is New (न्यू इंग्लैंड जर्नल, न्यू इंडिया एश्योरेंस): one consonant is too short a key for
            // the lexicon search.
            if tokens.count > 1, position + 1 < tokens.count, token == "न्यू" { return Word(text: "new", method: "lexicon") }
            if let acronym = decodeAcronym(scalars) { return Word(text: acronym, method: "acronym") }
            // A lone letter name before more of a name is an initial: एस जयशंकर → S Jaishankar.
            if tokens.count > 1, token != tokens.last, initials.contains(String(token)), let letter = decodeAcronym(scalars, minimumLetters: 1) {
                return Word(text: letter, method: "acronym")
            }
            // An initial keeps its dot: आर. → R.
            if token.hasSuffix("."), let letter = decodeAcronym(scalars, minimumLetters: 1), letter.count == 1 {
                return Word(text: letter + ".", method: "acronym")
            }
            if gazetteer, let entry = Gazetteer.shared.entry(hindi: String(token)), spellsOut(entry) {
                return Word(text: entry.english, method: "gazetteer")
            }
            // A common Indian name in its usual English spelling (अनुपमा → Anupama, not Anupma).
            if names, let english = PersonNames.shared.english(String(token)) ?? PersonNames.shared.compoundEnglish(String(token)) {
                return Word(text: english, method: "names")
            }
            // Another Hindi spelling of a place the gazetteer names (रायगढ़ा for रायगड़ा → Rayagada), or of a city
            // or country CLDR names, by sound (मेलबर्न for CLDR's मेलबोर्न → Melbourne).
            if gazetteer, scalars.count >= 5, zipf(of: scalars) < 4, let entry = Gazetteer.shared.place(key: SearchFolder().key(String(token))) {
                return Word(text: entry.english, method: "gazetteer")
            }
            if gazetteer, let place = worldPlace(scalars) { return Word(text: place, method: "gazetteer") }
            let roman = romanizeWord(scalars)
            // The conventions of names' spellings are for a name's own words; loans are compared as the letter
            // rules spell them (सोसायटी: sosaiti, society).
            let nameRoman = names ? romanizeWord(scalars, names: true) : roman
            let marked = looksBorrowed(scalars)
            // A word with the marks of an English loan is looked up; in `likely` mode other words too, unless
            // they sound unlike any loan (cheap tests first: the lexicon is large and its search is not).
            if !roman.utf8.contains(0x20), (marked && loans == .marked) || (loans == .likely && !soundsNative(scalars)),
                let lexicon = lexicon ?? (useBuiltInLexicon ? EnglishLexicon.shared : nil)
            {
                // A word with the marks of an English loan may sound somewhat different from its spelling; any
                // other word must sound almost the same as a frequent English noun or adjective (loans are
                // rarely adverbs: हवेली is not heavily).
                if marked, let match = loanMatch(scalars, roman: roman, lexicon: lexicon, limit: 0.5),
                    match != roman.lowercased() || loans == .likely
                {
                    if looksBorrowed(scalars, plural: false) {
                        markedLoan = true
                        markedPositions.insert(position)
                    }
                    if !looksBorrowed(scalars, endings: false) { endingOnlyLoans[position] = roman.prefix(1).uppercased() + roman.dropFirst() }
                    return Word(text: match, method: "lexicon")
                }
                // A compound of two English words written as one (न्यूस्पेस → newspace).
                if marked, let compound = compoundMatch(scalars, lexicon: lexicon) {
                    markedLoan = true
                    markedPositions.insert(position)
                    return Word(text: compound, method: "lexicon")
                }
                if !marked, let match = loanMatch(scalars, roman: roman, lexicon: lexicon, limit: 0.1, maximumRank: 3000) {
                    unmarkedLoans[position] = roman.prefix(1).uppercased() + roman.dropFirst()
                    return Word(text: match, method: "lexicon")
                }
            }
            // A name word with a loan's letters that sounds like a foreign given name (बॉबी → Bobby, रॉबिन → Robin).
            if names, hasLoanMarks(scalars), !roman.utf8.contains(0x20),
                let given = englishMatch(scalars, roman: roman, lexicon: ForeignNames.lexicon, limit: 0.1)
            {
                return Word(text: given.prefix(1).uppercased() + given.dropFirst(), method: "names")
            }
            let spelled = names ? Self.nameSpelling(nameRoman, of: scalars) : roman
            return Word(text: spelled.prefix(1).uppercased() + spelled.dropFirst(), method: "rules")
        }
        // The English article of a title written in Hindi letters (द सॉल्ट रोड → The Salt Road, द हिंदू → The Hindu).
        if tokens.count >= 2, tokens[0] == "द", words[0].method == "rules" {
            words[0] = Word(text: "The", method: "lexicon")
        }
        // Beside a person's given name an English ending is no evidence: ऋतिक रोशन is Hrithik Roshan, not ration.
        if words.contains(where: { $0.method == "names" }) {
            for (position, spelling) in endingOnlyLoans { words[position] = Word(text: spelling, method: "rules") }
        }
        // A name from the south writes its vowels and dental t as southern English spellings do.
        if names, Self.isSouthernName(tokens.map { letters(of: $0) }) {
            for position in words.indices where words[position].method == "rules" {
                words[position].text = Self.southernSpelling(letters(of: tokens[position]))
            }
        }
        // Initials written with dots keep them before a name: के.आर. वेंकटरमन → K.R. Venkataraman (एससीओ stays SCO,
        // एस.सी.ओ. सम्मेलन too: सम्मेलन is a vocabulary word, not a name's).
        if names {
            for position in words.indices.dropLast() where words[position].method == "acronym"
                && (words[position + 1].method == "names" || words[position + 1].method == "rules")
            {
                guard tokens[position].contains("."), let split = splitIntoLetters(letters(of: tokens[position])), (2...3).contains(split.count)
                else { continue }
                words[position].text = split.map { $0.letter + "." }.joined()
            }
        }
        guard loans == .likely, let lexicon = lexicon ?? (useBuiltInLexicon ? EnglishLexicon.shared : nil) else { return words }
        // The English head noun of an organization or a building (हाउस, एजेंसी, क्लब, होटल) stays English in a
        // name and vouches for the words beside it as a marked loan would: मदीना टेंट हाउस → Madina Tent House.
        if tokens.count >= 2 {
            // A head may be rarer than the frequent words unmarked loans are found among (palace, mill).
            for position in words.indices where words[position].method == "rules" {
                let scalars = letters(of: tokens[position])
                guard !soundsNative(scalars),
                    let match = englishMatch(scalars, roman: romanizeWord(scalars), lexicon: lexicon, limit: 0.1), Self.englishHeads.contains(match)
                else { continue }
                words[position] = Word(text: match, method: "lexicon")
                unmarkedLoans[position] = words[position].text
            }
            for position in words.indices where unmarkedLoans[position] != nil && Self.englishHeads.contains(words[position].text.lowercased()) {
                unmarkedLoans[position] = nil
                markedPositions.insert(position)
                for neighbour in [position - 1, position + 1] where words.indices.contains(neighbour) && words[neighbour].method == "rules" {
                    let scalars = letters(of: tokens[neighbour])
                    let roman = romanizeWord(scalars)
                    guard !roman.utf8.contains(0x20), !soundsNative(scalars),
                        let match = englishMatch(scalars, roman: roman, lexicon: lexicon, limit: 0.2, maximumRank: 20_000, sameFirstLetter: true)
                    else { continue }
                    words[neighbour] = Word(text: match, method: "lexicon")
                }
            }
        }
        // Beside a marked loan, an unmarked word may be a rarer English word too (टनल बोरिंग मशीन, सिंथेटिक
        // अपर्चर रडार): the phrase is evidence enough for a wider search.
        // An unmarked word already found among the frequent words is searched again too: the closer word may be
        // rarer (पावर ग्रिड is grid, not grade).
        if markedLoan {
            for position in words.indices where words[position].method == "rules" || unmarkedLoans[position] != nil {
                let scalars = letters(of: tokens[position])
                let roman = romanizeWord(scalars)
                guard !roman.utf8.contains(0x20), !soundsNative(scalars),
                    let match = englishMatch(scalars, roman: roman, lexicon: lexicon, limit: 0.2, maximumRank: 20_000, sameFirstLetter: true)
                else { continue }
                // Right beside a marked loan it stays English even in a name (कावेरी हाउसिंग फाइनेंस → Kaveri
                // Housing Finance); elsewhere only in a phrase English throughout.
                if words[position].method == "rules", !markedPositions.contains(position - 1) && !markedPositions.contains(position + 1) {
                    unmarkedLoans[position] = words[position].text
                }
                words[position] = Word(text: match, method: "lexicon")
            }
        }
        // An unmarked word is read as English only in a phrase that is English throughout (सोशल मीडिया), not
        // beside a word that is not (शरद पवार, अमर्त्य सेन).
        // Right beside a marked loan it stays English, as in the wider search above (नेचुरल गैस कॉरपोरेशन).
        if !unmarkedLoans.isEmpty, words.contains(where: { $0.method == "rules" || $0.method == "names" }) {
            for (position, spelling) in unmarkedLoans where !markedPositions.contains(position - 1) && !markedPositions.contains(position + 1) {
                words[position] = Word(text: spelling, method: "rules")
            }
        }
        // English words beside a name are part of the name: भारतीय जनता पार्टी → Bhartiya Janta Party.
        if words.contains(where: { $0.method == "rules" || $0.method == "gazetteer" || $0.method == "names" }) {
            for position in words.indices where words[position].method == "lexicon" {
                if position > 0 && position + 1 < words.count && minorEnglishWords.values.contains(words[position].text) { continue }
                words[position].text = words[position].text.prefix(1).uppercased() + words[position].text.dropFirst()
            }
        }
        return words
    }

    /// How names and places write what the letter rules spell otherwise (entry ids keep the letter rules): a
    /// final ांव as aon (बनगांव → Bangaon, डुमरांव → Dumraon), a final फ as f (तौसीफ → Tausif, शरीफ → Sharif).
    static func nameSpelling(_ roman: String, of word: [UInt32]) -> String {
        let word = word.filter { $0 != 0x093C }
        if word.count >= 3, word.suffix(2).elementsEqual([0x0902, 0x0935]) || word.suffix(2).elementsEqual([0x0901, 0x0935]),
            word[word.count - 3] == 0x093E, roman.hasSuffix("anv")
        {
            return String(roman.dropLast(3)) + "aon"
        }
        if word.last == 0x092B, roman.hasSuffix("ph") { return String(roman.dropLast(2)) + "f" }
        // An anusvara before व and a (or ा) is written nw in names (भंवर → Bhanwar, तंवर → Tanwar, कंवल → Kanwal).
        var roman = roman
        if let index = word.indices.dropLast().first(where: { word[$0] == 0x0902 && word[$0 + 1] == 0x0935 }),
            index + 2 == word.count || word[index + 2] == 0x093E || !(0x093E...0x094D).contains(word[index + 2]),
            let range = roman.range(of: "nv")
        {
            roman.replaceSubrange(range, with: "nw")
        }
        // A final -ियन is written -ian (पांडियन → Pandian, एड्रियन → Adrian).
        if word.count >= 4, word.suffix(3).elementsEqual([0x093F, 0x092F, 0x0928]), roman.hasSuffix("iyan") {
            return String(roman.dropLast(4)) + "ian"
        }
        // Punjabi names in -िंदर write -inder (राजिंदर → Rajinder, कुलविंदर → Kulwinder).
        if word.count >= 5, word.suffix(4).elementsEqual([0x093F, 0x0902, 0x0926, 0x0930]), roman.hasSuffix("indar") {
            return String(roman.dropLast(5)) + "inder"
        }
        return roman
    }

    /// True for a name whose endings or surname are southern (Telugu, Kannada, Tamil, Malayalam): -प्पा
    /// (Hanumanthappa), -ैया (Venkataiah), -ुलु (Srinivasulu), -न्नन, or a southern surname (Reddy, Naidu, Nair,
    /// Pillai, Iyer, Menon, Shetty, Gowda).
    static func isSouthernName(_ words: [[UInt32]]) -> Bool {
        words.contains { word in
            southernEndings.contains { word.count > $0.count + 1 && word.suffix($0.count).elementsEqual($0) }
                || southernSurnames.contains(word)
        }
    }

    static let southernEndings: [[UInt32]] = ["प्पा", "ैया", "य्या", "ैय्या", "ुलु", "ुडु", "न्नन", "ुलू"].map { $0.unicodeScalars.map(\.value) }
    static let southernSurnames: Set<[UInt32]> = Set([
        "रेड्डी", "नायडू", "नायर", "पिल्लै", "पिल्लई", "अय्यर", "अयंगर", "मेनन", "शेट्टी", "गौड़ा", "गौडा", "पणिक्कर", "नंबियार", "कुरुप",
        "मुदलियार", "चेट्टियार", "नायक", "रेड्डि", "राजू", "स्वामी", "गौड़",
    ].map { $0.unicodeScalars.map(\.value).filter { $0 != 0x093C } })

    /// A southern name word: every schwa kept but a final one (नागराजू → Nagaraju, रामलिंगम → Ramalingam), the
    /// dental त as th (पद्मावती → Padmavathi, हनुमंतप्पा → Hanumanthappa), व as v, -ैया as -aiah (वेंकटैया →
    /// Venkataiah).
    static func southernSpelling(_ word: [UInt32]) -> String {
        var word = word.map { $0 == 0x0924 ? 0x0925 : $0 }  // त → थ
        var ending = ""
        let aiya: [UInt32] = [0x0948, 0x092F, 0x093E]  // ैया
        if word.count > 3, word.suffix(3).elementsEqual(aiya) {
            word.removeLast(2)
            word[word.count - 1] = 0x0948
            ending = "ah"
        }
        var parts = parts(word)
        if case .vowel(_, inherent: true, _)? = parts.last, parts.count > 2 { parts.removeLast() }
        let spelled = spell(parts, word: word, southern: true) + ending
        return spelled.prefix(1).uppercased() + spelled.dropFirst()
    }

    /// English nouns that head names of organizations, businesses and buildings in India, whatever the other
    /// words are (Madina Tent House, Shivam Inden Gas Agency, Nav Jyoti Public School).
    static let englishHeads: Set<String> = [
        // Businesses (Chandragiri Securities, Arunoday Renewables) …
        "broking", "capital", "chemicals", "developers", "energy", "finance", "foods", "holdings", "infrastructure",
        "insurance", "investments", "logistics", "pharmaceuticals", "power", "renewables", "securities", "technologies",
        "textiles", "ventures",
        // … and institutions and buildings.
        "academy", "agency", "association", "bank", "builders", "centre", "center", "clinic", "club", "college", "company",
        "complex", "convent", "council", "dairy", "enterprises", "estate", "farm", "federation", "foundation", "garden",
        "group", "hall", "home", "hospital", "hotel", "house", "industries", "institute", "jewellers", "limited", "market",
        "mart", "mill", "mills", "motors", "palace", "plaza", "private", "public", "school", "services", "society", "solutions",
        "store", "stores", "studio", "tower", "traders", "transport", "travels", "trust", "union", "welfare",
        // … and places (Melbourne Cricket Ground, Trent Bridge, Eden Park).
        "airport", "arena", "avenue", "bridge", "ground", "oval", "park", "road", "square", "stadium", "station", "street",
    ]

    /// A word's code points without dots and zero-width joiners, as the romanizer reads them.
    static func letters(of token: Substring) -> [UInt32] {
        token.unicodeScalars.map(\.value).filter { $0 != 0x2E && $0 != 0x200C && $0 != 0x200D }
    }

    /// The English word the Hindi `word` (romanized `roman`) sounds like, within `limit` (cost per letter)
    /// among the `maximumRank` most frequent words; never an adverb in -ly.
    /// - Parameter sameFirstLetter: the English word must begin with the romanization's first letter (कावेरी
    ///   is not query), for the wider search beside a marked loan.
    static func englishMatch(
        _ word: [UInt32], roman: String, lexicon: EnglishLexicon, limit: Double, maximumRank: Int = .max, sameFirstLetter: Bool = false
    ) -> String? {
        var parts = parts(word)
        // English words end in -rn, -rg without a vowel (पैटर्न → pattern, मेलबर्न → Melbourne).
        deleteSchwas(&parts, loanMarks: hasLoanMarks(word), foreignEnding: hasForeignEnding(word))
        let consonants = Self.consonants(of: parts)
        let endsInVowel = parts.last?.isVowel ?? false
        // ै, ऐ (English /æ/, कैमरा) or ा + इ (English /aɪ/, फाइनेंस): a romanized ai that may be a plain vowel.
        let writtenAI = zip(word, word.dropFirst()).contains { $0 == 0x093E && $1 == 0x0907 }
        let writtenAE = word.contains(0x0948) || word.contains(0x0910) || writtenAI
        let shortA = writtenAE && !writtenAI
        let shortU = !word.contains(0x093E) && !word.contains(0x0906)  // no ा, आ
        let lengths = EnglishLexicon.VowelLengths(word)
        // The diphthong ai written any way (ै, ाइ, ाय: डायमंड): an English i before a vowel may be long.
        let longI = writtenAE || zip(word, word.dropFirst()).contains { $0 == 0x093E && $1 == 0x092F }
        var match = lexicon.bestMatch(
            key: SoundKey.hindi(consonants), romanization: roman, endsInVowel: endsInVowel, limit: limit, maximumRank: maximumRank,
            writtenAE: writtenAE, shortA: shortA, shortU: shortU, lengths: lengths, longI: longI)
        // The rules keep a schwa after a final cluster (मंत्र → mantra, धर्म → dharma); English loans end in
        // the cluster (फिल्म → film, फर्म → firm). And फ without a nukta is an f in loans as often as फ़ is
        // (फुटबॉल, फाइनेंस): both readings are compared.
        let tail = word.last == 0x093C ? word.dropLast() : word[...]
        // Not after र, य, व, which end Sanskrit words (मात्र, सैन्य, सर्व), not English ones.
        let bareEnding = endsInVowel && roman.hasSuffix("a") && tail.dropLast().last == 0x094D
            && tail.last.map { ((0x0915...0x0939).contains($0) || (0x0958...0x095F).contains($0)) && ![0x0930, 0x092F, 0x0935].contains($0) } == true
        let lowered = roman.lowercased()
        var alternatives: [(String, Bool)] = bareEnding ? [(String(lowered.dropLast()), false)] : []
        // Only in longer words: a short one would be any English word (फल is not fall, फूल not full).
        if lowered.contains("ph"), bareEnding || lowered.count >= 6 {
            let withF = lowered.replacingOccurrences(of: "ph", with: "f")
            alternatives += [(withF, endsInVowel)] + (bareEnding ? [(String(withF.dropLast()), false)] : [])
        }
        for (spelling, vowelEnd) in alternatives {
            guard let other = lexicon.bestMatch(
                key: SoundKey.hindi(consonants), romanization: spelling, endsInVowel: vowelEnd, limit: limit,
                maximumRank: maximumRank, writtenAE: writtenAE, shortA: shortA, shortU: shortU, lengths: lengths, longI: longI),
                match.map({ other.cost < $0.cost - 1e-9 }) ?? true
            else { continue }
            match = other
        }
        // ज without its nukta writes English z as often as ज़ does (नॉर्मलाइजेशन → normalization), the voiced
        // plural -s too (टेक्नोलॉजीज → technologies, सर्विसेज → services).
        // The romanization compared is respelled with z as well.
        var respelled = false
        if consonants.contains("j") {
            let letters = Array(roman.lowercased().utf8)
            let allZ = String(decoding: letters.indices.map { index in
                letters[index] == UInt8(ascii: "j") && (index + 1 == letters.count || letters[index + 1] != UInt8(ascii: "h"))
                    ? UInt8(ascii: "z") : letters[index]
            }, as: UTF8.self)
            // Every ज only in a word with a loan's marks (जनता is not santa); a final one, the plural, in any word.
            var alternatives: [([String], String)] = limit >= 0.5 ? [(consonants.map { $0 == "j" ? "z" : $0 }, allZ)] : []
            if consonants.last == "j", letters.last == UInt8(ascii: "j"), limit < 0.5 || consonants.dropLast().contains("j") {
                alternatives.append((consonants.dropLast() + ["z"], String(decoding: letters.dropLast() + [UInt8(ascii: "z")], as: UTF8.self)))
            }
            for (alternative, spelledZ) in alternatives {
                guard let other = lexicon.bestMatch(
                    key: SoundKey.hindi(alternative), romanization: spelledZ, endsInVowel: endsInVowel, limit: limit,
                    maximumRank: maximumRank, writtenAE: writtenAE, shortA: shortA, shortU: shortU, lengths: lengths, longI: longI), match.map({ other.cost < $0.cost - 1e-9 }) ?? true
                else { continue }
                match = other
                respelled = true
            }
        }
        // A short unmarked word one vowel away from an English word is that word only when it has four letters or
        // more (गम is not game), is not among the commonest Hindi words (पर is not poor, साथ not south; हीरो is
        // hero), and its ै is not read as a plain a (बैग is bag, but खैर is not car) nor its ज as z (मेज is not mess).
        if limit < 0.5, roman.count - (shortA ? 1 : 0) <= 4, let cost = match?.cost, cost > 1e-9,
            shortA || respelled || roman.count <= 3 || zipf(of: word) >= 4.8
        {
            return nil
        }
        guard let word = match?.word, !(limit < 0.5 && word.hasSuffix("ly")) else { return nil }
        if sameFirstLetter {
            let lowered = roman.lowercased()
            // ph is f, and v is w (वेबर → Weber).
            // A hard c is k (कुक → Cook), a soft one s (Cecil).
            func initial(_ text: String) -> UInt8? {
                let letters = Array(text.utf8.prefix(2))
                switch (letters.first, letters.count > 1 ? letters[1] : 0) {
                case (UInt8(ascii: "p"), UInt8(ascii: "h")): return UInt8(ascii: "f")
                case (UInt8(ascii: "w"), _): return UInt8(ascii: "v")
                case (UInt8(ascii: "c"), UInt8(ascii: "h")): return UInt8(ascii: "c")
                case (UInt8(ascii: "c"), let next): return [UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "y")].contains(next) ? UInt8(ascii: "s") : UInt8(ascii: "k")
                default: return letters.first
                }
            }
            let english = initial(word)
            let first = initial(lowered)
            // English eu- sounds yu- (यूरोपियन → European).
            let yu = lowered.hasPrefix("yu") && word.hasPrefix("eu")
            if first != english && !yu { return nil }
        }
        return lexicon.britishSpelling(of: word)
    }

    /// A name whose first word sounds like a given name common outside South Asia (`ForeignNames`) and none of
    /// whose words is an Indian name of Setu's lists is read as a foreign name: each word as the given name or
    /// the English word (a surname: fulton, boon, root) it sounds like, capitalized, among all the lexicon's
    /// words and with the first letter kept; a word found nowhere keeps the letter rules (क्रेग फुल्टन → Craig
    /// Fulton, टॉम बून → Tom Boon).
    static func readForeignName(_ tokens: [Substring], _ words: inout [Word], lexicon: EnglishLexicon) {
        func given(_ position: Int) -> String? {
            let scalars = letters(of: tokens[position])
            let roman = romanizeWord(scalars)
            guard !roman.utf8.contains(0x20) else { return nil }
            return englishMatch(scalars, roman: roman, lexicon: ForeignNames.lexicon, limit: 0.1)
        }
        // An Indian name's word (not one the foreign list has too: टॉम) says the name is Indian.
        // (Gates, Musk: a listed name that is also an English word says nothing).
        let indian = words.contains { word in
            let lowered = word.text.lowercased()
            return word.method == "names" && !ForeignNames.lexicon.contains(lowered) && !lexicon.contains(lowered)
        }
        // A first word from the Indian lists only when the foreign list has it too (टॉम: Tom; जैन is Jain, not Jan).
        let listed = words[0].method == "names"
        guard !indian, ["rules", "lexicon", "names"].contains(words[0].method), !listed || ForeignNames.lexicon.contains(words[0].text.lowercased()),
            let first = given(0)
        else { return }
        if !listed { words[0] = Word(text: first.prefix(1).uppercased() + first.dropFirst(), method: "names") }
        for position in words.indices.dropFirst() where words[position].method == "rules" || words[position].method == "lexicon" {
            let scalars = letters(of: tokens[position])
            let roman = romanizeWord(scalars)
            guard !roman.utf8.contains(0x20) else { continue }
            // A later word is a surname more often than a given name (ब्रॉड is Broad, not Brad).
            let match = englishMatch(scalars, roman: roman, lexicon: ForeignNames.surnameLexicon, limit: 0.2, sameFirstLetter: true)
                ?? englishMatch(scalars, roman: roman, lexicon: lexicon, limit: 0.15, sameFirstLetter: true) ?? given(position)
            guard let match else {
                // A foreign name's ै is English's short a (ब्रिंकमैन → Brinkman, शॉपमैन → Shopman), not the ai of
                // Indian names (Kailash): where the word writes no other ai (ाइ, ऐ).
                let writesAI = zip(scalars, scalars.dropFirst()).contains { $0 == 0x093E && ($1 == 0x0907 || $1 == 0x0908) } || scalars.contains(0x0910)
                if words[position].method == "rules", scalars.contains(0x0948), !writesAI {
                    let text = words[position].text.replacingOccurrences(of: "ai", with: "a")
                    words[position] = Word(text: text.prefix(1).uppercased() + text.dropFirst(), method: "rules")
                }
                continue
            }
            words[position] = Word(text: match.prefix(1).uppercased() + match.dropFirst(), method: "names")
        }
    }

    /// In a person's name, a word read as an English word (a loan's marks: ॉ, clusters) is read against the
    /// lists of foreign surnames and given names first: मॉन्टेरो is Monteiro, not monterey.
    static func preferNames(_ words: inout [Word], of text: String) {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" })
        guard tokens.count == words.count else { return }
        for position in words.indices where words[position].method == "lexicon" && !minorEnglishWords.values.contains(words[position].text) {
            let scalars = letters(of: tokens[position])
            let roman = romanizeWord(scalars)
            guard !roman.utf8.contains(0x20),
                let name = englishMatch(scalars, roman: roman, lexicon: ForeignNames.surnameLexicon, limit: 0.2, sameFirstLetter: true)
                    ?? englishMatch(scalars, roman: roman, lexicon: ForeignNames.lexicon, limit: 0.1, sameFirstLetter: true)
            else { continue }
            words[position] = Word(text: name.prefix(1).uppercased() + name.dropFirst(), method: "names")
        }
    }

    /// The English names of CLDR's countries and cities that are one ASCII word, as a lexicon to find them by
    /// sound, and their spelling by lower-cased name.
    static let worldPlaces: (lexicon: EnglishLexicon, spelling: [String: String]) = {
        var spelling: [String: String] = [:]
        for entry in Gazetteer.shared.entries where entry.kind == .country || entry.kind == .city {
            guard entry.english.count >= 4, entry.english.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) else { continue }
            spelling[entry.english.lowercased()] = entry.english
        }
        return (EnglishLexicon(words: spelling.keys.sorted()), spelling)
    }()

    /// The English name of the CLDR country or city a Hindi word sounds like, closely (a cost of at most 0.1
    /// per letter, the first letter kept), for a word of five letters or more that is not a common Hindi word.
    static func worldPlace(_ word: [UInt32]) -> String? {
        guard word.count >= 5, !soundsNative(word) else { return nil }
        let roman = romanizeWord(word)
        guard roman.count >= 5, !roman.utf8.contains(0x20),
            zipf(of: word) < 4,
            let match = englishMatch(word, roman: roman, lexicon: worldPlaces.lexicon, limit: 0.1, sameFirstLetter: true)
        else { return nil }
        return worldPlaces.spelling[match]
    }

    /// The two English words a loan written as one word spells, joined (न्यूस्पेस → newspace), or nil: each part
    /// has three letters or more, begins with a letter (not a sign), and is found among the 20,000 most frequent
    /// words, a part of one consonant (न्यू, बायो) only when it sounds exactly so, a part of four letters or fewer
    /// only when it sounds almost so; and only in a word general Hindi does not use (zipf below 3). The cheapest
    /// cut wins.
    static func compoundMatch(_ word: [UInt32], lexicon: EnglishLexicon) -> String? {
        // Not a word general Hindi uses (पुरस्कार is not poor + scar).
        guard (6...24).contains(word.count),
            zipf(of: word) < 3
        else { return nil }
        func isLetter(_ scalar: UInt32) -> Bool { (0x0904...0x0939).contains(scalar) || (0x0958...0x095F).contains(scalar) }
        var best: (text: String, cost: Double)?
        for cut in 3...(word.count - 3) where isLetter(word[cut]) && word[cut - 1] != 0x094D {
            var text = ""
            var total = 0.0
            for part in [Array(word[..<cut]), Array(word[cut...])] {
                let roman = romanizeWord(part)
                guard !roman.utf8.contains(0x20), let match = englishMatchCost(part, roman: roman, lexicon: lexicon, limit: 0.2, maximumRank: 20_000),
                    !match.word.hasSuffix("ly"), !match.word.hasSuffix("ed")
                else { text = ""; break }
                text += match.word
                total += match.cost
            }
            guard !text.isEmpty, best == nil || total < best!.cost - 1e-9 else { continue }
            best = (text, total)
        }
        return best?.text
    }

    /// The closest English word to one part of a compound and its cost per letter (see `compoundMatch`).
    private static func englishMatchCost(
        _ word: [UInt32], roman: String, lexicon: EnglishLexicon, limit: Double, maximumRank: Int
    ) -> (word: String, cost: Double)? {
        var parts = parts(word)
        deleteSchwas(&parts, loanMarks: true)
        let consonants = Self.consonants(of: parts)
        let key = SoundKey.hindi(consonants)
        let shortA = word.contains(0x0948) || word.contains(0x0910)
        let partLimit = key.count < 2 ? 0.01 : roman.count <= 4 ? min(limit, 0.1) : limit
        // Per sounded letter too: a short part is not a longer word spelled with silent letters (डीज is not dodge).
        guard let match = lexicon.bestMatch(
            key: key, romanization: roman, endsInVowel: parts.last?.isVowel ?? false, limit: partLimit,
            maximumRank: maximumRank, writtenAE: shortA, shortA: shortA, minimumKey: 1), match.cost <= partLimit
        else { return nil }
        return (match.word, match.cost)
    }

    /// The English word a loan spells, or the English word its stem spells with the English ending put back:
    /// a frequency list holds security and broke, not securities and broking. An -ing form is read through its
    /// stem first (ब्रोकिंग is broking, not breaking); a plural (-्स, -ीज, -ेज) only when the word itself is not
    /// found (सिक्योरिटीज → securities, रिन्यूएबल्स → renewables).
    static func loanMatch(
        _ word: [UInt32], roman: String, lexicon: EnglishLexicon, limit: Double, maximumRank: Int = .max
    ) -> String? {
        // Endings are tested without a final nukta (-ीज़ as -ीज); the word keeps its nukta for the lookups, as a
        // nukta is a loan's mark (फ़िल्म keeps no vowel after its final cluster).
        let original = word
        let word = word.last == 0x093C ? Array(word.dropLast()) : word
        func stemMatch(_ stem: [UInt32], limit: Double) -> String? {
            let stemRoman = romanizeWord(stem)
            // An unmarked stem of five letters or fewer is too easily some English word (सीरी is not sorry, अंग्र
            // not angry).
            guard stemRoman.count >= (limit < 0.5 ? 6 : 3), !stemRoman.utf8.contains(0x20) else { return nil }
            // A stem is a noun or a verb's base, never a past form (फंड्स is funds, not fanneds).
            guard let match = englishMatch(stem, roman: stemRoman, lexicon: lexicon, limit: limit, maximumRank: maximumRank),
                !match.hasSuffix("ed"), !match.hasSuffix("ing")
            else { return nil }
            return match
        }
        func plural(_ singular: String) -> String {
            if singular.hasSuffix("y"), let before = singular.dropLast().last, !"aeiou".contains(before) { return singular.dropLast() + "ies" }
            if ["s", "x", "z", "ch", "sh"].contains(where: { singular.hasSuffix($0) }) { return singular + "es" }
            return singular + "s"
        }
        // -िंग: the word itself when it sounds exactly so (लिस्टिंग → listing), else its stem + ing (ब्रोकिंग →
        // broking, not breaking).
        let ing: [UInt32] = [0x093F, 0x0902, 0x0917]  // िंग
        if word.count > ing.count + 1, word.suffix(3).elementsEqual(ing) {
            if let exact = englishMatch(original, roman: roman, lexicon: lexicon, limit: 0.01, maximumRank: maximumRank) { return exact }
            if let stem = stemMatch(Array(word.dropLast(3)), limit: max(limit, 0.3)) {
                return (stem.hasSuffix("e") && !stem.hasSuffix("ee") ? String(stem.dropLast()) : stem) + "ing"
            }
        }
        // A consonant + स (not क्स, which is x: टैक्स is tax): the stem first (रिन्यूएबल्स → renewables, not rumbles).
        if word.count > 3, word.suffix(2).elementsEqual([0x094D, 0x0938]), word[word.count - 3] != 0x0915,
            let singular = stemMatch(Array(word.dropLast(2)), limit: min(limit, 0.35))
        {
            return plural(singular)
        }
        if let match = englishMatch(original, roman: roman, lexicon: lexicon, limit: limit, maximumRank: maximumRank) { return match }
        var stem: [UInt32]?
        if word.count > 3, word.suffix(2).elementsEqual([0x0940, 0x091C]) { stem = Array(word.dropLast()) }  // -ीज → -ी
        if word.count > 3, word.suffix(2).elementsEqual([0x0947, 0x091C]) { stem = Array(word.dropLast(2)) }  // -ेज
        guard let stem, let singular = stemMatch(stem, limit: limit) else { return nil }
        return plural(singular)
    }

    /// True for a word with a sound English loans are not written with: a final nasal vowel, the retroflex flaps ड़ ढ़, ण, ष, ऋ,
    /// visarga, ञ ङ, and the aspirates घ छ झ ठ ढ ध भ (थ and फ write English th and ph/f; ख is rare but kept).
    /// राष्ट्रीय has a cluster English loans make too (ट्र), but its ष says it is Hindi.
    static func soundsNative(_ word: [UInt32]) -> Bool {
        // A final nasal vowel (वहीं, लें, लूँ): English words do not end in one.
        if let last = word.last, last == 0x0902 || last == 0x0901 { return true }
        for (index, scalar) in word.enumerated() {
            if [0x0923, 0x0937, 0x090B, 0x0943, 0x0903, 0x091E, 0x0919, 0x0918, 0x091B, 0x091D, 0x0920, 0x0927, 0x092D].contains(scalar) {
                return true  // ण ष ऋ ृ ः ञ ङ घ छ झ ठ ध भ
            }
            // ड़ and ढ़ (with a nukta, or precomposed); ढ without one.
            if scalar == 0x095C || scalar == 0x095D || scalar == 0x0922 { return true }
            if scalar == 0x0921, index + 1 < word.count, word[index + 1] == 0x093C { return true }
        }
        return false
    }

    /// English function words as Hindi writes them inside names and titles (ऑफ़, एंड, फ़ॉर, द), without nukta.
    static let minorEnglishWords: [String: String] = ["ऑफ": "of", "एंड": "and", "फॉर": "for", "द": "the", "ऑन": "on"]

    /// Letter names that are not also Hindi words (के, जी, ए are), so a lone one is an initial.
    static let initials: Set<String> = [
        "एस", "आर", "पी", "एम", "जे", "बी", "डी", "टी", "वी", "एन", "एल", "एच", "एफ", "क्यू", "डब्ल्यू", "वाई", "एक्स", "सी",
    ]

    // MARK: - Loanwords

    /// Marks of a word borrowed from English: the English-only vowels ॉ/ऑ and ॅ/ऍ, clusters Hindi's own words
    /// do not make (स्ट with a dental s and a retroflex t, ट्र, ड्र, क्ट, प्ट, र्ट, ल्ड, प्ल, फ़्ल …) and English
    /// endings (-शन, -िंग, -टर, -सर …). Only such words are looked up in the English lexicon, so names and
    /// Hindi words keep their own spelling (रणधीर is never "render").
    /// - Parameter endings: an English ending alone counts (`false`: only marks and clusters).
    /// - Parameter plural: a final consonant + स counts (`false`: it does not, as beside a plural the other words
    ///   of a phrase are not searched more widely: गारो हिल्स is not Garry Hills).
    static func looksBorrowed(_ word: [UInt32], endings: Bool = true, plural: Bool = true) -> Bool {
        // Compared as code points: a conjunct such as र्टी is one Character for String.
        let word = word.filter { $0 != 0x093C }
        if word.contains(where: { $0 == 0x0949 || $0 == 0x0911 || $0 == 0x0945 || $0 == 0x090D }) { return true }
        func contains(_ part: [UInt32]) -> Bool {
            guard part.count <= word.count else { return false }
            return (0...(word.count - part.count)).contains { start in
                part.indices.allSatisfy { word[start + $0] == part[$0] }
            }
        }
        if borrowedClusters.contains(where: contains) { return true }
        guard endings else { return false }
        // A final consonant + स is an English plural (मोटर्स, गेम्स), except after ख and the dental त, which
        // English does not have (शख्स, वत्स).
        if plural, word.count > 3, word.suffix(2).elementsEqual([0x094D, 0x0938]), word[word.count - 3] != 0x0916, word[word.count - 3] != 0x0924 {
            return true
        }
        return borrowedEndings.contains { word.count > $0.count + 1 && word.suffix($0.count).elementsEqual($0) }
    }

    static let borrowedClusters: [[UInt32]] = [
        "स्ट", "स्क", "स्प", "ट्र", "ड्र", "क्ट", "प्ट", "र्ट", "ल्ड", "प्ल", "फ्ल", "ब्ल", "क्ल", "ग्ल", "फ्ट", "ड्स", "ट्स", "न्यू", "क्स",
    ].map { $0.unicodeScalars.map(\.value) }
    static let borrowedEndings: [[UInt32]] = ["शन", "िंग", "टर", "डर", "सर", "वर", "ाइल", "ाइट", "ाइन", "िक्स", "ॉर्म", "ियो", "टरी"]
        .map { $0.unicodeScalars.map(\.value) }

    // MARK: - Acronyms

    /// Hindi names of Latin letters, longest first so greedy decoding prefers डब्ल्यू over डी.
    static let letterNames: [(String, String)] = [
        ("डब्ल्यू", "W"), ("डबल्यू", "W"), ("एक्स", "X"), ("क्यू", "Q"), ("जेड", "Z"), ("ज़ेड", "Z"), ("वाई", "Y"),
        ("एच", "H"), ("एफ", "F"), ("एल", "L"), ("एम", "M"), ("एन", "N"), ("एस", "S"), ("आर", "R"), ("आई", "I"),
        ("बी", "B"), ("सी", "C"), ("डी", "D"), ("जी", "G"), ("जे", "J"), ("के", "K"), ("पी", "P"), ("टी", "T"),
        ("यू", "U"), ("वी", "V"), ("ए", "A"), ("ई", "E"), ("ओ", "O"),
    ]

    /// A Latin acronym spelled out in Hindi letter names (`MEA` → `एमईए`, `MoD` → `एमओडी`), or nil when `acronym` is not two to six letters with at least two capitals.
    static func letterSpelling(ofAcronym acronym: String) -> String? {
        let letters = Array(acronym)
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isLetter }),
            letters.filter(\.isUppercase).count >= 2
        else { return nil }
        var spelled = ""
        for letter in letters {
            guard let name = letterNames.first(where: { $0.1 == letter.uppercased() })?.0 else { return nil }
            spelled += name
        }
        return spelled
    }

    private static let letterScalars: [([UInt32], String)] = letterNames.map {
        ($0.0.unicodeScalars.map(\.value).filter { $0 != 0x093C }, $0.1)
    }

    /// The letter names a Hindi acronym is spelled with (`एससीओ` → `एस`, `सी`, `ओ`), or nil when the word
    /// does not split into at least two letter names.
    static func letterNames(of word: String) -> [String]? {
        guard let split = splitIntoLetters(word.unicodeScalars.map(\.value)), split.count >= 2 else { return nil }
        return split.map { String(String.UnicodeScalarView($0.name.compactMap(Unicode.Scalar.init))) }
    }

    /// The acronym spelled by `word`, if the whole word splits into at least `minimumLetters` letter names.
    static func decodeAcronym(_ word: [UInt32], minimumLetters: Int = 2) -> String? {
        guard let split = splitIntoLetters(word), split.count >= minimumLetters else { return nil }
        return split.map(\.letter).joined()
    }

    /// The letter names (and their Latin letters) a word is made of, left to right, or nil when some part is
    /// not a letter name. A letter name ends where a new syllable starts: a conjunct or a vowel sign is never
    /// split off.
    private static func splitIntoLetters(_ word: [UInt32]) -> [(name: [UInt32], letter: String)]? {
        let word = word.filter { $0 != 0x093C }
        // Every letter name starts with an independent vowel or a consonant: most words fail at once.
        guard let first = word.first, letterScalars.contains(where: { $0.0[0] == first }) else { return nil }
        var split: [(name: [UInt32], letter: String)] = []
        var index = 0
        outer: while index < word.count {
            for (name, letter) in letterScalars where index + name.count <= word.count {
                if name.indices.allSatisfy({ word[index + $0] == name[$0] }) {
                    let next = index + name.count
                    if next < word.count, isDependent(word[next]) { continue }
                    split.append((name, letter))
                    index = next
                    continue outer
                }
            }
            return nil
        }
        return split
    }

    private static func isDependent(_ scalar: UInt32) -> Bool {
        (0x093A...0x094F).contains(scalar) || scalar == 0x0901 || scalar == 0x0902 || scalar == 0x0903
    }

    // MARK: - Words

    /// Endings that start a new element of a place or person name: each part is romanized on its own, so
    /// the schwa rule does not run across the join (श्रीनगर → Srinagar, not Shringar).
    static let compoundEndings: [([UInt32], separate: Bool)] =
        HindiWordClasses.placeNameEndings.map { ($0.unicodeScalars.map(\.value), false) }
        // Written as a second word in English (लोकसभा → Lok Sabha, शिवसेना → Shiv Sena, तमिलनाडु → Tamil Nadu).
        + ["सभा", "सेना", "नाडु", "महल"].map { ($0.unicodeScalars.map(\.value), true) }

    static func romanizeWord(_ word: [UInt32], names: Bool = false) -> String {
        // `श्री` opening a name is an element of its own: श्रीहरिकोटा → Sri + harikota, not Srihrikota.
        if word.starts(with: shri) && word.count > shri.count + 1 && !isDependent(word[shri.count]) {
            return "sri" + romanizeWord(Array(word.dropFirst(shri.count)), names: names)
        }
        for (ending, separate) in compoundEndings where word.count >= ending.count + 2 && Array(word.suffix(ending.count)) == ending {
            let stem = Array(word.dropLast(ending.count))
            // Only when the stem ends a syllable of its own (not in a virama or a vowel sign that needs the ending).
            if let last = stem.last, last != 0x094D {
                var head = stem == shri ? "sri" : romanizeSimple(stem, names: names)
                if separate {
                    let tail = romanizeSimple(ending, names: names)
                    return head + " " + tail.prefix(1).uppercased() + tail.dropFirst()
                }
                // A short a + y before the join is written ai (जयपुर → Jaipur, उदयपुर → Udaipur).
                if head.hasSuffix("ay"), !head.hasSuffix("aay") { head = String(head.dropLast()) + "i" }
                return head + romanizeSimple(ending, names: names)
            }
        }
        return romanizeSimple(word, names: names)
    }

    /// A phoneme of a word during romanization.
    enum Part: Equatable {
        /// A consonant with its Latin spelling; `cluster` when a virama joins it to the next consonant.
        case consonant(String, cluster: Bool)
        /// A vowel: `inherent` is the schwa, which may be deleted; `long` marks आ ई ऊ and the diphthongs.
        case vowel(String, inherent: Bool, long: Bool)
        /// A nasal sign (anusvara or chandrabindu), spelled by the consonant after it.
        case nasal

        var isVowel: Bool { if case .vowel = self { return true } else { return false } }
        var isConsonant: Bool { if case .consonant = self { return true } else { return false } }
    }

    static func parts(_ word: [UInt32]) -> [Part] {
        var parts: [Part] = []
        var index = 0
        while index < word.count {
            let scalar = word[index]
            // ज्ञ is gy in today's Hindi and in English spellings (ज्ञान → gyan, ज्ञानेंद्र → Gyanendra).
            if scalar == 0x091C, index + 2 < word.count, word[index + 1] == 0x094D, word[index + 2] == 0x091E {
                parts.append(.consonant("g", cluster: true))
                index += 2
                continue
            }
            if scalar == 0x091E, parts.last == .consonant("g", cluster: true) {
                parts.append(.consonant("y", cluster: false))
                if index + 1 < word.count, let sign = vowelSigns[word[index + 1]] {
                    parts.append(.vowel(sign.latin, inherent: false, long: sign.long))
                    index += 2
                } else {
                    parts.append(.vowel("a", inherent: true, long: false))
                    index += 1
                }
                continue
            }
            if var latin = consonants[scalar] {
                if index + 1 < word.count, word[index + 1] == 0x093C, let nukta = nuktaConsonants[scalar] {
                    latin = nukta
                    index += 1
                }
                let following = index + 1 < word.count ? word[index + 1] : 0
                if following == 0x094D {
                    parts.append(.consonant(latin, cluster: true))
                    index += 2
                    continue
                }
                parts.append(.consonant(latin, cluster: false))
                if let sign = vowelSigns[following] {
                    parts.append(.vowel(sign.latin, inherent: false, long: sign.long))
                    index += 2
                } else {
                    parts.append(.vowel("a", inherent: true, long: false))
                    index += 1
                }
                continue
            }
            if let vowel = independentVowels[scalar] {
                parts.append(.vowel(vowel.latin, inherent: false, long: vowel.long))
            } else if scalar == 0x0902 || scalar == 0x0901 {
                parts.append(.nasal)
            } else if scalar == 0x0903 {
                parts.append(.consonant("h", cluster: false))
            } else if scalar < 0x80 {
                parts.append(.consonant(String(UnicodeScalar(UInt8(scalar))), cluster: false))
            }
            index += 1
        }
        return parts
    }

    static func romanizeSimple(_ word: [UInt32], names: Bool = false) -> String {
        var parts = parts(word)
        deleteSchwas(&parts, loanMarks: hasLoanMarks(word), names: names, foreignEnding: names && hasForeignEnding(word))
        let spelled = spell(parts, word: word, names: names)
        // ै before क्स writes English a + x (मैक्सिम → Maxim, टैक्स → tax, जैक्सन → Jackson), not ai + ks.
        let aiKs: [UInt32] = [0x0948, 0x0915, 0x094D, 0x0938]  // ैक्स
        if spelled.contains("aiks"), word.count >= 4, (0...(word.count - 4)).contains(where: { word[$0..<$0 + 4].elementsEqual(aiKs) }) {
            return spelled.replacingOccurrences(of: "aiks", with: "ax")
        }
        return spelled
    }

    /// The Latin spellings of a word's consonants in order (`nasal` for anusvara or chandrabindu), for its
    /// `SoundKey`.
    static func consonants(of parts: [Part]) -> [String] {
        parts.compactMap { part -> String? in
            switch part {
            case let .consonant(latin, _): return latin
            case .nasal: return "nasal"
            case .vowel: return nil
            }
        }
    }

    /// How common a word (its code points) is in general Hindi (`HindiWordFrequency`).
    static func zipf(of word: [UInt32]) -> Double {
        HindiWordFrequency.shared.zipf(String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init))))
    }

    /// True for a word ending in र्न or र्ग (dental न, not ण), which end foreign names and English words
    /// (मेलबर्न → Melbourne, पैटर्न → pattern), not Sanskrit ones (पूर्ण → Purna).
    static func hasForeignEnding(_ word: [UInt32]) -> Bool {
        word.count >= 4 && word[word.count - 3] == 0x0930 && word[word.count - 2] == 0x094D
            && (word[word.count - 1] == 0x0928 || word[word.count - 1] == 0x0917)
    }

    /// `श्री` (ŚRĪ) opening a name is written Sri (श्रीनिवासन → Srinivasan, श्रीनगर → Srinagar).
    static let shri: [UInt32] = [0x0936, 0x094D, 0x0930, 0x0940]

    /// True for a word written with a letter only loans use: ॉ/ऑ, ॅ/ऍ, or a nukta on फ or ज (फ़िल्म, ज़ोन).
    static func hasLoanMarks(_ word: [UInt32]) -> Bool {
        word.indices.contains { index in
            let scalar = word[index]
            if [0x0949, 0x0911, 0x0945, 0x090D, 0x095B, 0x095E].contains(scalar) { return true }
            return scalar == 0x093C && index > 0 && (word[index - 1] == 0x092B || word[index - 1] == 0x091C)
        }
    }

    /// Schwa deletion, right to left: at the end of the word unless a cluster precedes it, and between a
    /// vowel + consonant and a consonant (or cluster) + vowel, except before य.
    /// - Parameter loanMarks: the word has a loan's letters (`hasLoanMarks`): no vowel after a final cluster
    ///   (फ़िल्म → film, प्लेटफ़ॉर्म → platform, as कृष्ण → Krishna has).
    /// - Parameter names: a name's spelling (not an entry id's): the schwa kept before a consonant with an i
    ///   stays through the general rule too (नारायणी → Narayani, इंद्रायणी → Indrayani).
    /// - Parameter foreignEnding: the word ends in र्न or र्ग, which end foreign names (मेलबर्न → Melbourne,
    ///   जोहानिसबर्ग → Johannesburg), where Sanskrit writes र्ण (कर्ण → Karna, पूर्ण → Purna): no final vowel.
    static func deleteSchwas(_ parts: inout [Part], loanMarks: Bool = false, names: Bool = false, foreignEnding: Bool = false) {
        // A nasal sign closes its syllable like a consonant: the schwa after it stays (वसुंधरा → Vasundhara).
        func isVowel(_ position: Int) -> Bool { position >= 0 && position < parts.count && parts[position].isVowel }
        func consonant(_ position: Int) -> (String, Bool)? {
            guard position >= 0 && position < parts.count, case let .consonant(latin, cluster) = parts[position] else { return nil }
            return (latin, cluster)
        }
        // आ + य + schwa before a consonant is the diphthong ai (जायसवाल → Jaiswal, गायकवाड़ → Gaikwad, सायना →
        // Saina), except before the word's last consonant (पायल → Payal, रामायण → Ramayan) and, in names, before
        // a consonant with an i (नारायणी → Narayani).
        for position in parts.indices.dropFirst(2) where position + 1 < parts.count {
            if case .vowel(_, inherent: true, _) = parts[position], case .consonant("y", cluster: false) = parts[position - 1],
                case .vowel("a", false, true) = parts[position - 2], parts[position + 1].isConsonant
            {
                if position + 2 >= parts.count { continue }
                if case let .vowel(spelled, inherent, _) = parts[position + 2] {
                    if inherent && position + 2 == parts.count - 1 { continue }
                    if spelled == "i" {
                        if names { parts[position] = .vowel("a", inherent: false, long: false) }
                        continue
                    }
                }
                parts[position] = .vowel("", inherent: true, long: false)
            }
        }
        var position = parts.count - 1
        while position >= 0 {
            defer { position -= 1 }
            guard case .vowel(let spelled, inherent: true, _) = parts[position], !spelled.isEmpty else { continue }
            if position == parts.count - 1 {
                // Final: kept after a cluster ending in a sonorant (कृष्ण → Krishna, मिश्र → Mishra, आदित्य →
                // Aditya, हिंदुत्व → Hindutva) and in a one-syllable word; dropped after other clusters (दोस्त → dost).
                let afterSonorantCluster = !loanMarks && !foreignEnding && position >= 2 && consonant(position - 2)?.1 == true
                    && ["r", "y", "v", "m", "n"].contains(consonant(position - 1)?.0 ?? "")
                let syllables = parts.filter(\.isVowel).count
                // -ीय, the Sanskrit adjective ending, keeps it too (भारतीय → Bharatiya, राष्ट्रीय → Rashtriya).
                var afterLongIY = false
                if position >= 2, consonant(position - 1)?.0 == "y", case .vowel("i", false, true) = parts[position - 2] { afterLongIY = true }
                // In a name, -ालय (abode) keeps it as well (विद्यालय → Vidyalaya, हिमालय → Himalaya).
                if names, position >= 4, consonant(position - 1)?.0 == "y", case .vowel("a", true, _) = parts[position - 2],
                    consonant(position - 3)?.0 == "l", case .vowel("a", false, true) = parts[position - 4]
                {
                    afterLongIY = true
                }
                if !afterSonorantCluster && !afterLongIY && syllables > 1 { parts[position] = .vowel("", inherent: true, long: false) }
                continue
            }
            guard consonant(position - 1) != nil, isVowel(position - 2) else { continue }
            guard let next = consonant(position + 1), next.0 != "y" else { continue }
            var after = position + 2
            if next.1 {
                // Before a cluster only when it can open a syllable (घनश्याम → Ghanshyam); a cluster like र्ण or
                // फ़्फ़ splits between syllables and the schwa stays (कुलकर्णी → Kulkarni, मुज़फ़्फ़र → Muzaffar).
                guard let second = consonant(position + 2), ["y", "r", "v", "l"].contains(second.0), next.0 != "r", next.0 != second.0
                else { continue }
                after += 1
            }
            if isVowel(after), case .vowel(let spelled, _, _) = parts[after], !spelled.isEmpty {
                parts[position] = .vowel("", inherent: true, long: false)
            }
        }
        parts.removeAll { if case .vowel("", inherent: true, _) = $0 { return true } else { return false } }
    }

    /// Spells the parts with English-media conventions.
    /// - Parameters:
    ///   - names: the conventions of names' English spellings that entry ids do not use (वा after a consonant as wa).
    ///   - southern: a southern name's (वा after a vowel stays va: श्रीनिवासुलु → Srinivasulu).
    static func spell(_ parts: [Part], word: [UInt32], names: Bool = false, southern: Bool = false) -> String {
        var result = ""
        let startsWithShri = word.starts(with: shri) && word.count > shri.count
        for (offset, part) in parts.enumerated() {
            let previous = offset > 0 ? parts[offset - 1] : nil
            let next = offset + 1 < parts.count ? parts[offset + 1] : nil
            switch part {
            case let .consonant(latin, cluster):
                if offset == 0, startsWithShri, latin == "sh" {
                    result += "s"
                } else if latin == "ch", cluster, case .consonant("chh", _)? = next {
                    continue  // च्छ is written chh: कच्छप → Kachhap, अच्छा → achha
                } else if latin == "y", next == nil, case .vowel("a", false, true)? = previous,
                    parts.filter(\.isVowel).count >= 2 || parts.first.map({ if case .consonant(_, true) = $0 { return true } else { return false } }) == true
                {
                    result += "y"  // a final ाय after another syllable or a cluster: सहाय → Sahay, उपाध्याय → Upadhyay, न्याय → Nyay
                } else if latin == "y", case .vowel("a", true, false)? = previous, next?.isConsonant == true, offset >= 2 {
                    result += "i"  // a short a + y closing a syllable: जयशंकर → Jaishankar, जयराम → Jairam
                } else if latin == "y", case .vowel("a", false, true)? = previous, next == nil || next?.isConsonant == true {
                    result += "i"  // ाय before a consonant or in one syllable: रायपुर → Raipur, जायसवाल → Jaiswal, राय → Rai
                } else if latin == "y", case .vowel("i", _, false)? = previous, case .vowel("a", false, true)? = next,
                    parts[..<(offset - 1)].contains(where: \.isVowel)
                {
                    continue  // िया after the first syllable is written ia: सोनिया → Sonia, लुधियाना → Ludhiana (प्रिया → Priya)
                } else if latin == "v", case .consonant(let first, let cluster)? = previous,
                    (cluster ? ["s", "sh", "d", "dh", "j", "k"] : ["s", "sh"]).contains(first)
                {
                    result += "w"  // स्व → sw, द्व → dw, ज्व → jw, जायसवाल → Jaiswal; but त्व → tv, र्व → rv, अरविंद → Arvind
                } else if latin == "v", !southern, previous?.isVowel == true, offset > 1, case .vowel("a", false, true)? = next {
                    result += "w"  // medial वा after a vowel: तिवारी → Tiwari, पवार → Pawar
                } else if names, latin == "v", case .consonant(let first, false)? = previous, ["l", "t", "g", "k"].contains(first),
                    case .vowel("a", false, true)? = next
                {
                    // वा after l, t, g or k whose schwa is silent: लालवानी → Lalwani, खंडेलवाल → Khandelwal, मोटवानी →
                    // Motwani, भगवान → Bhagwan (but आडवाणी → Advani, ज्ञानवापी → Gyanvapi).
                    result += "w"
                } else {
                    result += latin
                }
            case let .vowel(latin, _, _):
                result += latin
            case .nasal:
                if case let .consonant(following, _)? = next {
                    if ["p", "b", "bh", "m", "ph"].contains(following), previous?.isVowel == true {
                        result += "m"
                    } else if following == "h" {
                        result += "ng"  // सिंह → Singh
                    } else {
                        result += "n"
                    }
                } else {
                    result += "n"
                }
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
    static let vowelSigns: [UInt32: (latin: String, long: Bool)] = [
        0x093E: ("a", true), 0x093F: ("i", false), 0x0940: ("i", true), 0x0941: ("u", false), 0x0942: ("u", true),
        0x0943: ("ri", false), 0x0947: ("e", true), 0x0948: ("ai", true), 0x094B: ("o", true), 0x094C: ("au", true),
        0x0949: ("o", false), 0x0945: ("e", false),
    ]
    static let independentVowels: [UInt32: (latin: String, long: Bool)] = [
        0x0905: ("a", false), 0x0906: ("a", true), 0x0907: ("i", false), 0x0908: ("i", true), 0x0909: ("u", false),
        0x090A: ("u", true), 0x090B: ("ri", false), 0x090F: ("e", true), 0x0910: ("ai", true), 0x0913: ("o", true),
        0x0914: ("au", true), 0x0911: ("o", false),
    ]
}

/// Values of a pure function of a string, remembered per process (at most 65,536; then forgotten at once):
/// name spotting asks for the same names and Latin mentions in segment after segment.
final class StringMemo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [TextKey: Value] = [:]

    func value(_ text: String, _ compute: (String) -> Value) -> Value {
        let key = TextKey(text)
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = compute(text)
        lock.lock()
        if values.count >= 65_536 { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }
}

/// Romanizations with the built-in lists, remembered per process (at most 65,536; then forgotten at once).
final class RomanizationCache: @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        var useBuiltInLexicon: Bool
        var gazetteer: Bool
        var likely: Bool

        func hash(into hasher: inout Hasher) {
            hasher.combine(TextKey(text))
            hasher.combine(useBuiltInLexicon)
            hasher.combine(gazetteer)
            hasher.combine(likely)
        }

        static func == (a: Key, b: Key) -> Bool {
            TextKey(a.text) == TextKey(b.text) && a.useBuiltInLexicon == b.useBuiltInLexicon && a.gazetteer == b.gazetteer
                && a.likely == b.likely
        }
    }

    static let shared = RomanizationCache()
    private let lock = NSLock()
    private var values: [Key: [HindiRomanizer.Word]] = [:]

    func value(for key: Key) -> [HindiRomanizer.Word]? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store(_ words: [HindiRomanizer.Word], for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if values.count >= 65_536 { values.removeAll(keepingCapacity: true) }
        values[key] = words
    }
}
