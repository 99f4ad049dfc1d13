import SetuCore

/// A term proposed for a glossary by `TermExtractor`: its Hindi base form and the spellings seen, how often
/// and where it occurs, why it was proposed, and an English form with the evidence for it.
public struct TermCandidate: Sendable, Hashable {
    /// Why a span was taken for a term or a name.
    public enum Reason: String, Sendable, Hashable, CaseIterable, Comparable {
        /// A new spelling of an entry of the glossary (same sound key as its English form).
        case glossarySpelling = "new-spelling"
        /// A country, territory or city whose Hindi and English names are in CLDR (रूस, मॉस्को).
        case gazetteer
        /// The same name is written in Latin letters in the corpus ("S Jaishankar" for एस जयशंकर).
        case latinMention = "latin-mention"
        /// Spelled with the Hindi names of Latin letters (एससीओ, आरबीआई).
        case acronym
        /// Defined in the text by an abbreviation in brackets: `झारखंड मुक्ति मोर्चा (झामुमो)`.
        case abbreviation
        /// After a title or designation (`विदेश मंत्री …`, `डॉ. …`).
        case afterTitle = "after-title"
        /// After a generic noun of its kind (`रेटिंग एजेंसी क्रिसिल`, `संस्था तिरहुत राहत मंच`).
        case afterDescriptor = "after-descriptor"
        /// Called by name: before नामक, "named" (`गोमती नामक कंपनी`).
        case named
        /// Acts as a person: `… ने कहा`, `… जी`.
        case personContext = "person-context"
        /// Used as a place: `… जिले में`, `… की राजधानी`, `… पहुंचे`, or a dateline (`रांची।`).
        case placeContext = "place-context"
        /// Every word is a given name or surname of Setu's list of names (`PersonNames`: अमित शाह, नीलिमा झा).
        case listedName = "listed-name"
        /// Spelled like an Indian place name (`हैदराबाद`, `कानपुर`, `छत्तीसगढ़`).
        case placeSpelling = "place-spelling"
        /// Ends with the head noun of an organization, event or place name (`… आयोग`, `… सम्मेलन`, `… सागर`).
        case nameHead = "name-head"
        /// Spelled the way English loans are (ऑ, ॉ, स्ट, -शन …).
        case loanSpelling = "loan-spelling"
        /// Its words are rare in general Hindi (`HindiWordFrequency`).
        case rareWords = "rare-words"
        /// A fixed term of several words in Setu's vocabulary (`TermVocabulary`: समझौता ज्ञापन).
        case vocabularyTerm = "vocabulary-term"
        /// Recurs as a unit more than its words alone would (C-value).
        case repeated
        /// Occurs in more than one document.
        case spread

        public static func < (lhs: Reason, rhs: Reason) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Where the English form came from, strongest first.
    public enum Evidence: String, Sendable, Hashable, CaseIterable {
        /// An existing glossary entry (this is a new spelling of it).
        case glossary
        /// CLDR exonyms through ICU (`Gazetteer`).
        case gazetteer
        /// A Latin mention of the same name in the corpus.
        case latinMention = "latin-mention"
        /// Association with English n-grams across aligned segment pairs.
        case alignment
        /// Hindi letter names decoded (`आरबीआई` → RBI).
        case acronym
        /// The initials of the English of the long form it abbreviates (`झामुमो` → JMM).
        case abbreviation
        /// Every word is an English loan found in the English word list (`सेमीकंडक्टर` → semiconductor).
        case loanword = "english-loan"
        /// Composed word by word from Setu's vocabulary of Indian news and official terms
        /// (`TermVocabulary`: भारत निर्वाचन आयोग → Election Commission of India); a draft for review.
        case vocabulary
        /// The romanizer (names only).
        case romanization
        /// No evidence: a common noun waits for a translator.
        case none
    }

    /// The base form (direct singular: भारतीय नागरिक for भारतीय नागरिकों).
    public var hindi: String
    /// Other spellings seen in the corpus, most frequent first (inflected forms, nukta and chandrabindu
    /// spellings, short forms of a person's name).
    public var variants: [String]
    /// Occurrences in the corpus, all spellings together.
    public var count: Int
    /// Number of documents it occurs in.
    public var documents: Int
    /// One segment it occurs in.
    public var example: String
    public var type: TermType
    /// Why it was proposed, strongest first.
    public var reasons: [Reason]
    /// C-value termhood: w(n)·(f − mean frequency of the longer candidates containing it), w(n) = log₂(n + 1).
    public var termhood: Double
    /// The ranking score (higher first).
    public var score: Double
    /// The proposed English form; empty when there is no evidence for one (status `needs-translation`).
    public var english: String
    public var evidence: Evidence
    /// Detail of the evidence: the Latin mention, the aligned pair count and association, the entry.
    public var evidenceNote: String
    /// The id of the glossary entry this is a new spelling of.
    public var existingEntry: String?

    /// True when the candidate names a person, place, organization or event.
    public var isName: Bool { type != .term && type != .title }

    /// The glossary entry to review: status `proposed` with English, `needs-translation` without.
    public var entry: TermEntry {
        var note = "\(reasons.map(\.rawValue).joined(separator: ",")); seen \(count)× in \(documents) document(s)"
        note += "; English from \(evidence.rawValue)"
        if !evidenceNote.isEmpty { note += " (\(evidenceNote))" }
        if let existingEntry { note = "new spelling of \(existingEntry)? " + note }
        return TermEntry(
            id: english.isEmpty ? HindiRomanizer.entryID(hindi: hindi) : nil,
            english: english.isEmpty ? [] : [english], hindi: [hindi] + variants.filter { $0 != hindi }, type: type,
            status: english.isEmpty ? .needsTranslation : .proposed, note: note)
    }
}
