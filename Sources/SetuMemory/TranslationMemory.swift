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
    /// How a store is opened.
    public enum Access: Sendable, Hashable {
        /// Created if missing, migrated, and its derived keys rebuilt when they are stale.
        case readWrite
        /// Never written: a store that needs a migration or a rebuild is refused with
        /// `MemoryError.needsReindex`. Works on read-only files, folders and mounts.
        case readOnly
    }

    /// Where the database lives.
    public let path: String
    public let access: Access
    let queue: DatabaseQueue

    /// How long a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 60

    /// Opens the store at `path` (creating it for `.readWrite`) and makes sure its schema and derived keys
    /// match this build.
    ///
    /// With `.readWrite`, a store whose derived keys were made by other code (`DerivedKeyVersions`) is
    /// rebuilt in one transaction before this returns; `onRebuild` receives the progress (rows done, rows
    /// in all). With `.readOnly`, such a store is refused.
    /// - Throws: `MemoryError.corrupt` when the file is not a SQLite database, `.newerSchema` when a newer
    ///   Setu wrote it, `.needsReindex` for a stale store opened read-only, `.cannotOpen` when it cannot be
    ///   opened or created.
    public init(path: String, access: Access = .readWrite, onRebuild: ((Int, Int) -> Void)? = nil) throws(MemoryError) {
        self.path = path
        self.access = access
        if path.isEmpty { throw .cannotOpen(path: path, underlying: "empty path") }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "setu"
        if access == .readOnly {
            configuration.readonly = true
        } else {
            configuration.journalMode = .wal
            configuration.prepareDatabase { db in
                // WAL with synchronous=NORMAL cannot corrupt the database; a power cut may lose the last
                // commit, never part of one. A larger page cache keeps the index B-trees in memory while ingesting.
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -\(Self.pageCacheKiB); PRAGMA temp_store = MEMORY")
            }
        }
        // Creating, migrating and rebuilding are serialized between Setu processes by an advisory lock on
        // the file itself (flock, which does not interfere with SQLite's own fcntl locks): two processes that
        // create one new memory at once would otherwise race to apply the same schema step.
        let schemaLock = access == .readWrite ? try Self.lockForSchema(path) : nil
        defer { if let schemaLock { flock(schemaLock, LOCK_UN); close(schemaLock) } }
        do {
            queue = try Self.openQueue(path: path, configuration: configuration, access: access)
            try prepareSchema(onRebuild: onRebuild)
        } catch let error as MemoryError {
            throw error
        } catch {
            throw Self.classify(error, path: path, operation: "open")
        }
    }

    /// Opens (creating) the file and takes an exclusive advisory lock on it, waiting for another process
    /// that holds it.
    private static func lockForSchema(_ path: String) throws(MemoryError) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, underlying: String(cString: strerror(errno))) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotOpen(path: path, underlying: "cannot lock: \(reason)")
        }
        return descriptor
    }

    /// Opens the connection. Read-only, a WAL database whose folder cannot hold the shared-memory file
    /// (a read-only folder or mount) is opened as immutable (SQLite URI parameter `immutable=1`): nothing
    /// can write to it there, so there is nothing to lock against.
    private static func openQueue(path: String, configuration: Configuration, access: Access) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            if access == .readOnly { try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") } }
            return queue
        } catch let error as DatabaseError
            where access == .readOnly && [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode)
            && !FileManager.default.isWritableFile(atPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
        {
            return try DatabaseQueue(path: URL(fileURLWithPath: path).absoluteString + "?immutable=1", configuration: configuration)
        }
    }

    /// Applies missing migrations and rebuilds stale keys (read-write), or checks that neither is needed
    /// (read-only).
    private func prepareSchema(onRebuild: ((Int, Int) -> Void)?) throws {
        let migrator = MemorySchema.migrator
        let (unknown, pending) = try queue.read { db -> ([String], [String]) in
            let applied = try migrator.appliedIdentifiers(db)
            let known = Set(migrator.migrations)
            return (applied.filter { !known.contains($0) }.sorted(), migrator.migrations.filter { !applied.contains($0) })
        }
        guard unknown.isEmpty else { throw MemoryError.newerSchema(path: path, unknownMigrations: unknown) }
        if access == .readOnly {
            if !pending.isEmpty {
                let empty = try queue.read { db in try !db.tableExists("segment") }
                if empty { throw MemoryError.cannotOpen(path: path, underlying: "not a Setu translation memory (no tables)") }
                throw MemoryError.needsReindex(path: path, reason: "its schema predates step \(pending.joined(separator: ", "))")
            }
            let stale = try queue.read { db in try Self.staleKeys(db) }
            if let stale { throw MemoryError.needsReindex(path: path, reason: stale) }
            return
        }
        try migrator.migrate(queue)
        let stale = try queue.read { db in try Self.staleKeys(db) }
        guard stale != nil else { return }
        try write("rebuild derived keys") { db in
            // Another process may have rebuilt the store while this one waited for the lock.
            guard try Self.staleKeys(db) != nil else { return }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM segment") == 0 {
                try SegmentIndexer.record(.current, db)
            } else {
                try SegmentIndexer(db: db).rebuildAll(progress: onRebuild ?? { _, _ in })
            }
        }
    }

    /// Why the store's derived keys cannot be trusted by this build, or nil when they can.
    static func staleKeys(_ db: Database) throws -> String? {
        guard let recorded = try SegmentIndexer.recordedVersions(db) else {
            let segments = try Int.fetchOne(db, sql: "SELECT count(*) FROM segment") ?? 0
            return segments == 0 ? "" : "its index keys carry no version (written by an older Setu)"
        }
        let names = recorded.stale(comparedWith: .current)
        guard !names.isEmpty else { return nil }
        return "its \(names.joined(separator: ", ")) keys were made by other code (\(recorded); this Setu: \(DerivedKeyVersions.current))"
    }

    /// Rebuilds every derived key and index from the stored texts in one transaction, whatever their
    /// recorded versions. Returns the number of segments reindexed.
    @discardableResult
    public func reindex(progress: (Int, Int) -> Void = { _, _ in }) throws(MemoryError) -> Int {
        do {
            return try write("reindex") { db in
                try SegmentIndexer(db: db).rebuildAll(progress: progress)
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM segment") ?? 0
            }
        } catch let error as MemoryError {
            throw error
        } catch {
            throw Self.classify(error, path: path, operation: "reindex")
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

    /// Runs `body` in one immediate write transaction: all of it lands, or none. With `rollback`, the
    /// transaction is rolled back after `body` succeeds (a dry run).
    ///
    /// With `bulk` (a large import or document), the transaction runs with a rollback journal instead of the
    /// write-ahead log, and the store goes back to WAL afterwards. One transaction of a million units wrote
    /// every page twice in WAL mode, once to the log and once more when the log was copied back; a rollback
    /// journal keeps only the original content of pages that existed before, which for an import is little.
    /// Atomicity is the same (a failed or interrupted import leaves the store as it was); readers wait for the
    /// import to finish instead of reading beside it. When another connection keeps the store in WAL mode,
    /// the switch is refused by SQLite and the import runs in WAL mode as usual.
    func write<T>(_ operation: String, rollback: Bool = false, bulk: Bool = false, _ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                let journaled = bulk && Self.useRollbackJournal(db)
                defer { if journaled { Self.restoreWriteAheadLog(db) } }
                var result: T?
                SketchBuffer.begin(db)
                defer { SketchBuffer.end(db) }
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    if !rollback { try SketchBuffer.flush(db) }
                    return rollback ? .rollback : .commit
                }
                guard let result else { throw MemoryError.invalidRequest("\(operation): transaction produced no result") }
                return result
            }
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path, operation: operation)
        }
    }

    /// Switches to a rollback journal (`TRUNCATE`) with full syncs at commit; false when SQLite kept WAL.
    private static func useRollbackJournal(_ db: Database) -> Bool {
        guard let mode = try? String.fetchOne(db, sql: "PRAGMA journal_mode = TRUNCATE"), mode.lowercased() == "truncate" else {
            return false
        }
        try? db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA cache_size = -\(bulkPageCacheKiB)")
        return true
    }

    /// SQLite's page cache per connection, in KiB.
    static let pageCacheKiB = 65536
    /// … during a bulk write, which gives 24 MB of it to the fuzzy-sketch buffer (`SketchBuffer.maximumRows`):
    /// four times larger sorted runs made a million-unit import 11 % faster, and its peak memory stays
    /// under 200 MB.
    static let bulkPageCacheKiB = 40960

    private static func restoreWriteAheadLog(_ db: Database) {
        _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        try? db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -\(pageCacheKiB)")
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

    /// Creates a store as an older Setu left it: the schema up to `migration`, then `sql` (rows with keys
    /// that older code computed). For migration tests.
    package static func makeStoreForTesting(path: String, upTo migration: String, sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try MemorySchema.migrator.migrate(queue, upTo: migration)
        try queue.write { db in try db.execute(sql: sql) }
    }

    /// The store's journal mode (`wal` outside a bulk write); for tests.
    package func journalModeForTesting() throws -> String {
        try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Runs a read-only SQL count; for tests that check index rows.
    package func countForTesting(_ sql: String) throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }
}
