import Foundation
import GRDB
import SetuCore
import SetuText

/// Which units an export takes.
public struct UnitFilter: Sendable {
    public var origins: Set<UnitOrigin>?
    /// Units a program scored (aligned, inline) need at least this confidence; units without a
    /// confidence are human work and always pass.
    public var minimumConfidence: Double?
    /// Units changed at or after this date.
    public var since: Date?

    public init(origins: Set<UnitOrigin>? = nil, minimumConfidence: Double? = nil, since: Date? = nil) {
        self.origins = origins
        self.minimumConfidence = minimumConfidence
        self.since = since
    }
}

/// A glossary term found in an exported segment: its English form and how the segment spells it.
public struct ExportedTerm: Sendable, Hashable {
    public var english: String
    public var surface: String
}

extension TranslationMemory {
    /// Calls `body` with each unit matching `filter`, in storage order, reading one unit at a time.
    public func forEachUnit(
        _ filter: UnitFilter, _ body: (_ unit: TranslationUnit, _ id: Int64, _ terms: [ExportedTerm]) throws -> Void
    ) throws {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let origins = filter.origins {
            conditions.append("u.origin IN (\(origins.map { "'\($0.rawValue)'" }.joined(separator: ",")))")
        }
        if let minimum = filter.minimumConfidence {
            // A unit without a confidence was made by a person (imported, translated, typed): it passes.
            conditions.append("(u.confidence IS NULL OR u.confidence >= ?)")
            arguments.append(minimum)
        }
        if let since = filter.since {
            conditions.append("u.changed >= ?")
            arguments.append(since.timeIntervalSince1970)
        }
        let sql = """
            SELECT u.*, s.text AS source_text, s.language AS source_language, t.text AS target_text,
                   t.language AS target_language, COALESCE(u.document, d.path) AS unit_document
            FROM unit u JOIN segment s ON s.id = u.source_id JOIN segment t ON t.id = u.target_id
            LEFT JOIN document d ON d.id = s.document_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")) ORDER BY u.id
            """
        do {
            try queue.read { db in
                let glossary = try Self.englishForms(db)
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
                let decoder = JSONDecoder()
                while let row = try cursor.next() {
                    let extra: UnitExtra? = (row["extra"] as String?).flatMap { try? decoder.decode(UnitExtra.self, from: Data($0.utf8)) }
                    let unit = TranslationUnit(
                        id: row["id"],
                        source: UnitVariant(
                            language: LanguageTag(row["source_language"]) ?? .hindi, text: row["source_text"],
                            markup: row["source_markup"], properties: extra?.sourceProperties ?? [], notes: extra?.sourceNotes ?? []),
                        target: UnitVariant(
                            language: LanguageTag(row["target_language"]) ?? .english, text: row["target_text"],
                            markup: row["target_markup"], properties: extra?.targetProperties ?? [], notes: extra?.targetNotes ?? []),
                        extraVariants: extra?.variants ?? [], origin: UnitOrigin(rawValue: row["origin"]) ?? .imported,
                        alignment: row["alignment"], confidence: row["confidence"],
                        created: Date(timeIntervalSince1970: row["created"]), changed: Date(timeIntervalSince1970: row["changed"]),
                        creator: row["creator"], document: row["unit_document"], externalID: row["external_id"],
                        properties: extra?.properties ?? [], notes: extra?.notes ?? [])
                    let terms = try Self.terms(db, segmentID: row["source_id"], text: row["source_text"], glossary: glossary)
                    try body(unit, row["id"], terms)
                }
            }
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path, operation: "export")
        }
    }

    /// Calls `body` with each Hindi segment that no unit covers (for a pre-translation package).
    public func forEachUntranslatedSegment(
        _ body: (_ segment: StoredSegment, _ ingested: Date, _ terms: [ExportedTerm]) throws -> Void
    ) throws {
        let sql = """
            SELECT s.id, s.position, s.line, s.language, s.kind, s.text, d.path, d.ingested_at FROM segment s
            LEFT JOIN document d ON d.id = s.document_id
            WHERE (s.language = 'hi' OR s.language LIKE 'hi-%') AND s.kind <> 'non-translatable' AND s.span = 1
              AND NOT EXISTS (SELECT 1 FROM unit WHERE source_id = s.id)
              AND NOT EXISTS (SELECT 1 FROM unit WHERE target_id = s.id)
            ORDER BY s.id
            """
        do {
            try queue.read { db in
                let glossary = try Self.englishForms(db)
                let cursor = try Row.fetchCursor(db, sql: sql)
                while let row = try cursor.next() {
                    let segment = Self.segment(row)
                    let ingested = Date(timeIntervalSince1970: (row["ingested_at"] as Double?) ?? Date().timeIntervalSince1970)
                    try body(segment, ingested, try Self.terms(db, segmentID: segment.id, text: segment.text, glossary: glossary))
                }
            }
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path, operation: "export")
        }
    }

    static func englishForms(_ db: Database) throws -> [String: String] {
        var forms: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, english FROM glossary_entry") {
            forms[row["id"]] = JSONList.decode(row["english"]).first
        }
        return forms
    }

    static func terms(_ db: Database, segmentID: Int64, text: String, glossary: [String: String]) throws -> [ExportedTerm] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT entry_id, start, \"end\" FROM term_occurrence WHERE segment_id = ? ORDER BY start"),
            arguments: [segmentID])
        guard !rows.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        return rows.compactMap { row in
            let start: Int = row["start"]
            let end: Int = row["end"]
            guard start >= 0, end <= scalars.count, start < end else { return nil }
            let entry: String = row["entry_id"]
            return ExportedTerm(english: glossary[entry] ?? entry, surface: String(String.UnicodeScalarView(scalars[start..<end])))
        }
    }
}
