import Foundation
import GRDB
import SetuCore

extension TranslationMemory {
    /// The stored segments of the document recorded under `path`, by position (segment index).
    /// Empty when no document has that path.
    public func segmentIDs(ofDocument path: String) throws(MemoryError) -> [Int: Int64] {
        try read("document segments") { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT s.id, s.position FROM segment s JOIN document d ON d.id = s.document_id WHERE d.path = ?",
                arguments: [path])
            var result: [Int: Int64] = [:]
            for row in rows {
                if let position = row["position"] as Int? { result[position] = row["id"] }
            }
            return result
        }
    }

    /// The texts of the segments before and after a stored segment in its document (same language), for
    /// context (101 %) matches; nil at a document's edge or for a segment outside any document.
    public func neighbours(ofSegment id: Int64) throws(MemoryError) -> (previous: String?, next: String?, inDocument: Bool) {
        try read("segment neighbours") { db in
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT document_id, position, language FROM segment WHERE id = ?"), arguments: [id]),
                let document = row["document_id"] as Int64?, let position = row["position"] as Int?
            else { return (nil, nil, false) }
            let statement = try db.cachedStatement(
                sql: "SELECT text FROM segment WHERE document_id = ? AND position = ? AND language = ? LIMIT 1")
            let language: String = row["language"]
            let previous = try String.fetchOne(statement, arguments: [document, position - 1, language])
            let next = try String.fetchOne(statement, arguments: [document, position + 1, language])
            return (previous, next, true)
        }
    }
}

extension ImportSink {
    /// The text of a stored segment, to check that a translation coming back still belongs to it.
    public func storedSegmentText(_ id: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM segment WHERE id = ?"), arguments: [id])
    }
}
