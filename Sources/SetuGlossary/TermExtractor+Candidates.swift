import Foundation
import SetuCore
import SetuText

/// English forms found for Hindi terms by aligning a corpus with its translation (`TermTranslationMiner`),
/// keyed by the search key of the Hindi base form.
public struct MinedTranslations: Sendable {
    public struct Translation: Sendable, Hashable {
        public var english: String
        /// Aligned pairs in which both sides occur.
        public var pairs: Int
        /// Dice association of the Hindi term and the English n-gram over aligned pairs.
        public var dice: Double

        public init(english: String, pairs: Int, dice: Double) {
            self.english = english
            self.pairs = pairs
            self.dice = dice
        }
    }

    public var byHindiKey: [String: Translation]

    public init(byHindiKey: [String: Translation] = [:]) {
        self.byHindiKey = byHindiKey
    }
}

extension TermExtractor {
    /// The proposed terms, best first, each with an English form and its evidence.
    ///
    /// - Parameters:
    ///   - glossary: terms already in a glossary are left out, and a new spelling of one of its names (same
    ///     sound key as its English form) is proposed as a variant of that entry.
    ///   - translations: English found by aligning the corpus with its translation (bilingual mode).
    public func candidates(glossary: TermMatcher? = nil, translations: MinedTranslations = MinedTranslations()) -> [TermCandidate] {
        let groups = groups()
        let latin = latinIndex()
        var englishKeys: [String: Int] = [:]
        for (index, entry) in (glossary?.termbase.entries ?? []).enumerated() {
            for english in entry.english where english.count >= 4 {
                let key = PhoneticKey.of(english)
                if key.count >= 3 && englishKeys[key] == nil { englishKeys[key] = index }
            }
        }
        var proposed: [String: (group: Group, assessment: Assessment)] = [:]
        for group in groups.values {
            let assessment = assess(group, latin: latin)
            if assessment.proposed { proposed[group.key] = (group, assessment) }
        }
        // A term opening with a name (झारखंड विधानसभा चुनाव) is the term without it (विधानसभा चुनाव) when the
        // rest occurs on its own too; names ending in a head noun (झारखंड मुक्ति मोर्चा) stay whole.
        for (key, item) in proposed.inKeyOrder where item.assessment.type == .term && item.group.words.count >= 2 {
            let first = item.group.words[0]
            guard let name = proposed[first], name.assessment.type != .term else { continue }
            let rest = item.group.words.dropFirst().joined(separator: " ")
            guard let restGroup = groups[TextKey(rest)], restGroup.count > item.group.count, restGroup.words.count >= 2 else { continue }
            proposed[key] = nil
            if proposed[rest] == nil {
                var assessment = assess(restGroup, latin: latin)
                assessment.proposed = true
                assessment.reasons.insert(.repeated)
                proposed[rest] = (restGroup, assessment)
            }
        }
        // A long name run often opens with words describing it: `व्यावसायिक शाखा न्यूस्पेस इंडिया लिमिटेड` (its
        // commercial arm NewSpace India Limited). The name starts at its first uncommon word, or at common words
        // that open a name of their own: a place of several words (उत्तर प्रदेश मेट्रो रेल कॉरपोरेशन) or a
        // proper name or adjective of the vocabulary (संयुक्त राष्ट्र सुरक्षा परिषद, ध्रुवीय उपग्रह प्रक्षेपण यान).
        // A phrase the gazetteer knows whole (राज्य आपदा मोचन बल) is a name as it stands.
        for (key, item) in proposed.inKeyOrder where item.assessment.type != .term && item.assessment.type != .person && item.group.words.count >= 4
            && item.assessment.gazetteer == nil
        {
            let words = item.group.words
            guard let start = words.indices.dropLast().first(where: { index in
                let word = words[index]
                return frequency.zipf(key: word) < 3.5 || HindiWordClasses.hasPlaceNameEnding(key: word)
                    || (Gazetteer.shared.entry(hindi: word).map { $0.kind != .language } ?? false)
                    || HindiRomanizer.looksBorrowed(word.unicodeScalars.map(\.value))
                    || (index + 1 < words.count && Gazetteer.shared.entry(hindi: word + " " + words[index + 1]) != nil)
                    || TermVocabulary.shared.opensName(words[index...])
            }), start > 0, words.count - start >= 2 else { continue }
            // Coordinated words are the name's own (आवास एवं शहरी कार्य मंत्रालय, खान एवं भूतत्व विभाग): the run was
            // joined across the conjunction because both sides share the head.
            if words[..<start].contains(where: { Self.coordinatingConjunctions.contains($0) }) { continue }
            let rest = words[start...].joined(separator: " ")
            guard let restGroup = groups[TextKey(rest)] else { continue }
            proposed[key] = nil
            var assessment = item.assessment
            assessment.reasons.formUnion(assess(restGroup, latin: latin).reasons)
            proposed[rest] = (restGroup, assessment)
        }
        // A term whose first or last word is a proposed single-word name or term, seen once, is that word in
        // passing (मतदान दुमका, झामुमो सरकार, सेमीकंडक्टर संयंत्र), not a term of its own.
        for (key, item) in proposed.inKeyOrder where item.assessment.type == .term && item.group.words.count >= 2 && item.group.count == 1 {
            let edges = [item.group.words.first!, item.group.words.last!]
            if edges.contains(where: { proposed[$0] != nil }) { proposed[key] = nil }
        }
        var kept = proposed.inKeyOrder.map(\.value).filter { item in
            guard let glossary else { return true }
            let length = item.group.display.unicodeScalars.count
            return !glossary.matches(in: item.group.display).contains { $0.start == 0 && $0.end == length }
        }
        kept = mergeShortForms(kept, groups: groups)
        var result: [TermCandidate] = []
        for (group, assessment) in kept {
            var candidate = TermCandidate(
                hindi: group.display,
                variants: group.surfaces.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
                    .filter { $0 != group.display },
                count: group.count, documents: group.documents, example: group.example, type: assessment.type,
                reasons: assessment.reasons.sorted(), termhood: group.termhood,
                score: assessment.nameScore + assessment.termScore + log2(Double(group.count)),
                english: "", evidence: .none, evidenceNote: "", existingEntry: nil)
            // People's names keep their own spelling and are not places (मॉन्टेरो is no Monterrey); other phrases
            // may be English loans throughout (सुप्रीम कोर्ट).
            let isPerson = candidate.type == .person
            var words = HindiRomanizer.words(group.display, gazetteer: !isPerson, loans: isPerson ? .marked : .likely)
            if isPerson { HindiRomanizer.preferNames(&words, of: group.display) }
            let roman = HindiRomanizer.joined(words)
            if !englishKeys.isEmpty, let index = englishKeys[PhoneticKey.of(roman)], PhoneticKey.of(roman).count >= 3,
                let entry = glossary?.termbase.entries[index]
            {
                candidate.english = entry.preferredEnglish
                candidate.evidence = .glossary
                candidate.existingEntry = entry.id
                candidate.evidenceNote = "sounds like \(entry.preferredEnglish)"
                candidate.type = entry.type
                candidate.reasons.insert(.glossarySpelling, at: 0)
            } else if let entry = assessment.gazetteer {
                candidate.english = entry.english
                candidate.evidence = .gazetteer
                switch entry.kind {
                case .region, .district: candidate.evidenceNote = "Setu's list of Indian places"
                case .institution: candidate.evidenceNote = "Setu's list of institutions"
                case .country, .city, .language, .area: candidate.evidenceNote = "CLDR \(entry.kind.rawValue)"
                }
            } else if let text = assessment.latin {
                candidate.english = text
                candidate.evidence = .latinMention
                candidate.evidenceNote = "written \"\(text)\" in the corpus"
            } else if TermVocabulary.shared.isEntry(group.display), let composed = TermVocabulary.shared.compose(group.display, isName: false) {
                // A fixed term of the vocabulary (खंडपीठ: division bench, जनहित याचिका: public interest litigation)
                // is surer than an association mined from aligned sentences, which may catch part of it.
                candidate.english = composed.english
                candidate.evidence = .vocabulary
                candidate.evidenceNote = "Setu's vocabulary: \(composed.glosses)"
            } else if let mined = translations.byHindiKey[group.key] {
                candidate.english = mined.english
                candidate.evidence = .alignment
                candidate.evidenceNote = String(format: "%d aligned pair(s), Dice %.2f", mined.pairs, mined.dice)
            } else if let acronym = assessment.acronym {
                candidate.english = acronym
                candidate.evidence = .acronym
            } else if candidate.type != .person || TermVocabulary.shared.isEntry(group.display),
                let composed = TermVocabulary.shared.compose(group.display, isName: candidate.isName && candidate.type != .person)
            {
                // Before the loan reading: a word the vocabulary knows is not read as English (रेल is rail, not real).
                candidate.english = composed.english
                candidate.evidence = .vocabulary
                candidate.evidenceNote = "word by word: \(composed.glosses)"
            } else if words.contains(where: { $0.method == "lexicon" }),
                words.allSatisfy({ ["lexicon", "acronym", "gazetteer"].contains($0.method) || $0.text.allSatisfy(\.isNumber) })
            {
                // English throughout: loans, acronyms, places and numbers (न्यू इंग्लैंड जर्नल ऑफ मेडिसिन, फेज-3 ट्रायल).
                // A name read as English words is still a name: Indian Super League, Monterey.
                candidate.english = candidate.isName ? TermVocabulary.titleCased(roman) : roman
                candidate.evidence = .loanword
            } else if candidate.isName && (romanizable(group, type: candidate.type, words: words) || TermVocabulary.shared.keepsHindi(group.display)) {
                // A name's words are capitalized, including any the English word list supplied (clara → Clara).
                candidate.english = TermVocabulary.titleCased(HindiRomanizer.joined(words))
                candidate.evidence = .romanization
            } else if candidate.isName {
                // A name with common words that nothing translates: romanized as a draft, and said so (a common
                // noun gets no English; a name with none would be dropped from the translator's view).
                candidate.english = TermVocabulary.titleCased(HindiRomanizer.joined(words))
                candidate.evidence = .romanization
                candidate.evidenceNote = "romanized: no translation found for its common words"
            }
            result.append(candidate)
        }
        abbreviate(&result, groups: groups)
        return result.sorted { ($0.score, $0.count, $1.hindi) > ($1.score, $1.count, $0.hindi) }
    }

    /// An abbreviation defined in brackets (`झारखंड मुक्ति मोर्चा (झामुमो)`) that has no English of its own
    /// takes the initials of its long form's English: JMM.
    func abbreviate(_ candidates: inout [TermCandidate], groups: [TextKey: Group]) {
        var bySpelling: [String: Int] = [:]
        for (index, candidate) in candidates.enumerated() {
            for spelling in [candidate.hindi] + candidate.variants { bySpelling[folder.key(spelling)] = index }
        }
        for index in candidates.indices where candidates[index].reasons.contains(.abbreviation) {
            guard [.none, .romanization].contains(candidates[index].evidence),
                let group = groups[TextKey(folder.key(candidates[index].hindi))], let partner = group.partner,
                group.words.count == 1, let long = bySpelling[folder.key(partner)], long != index
            else { continue }
            // A name abbreviated by its words' first syllables (भाजपा for भारतीय जनता पार्टी, झामुमो for झारखंड
            // मुक्ति मोर्चा) is known in English by its romanized words too (BJP, JMM): a translated name
            // (भारत निर्वाचन आयोग, ECI) is not shortened that way in Hindi.
            if candidates[long].english.isEmpty || candidates[long].evidence == .vocabulary,
                Self.isSyllabicAbbreviation(candidates[index].hindi, of: candidates[long].hindi)
            {
                let words = HindiRomanizer.words(candidates[long].hindi, loans: .likely)
                candidates[long].english = TermVocabulary.titleCased(HindiRomanizer.joined(words))
                candidates[long].evidence = .romanization
                candidates[long].evidenceNote = "abbreviated \(candidates[index].hindi) from its syllables"
            }
            guard ![.none, .romanization, .vocabulary].contains(candidates[long].evidence) || candidates[long].isName else { continue }
            let words = candidates[long].english.split(separator: " ").filter { !["of", "and", "the", "for", "in", "on"].contains($0.lowercased()) }
            guard words.count >= 2 else { continue }
            candidates[index].english = String(words.compactMap(\.first).map { Character($0.uppercased()) })
            candidates[index].evidence = .abbreviation
            candidates[index].evidenceNote = "initials of \(candidates[long].english)"
        }
    }

    /// True when `short` is the first akshara (consonant with its vowel sign, or an independent vowel) of
    /// each word of `long`, in order, with at most one word skipped (भाजपा ← भारतीय जनता पार्टी).
    static func isSyllabicAbbreviation(_ short: String, of long: String) -> Bool {
        let words = long.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Array($0.unicodeScalars.map(\.value)) }
        let shortScalars = Array(short.unicodeScalars.map(\.value)).filter { $0 != 0x0902 }  // an anusvara may be dropped
        guard words.count >= 2, !shortScalars.isEmpty else { return false }
        func akshara(_ word: [UInt32]) -> [UInt32] {
            guard let first = word.first else { return [] }
            var result = [first]
            if word.count > 1, (0x093E...0x094C).contains(word[1]) { result.append(word[1]) }  // a vowel sign
            return result
        }
        var position = 0
        var matched = 0
        var skipped = 0
        for word in words {
            let syllable = akshara(word)
            // The vowel sign may be left out of the short form (झा + मु + मो; ज for जनता).
            if position + syllable.count <= shortScalars.count, Array(shortScalars[position..<position + syllable.count]) == syllable {
                position += syllable.count
                matched += 1
            } else if position < shortScalars.count, shortScalars[position] == syllable[0] {
                position += 1
                matched += 1
            } else {
                skipped += 1
            }
        }
        return position == shortScalars.count && matched >= 2 && skipped <= 1
    }

    /// A name is romanized only when its words are names themselves: an organization made of common Hindi
    /// words (`भारत निर्वाचन आयोग`) is translated into English, and a romanization would be wrong.
    /// People and places are romanized unless a word is very common (a translated part such as `दक्षिण`);
    /// organizations and events only when every word is uncommon in general Hindi.
    /// English loans in a name are written in English (पटना हाई कोर्ट → Patna High Court).
    func romanizable(_ group: Group, type: TermType, words: [HindiRomanizer.Word]) -> Bool {
        // A one-word place is its own name however common (छत्तीसगढ़, लखनऊ): nothing in it to translate.
        if type == .place && group.words.count == 1 && !group.key.utf8.contains(0x2D) { return true }
        let limit = type == .person || type == .place ? 5.0 : 4.0
        let parts = group.words.flatMap { $0.split(separator: "-").map(String.init) }
        let methods = parts.count == words.count ? words.map(\.method) : Array(repeating: "rules", count: parts.count)
        return zip(parts, methods).allSatisfy { word, method in
            method != "rules" || frequency.zipf(key: word) < limit || Gazetteer.shared.entry(hindi: word) != nil
        }
    }

    /// A single word that is the first or last word of a proposed person's name (`सहगल` for `अनिरुद्ध सहगल`)
    /// becomes a spelling of that entry, proposed or not; a proposed phrase never seen outside a longer
    /// proposed one is dropped.
    func mergeShortForms(_ proposed: [(group: Group, assessment: Assessment)], groups: [TextKey: Group]) -> [(group: Group, assessment: Assessment)] {
        var result = proposed.sorted { $0.group.words.count > $1.group.words.count }
        var removed = Set<Int>()
        for shortIndex in result.indices.reversed() {
            let short = result[shortIndex].group
            for longIndex in result.indices where !removed.contains(longIndex) && longIndex != shortIndex {
                let long = result[longIndex].group
                guard long.words.count > short.words.count else { break }
                let isPart = (0...(long.words.count - short.words.count)).contains { offset in
                    Array(long.words[offset..<offset + short.words.count]) == short.words
                }
                guard isPart else { continue }
                // A name after a generic noun of its kind (दवा कंपनी गोमती लाइफसाइंसेज): the name stays, the phrase
                // with the noun goes.
                if result[shortIndex].assessment.reasons.contains(.afterDescriptor), long.words.last == short.words.last,
                    HindiWordClasses.organizationDescriptorKeys.contains(long.words[long.words.count - short.words.count - 1])
                {
                    removed.insert(longIndex)
                    continue
                }
                if result[longIndex].assessment.type == .person && short.words.count == 1 && result[shortIndex].assessment.gazetteer == nil {
                    removed.insert(shortIndex)
                    break
                }
                if short.count <= long.count {
                    removed.insert(shortIndex)
                    break
                }
            }
        }
        result = result.indices.filter { !removed.contains($0) }.map { result[$0] }
        // Short forms of people's names take their place as spellings: टुडू ने दावा किया. A word two people's
        // names share (साहू in दयाराम साहू and सस्मिता साहू) stands for neither.
        let claimed = Set(result.map(\.group.key))
        let people = result.filter { $0.assessment.type == .person && $0.group.words.count >= 2 }
        var sharers: [String: Int] = [:]
        for person in people { for word in Set([person.group.words.first!, person.group.words.last!]) { sharers[word, default: 0] += 1 } }
        for index in result.indices where result[index].assessment.type == .person && result[index].group.words.count >= 2 {
            for word in Set([result[index].group.words.first!, result[index].group.words.last!]) where !claimed.contains(word) && sharers[word] == 1 {
                guard let short = groups[TextKey(word)], frequency.zipf(key: word) < 4.6 else { continue }
                for (surface, count) in short.surfaces { result[index].group.surfaces[surface, default: 0] += count }
                result[index].group.count = max(result[index].group.count, short.count)
            }
        }
        return result
    }

    /// One line per phrase with its features, for tuning and for `--explain`.
    public func explain() -> [String] {
        let latin = latinIndex()
        return groups().values.sorted { $0.key < $1.key }.map { group in
            let assessment = assess(group, latin: latin)
            return String(
                format: "%@\t%@\tf=%d whole=%d C=%.2f zmin=%.2f zmax=%.2f name=%.1f term=%.1f %@ [%@]",
                assessment.proposed ? "+" : "-", group.display, group.count, group.wholeRuns, group.termhood,
                assessment.minimumZipf, assessment.maximumZipf, assessment.nameScore, assessment.termScore,
                assessment.type.rawValue, assessment.reasons.sorted().map(\.rawValue).joined(separator: ","))
        }
    }
}
