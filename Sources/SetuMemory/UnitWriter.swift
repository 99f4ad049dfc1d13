import Foundation
import GRDB
import GRDBSQLite
import SetuCore

/// What a unit carries beyond its two texts, stored as one JSON column: further languages, properties
/// and notes at unit and variant level. Absent (NULL) for the common unit that has none.
struct UnitExtra: Codable {
    enum CodingKeys: String, CodingKey {
        case variants, properties, notes, sourceProperties, sourceNotes, targetProperties, targetNotes
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        variants = try container.decodeIfPresent([UnitVariant].self, forKey: .variants) ?? []
        properties = try container.decodeIfPresent([UnitProperty].self, forKey: .properties) ?? []
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        sourceProperties = try container.decodeIfPresent([UnitProperty].self, forKey: .sourceProperties) ?? []
        sourceNotes = try container.decodeIfPresent([String].self, forKey: .sourceNotes) ?? []
        targetProperties = try container.decodeIfPresent([UnitProperty].self, forKey: .targetProperties) ?? []
        targetNotes = try container.decodeIfPresent([String].self, forKey: .targetNotes) ?? []
    }

    /// Only the non-empty lists are written: most units carry one or two properties at most.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !variants.isEmpty { try container.encode(variants, forKey: .variants) }
        if !properties.isEmpty { try container.encode(properties, forKey: .properties) }
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
        if !sourceProperties.isEmpty { try container.encode(sourceProperties, forKey: .sourceProperties) }
        if !sourceNotes.isEmpty { try container.encode(sourceNotes, forKey: .sourceNotes) }
        if !targetProperties.isEmpty { try container.encode(targetProperties, forKey: .targetProperties) }
        if !targetNotes.isEmpty { try container.encode(targetNotes, forKey: .targetNotes) }
    }

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

    /// The JSON stored for a unit's extra data; nil when it has none.
    static func json(_ unit: TranslationUnit) throws -> String? {
        let extra = UnitExtra(unit)
        guard !extra.isEmpty else { return nil }
        // Sorted keys: the same unit is stored as the same text on every run (the encoder's order is not fixed).
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(extra), as: UTF8.self)
    }

    var isEmpty: Bool {
        variants.isEmpty && properties.isEmpty && notes.isEmpty && sourceProperties.isEmpty && sourceNotes.isEmpty
            && targetProperties.isEmpty && targetNotes.isEmpty
    }
}

/// Inserts unit rows.
struct UnitWriter {
    let db: Database

    /// - Parameter documentPath: the path of the document the unit's segments belong to; the unit's own
    ///   `document` is stored only when it differs.
    func insert(
        _ unit: TranslationUnit, sourceID: Int64, targetID: Int64, documentPath: String? = nil, importID: Int64? = nil
    ) throws {
        try insert(unit, extraJSON: try UnitExtra.json(unit), sourceID: sourceID, targetID: targetID, documentPath: documentPath, importID: importID)
    }

    /// Inserts a unit whose extra data is already encoded (`UnitExtra.json`).
    func insert(
        _ unit: TranslationUnit, extraJSON: String?, sourceID: Int64, targetID: Int64, documentPath: String? = nil,
        importID: Int64? = nil
    ) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO unit (source_id, target_id, origin, alignment, confidence, created, changed, creator, document,
                              external_id, source_markup, target_markup, extra, import_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try SegmentIndexer.step(statement) { handle in
            var binder = SegmentIndexer.Binder(handle: handle)
            binder.bind(sourceID)
            binder.bind(targetID)
            binder.bind(unit.origin.rawValue)
            binder.bind(unit.alignment)
            binder.bind(unit.confidence)
            binder.bind(unit.created.timeIntervalSince1970)
            binder.bind(unit.changed.timeIntervalSince1970)
            binder.bind(unit.creator)
            binder.bind(unit.document == documentPath ? nil : unit.document)
            binder.bind(unit.externalID)
            binder.bind(unit.source.markup)
            binder.bind(unit.target.markup)
            binder.bind(extraJSON)
            binder.bind(importID)
            return binder.code
        }
    }
}

/// Inserts term occurrence rows.
struct TermOccurrenceWriter {
    let db: Database

    func insert(_ terms: [TermOccurrence], segmentID: Int64) throws {
        guard !terms.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO term_occurrence (segment_id, entry_id, start, "end", kind, confidence) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for term in terms {
            try SegmentIndexer.step(statement) { handle in
                var binder = SegmentIndexer.Binder(handle: handle)
                binder.bind(segmentID)
                binder.bind(term.entryID)
                binder.bind(Int64(term.start))
                binder.bind(Int64(term.end))
                binder.bind(term.kind)
                binder.bind(term.confidence)
                return binder.code
            }
        }
    }
}
