import Foundation
import GRDB
import GRDBSQLite
import SetuCore
import SetuText

/// Writes segment rows together with their index entries (FTS5 concordance, fuzzy sketch), removes them,
/// and rebuilds every derived key of a store.
///
/// The concordance index is contentless (SQLite FTS5 §4.4.3): a row can only be removed with the exact
/// values it was inserted with. Removal recomputes the key from the text, which gives exactly the inserted
/// key because a store is only written after its recorded key versions were checked against this build's
/// (`DerivedKeyVersions`; a store of other versions is rebuilt first). Stores written before this rule kept
/// the key in `segment.index_key` when it differed from the text; removal prefers that stored key. (Keeping
/// it cost 40 % of the text's size at 1M units.) Fuzzy-sketch rows are recomputed from the same key.
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
        try insert(PreparedText(text, language: placement.language), placement: placement)
    }

    /// Inserts a segment whose keys are already computed and indexes it; returns its row id.
    func insert(_ prepared: PreparedText, placement: Placement) throws -> Int64 {
        let keys = prepared.keys
        // Through SQLite's C API like the index rows below: GRDB's argument boxing cost more than the insert.
        let row = try db.cachedStatement(sql: """
            INSERT INTO segment (document_id, position, span, language, kind, text, exact_hash, index_key, start, "end", line)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
            """)
        try Self.step(row) { handle in
            var binder = Binder(handle: handle)
            binder.bind(placement.documentID)
            binder.bind(placement.position.map(Int64.init))
            binder.bind(Int64(placement.span))
            binder.bind(placement.language.value)
            binder.bind(placement.kind)
            binder.bind(prepared.text)
            binder.bind(keys.exactHash)
            binder.bind(placement.start.map(Int64.init))
            binder.bind(placement.end.map(Int64.init))
            binder.bind(placement.line.map(Int64.init))
            return binder.code
        }
        let id = db.lastInsertedRowID
        try index(id: id, indexKey: keys.indexKey, sketch: prepared.sketch)
        return id
    }

    /// Adds a segment's concordance and fuzzy-index rows. These are most of the rows an import writes (about
    /// twenty sketch rows per Hindi segment), so they go through SQLite's C API with cached statements:
    /// GRDB's argument handling would cost more than the inserts.
    private func index(id: Int64, indexKey: String, sketch: [Int64]) throws {
        let fts = try db.cachedStatement(sql: "INSERT INTO segment_fts (rowid, key) VALUES (?, ?)")
        try Self.step(fts) { handle in
            sqlite3_bind_int64(handle, 1, id)
            return indexKey.utf8CString.withUnsafeBufferPointer { text in
                // SQLITE_TRANSIENT: SQLite copies the text before the buffer goes away.
                sqlite3_bind_text(handle, 2, text.baseAddress, Int32(text.count - 1), Self.transient)
            }
        }
        guard !sketch.isEmpty, try !SketchBuffer.append(db, segment: id, tokens: sketch) else { return }
        let rows = try db.cachedStatement(sql: "INSERT OR IGNORE INTO fuzzy_sketch (token, segment_id) VALUES (?, ?)")
        for token in sketch {
            try Self.step(rows) { handle in
                sqlite3_bind_int64(handle, 1, token)
                return sqlite3_bind_int64(handle, 2, id)
            }
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds values to a statement's parameters in order, keeping the first error code.
    struct Binder {
        let handle: OpaquePointer
        private(set) var index: Int32 = 1
        private(set) var code = SQLITE_OK

        init(handle: OpaquePointer) { self.handle = handle }

        mutating func bind(_ value: Int64?) {
            record(value.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
        }

        mutating func bind(_ value: Double?) {
            record(value.map { sqlite3_bind_double(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
        }

        mutating func bind(_ value: String?) {
            guard var value else { return record(sqlite3_bind_null(handle, index)) }
            let (handle, index) = (handle, index)
            let result = value.withUTF8 { bytes -> Int32 in
                // SQLITE_TRANSIENT: SQLite copies the text before the buffer goes away. An empty string is
                // bound as '' (a nil pointer would bind NULL).
                guard let base = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, SegmentIndexer.transient) }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(bytes.count), SegmentIndexer.transient)
                }
            }
            record(result)
        }

        private mutating func record(_ result: Int32) {
            if code == SQLITE_OK { code = result }
            index += 1
        }
    }

    /// Binds with `bind`, runs the statement once and resets it; SQLite's error becomes a `DatabaseError`.
    static func step(_ statement: Statement, bind: (OpaquePointer) -> Int32) throws {
        let handle = statement.sqliteStatement
        var code = bind(handle)
        if code == SQLITE_OK { code = sqlite3_step(handle) }
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        guard code == SQLITE_DONE else {
            let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Fuzzy lookup serves Hindi source text; other languages are found by exact and concordance lookup.
    static func isSketched(_ language: String) -> Bool {
        language == "hi" || language.hasPrefix("hi-")
    }

    /// Removes the index entries of the given segments and then the rows themselves (units and term
    /// occurrences go with them through foreign keys).
    func delete(where condition: String, arguments: StatementArguments) throws {
        try SketchBuffer.flush(db)
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, index_key, text, language FROM segment WHERE \(condition)", arguments: arguments)
        let ftsDelete = try db.cachedStatement(sql: "INSERT INTO segment_fts (segment_fts, rowid, key) VALUES ('delete', ?, ?)")
        let sketchDelete = try db.cachedStatement(sql: "DELETE FROM fuzzy_sketch WHERE token = ? AND segment_id = ?")
        let rowDelete = try db.cachedStatement(sql: "DELETE FROM segment WHERE id = ?")
        for row in rows {
            let id: Int64 = row["id"]
            let stored: String? = row["index_key"]
            let key = stored ?? SegmentKeys.indexKey(row["text"])
            try ftsDelete.execute(arguments: [id, key])
            if Self.isSketched(row["language"]) {
                for token in FuzzySketch.sketch(folded: SegmentKeys.sketchScalars(indexKey: key)) {
                    try sketchDelete.execute(arguments: [token, id])
                }
            }
            try rowDelete.execute(arguments: [id])
        }
    }

    // MARK: - Rebuilding

    /// The key versions the store records; nil for a family never recorded.
    static func recordedVersions(_ db: Database) throws -> DerivedKeyVersions? {
        var values: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, version FROM derived_key") { values[row["name"]] = row["version"] }
        guard let exact = values["exact"], let index = values["index"], let sketch = values["sketch"] else { return nil }
        return DerivedKeyVersions(exact: exact, index: index, sketch: sketch)
    }

    static func record(_ versions: DerivedKeyVersions, _ db: Database) throws {
        let now = Date().timeIntervalSince1970
        for (name, version) in [("exact", versions.exact), ("index", versions.index), ("sketch", versions.sketch)] {
            try db.execute(
                sql: "INSERT OR REPLACE INTO derived_key (name, version, built_at) VALUES (?, ?, ?)",
                arguments: [name, version, now])
        }
    }

    /// Recomputes every derived key and index from the stored texts: exact hashes, concordance keys and the
    /// FTS5 index (emptied with FTS5's `delete-all`, which contentless tables support), and the fuzzy
    /// sketch. Runs inside the caller's transaction; `progress` receives (done, total) every 10,000 rows.
    func rebuildAll(progress: (Int, Int) -> Void) throws {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM segment") ?? 0
        try db.execute(sql: "INSERT INTO segment_fts (segment_fts) VALUES ('delete-all')")
        try db.execute(sql: "DELETE FROM fuzzy_sketch")
        let update = try db.makeStatement(sql: "UPDATE segment SET exact_hash = ?, index_key = ? WHERE id = ?")
        // Rows are read in id batches so the updates never run under an open cursor of the same table.
        var last: Int64 = 0
        var done = 0
        progress(0, total)
        while true {
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, text, language FROM segment WHERE id > ? ORDER BY id LIMIT 2000", arguments: [last])
            guard let final = rows.last else { break }
            for row in rows {
                let id: Int64 = row["id"]
                let text: String = row["text"]
                let language: String = row["language"]
                let prepared = PreparedText(text, language: LanguageTag(language) ?? .hindi)
                let keys = prepared.keys
                try update.execute(arguments: [keys.exactHash, nil, id])
                try index(id: id, indexKey: keys.indexKey, sketch: Self.isSketched(language) ? prepared.sketch : [])
                done += 1
                if done % 10_000 == 0 { progress(done, total) }
            }
            last = final["id"]
        }
        progress(done, total)
        try Self.record(.current, db)
    }
}
