import Foundation
import GRDB

/// Counts describing a store (`setu stats`).
public struct MemoryStatistics: Sendable, Hashable {
    public var documents = 0
    public var segments = 0
    public var segmentsByLanguage: [String: Int] = [:]
    public var unitsByOrigin: [String: Int] = [:]
    public var termOccurrences = 0
    public var glossaryEntries = 0
    public var imports = 0
    /// Bytes on disk: the database file plus its write-ahead log.
    public var bytes: Int64 = 0

    public var units: Int { unitsByOrigin.values.reduce(0, +) }
}

extension TranslationMemory {
    /// Counts of everything in the store and its size on disk.
    public func statistics() throws(MemoryError) -> MemoryStatistics {
        var statistics = try read("statistics") { db -> MemoryStatistics in
            var statistics = MemoryStatistics()
            statistics.documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0
            for row in try Row.fetchAll(db, sql: "SELECT substr(language, 1, instr(language || '-', '-') - 1) AS lang, count(*) AS n FROM segment GROUP BY lang") {
                statistics.segmentsByLanguage[row["lang"]] = row["n"]
            }
            statistics.segments = statistics.segmentsByLanguage.values.reduce(0, +)
            for row in try Row.fetchAll(db, sql: "SELECT origin, count(*) AS n FROM unit GROUP BY origin") {
                statistics.unitsByOrigin[row["origin"]] = row["n"]
            }
            statistics.termOccurrences = try Int.fetchOne(db, sql: "SELECT count(*) FROM term_occurrence") ?? 0
            statistics.glossaryEntries = try Int.fetchOne(db, sql: "SELECT count(*) FROM glossary_entry") ?? 0
            statistics.imports = try Int.fetchOne(db, sql: "SELECT count(*) FROM import_log") ?? 0
            return statistics
        }
        for suffix in ["", "-wal"] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            statistics.bytes += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        }
        return statistics
    }
}
