import GRDB
import SetuCore

/// Writes segment rows together with their index entries (FTS5 concordance, fuzzy sketch), and removes
/// them again. Both indexes are keyed by values recomputed from the segment text, so removal needs
/// nothing but the row itself.
struct SegmentIndexer {
    let db: Database

    /// What describes a segment row besides its text.
    struct Placement {
        var documentID: Int64?
        var position: Int?
        var span = 1
        var language: LanguageTag
        var kind: String
        var start: Int?
        var end: Int?
        var line: Int?
    }

    /// Inserts a segment and indexes it; returns its row id.
    func insert(text: String, placement: Placement) throws -> Int64 {
        let keys = SegmentKeys(text)
        try db.cachedStatement(sql: """
            INSERT INTO segment (document_id, position, span, language, kind, text, exact_hash, start, "end", line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                placement.documentID, placement.position, placement.span, placement.language.value, placement.kind,
                text, keys.exactHash, placement.start, placement.end, placement.line,
            ])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO segment_fts (rowid, key) VALUES (?, ?)")
            .execute(arguments: [id, keys.folded])
        if Self.isSketched(placement.language.value) {
            let sketchStatement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO fuzzy_sketch (token, segment_id) VALUES (?, ?)")
            for token in FuzzySketch.sketch(folded: keys.foldedScalars) {
                try sketchStatement.execute(arguments: [token, id])
            }
        }
        return id
    }

    /// Fuzzy lookup serves Hindi source text; other languages are found by exact and concordance lookup.
    static func isSketched(_ language: String) -> Bool {
        language == "hi" || language.hasPrefix("hi-")
    }

    /// Removes the index entries of the given segments and then the rows themselves (units and term
    /// occurrences go with them through foreign keys).
    func delete(where condition: String, arguments: StatementArguments) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, text, language FROM segment WHERE \(condition)", arguments: arguments)
        let ftsDelete = try db.cachedStatement(
            sql: "INSERT INTO segment_fts (segment_fts, rowid, key) VALUES ('delete', ?, ?)")
        let sketchDelete = try db.cachedStatement(sql: "DELETE FROM fuzzy_sketch WHERE token = ? AND segment_id = ?")
        let rowDelete = try db.cachedStatement(sql: "DELETE FROM segment WHERE id = ?")
        for row in rows {
            let id: Int64 = row["id"]
            let text: String = row["text"]
            let keys = SegmentKeys(text)
            try ftsDelete.execute(arguments: [id, keys.folded])
            if Self.isSketched(row["language"]) {
                for token in FuzzySketch.sketch(folded: keys.foldedScalars) {
                    try sketchDelete.execute(arguments: [token, id])
                }
            }
            try rowDelete.execute(arguments: [id])
        }
    }
}
