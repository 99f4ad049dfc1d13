import Foundation
import SetuCore
import SetuText

extension TermExtractor {
    /// Phrases that share a base form, with what the corpus says about them.
    struct Group {
        var key: String
        var words: [String]
        var display: String
        var count = 0
        var documents = 0
        var surfaces: [String: Int] = [:]
        var example = ""
        var cues: Cues = []
        var wholeRuns = 0
        var partner: String?
        var containerSum = 0
        var containers: Set<TextKey> = []

        /// C-value with w(n) = log₂(n + 1).
        var termhood: Double {
            let weight = log2(Double(words.count + 1))
            guard !containers.isEmpty else { return weight * Double(count) }
            return weight * (Double(count) - Double(containerSum) / Double(containers.count))
        }
    }

    /// Features of a group that decide whether it is proposed; exposed to tests through `explain()`.
    struct Assessment {
        var reasons: Set<TermCandidate.Reason> = []
        var type: TermType = .term
        var nameScore = 0.0
        var termScore = 0.0
        var proposed = false
        var minimumZipf = 0.0
        var maximumZipf = 0.0
        var gazetteer: Gazetteer.Entry?
        var latin: String?
        var acronym: String?
    }

    /// Groups phrases by base form and computes nesting for the C-value.
    func groups() -> [TextKey: Group] {
        var groupOf: [TextKey: TextKey] = [:]
        var groups: [TextKey: Group] = [:]
        // In key order: which phrase of a group comes first picks its display spelling and example on ties.
        for (key, phrase) in phrases.inKeyOrder {
            let (words, display) = options.namesOnly
                ? (phrase.words, phrase.surfaces.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? "")
                : baseForm(phrase)
            let groupKey = TextKey(words.joined(separator: " "))
            groupOf[key] = groupKey
            var group = groups[groupKey] ?? Group(key: groupKey.text, words: words, display: display)
            if let best = group.surfaces.max(by: { $0.value < $1.value }), let mine = phrase.surfaces.values.max(), mine > best.value,
                words == phrase.words
            {
                group.display = display
            }
            group.count += phrase.count
            group.documents = max(group.documents, phrase.documents)
            for (surface, count) in phrase.surfaces { group.surfaces[surface, default: 0] += count }
            if group.example.isEmpty { group.example = phrase.example }
            group.cues.formUnion(phrase.cues)
            group.wholeRuns += phrase.wholeRuns
            if group.partner == nil { group.partner = phrase.partner }
            groups[groupKey] = group
        }
        // Nesting: every proper sub-phrase of a phrase is contained in that phrase's group.
        for (key, phrase) in phrases where phrase.words.count > 1 {
            guard let container = groupOf[key], let containerCount = groups[container]?.count else { continue }
            let words = phrase.words
            for first in 0..<words.count {
                for last in first..<words.count where last - first + 1 < words.count {
                    let sub = TextKey(words[first...last].joined(separator: " "))
                    guard let subGroup = groupOf[sub], subGroup != container else { continue }
                    if groups[subGroup]?.containers.insert(container).inserted == true {
                        groups[subGroup]?.containerSum += containerCount
                    }
                }
            }
        }
        return groups
    }

    /// The base form of a phrase: its last word reduced by the inflection rules to a form the corpus shows
    /// at the end of the same phrase, or else to the form general Hindi uses most.
    func baseForm(_ phrase: Phrase) -> (words: [String], display: String) {
        // The most frequent spelling; between spellings that differ only in folds, the one with more marks
        // (nukta, chandrabindu: हज़रतगंज over हजरतगंज), which says more about the sound.
        let display = phrase.surfaces.max {
            ($0.value, $0.key.unicodeScalars.count, $1.key) < ($1.value, $1.key.unicodeScalars.count, $0.key)
        }?.key ?? ""
        guard let last = phrase.words.last else { return (phrase.words, display) }
        let prefix = phrase.words.dropLast()
        var best: (key: String, strip: Int, replacement: String, score: Double)?
        let surfaceZipf = frequency.zipf(key: last)
        for rule in HindiInflection.rules where rule.name != "feminine -ी" {
            let scalars = Array(last.unicodeScalars).map(\.value)
            guard scalars.count >= rule.suffix.count + rule.minimumStem, Array(scalars.suffix(rule.suffix.count)) == rule.suffix
            else { continue }
            let base = String(String.UnicodeScalarView((scalars.dropLast(rule.suffix.count) + rule.replacement).compactMap(Unicode.Scalar.init)))
            let attested = phrases[TextKey((prefix + [base]).joined(separator: " "))]?.count ?? 0
            let zipf = frequency.zipf(key: base)
            guard attested > 0 || (zipf >= 3 && zipf >= surfaceZipf - 0.5) else { continue }
            let score = Double(attested) * 10 + zipf
            if best == nil || score > best!.score {
                best = (base, rule.suffix.count, String(String.UnicodeScalarView(rule.replacement.compactMap(Unicode.Scalar.init))), score)
            }
        }
        guard let best else { return (phrase.words, display) }
        var displayScalars = Array(display.unicodeScalars)
        displayScalars.removeLast(min(best.strip, displayScalars.count))
        return (prefix + [best.key], String(String.UnicodeScalarView(displayScalars)) + best.replacement)
    }

    /// A Latin mention of a name in the corpus.
    struct LatinMention {
        var text: String
        /// False for a single word that is also a common English word (`Record` opening a tweet): usable as
        /// English, but no evidence that the Hindi is a name.
        var isName: Bool
    }

    /// Latin mentions by sound key (`=` + letters for capitals-only acronyms), whole runs and their words.
    /// A Latin run's key (its sound, or its capitals) and whether it reads as a name, per process.
    static let latinKeys = StringMemo<(key: String, isName: Bool)>()

    func latinIndex() -> [String: LatinMention] {
        var index: [String: (mention: LatinMention, count: Int)] = [:]
        // In key order, runs in their order: on equal counts the first text seen stays.
        for (mention, count) in latinMentions.inKeyOrder {
            let words = mention.split(separator: " ").map(String.init)
            // Runs inside a longer run too: a headline's `S Jaishankar Sergey Lavrov Meeting` names Sergey Lavrov.
            var runs = [mention] + words
            if words.count >= 3 {
                for length in 2...min(3, words.count - 1) {
                    for start in 0...(words.count - length) { runs.append(words[start..<start + length].joined(separator: " ")) }
                }
            }
            var seen = Set<String>()
            for text in runs where seen.insert(text).inserted {
                let (key, isName) = Self.latinKeys.value(text) { text in
                    let capitals = text.count >= 2 && text == text.uppercased()
                    return (capitals ? "=" + text : PhoneticKey.of(text),
                        capitals || text.utf8.contains(0x20) || !EnglishLexicon.shared.contains(text.lowercased()))
                }
                guard key.count >= 3 else { continue }
                if let known = index[key], known.count >= count { continue }
                index[key] = (LatinMention(text: text, isName: isName), count)
            }
        }
        return index.mapValues(\.mention)
    }

    /// Decides whether a group is proposed, as what, and why.
    ///
    /// Name evidence adds up to `nameScore`; 2.5 proposes a name. Strong evidence alone suffices (gazetteer,
    /// Latin mention, acronym, abbreviation, institution head, a title before it, `… ने कहा`); weaker cues need
    /// company (place context, `… में`, a generic head, words rare in general Hindi, repetition, spread).
    /// Terms without name evidence are proposed on termhood: a C-value of at least two occurrences, or one
    /// occurrence of a loan term or of a phrase of words rare in general Hindi.
    func assess(_ group: Group, latin: [String: LatinMention]) -> Assessment {
        var assessment = Assessment()
        // A typo of a common word (स्वेदश) counts as that word, not as a rare one.
        let zipfs = group.words.map { word in
            let zipf = frequency.zipf(key: word)
            return zipf > 0 ? zipf : frequency.typoCorrection(key: word).map { frequency.zipf(key: $0) } ?? 0
        }
        assessment.minimumZipf = zipfs.min() ?? 0
        assessment.maximumZipf = zipfs.max() ?? 0
        let single = group.words.count == 1
        let scalars = Array(group.display.unicodeScalars).map(\.value)
        func add(_ reason: TermCandidate.Reason, _ score: Double, as type: TermType? = nil) {
            assessment.reasons.insert(reason)
            assessment.nameScore += score
            if let type, assessment.type == .term { assessment.type = type }
        }
        // भारत-जापान: two names joined as a modifier (India-Japan talks), not a term of its own.
        if single, group.key.utf8.contains(0x2D),
            group.key.split(separator: "-").allSatisfy({ Gazetteer.shared.entry(hindi: String($0)) != nil })
        {
            return assessment
        }
        // A place name that is also a common word (सागर: sea) counts where the text speaks of a place (सागर जिले
        // में, a dateline); `में` alone does not (सागर में: in the sea).
        let placeCues = group.cues.contains(.placeContext) || group.cues.contains(.dateline)
        let displayKey = folder.key(group.display)
        if let entry = Gazetteer.shared.entry(key: displayKey, allowingCommonWords: placeCues)
            ?? (displayKey == group.key ? nil : Gazetteer.shared.entry(hindi: group.key, allowingCommonWords: placeCues))
            ?? Gazetteer.shared.place(key: displayKey),
            entry.kind != .language
        {
            assessment.gazetteer = entry
            add(.gazetteer, 3, as: entry.kind == .institution ? .organization : .place)
        }
        if single, let letters = HindiRomanizer.decodeAcronym(scalars.filter { $0 != 0x2D }) {
            // A hyphenated acronym keeps its hyphen when each part is one (सीयूईटी-यूजी → CUET-UG).
            let parts = scalars.split(separator: 0x2D).map { HindiRomanizer.decodeAcronym(Array($0)) }
            assessment.acronym = parts.count > 1 && parts.allSatisfy({ $0 != nil }) ? parts.map { $0! }.joined(separator: "-") : letters
            add(.acronym, 3, as: .organization)
        }
        // Romanizing is the costly step: only when the corpus has Latin mentions to compare with.
        let roman = latin.isEmpty ? "" : HindiRomanizer.romanize(group.display)
        var mention = assessment.acronym.flatMap { latin["=" + $0] } ?? (assessment.acronym == nil && !latin.isEmpty ? latin[PhoneticKey.of(roman)] : nil)
        // Sound keys drop vowels: अनुरोध (Anurodh) and Anirudh share one. The spellings must be close too.
        if let found = mention, assessment.acronym == nil,
            EditDistance.levenshtein(Array(roman.lowercased()), Array(found.text.lowercased())) > max(2, found.text.count / 3)
        {
            mention = nil
        }
        if let mention {
            assessment.latin = mention.text
            if mention.isName {
                // Without other cues: two or three uncommon words are a person's name, one word a place.
                let person = (2...3).contains(group.words.count) && assessment.maximumZipf < 4.2
                add(.latinMention, 3, as: person ? .person : .place)
            }
        }
        var definedTerm = false
        if group.cues.contains(.abbreviationShort) || group.cues.contains(.abbreviationLong) {
            // A defined abbreviation names an institution, unless its long form is a common term the vocabulary
            // composes and no name's head ends it: सकल घरेलू उत्पाद (जीडीपी), गैर-निष्पादित परिसंपत्तियां (एनपीए).
            let head = group.words.last ?? ""
            let nameHead = HindiWordClasses.isNameHead(key: head)
            if group.cues.contains(.abbreviationLong) && !single && !nameHead && assessment.gazetteer == nil
                && !group.words.contains(where: { Gazetteer.shared.entry(hindi: $0) != nil })
                && TermVocabulary.shared.compose(group.display, isName: false) != nil
            {
                assessment.reasons.insert(.abbreviation)
                definedTerm = true
            } else {
                add(.abbreviation, 3, as: .organization)
            }
        }
        // Common words are not names however they are used: आयोग ने, सरकार ने. Surnames are common words too
        // (वर्मा, शर्मा), so a name may have one such word next to an uncommon one.
        // A listed given name or surname beside other words counts as a name's word however common it is
        // (सिंह, कुमार: जसकरण सिंह बराड़ ने, नाओरेम टोम्बा सिंह ने).
        let nameZipfs = single ? zipfs : zip(group.words, zipfs).map { PersonNames.shared.isPersonName(key: $0) ? min($1, 4.5) : $1 }
        let meanZipf = nameZipfs.reduce(0, +) / Double(max(nameZipfs.count, 1))
        let maximumNameZipf = nameZipfs.max() ?? 0
        let nameLike = maximumNameZipf < 4.6 || (nameZipfs.count >= 2 && maximumNameZipf < 5.6 && meanZipf < 4.8)
        // After a generic noun of its kind, a phrase with a word general Hindi rarely uses, or ending in an
        // institution's head, is an organization's name.
        if group.cues.contains(.afterDescriptor) && !endsInflected(scalars),
            !(single && (HindiWordClasses.organizationHeadKeys.contains(group.key) || HindiWordClasses.organizationDescriptorKeys.contains(group.key))),
            (!single && HindiWordClasses.organizationHeadKeys.contains(group.words.last ?? ""))
                || (assessment.minimumZipf < 3.5 && maximumNameZipf < 5.6)
        {
            add(.afterDescriptor, 2.5, as: .organization)
        }
        // `X नामक …`: X is a name, whatever it names (a person, a company, a storm).
        if group.cues.contains(.named) && group.words.count <= 3 && !endsInflected(scalars) {
            add(.named, 2.5, as: .organization)
        }
        if group.cues.contains(.afterTitle) && nameLike && group.words.count <= 3 {
            assessment.reasons.insert(.afterTitle)
            assessment.nameScore += 2.5
            assessment.type = .person
        }
        // Two or three words that are all given names or surnames of the list (अमित शाह, महात्मा गांधी) are a
        // person's name without any other cue (the list leaves out names that are mainly ordinary words).
        if (2...3).contains(group.words.count), group.words.allSatisfy({ PersonNames.shared.isPersonName(key: $0) })
        {
            add(.listedName, 2.5, as: .person)
        }
        if group.cues.contains(.personContext) && nameLike {
            add(.personContext, group.cues.contains(.speech) ? 2.5 : 1, as: .person)
            // A place's name inside a name that acts, beside words general Hindi rarely uses, is a team's, a club's
            // or a company's name (ईस्ट बंगाल ने, चेन्नई सुपर किंग्स ने), not a person's.
            let isPlace = { (word: String) in Gazetteer.shared.entry(hindi: word)?.kind.isPlace ?? false }
            if (2...4).contains(group.words.count), group.words.contains(where: isPlace),
                group.words.allSatisfy({ isPlace($0) || frequency.zipf(key: $0) < 5 }), !group.words.allSatisfy(isPlace)
            {
                assessment.nameScore += 1.5
                assessment.type = .organization
            } else if (2...3).contains(group.words.count), let first = group.words.first, PersonNames.shared.isPersonName(key: first),
                group.words.dropFirst().allSatisfy({ PersonNames.shared.isPersonName(key: $0) || frequency.zipf(key: $0) < 4 })
            {
                // A listed given name before rarely used words, acting (टोम्बा सिंह ने दो बचाव किए): a person,
                // though no verb of saying follows.
                assessment.nameScore += 1.5
            }
        }
        if group.cues.contains(.dateline) && group.words.count <= 2 {
            // A dateline (`पटना। …`) names the place a report comes from, however common the word.
            add(.placeContext, 2.5, as: .place)
        } else if group.cues.contains(.placeContext) && nameLike {
            assessment.reasons.insert(.placeContext)
            assessment.nameScore += assessment.maximumZipf < 4.2 ? 2.5 : 2
            if assessment.type == .term || assessment.type == .person { assessment.type = .place }
        }
        if group.cues.contains(.locative) && assessment.maximumZipf < 4.2 && !endsInflected(scalars) {
            add(.placeContext, 1, as: .place)
        }
        if single && HindiWordClasses.hasPlaceNameEnding(key: group.key) && assessment.maximumZipf < 5.7 {
            add(.placeSpelling, 2.5, as: .place)
        }
        if !single, let head = group.words.last, group.wholeRuns > 0 {
            // A phrase ending in an institution's head noun is a name (विदेश मंत्रालय, भारत निर्वाचन आयोग); one
            // ending in a generic head needs a name inside it (दक्षिण चीन सागर) or other evidence.
            let containsName = group.words.dropLast().contains { word in
                (Gazetteer.shared.entry(hindi: word).map { $0.kind != .language } ?? false) || frequency.zipf(key: word) < 3.5
                    || HindiWordClasses.hasPlaceNameEnding(key: word)
            }
            let headType: (TermType, Double)? = HindiWordClasses.organizationHeadKeys.contains(head) ? (.organization, 2.5)
                : HindiWordClasses.placeHeadKeys.contains(head) ? (.place, 2)
                : HindiWordClasses.eventHeadKeys.contains(head) ? (.event, 1.5)
                : HindiWordClasses.weakOrganizationHeadKeys.contains(head) ? (.organization, 1.5)
                : HindiWordClasses.weakPlaceHeadKeys.contains(head) ? (.place, 1) : nil
            if let (type, score) = headType {
                assessment.reasons.insert(.nameHead)
                // A generic head after a name-like word names a place of its own (पुश्किन पार्क, गांधी मैदान).
                assessment.nameScore += score + (containsName ? (type == .place && score <= 1 ? 1.5 : 1) : 0)
                if assessment.type == .term || assessment.type == .person { assessment.type = type }
            }
        }
        if HindiRomanizer.looksBorrowed(scalars) { assessment.reasons.insert(.loanSpelling) }
        // Cheap filters first: a phrase of common words with no cue at all cannot be proposed.
        if assessment.maximumZipf < 3 {
            assessment.reasons.insert(.rareWords)
            assessment.nameScore += single ? 1 : 0.5
        }
        let termhood = group.termhood
        if termhood >= 2 * log2(Double(group.words.count + 1)) - 0.01 {
            assessment.reasons.insert(.repeated)
            assessment.nameScore += 0.5
        }
        if group.documents >= 2 {
            assessment.reasons.insert(.spread)
            assessment.nameScore += 0.5
        }

        // Only words spelled like loans can be English words (the lexicon is consulted for those alone). Read
        // only where it counts: the lexicon search is the costly part of assessing a group.
        var loansRead: Bool?
        func loans() -> Bool {
            if let loansRead { return loansRead }
            let read = group.display.split(separator: " ").contains { HindiRomanizer.looksBorrowed(String($0).unicodeScalars.map(\.value)) }
                && HindiRomanizer.words(group.display).allSatisfy { $0.method == "lexicon" || $0.method == "acronym" }
            loansRead = read
            return read
        }
        if single {
            if assessment.maximumZipf < 3 && group.count >= 2 { assessment.termScore = 2 }
            // An English loan rare in general Hindi is a term of the field (सेमीकंडक्टर, पेलोड).
            if assessment.maximumZipf < 3 && (assessment.reasons.contains(.loanSpelling) || loans()) { assessment.termScore = max(assessment.termScore, 2) }
        } else {
            assessment.termScore = termhood / log2(Double(group.words.count + 1))
            // A phrase of English loans is a borrowed term (स्टेटस रिपोर्ट, लॉन्च पैड).
            if group.wholeRuns > 0 && loans() { assessment.termScore += 1 }
            // Seen once, a phrase is a term only if it is made of words general Hindi rarely uses (निर्बाध नौवहन).
            if group.wholeRuns > 0 && assessment.minimumZipf < 3 { assessment.termScore += 1 }
            // A fixed term of Setu's vocabulary (समझौता ज्ञापन, आदर्श आचार संहिता) is a term wherever it is seen.
            if group.wholeRuns > 0 && TermVocabulary.shared.isEntry(group.display) {
                assessment.termScore += 1
                assessment.reasons.insert(.vocabularyTerm)
            }
            // Inside two or more different longer phrases, and on its own: a unit (आपूर्ति श्रृंखला).
            if group.containers.count >= 2 && group.count > group.containerSum / group.containers.count { assessment.termScore += 1 }
        }
        if definedTerm { assessment.termScore = max(assessment.termScore, 3) }
        assessment.proposed = assessment.nameScore >= 2.5
            || (assessment.termScore >= 2 && group.count >= options.minimumCount && termhood > 0)
        if assessment.nameScore < 2.5 { assessment.type = .term }
        return assessment
    }

    /// True for a word ending like an inflected noun (`-ों`, `-ें`, `-ओं`), which is rarely a bare name.
    func endsInflected(_ scalars: [UInt32]) -> Bool {
        guard let last = scalars.last, scalars.count >= 3 else { return false }
        return last == 0x0902 && [0x094B, 0x0947, 0x0913, 0x090F].contains(scalars[scalars.count - 2])  // ों ें ओं एं
    }
}
