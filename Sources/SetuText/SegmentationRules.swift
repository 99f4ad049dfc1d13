/// An ordered list of exceptions applied to candidate sentence boundaries, in the spirit of SRX
/// (Segmentation Rules eXchange 2.0): the first rule whose condition holds decides whether a candidate
/// boundary is kept (`split`) or dropped (`keep` the text together). Candidates no rule matches are split.
///
/// Candidates come from ICU's sentence break iterator (UAX #29) plus `extraTerminators` (such as `|`
/// typed for a danda). Rules only look at the text around the candidate's sentence mark, so they are
/// data: build your own list to change behaviour without touching the engine.
public struct SegmentationRules: Sendable {
    /// The ordered exceptions.
    public var rules: [SegmentationRule]
    /// Marks that end a sentence even though UAX #29 does not say so (UTF-16 code units).
    public var extraTerminators: Set<UInt16>

    public init(rules: [SegmentationRule], extraTerminators: Set<UInt16> = []) {
        self.rules = rules
        self.extraTerminators = extraTerminators
    }

    /// Setu's rules for Hindi news text with embedded English.
    public static let standard = SegmentationRules(
        rules: [
            SegmentationRule("web-address", .keep, .insideWebAddress),
            SegmentationRule("decimal", .keep, .decimalPoint),
            SegmentationRule("nothing-before", .keep, .noWordsBefore),
            SegmentationRule("ellipsis", .keep, .ellipsisInsideLine),
            SegmentationRule("list-number", .keep, .listNumber),
            SegmentationRule("hindi-initial", .keep, .wordBefore(in: HindiAbbreviations.initials)),
            SegmentationRule(
                "chained-initial", .keep,
                .chainedInitial(
                    ambiguous: HindiAbbreviations.ambiguousInitials,
                    initials: HindiAbbreviations.initials.union(HindiAbbreviations.ambiguousInitials))),
            SegmentationRule("hindi-abbreviation", .keep, .wordBefore(in: HindiAbbreviations.abbreviations)),
            SegmentationRule("latin-abbreviation", .keep, .wordBefore(in: HindiAbbreviations.latinAbbreviations)),
            SegmentationRule("latin-initial", .keep, .latinCapitalInitial),
            SegmentationRule(
                "dotted-abbreviation", .keep,
                .dottedAbbreviation(sentenceFinal: Set(HindiFunctionWords.words(HindiFunctionWords.auxiliaries)))),
            SegmentationRule("label-before-number", .keep, .shortWordBeforeNumber),
            SegmentationRule("continuation", .keep, .continuationFollows(Set(HindiFunctionWords.continuations))),
            SegmentationRule(
                "attribution", .keep,
                .attributionFollows(
                    speech: Set(HindiFunctionWords.words(HindiFunctionWords.speechVerbs)),
                    auxiliaries: Set(HindiFunctionWords.words(HindiFunctionWords.auxiliaries) + ["जा", "गया", "गई", "गए", "रहा", "रही", "रहे"]))),
        ],
        extraTerminators: [0x7C]  // VERTICAL LINE typed for a danda
    )
}

/// One exception of `SegmentationRules`.
public struct SegmentationRule: Sendable {
    /// What happens to a candidate boundary when the condition holds (SRX `break="yes"` / `break="no"`).
    public enum Action: Sendable, Equatable {
        case split
        case keep
    }

    public var name: String
    public var action: Action
    public var condition: BoundaryCondition

    public init(_ name: String, _ action: Action, _ condition: BoundaryCondition) {
        self.name = name
        self.action = action
        self.condition = condition
    }
}

/// A test on the text around a candidate boundary. The *mark* is the character that ends the candidate
/// sentence (`।`, `?`, `.` …), found by skipping back over spaces and closing quotes or brackets.
public enum BoundaryCondition: Sendable {
    /// The mark is part of a URL or e-mail address that continues after it (`mea.gov.in/Press`).
    case insideWebAddress
    /// A full stop between digits (`3.5`, `10.30`, `७.५`).
    case decimalPoint
    /// The mark is an ellipsis (`...` or `…`) and the line goes on after it.
    case ellipsisInsideLine
    /// A full stop after a number that opens the line (`1. पहला बिंदु`).
    case listNumber
    /// A full stop after a word in the set: the whole dotted token (`कि.मी`) or its last piece (`डॉ`).
    case wordBefore(in: Set<String>)
    /// A full stop after an ambiguous initial (`के`, `जी`) that sits in a chain of initials
    /// (`ए.के. सिंह`, `एम. के. गांधी`), i.e. next to another dotted initial.
    case chainedInitial(ambiguous: Set<String>, initials: Set<String>)
    /// A full stop after a single capital Latin letter (`S. Jaishankar`).
    case latinCapitalInitial
    /// The candidate sentence has no letter or digit (the opening `॥` of `॥ श्री गणेशाय नमः ॥`).
    case noWordsBefore
    /// A full stop inside or after a token of short dotted pieces (`एम.बी.बी.एस.`, `पीएच.डी.`, `म.नं.`), unless
    /// the piece before it is a word that ends sentences (`है.अगला`).
    case dottedAbbreviation(sentenceFinal: Set<String>)
    /// A full stop after a short Devanagari word with a number after it: a label (`दि. 14.08.2025`,
    /// `अनु. 21`, `क्र. 12`).
    case shortWordBeforeNumber
    /// `!`, `?`, `.` or an ellipsis (with any closing quotes) followed by a word that cannot open a Hindi
    /// sentence: a postposition, particle or conjunction (`"बचाओ!" की आवाज़`, `‘…है!’ और ट्रॉफी…`).
    case continuationFollows(Set<String>)
    /// A quotation ending in `!` or `?` followed by a short clause (at most 12 words, up to the next sentence
    /// mark) that ends in a verb of saying, auxiliaries aside: the attribution of the quote (`"…कब मिलेगा?"
    /// किसान नेता ने पूछा।`, `"…?" यह सवाल हर गाँव में पूछा जा रहा है।`).
    case attributionFollows(speech: Set<String>, auxiliaries: Set<String>)
}
