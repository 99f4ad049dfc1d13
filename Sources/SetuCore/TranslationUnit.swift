import Foundation

/// A source segment paired with its translation, as a translation memory keeps it (TMX `<tu>`).
///
/// `source` is the Hindi side unless the unit says otherwise; `target` the translation. Text is plain
/// (what matching sees); inline markup, when the unit came with some, is kept beside it in
/// `UnitVariant.markup` so that export writes it back.
public struct TranslationUnit: Sendable, Hashable, Codable {
    /// The store's identifier, nil until stored.
    public var id: Int64?
    public var source: UnitVariant
    public var target: UnitVariant
    /// Further languages of a multilingual TMX unit, kept for export.
    public var extraVariants: [UnitVariant]
    public var origin: UnitOrigin
    /// Alignment bead type (`1-1`, `2-1`, …) for aligned units.
    public var alignment: String?
    /// 0…1, how sure the producer of the unit was (aligner, inline detector); nil when unknown.
    public var confidence: Double?
    public var created: Date
    public var changed: Date
    /// Who made the unit (`setu`, a user name, the TMX `creationid`).
    public var creator: String?
    /// Where the unit came from: a document path or a TMX file.
    public var document: String?
    /// TMX `tuid`, or another identifier given by the producer.
    public var externalID: String?
    /// Unit-level properties (TMX `<prop type="…">`), in file order.
    public var properties: [UnitProperty]
    /// Unit-level notes (TMX `<note>`), in file order.
    public var notes: [String]

    public init(
        id: Int64? = nil, source: UnitVariant, target: UnitVariant, extraVariants: [UnitVariant] = [],
        origin: UnitOrigin, alignment: String? = nil, confidence: Double? = nil, created: Date = Date(),
        changed: Date? = nil, creator: String? = nil, document: String? = nil, externalID: String? = nil,
        properties: [UnitProperty] = [], notes: [String] = []
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.extraVariants = extraVariants
        self.origin = origin
        self.alignment = alignment
        self.confidence = confidence
        self.created = created
        self.changed = changed ?? created
        self.creator = creator
        self.document = document
        self.externalID = externalID
        self.properties = properties
        self.notes = notes
    }
}

/// One language side of a unit (TMX `<tuv>`).
public struct UnitVariant: Sendable, Hashable, Codable {
    public var language: LanguageTag
    /// Plain text, inline markup removed.
    public var text: String
    /// The segment as TMX `<seg>` content with inline elements (`<bpt>`, `<ph>`, …), escaped; nil when the
    /// text has no markup.
    public var markup: String?
    public var properties: [UnitProperty]
    public var notes: [String]

    public init(
        language: LanguageTag, text: String, markup: String? = nil, properties: [UnitProperty] = [], notes: [String] = []
    ) {
        self.language = language
        self.text = text
        self.markup = markup
        self.properties = properties
        self.notes = notes
    }
}

/// A typed property (TMX `<prop type="x-…">value</prop>`).
public struct UnitProperty: Sendable, Hashable, Codable {
    public var type: String
    public var value: String

    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}

/// How a unit entered the memory.
public enum UnitOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sentence alignment of a Hindi document with its English translation.
    case aligned
    /// Read from a TMX file.
    case imported
    /// Added by hand (`setu add`).
    case manual
    /// A Hindi run followed by its English rendering on the same line of a web page.
    case inline
    /// Translated by a translator in a CAT tool and imported from XLIFF.
    case translated
}
