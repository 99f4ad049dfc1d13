import Foundation
import GRDB
import SetuCore

/// What a unit carries beyond its two texts, stored as one JSON column: further languages, properties
/// and notes at unit and variant level. Absent (NULL) for the common unit that has none.
struct UnitExtra: Codable {
    var variants: [UnitVariant] = []
    var properties: [UnitProperty] = []
    var notes: [String] = []
    var sourceProperties: [UnitProperty] = []
    var sourceNotes: [String] = []
    var targetProperties: [UnitProperty] = []
    var targetNotes: [String] = []

    init(_ unit: TranslationUnit) {
        variants = unit.extraVariants
        properties = unit.properties
        notes = unit.notes
        sourceProperties = unit.source.properties
        sourceNotes = unit.source.notes
        targetProperties = unit.target.properties
        targetNotes = unit.target.notes
    }

    var isEmpty: Bool {
        variants.isEmpty && properties.isEmpty && notes.isEmpty && sourceProperties.isEmpty && sourceNotes.isEmpty
            && targetProperties.isEmpty && targetNotes.isEmpty
    }
}

/// Inserts unit rows.
struct UnitWriter {
    let db: Database

    func insert(_ unit: TranslationUnit, sourceID: Int64, targetID: Int64) throws {
        let extra = UnitExtra(unit)
        let extraJSON = extra.isEmpty ? nil : String(decoding: try JSONEncoder().encode(extra), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO unit (source_id, target_id, origin, alignment, confidence, created, changed, creator, document,
                              external_id, source_markup, target_markup, extra)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                sourceID, targetID, unit.origin.rawValue, unit.alignment, unit.confidence,
                unit.created.timeIntervalSince1970, unit.changed.timeIntervalSince1970, unit.creator, unit.document,
                unit.externalID, unit.source.markup, unit.target.markup, extraJSON,
            ])
    }
}
