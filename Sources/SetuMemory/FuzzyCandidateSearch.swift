import Foundation
import GRDB
import GRDBSQLite

/// Candidate segments of a fuzzy lookup, weighted by the n-grams they share with the query.
///
/// Each posting list (the segments holding one n-gram of the query) adds an inverse-document-frequency
/// weight, log(`scale` ÷ list length), to every segment on it, so a segment sharing many n-grams, or rare
/// ones, ranks first. Deterministic: ties go to the higher segment id.
struct FuzzyCandidateSearch {
    /// Larger than any list read, so every weight is positive.
    static let scale = 200_000.0

    private var weights: [Int64: Double] = [:]
    /// Lists each candidate was on.
    private var lists: [Int64: Int32] = [:]
    private var excluded: Set<Int64> = []
    /// Lists added so far.
    private(set) var listCount: Int32 = 0

    var isEmpty: Bool { weights.isEmpty }
    var count: Int { weights.count }

    /// Adds one posting list with its IDF weight, or with `weight` when given.
    mutating func add(_ ids: [Int64], weight: Double? = nil) {
        guard !ids.isEmpty else { return }
        let weight = weight ?? log(Self.scale / Double(ids.count))
        for id in ids {
            weights[id, default: 0] += weight
            lists[id, default: 0] += 1
        }
        listCount += 1
    }

    /// Candidates on all lists added so far but `missing`.
    func count(onAllBut missing: Int32) -> Int {
        let needed = listCount - missing
        return lists.values.reduce(0) { $0 + ($1 >= needed ? 1 : 0) }
    }

    /// Never proposes `id` again.
    mutating func exclude(_ id: Int64) { excluded.insert(id) }

    /// The `limit` heaviest candidates not yet in `scored` or excluded.
    func best<Value>(_ limit: Int, excluding scored: [Int64: Value]) -> [Int64] {
        var heap: [(Double, Int64)] = []
        heap.reserveCapacity(limit + 1)
        for (id, weight) in weights where scored[id] == nil && !excluded.contains(id) {
            // A bounded selection: a full sort of a wide search's hundreds of thousands of entries is the cost
            // to avoid.
            if heap.count < limit {
                heap.append((weight, id))
                if heap.count == limit { heap.sort { $0 > $1 } }
            } else if (weight, id) > heap[limit - 1] {
                var position = limit - 1
                while position > 0 && (weight, id) > heap[position - 1] { position -= 1 }
                heap.insert((weight, id), at: position)
                heap.removeLast()
            }
        }
        if heap.count < limit { heap.sort { $0 > $1 } }
        return heap.map(\.1)
    }
}

extension FuzzyCandidateSearch {
    /// Reads the segment ids of one posting list (`SELECT segment_id FROM fuzzy_sketch WHERE token = ?
    /// LIMIT …`) into `ids`, replacing its contents, with SQLite's C API: on lists of thousands of rows
    /// GRDB's generic row cursor cost more than SQLite's B-tree walk.
    static func read(_ statement: Statement, token: Int64, into ids: inout [Int64]) throws {
        ids.removeAll(keepingCapacity: true)
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        var code = sqlite3_bind_int64(handle, 1, token)
        if code == SQLITE_OK { code = sqlite3_step(handle) }
        while code == SQLITE_ROW {
            ids.append(sqlite3_column_int64(handle, 0))
            code = sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else {
            let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
