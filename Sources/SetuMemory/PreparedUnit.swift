import Foundation
import SetuCore

/// A segment text with every key the store derives from it, computed wherever the caller likes: an
/// import computes them on one core while the store writes on the other.
public struct PreparedText: Sendable {
    public let text: String
    public let language: LanguageTag
    let keys: SegmentKeys
    /// The fuzzy-sketch tokens; empty for a language fuzzy lookup does not serve.
    let sketch: [Int64]

    public init(_ text: String, language: LanguageTag) {
        self.text = text
        self.language = language
        keys = SegmentKeys(text)
        sketch = SegmentIndexer.isSketched(language.value) ? FuzzySketch.sketch(folded: keys.sketchScalars) : []
    }
}

/// An imported unit made ready for the store: both texts prepared, the source's glossary terms found and
/// the unit's extra data encoded. Storing it (`ImportSink.importUnit`) is then only SQLite work.
public struct PreparedUnit: Sendable {
    public let unit: TranslationUnit
    /// Where the unit starts in the imported file.
    public let line: Int?
    let source: PreparedText
    let target: PreparedText
    let sourceTerms: [TermOccurrence]
    let extraJSON: String?

    /// The source text as exact lookup compares it (`TextNormalizer.normalize`).
    public var normalizedSource: String { source.keys.normalized }

    /// - Throws: `MemoryError` if the unit's extra data cannot be encoded (it always can: plain strings).
    public init(_ unit: TranslationUnit, line: Int? = nil, sourceTerms: [TermOccurrence] = []) throws(MemoryError) {
        self.unit = unit
        self.line = line
        self.sourceTerms = sourceTerms
        source = PreparedText(unit.source.text, language: unit.source.language)
        target = PreparedText(unit.target.text, language: unit.target.language)
        do { extraJSON = try UnitExtra.json(unit) } catch {
            throw .invalidRequest("cannot encode the properties and notes of a unit: \(error)")
        }
    }
}
