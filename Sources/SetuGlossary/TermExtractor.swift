import SetuCore
import SetuText

/// Finds the terms and names of a Hindi corpus: the extraction half of `setu glossary build`.
///
/// **Candidates** are noun phrases: maximal runs of open-class Devanagari words, cut at postpositions,
/// auxiliaries, verb forms, conjunctions, pronouns, determiners, titles, numbers, punctuation and Latin text
/// (`HindiWordClasses`), and every sub-run of up to `maximumWords` words. The last word is reduced to its
/// base form (`भारतीय नागरिकों` → `भारतीय नागरिक`): a base the corpus shows is preferred, else the one
/// general Hindi uses most (`HindiWordFrequency`); the spellings seen stay as variants.
///
/// **Termhood** is the C-value of Frantzi, Ananiadou and Mima (2000): for a candidate a of n words seen
/// f(a) times, C(a) = w(n)·f(a) if no longer candidate contains it, else w(n)·(f(a) − mean f(b) over the
/// longer candidates b containing it), with w(n) = log₂(n + 1) so that single words count (the original
/// log₂ n gives them zero). A phrase that only ever occurs inside one longer phrase scores 0: `युद्ध ग्रस्त`
/// seen only as part of `युद्ध ग्रस्त इलाकों` is not a term of its own, while `मतदान केंद्र`, seen in several
/// longer runs and alone, is.
///
/// **Names** need evidence, each kept as a `TermCandidate.Reason`: the CLDR gazetteer, a Latin mention of
/// the same sound in the corpus, an acronym in Hindi letter names, an abbreviation defined in brackets, a
/// preceding title, person context (`… ने कहा`, `… जी`), place context (`… जिले में`, `… की राजधानी`,
/// `… पहुंचे`, a dateline), the head noun of a name (`… आयोग`, `… सम्मेलन`), and words rare in general Hindi.
///
/// Memory grows with the number of distinct phrases; when the table passes `tableLimit`, phrases seen once
/// are dropped (a very large corpus then proposes only repeated terms). Time is linear in the corpus.
public final class TermExtractor {
    /// Limits of the extraction.
    public struct Options: Sendable {
        /// Longest candidate, in words.
        public var maximumWords = 5
        /// Occurrences a term without name evidence needs.
        public var minimumCount = 1
        /// Drop phrases seen once when the table holds more distinct phrases than this.
        public var tableLimit = 2_000_000
        /// Look for names only (`setu terms` suggestions, one segment at a time): only phrases that can carry
        /// name evidence are recorded — single words, phrases with a cue at their edge, phrases ending in a
        /// name's head noun — and base forms are not computed.
        public var namesOnly = false

        public init(maximumWords: Int = 5, minimumCount: Int = 1) {
            self.maximumWords = maximumWords
            self.minimumCount = minimumCount
        }
    }

    /// Context flags counted for a phrase.
    struct Cues: OptionSet {
        let rawValue: UInt16
        static let afterTitle = Cues(rawValue: 1 << 0)
        static let personContext = Cues(rawValue: 1 << 1)
        static let speech = Cues(rawValue: 1 << 2)
        static let placeContext = Cues(rawValue: 1 << 3)
        static let dateline = Cues(rawValue: 1 << 4)
        static let abbreviationShort = Cues(rawValue: 1 << 5)
        static let abbreviationLong = Cues(rawValue: 1 << 6)
        static let wholeRun = Cues(rawValue: 1 << 7)
        /// A single word before में (`गुजरात में`): weak place evidence.
        static let locative = Cues(rawValue: 1 << 8)
        /// After a generic noun of its kind inside the same run (`रेटिंग एजेंसी क्रिसिल`, `संस्था तिरहुत राहत मंच`).
        static let afterDescriptor = Cues(rawValue: 1 << 9)
        /// Before नामक, "named" (`गोमती नामक कंपनी`).
        static let named = Cues(rawValue: 1 << 10)
    }

    /// What the extractor knows of one phrase (a sequence of word keys).
    struct Phrase {
        var words: [String]
        var count = 0
        var documents = 0
        var lastDocument = -1
        var surfaces: [String: Int] = [:]
        var example = ""
        var cues: Cues = []
        /// Times the phrase was a whole run (not part of a longer one).
        var wholeRuns = 0
        /// The abbreviation or long form it was paired with in brackets.
        var partner: String?
    }

    let options: Options
    let folder = SearchFolder()
    let frequency = HindiWordFrequency.shared
    /// By the word keys joined with spaces, compared by their bytes (`TextKey`: no normalizing per lookup).
    var phrases: [TextKey: Phrase] = [:]
    /// Latin runs of capitalized words and all-capital words, as written, with counts.
    var latinMentions: [String: Int] = [:]
    /// Word keys seen as the last word of a phrase, for choosing base forms the corpus attests.
    var documentCount = 0

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Adds one segment of document number `document` (documents are numbered by the caller from 0).
    public func add(_ text: String, document: Int) {
        documentCount = max(documentCount, document + 1)
        let tokens = CorpusTokens(text, folder: folder).tokens
        // Whether each token is a content word, decided once (the passes below ask several times per token).
        let content = tokens.map(isContent)
        collectLatin(tokens)
        // A function word that opens a place name of several words belongs to the name: नई दिल्ली (नई is
        // "new", a determiner elsewhere).
        var placeOpeners = Set<Int>()
        for position in tokens.indices.dropLast()
        where tokens[position].kind == .devanagari && tokens[position + 1].kind == .devanagari && !content[position]
            && content[position + 1]
        {
            if let place = Gazetteer.shared.entry(hindi: tokens[position].text + " " + tokens[position + 1].text), place.kind != .language {
                placeOpeners.insert(position)
            }
        }
        var index = 0
        while index < tokens.count {
            guard content[index] || placeOpeners.contains(index) else {
                index += 1
                continue
            }
            var start = index
            while index < tokens.count && (content[index] || placeOpeners.contains(index)) { index += 1 }
            // `67.4 प्रतिशत मतदान`: the unit belongs to the number.
            if start > 0 && HindiWordClasses.unitKeys.contains(tokens[start].key)
                && (tokens[start - 1].kind == .number || HindiWordClasses.wordClass(ofKey: tokens[start - 1].key) == .determiner)
            {
                start += 1
            }
            if start < index { addRun(tokens, start..<index, text: text, document: document) }
        }
        joinCoordinatedNames(tokens, content: content, text: text, document: document)
        // An abbreviation in brackets after its long form: `झारखंड मुक्ति मोर्चा (झामुमो)`.
        for index in tokens.indices.dropFirst().dropLast(2)
        where tokens[index].kind == .open && tokens[index + 2].kind == .close && tokens[index + 1].kind != .punctuation {
            let short = tokens[index + 1]
            guard content[index - 1] else { continue }
            var first = index - 1
            while first > 0 && content[first - 1] && index - first < options.maximumWords { first -= 1 }
            let long = Array(tokens[first..<index])
            let longKey = long.map(\.key).joined(separator: " ")
            phrases[TextKey(longKey)]?.cues.insert(.abbreviationLong)
            phrases[TextKey(longKey)]?.partner = short.text
            if short.kind == .devanagari {
                record([short], text: text, document: document, cues: [.abbreviationShort, .wholeRun])
                phrases[TextKey(short.key)]?.partner = long.map(\.text).joined(separator: " ")
            }
        }
        if phrases.count > options.tableLimit { phrases = phrases.filter { $0.value.count > 1 } }
    }

    func isContent(_ token: CorpusTokens.Token) -> Bool {
        token.kind == .devanagari && HindiWordClasses.wordClass(ofKey: token.key) == nil
            && !HindiWordClasses.isTitle(key: token.key) && !HindiWordClasses.placeNounKeys.contains(token.key)
    }

    private func collectLatin(_ tokens: [CorpusTokens.Token]) {
        var run: [String] = []
        func flush() {
            if !run.isEmpty { latinMentions[run.joined(separator: " "), default: 0] += 1 }
            run = []
        }
        for token in tokens {
            if token.kind == .latin, let first = token.text.unicodeScalars.first, first.properties.isUppercase {
                run.append(token.text)
            } else {
                flush()
            }
        }
        flush()
    }

    private func addRun(_ tokens: [CorpusTokens.Token], _ run: Range<Int>, text: String, document: Int) {
        let before = run.lowerBound > 0 ? tokens[run.lowerBound - 1] : nil
        let after = run.upperBound < tokens.count ? tokens[run.upperBound] : nil
        let afterNext = run.upperBound + 1 < tokens.count ? tokens[run.upperBound + 1] : nil
        var startCues: Cues = []
        if let before {
            if HindiWordClasses.isTitle(key: before.key) { startCues.insert(.afterTitle) }
            // `डॉ. …`: a title with its abbreviation dot.
            if before.text == ".", run.lowerBound > 1, HindiWordClasses.isTitle(key: tokens[run.lowerBound - 2].key) {
                startCues.insert(.afterTitle)
            }
        }
        var endCues: Cues = []
        if let after {
            if HindiWordClasses.personCueKeys.contains(after.key) {
                endCues.insert(.personContext)
                if let afterNext, HindiWordClasses.speechVerbKeys.contains(afterNext.key) || afterNext.text == "," {
                    endCues.insert(.speech)
                }
            }
            if HindiWordClasses.placeCueKeys.contains(after.key) { endCues.insert(.placeContext) }
            if after.key == "नामक" { endCues.insert(.named) }
            if ["की", "के", "का"].contains(after.key), afterNext?.key == "राजधानी" { endCues.insert(.placeContext) }
            if run.count == 1 && after.key == "में" { endCues.insert(.locative) }
            // A dateline: the segment opens with a place and a danda (`रांची। …`).
            if run.lowerBound == 0 && run.count <= 2 && (after.text == "\u{0964}" || after.text == "|") {  // DEVANAGARI DANDA
                endCues.insert(.dateline)
            }
        }
        for first in run {
            for last in first..<min(run.upperBound, first + options.maximumWords) {
                if options.namesOnly && last > first {
                    let head = tokens[last].key
                    let edgeCue = (first == run.lowerBound && !startCues.isEmpty) || (last == run.upperBound - 1 && !endCues.isEmpty)
                    let nameHead = HindiWordClasses.isNameHead(key: head)
                    guard (edgeCue && last - first < 3) || (nameHead && first == run.lowerBound) else { continue }
                }
                var cues: Cues = []
                if first == run.lowerBound && last == run.upperBound - 1 { cues.insert(.wholeRun) }
                if first == run.lowerBound && run.count <= 3 && last == run.upperBound - 1 { cues.formUnion(startCues) }
                if last == run.upperBound - 1 && last - first < 3 { cues.formUnion(endCues) }
                if first > run.lowerBound && last == run.upperBound - 1 && last - first < 4
                    && HindiWordClasses.organizationDescriptorKeys.contains(tokens[first - 1].key)
                {
                    cues.insert(.afterDescriptor)
                }
                record(Array(tokens[first...last]), text: text, document: document, cues: cues)
            }
        }
    }

    /// Two institution names joined by a conjunction under one head are one name: `आवास एवं शहरी कार्य
    /// मंत्रालय`, `खान एवं भूतत्व विभाग`. And places listed before a place noun share its cue: `भोजपुर, रोहतास और
    /// पटना जिलों में`.
    static let coordinatingConjunctions: Set<String> = ["एवं", "और", "तथा", "व"]

    private func joinCoordinatedNames(_ tokens: [CorpusTokens.Token], content: [Bool], text: String, document: Int) {
        let conjunctions = Self.coordinatingConjunctions
        var index = 0
        while index < tokens.count {
            guard content[index] else {
                index += 1
                continue
            }
            let start = index
            while index < tokens.count && content[index] { index += 1 }
            let run = start..<index
            guard run.count <= 3, start >= 2, conjunctions.contains(tokens[start - 1].key), content[start - 2] else { continue }
            var first = start - 2
            while first > 0 && content[first - 1] && start - 1 - first < 3 { first -= 1 }
            // Two names in a list (एनजीटी और सुप्रीम कोर्ट) rather than one name with coordinated words (खान एवं
            // भूतत्व विभाग): the words before the conjunction make a name of their own.
            let left = tokens[first..<start - 1]
            if let last = left.last, HindiWordClasses.organizationHeadKeys.contains(last.key)
                || Gazetteer.shared.entry(hindi: last.text) != nil
                || (left.count == 1 && HindiRomanizer.decodeAcronym(HindiRomanizer.letters(of: Substring(last.text))) != nil)
            {
                continue
            }
            let head = tokens[run.upperBound - 1].key
            if HindiWordClasses.organizationHeadKeys.contains(head) || HindiWordClasses.weakOrganizationHeadKeys.contains(head) {
                record(Array(tokens[first..<run.upperBound]), text: text, document: document, cues: [.wholeRun])
            }
        }
        // Lists of places before a place noun: every item of `A, B और C जिलों` is a place.
        for (position, token) in tokens.enumerated() where HindiWordClasses.placeNounKeys.contains(token.key) {
            var end = position
            while end > 0 {
                guard content[end - 1] else { break }
                var start = end - 1
                while start > 0 && content[start - 1] && end - start < 2 { start -= 1 }
                // The item was counted with its run; it only gains the cue.
                if end != position { phrases[TextKey(tokens[start..<end].map(\.key).joined(separator: " "))]?.cues.insert(.placeContext) }
                guard start >= 2, tokens[start - 1].text == "," || conjunctions.contains(tokens[start - 1].key) else { break }
                end = start - 1
            }
        }
    }

    private func record(_ words: [CorpusTokens.Token], text: String, document: Int, cues: Cues) {
        let key = TextKey(words.map(\.key).joined(separator: " "))
        var phrase = phrases[key] ?? Phrase(words: words.map(\.key))
        phrase.count += 1
        if phrase.lastDocument != document {
            phrase.documents += 1
            phrase.lastDocument = document
        }
        if phrase.example.isEmpty { phrase.example = text }
        phrase.surfaces[words.map(\.text).joined(separator: " "), default: 0] += 1
        phrase.cues.formUnion(cues)
        if cues.contains(.wholeRun) { phrase.wholeRuns += 1 }
        phrases[key] = phrase
    }
}
