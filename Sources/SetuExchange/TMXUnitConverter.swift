import Foundation
import SetuCore

/// Turns a TMX `<tu>` into a Setu translation unit: picks the source side (the unit's `srclang`, else the
/// header's; for `*all*`, the Hindi side), the target (English for a Hindi source, Hindi otherwise) and keeps
/// every other language as an extra variant.
public struct TMXUnitConverter: Sendable {
    /// Language codes to rewrite (`hi` → `hi-IN`), keyed by lowercased tag or primary subtag.
    public var languageMap: [String: LanguageTag]

    public init(languageMap: [String: LanguageTag] = [:]) {
        self.languageMap = languageMap
    }

    /// Property types Setu writes on export from the unit's own fields (TMX has no element for them).
    /// On import they become those fields again when the file's header names Setu as its creation tool;
    /// from other tools they are dropped, since export writes them anew.
    public enum Provenance {
        public static let origin = "x-setu-origin"
        public static let document = "x-setu-document"
        public static let alignment = "x-setu-alignment"
        public static let confidence = "x-setu-confidence"
        /// The glossary terms of the source (`Astana=अस्ताना; …`), derived from the store on export.
        public static let terms = "x-setu-terms"
        public static let all: Set<String> = [origin, document, alignment, confidence, terms]
    }

    /// A canonical tag for a raw `xml:lang`, after the language map.
    public func language(_ raw: String) -> LanguageTag? {
        guard let tag = LanguageTag(raw) else { return nil }
        return languageMap[tag.value.lowercased()] ?? languageMap[tag.language] ?? tag
    }

    /// The unit, or why it cannot be one.
    public func convert(_ unit: TMXUnit, header: TMXHeader, document: String) -> Result<TranslationUnit, ExchangeError> {
        var variants: [UnitVariant] = []
        for variant in unit.variants {
            guard let tag = language(variant.rawLanguage) else {
                return .failure(.invalid(unit.location, reason: "<tuv> has an unusable language code '\(variant.rawLanguage)'"))
            }
            variants.append(UnitVariant(
                language: tag, text: variant.text, markup: variant.markup, properties: variant.properties, notes: variant.notes))
        }
        let declared = unit.attributes["srclang"] ?? header.sourceLanguage ?? "*all*"
        let sourceIndex: Int?
        if declared == "*all*" {
            sourceIndex = variants.firstIndex { $0.language.language == "hi" } ?? variants.indices.first
        } else if let sourceTag = language(declared) {
            sourceIndex = variants.firstIndex { $0.language == sourceTag }
                ?? variants.firstIndex { $0.language.language == sourceTag.language }
        } else {
            return .failure(.invalid(unit.location, reason: "srclang '\(declared)' is not a language code"))
        }
        guard let sourceIndex else {
            let languages = variants.map(\.language.value).joined(separator: ", ")
            return .failure(.invalid(unit.location, reason: "<tu>\(unit.tuid.map { " \($0)" } ?? "") has no <tuv> in the source language \(declared) (has \(languages)); skipped"))
        }
        let source = variants.remove(at: sourceIndex)
        let wanted = source.language.language == "hi" ? "en" : "hi"
        guard let targetIndex = variants.firstIndex(where: { $0.language.language == wanted }) ?? variants.indices.first else {
            return .failure(.invalid(unit.location, reason: "<tu>\(unit.tuid.map { " \($0)" } ?? "") has only one language (\(source.language)); skipped"))
        }
        let target = variants.remove(at: targetIndex)
        let created = unit.attributes["creationdate"].flatMap(TMXDate.parse) ?? Date()
        let changed = unit.attributes["changedate"].flatMap(TMXDate.parse) ?? created
        var result = TranslationUnit(
            source: source, target: target, extraVariants: variants, origin: .imported, created: created, changed: changed,
            creator: unit.attributes["creationid"], document: document, externalID: unit.tuid,
            properties: unit.properties.filter { !Provenance.all.contains($0.type) }, notes: unit.notes)
        if header.attributes["creationtool"]?.lowercased() == "setu" {
            func value(_ type: String) -> String? { unit.properties.last { $0.type == type }?.value }
            if let origin = value(Provenance.origin).flatMap(UnitOrigin.init(rawValue:)) { result.origin = origin }
            if let path = value(Provenance.document), !path.isEmpty { result.document = path }
            result.alignment = value(Provenance.alignment)
            result.confidence = value(Provenance.confidence).flatMap(Double.init).flatMap { $0.isFinite ? $0 : nil }
        }
        return .success(result)
    }
}
