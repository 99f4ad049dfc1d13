import Foundation
import GRDB
import SetuCore

/// Setu's translation memory: one SQLite file holding documents, segments, translation units, term
/// occurrences and the glossary used at ingest, with the indexes for exact, fuzzy, concordance and
/// term lookup.
///
/// The database runs in WAL mode with foreign keys on and a busy timeout, so several `setu` processes
/// may write to one file: each document or import is one immediate transaction, and a waiting writer
/// retries until the other commits. Not thread-safe; open one per thread.
public final class TranslationMemory {
    /// Where the database lives.
    public let path: String
    let queue: DatabaseQueue

    /// How long a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 60

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    /// - Throws: `MemoryError.corrupt` when the file is not a SQLite database, `.newerSchema` when a newer
    ///   Setu wrote it, `.cannotOpen` when it cannot be opened or created.
    public init(path: String) throws(MemoryError) {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.journalMode = .wal
        configuration.label = "setu"
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL cannot corrupt the database; a power cut may lose the last
            // commit, never part of one. A larger page cache keeps the index B-trees in memory while ingesting.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.classify(error, path: path, operation: "open")
        }
        do {
            let migrator = MemorySchema.migrator
            let superseded = try queue.read { db -> [String] in
                let known = Set(migrator.migrations)
                return try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
            }
            guard superseded.isEmpty else { throw MemoryError.newerSchema(path: path, unknownMigrations: superseded) }
            try migrator.migrate(queue)
        } catch let error as MemoryError {
            throw error
        } catch {
            throw Self.classify(error, path: path, operation: "open")
        }
    }

    /// Turns a GRDB error into a `MemoryError`, recognizing a damaged or foreign file.
    static func classify(_ error: any Error, path: String, operation: String) -> MemoryError {
        if let error = error as? MemoryError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .corrupt(path: path, underlying: error.message ?? "\(error.resultCode)")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return .cannotOpen(path: path, underlying: error.message ?? "\(error.resultCode)")
            default:
                return .sqlite(operation: "\(path): \(operation)", underlying: error.message ?? "\(error)")
            }
        }
        return .sqlite(operation: "\(path): \(operation)", underlying: "\(error)")
    }

    /// Runs `body` in one immediate write transaction: all of it lands, or none.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path, operation: operation)
        }
    }

    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(MemoryError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw Self.classify(error, path: path, operation: operation)
        }
    }
}

extension TranslationMemory {
    /// Runs raw SQL; for tests that simulate other programs writing to the file.
    package func executeForTesting(_ sql: String) throws {
        try write("execute") { db in try db.execute(sql: sql) }
    }
}
