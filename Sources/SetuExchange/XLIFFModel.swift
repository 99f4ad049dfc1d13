import Foundation
import SetuCore

/// The XLIFF versions Setu reads and writes.
public enum XLIFFVersion: String, Sendable, Hashable, CaseIterable {
    case v12 = "1.2"
    case v20 = "2.0"
}

/// A document to pre-translate, as `XLIFFWriter` writes it: one `<file>` with one unit per segment.
public struct XLIFFDocument: Sendable {
    /// The source document's path (`original`).
    public var original: String
    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    public var units: [XLIFFUnit]

    public init(original: String, sourceLanguage: LanguageTag = .hindi, targetLanguage: LanguageTag = .english, units: [XLIFFUnit]) {
        self.original = original
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
    }
}

/// One segment of a pre-translated document.
public struct XLIFFUnit: Sendable {
    /// What the segment is in its document.
    public enum Kind: String, Sendable {
        case sentence, headline, caption
        /// Code, URLs, numbers only: kept for context, not to be translated.
        case nonTranslatable = "non-translatable"
    }

    /// How sure the proposed target is: `translated` for an exact or context match, `initial` otherwise.
    public enum TargetState: String, Sendable {
        case initial, translated
    }

    /// A translation memory match (XLIFF 2.0 Translation Candidates module, XLIFF 1.2 `alt-trans`).
    public struct Match: Sendable {
        /// 0…100.
        public var similarity: Double
        /// Where the match came from (`setu:aligned`, `setu:imported`, …).
        public var origin: String
        public var source: String
        public var target: String
        /// `exact`, `context` (101 %) or `fuzzy`.
        public var kind: String

        public init(similarity: Double, origin: String, source: String, target: String, kind: String) {
            self.similarity = similarity
            self.origin = origin
            self.source = source
            self.target = target
            self.kind = kind
        }
    }

    /// A glossary term in the source (XLIFF 2.0 Glossary module with a `term` annotation).
    public struct Term: Sendable {
        /// Code point span in `source`.
        public var start: Int
        public var end: Int
        public var english: String
        public var entryID: String

        public init(start: Int, end: Int, english: String, entryID: String) {
            self.start = start
            self.end = end
            self.english = english
            self.entryID = entryID
        }
    }

    /// Stable within its file: `s` + the segment's position.
    public var id: String
    /// The stored segment (when the document was recorded in a memory), for linking the translation back.
    public var segmentID: Int64?
    /// 1-based line of the segment in the source document.
    public var line: Int?
    public var kind: Kind
    public var source: String
    public var target: String?
    public var targetState: TargetState
    public var matches: [Match]
    public var terms: [Term]

    public init(
        id: String, segmentID: Int64? = nil, line: Int? = nil, kind: Kind = .sentence, source: String, target: String? = nil,
        targetState: TargetState = .initial, matches: [Match] = [], terms: [Term] = []
    ) {
        self.id = id
        self.segmentID = segmentID
        self.line = line
        self.kind = kind
        self.source = source
        self.target = target
        self.targetState = targetState
        self.matches = matches
        self.terms = terms
    }
}

/// The header of an XLIFF file being read.
public struct XLIFFHeader: Sendable, Hashable {
    public var version: XLIFFVersion
    /// The source language as written (2.0 `srcLang`; 1.2 the first `<file source-language>`).
    public var sourceLanguage: String
    public var targetLanguage: String?
    /// `urn:setu:xliff` attributes were present: Setu wrote the file.
    public var writtenBySetu: Bool
    /// Line of the root element.
    public var line: Int
}

/// One segment read from an XLIFF file.
public struct XLIFFSegment: Sendable, Hashable {
    /// The `<file>`'s `original` (the source document), or its 2.0 id.
    public var file: String
    /// The source and target language of its file (1.2 files may differ).
    public var sourceLanguage: String
    public var targetLanguage: String?
    public var unit: String
    /// Segment id (2.0 `segment/@id`, 1.2 `mrk/@mid`), if any.
    public var segment: String?
    /// Line of the segment's start in the file.
    public var line: Int
    /// Plain text: inline codes removed with their content, `<pc>`, `<g>` and `<mrk>` content kept.
    public var source: String
    public var target: String
    /// The segment as TMX inline markup when it has codes (written back on TMX export); nil otherwise.
    public var sourceMarkup: String?
    public var targetMarkup: String?
    /// The state as written (2.0 `state`, 1.2 target `state`), nil when absent.
    public var state: String?
    /// Whether the target counts as a translation (see `XLIFFReader`).
    public var isTranslated: Bool
    /// The stored segment id and document a Setu-written file carries.
    public var setuSegmentID: Int64?
    public var setuDocument: String?
    /// Who translated it and when, when the file says (1.2 `phase`/`alt-trans` are not used).
    public var creator: String?
    public var changed: Date?
    public var notes: [String]
}
