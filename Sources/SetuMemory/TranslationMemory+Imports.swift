import Foundation
import GRDB
import SetuCore
import SetuText

/// What to do when an imported unit's source is already stored with another translation.
public enum ConflictPolicy: String, Sendable, CaseIterable {
    /// Keep the stored translation; drop the new one.
    case keep
    /// Replace the stored unit(s) with the new one.
    case replace
    /// Keep both translations.
    case both
}

/// What importing one unit did.
public enum ImportOutcome: String, Sendable, CaseIterable {
    case added
    /// Same source and same translation already stored: nothing added.
    case duplicate
    case conflictKept = "conflict-kept"
    case conflictReplaced = "conflict-replaced"
    case conflictBoth = "conflict-both"
}

/// Identifies one import of an exchange file.
public struct ImportDescriptor: Sendable, Hashable {
    /// The file's path as the store knows it (absolute).
    public var path: String
    public var contentHash: String
    /// `import-tmx`, `import-xliff`.
    public var operation: String

    public init(path: String, contentHash: String, operation: String) {
        self.path = path
        self.contentHash = contentHash
        self.operation = operation
    }
}

/// What an import did (or, in a dry run, would do).
public struct ImportReceipt: Sendable, Hashable {
    public enum Status: String, Sendable { case imported, unchanged }
    public var status: Status
    public var outcomes: [ImportOutcome: Int] = [:]
    /// Units of earlier imports of the same path removed because replacement was asked for.
    public var replacedUnits = 0
    public var segments = 0
    public var terms = 0

    public init(status: Status) {
        self.status = status
    }

    /// Units stored by this import.
    public var added: Int {
        outcomes[.added, default: 0] + outcomes[.conflictReplaced, default: 0] + outcomes[.conflictBoth, default: 0]
    }

    /// Units whose source was stored with another translation.
    public var conflicts: Int {
        outcomes[.conflictKept, default: 0] + outcomes[.conflictReplaced, default: 0] + outcomes[.conflictBoth, default: 0]
    }
}

extension TranslationMemory {
    /// Imports an exchange file in one transaction: `body` receives a sink and imports the units one by
    /// one; if it throws, nothing of the import is kept.
    ///
    /// Imports accumulate: each import is recorded (path, content hash) and its units point to that record.
    /// The same content at the same path is not imported twice (`.unchanged`, `body` not called). A
    /// different file at an earlier import's path is added beside it, unless `replacingEarlier` is set, in
    /// which case the units of the earlier imports of that path are removed first (and counted).
    ///
    /// With `dryRun`, everything runs the same way (the same conflict checks against the store and within
    /// the file) and the transaction is rolled back at the end, so the receipt says what an import would do.
    ///
    /// `bulk` is for large files: the transaction runs with a rollback journal (see `write`).
    public func storeImport(
        _ descriptor: ImportDescriptor, replacingEarlier: Bool = false, dryRun: Bool = false, bulk: Bool = false,
        body: (ImportSink) throws -> Void
    ) throws -> ImportReceipt {
        try write("import \(descriptor.path)", rollback: dryRun, bulk: bulk) { db in
            let earlier = try Int64.fetchAll(
                db, sql: "SELECT id FROM import_log WHERE path = ? AND operation = ? AND content_hash = ?",
                arguments: [descriptor.path, descriptor.operation, descriptor.contentHash])
            if !earlier.isEmpty && !replacingEarlier { return ImportReceipt(status: .unchanged) }
            var receipt = ImportReceipt(status: .imported)
            if replacingEarlier { receipt.replacedUnits = try removeImports(of: descriptor.path, db) }
            try db.execute(
                sql: "INSERT INTO import_log (path, content_hash, operation, at) VALUES (?, ?, ?, ?)",
                arguments: [descriptor.path, descriptor.contentHash, descriptor.operation, Date().timeIntervalSince1970])
            let sink = ImportSink(db: db, importID: db.lastInsertedRowID)
            try body(sink)
            receipt.outcomes = sink.outcomes
            receipt.segments = sink.segmentCount
            receipt.terms = sink.termCount
            try db.execute(
                sql: "UPDATE import_log SET segments = ?, units = ?, terms = ? WHERE id = ?",
                arguments: [sink.segmentCount, receipt.added, sink.termCount, sink.importID])
            return receipt
        }
    }

    /// Removes the units of every earlier import of `path` (and TMX files stored as documents by older
    /// Setu versions), with the segments only they used. Returns the number of units removed.
    private func removeImports(of path: String, _ db: Database) throws -> Int {
        let imports = "SELECT id FROM import_log WHERE path = ? AND operation LIKE 'import%'"
        let units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit WHERE import_id IN (\(imports))", arguments: [path]) ?? 0
        let indexer = SegmentIndexer(db: db)
        // Segments of ingested documents stay: a pre-translated document's segment keeps its row.
        try indexer.delete(
            where: """
                document_id IS NULL AND (id IN (SELECT target_id FROM unit WHERE import_id IN (\(imports)))
                OR id IN (SELECT source_id FROM unit WHERE import_id IN (\(imports))))
                """,
            arguments: [path, path])
        try db.execute(sql: "DELETE FROM unit WHERE import_id IN (\(imports))", arguments: [path])
        var legacy = 0
        if let document = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ? AND kind = 'tmx'", arguments: [path]) {
            legacy = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM unit JOIN segment s ON s.id = unit.source_id WHERE s.document_id = ?",
                arguments: [document]) ?? 0
            try indexer.delete(where: "document_id = ?", arguments: [document])
            try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [document])
        }
        return units + legacy
    }

    /// Stored translations (unit id, target text) of a source text, compared after normalization.
    static func storedTranslations(
        _ db: Database, normalizedSource normalized: String, exactHash: Int64, sourceLanguage: String, targetLanguage: String
    ) throws -> [(id: Int64, text: String)] {
        let rows = try db.cachedStatement(sql: """
            SELECT u.id, s.text AS source, s.language AS source_language, t.text AS target, t.language AS target_language
            FROM segment s JOIN unit u ON u.source_id = s.id JOIN segment t ON t.id = u.target_id
            WHERE s.exact_hash = ?
            """)
        return try Row.fetchAll(rows, arguments: [exactHash]).compactMap { row in
            let sourceTag: String = row["source_language"]
            let targetTag: String = row["target_language"]
            guard LanguageTag(sourceTag)?.language == sourceLanguage, LanguageTag(targetTag)?.language == targetLanguage,
                TextNormalizer.normalize(row["source"]) == normalized
            else { return nil }
            return (row["id"], row["target"])
        }
    }
}

/// Receives the units of one import inside its transaction.
public final class ImportSink {
    let db: Database
    let importID: Int64
    public private(set) var outcomes: [ImportOutcome: Int] = [:]
    public private(set) var segmentCount = 0
    public private(set) var termCount = 0

    init(db: Database, importID: Int64) {
        self.db = db
        self.importID = importID
    }

    /// Stores an imported unit unless the same source already has the same translation, applying `policy`
    /// when it has a different one. `line` is where the unit starts in the imported file.
    @discardableResult
    public func importUnit(
        _ unit: TranslationUnit, policy: ConflictPolicy, line: Int? = nil, sourceTerms: [TermOccurrence] = []
    ) throws -> ImportOutcome {
        try importUnit(PreparedUnit(unit, line: line, sourceTerms: sourceTerms), policy: policy)
    }

    /// Stores a unit prepared off the writer's thread, with the same duplicate and conflict rules.
    @discardableResult
    public func importUnit(_ prepared: PreparedUnit, policy: ConflictPolicy) throws -> ImportOutcome {
        let outcome = try decide(prepared, policy: policy)
        if outcome != .duplicate && outcome != .conflictKept {
            let indexer = SegmentIndexer(db: db)
            let sourceID = try indexer.insert(
                prepared.source, placement: .init(language: prepared.unit.source.language, kind: "sentence", line: prepared.line))
            let targetID = try indexer.insert(
                prepared.target, placement: .init(language: prepared.unit.target.language, kind: "sentence", line: prepared.line))
            segmentCount += 2
            try store(prepared, sourceID: sourceID, targetID: targetID, sourceTerms: prepared.sourceTerms)
        }
        outcomes[outcome, default: 0] += 1
        return outcome
    }

    /// Stores a translation of a segment already in the store (a pre-translated document's segment coming
    /// back from a CAT tool), with the same duplicate and conflict rules.
    @discardableResult
    public func importTranslation(
        _ unit: TranslationUnit, ofSegment sourceID: Int64, policy: ConflictPolicy, line: Int? = nil
    ) throws -> ImportOutcome {
        try importTranslation(PreparedUnit(unit, line: line), ofSegment: sourceID, policy: policy)
    }

    /// `importTranslation` for a unit prepared off the writer's thread.
    @discardableResult
    public func importTranslation(_ prepared: PreparedUnit, ofSegment sourceID: Int64, policy: ConflictPolicy) throws
        -> ImportOutcome
    {
        let outcome = try decide(prepared, policy: policy)
        if outcome != .duplicate && outcome != .conflictKept {
            let targetID = try SegmentIndexer(db: db).insert(
                prepared.target, placement: .init(language: prepared.unit.target.language, kind: "sentence", line: prepared.line))
            segmentCount += 1
            try store(prepared, sourceID: sourceID, targetID: targetID, sourceTerms: [])
        }
        outcomes[outcome, default: 0] += 1
        return outcome
    }

    /// The outcome for a unit, removing the stored units it replaces under `.replace`.
    private func decide(_ prepared: PreparedUnit, policy: ConflictPolicy) throws -> ImportOutcome {
        let unit = prepared.unit
        let existing = try TranslationMemory.storedTranslations(
            db, normalizedSource: prepared.source.keys.normalized, exactHash: prepared.source.keys.exactHash,
            sourceLanguage: unit.source.language.language, targetLanguage: unit.target.language.language)
        let target = prepared.target.keys.normalized
        if existing.contains(where: { TextNormalizer.normalize($0.text) == target }) { return .duplicate }
        guard !existing.isEmpty else { return .added }
        switch policy {
        case .keep:
            return .conflictKept
        case .replace:
            for (id, _) in existing { try db.execute(sql: "DELETE FROM unit WHERE id = ?", arguments: [id]) }
            return .conflictReplaced
        case .both:
            return .conflictBoth
        }
    }

    private func store(_ prepared: PreparedUnit, sourceID: Int64, targetID: Int64, sourceTerms: [TermOccurrence]) throws {
        if !sourceTerms.isEmpty {
            try TermOccurrenceWriter(db: db).insert(sourceTerms, segmentID: sourceID)
            termCount += sourceTerms.count
        }
        try UnitWriter(db: db).insert(
            prepared.unit, extraJSON: prepared.extraJSON, sourceID: sourceID, targetID: targetID, importID: importID)
    }
}
