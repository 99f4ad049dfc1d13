import SetuCore

/// Errors raised by the translation memory store.
public enum MemoryError: Error, Equatable, CustomStringConvertible {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, underlying: String)
    /// The file is not a SQLite database, or its pages are damaged.
    case corrupt(path: String, underlying: String)
    /// The database was written by a newer Setu whose schema this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// A statement failed; `operation` says what Setu was doing.
    case sqlite(operation: String, underlying: String)
    /// The store's schema or derived keys come from an older Setu, and the store was opened read-only, so
    /// it could not be upgraded; `setu reindex` does it.
    case needsReindex(path: String, reason: String)
    /// The request cannot be answered as asked (empty query, unknown term).
    case invalidRequest(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, underlying):
            return "\(path): cannot open translation memory: \(underlying)"
        case let .corrupt(path, underlying):
            return "\(path): not a usable Setu database (\(underlying)); "
                + "check it with `sqlite3 \(path) 'PRAGMA integrity_check'` or restore a backup"
        case let .newerSchema(path, unknown):
            return "\(path): written by a newer Setu (unknown schema steps: \(unknown.joined(separator: ", "))); "
                + "upgrade Setu to use this database"
        case let .sqlite(operation, underlying):
            return "\(operation): \(underlying)"
        case let .needsReindex(path, reason):
            return "\(path): \(reason); run `setu reindex --db \(path)` to rebuild it (this command only reads)"
        case let .invalidRequest(message):
            return message
        }
    }
}
