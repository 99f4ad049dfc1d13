import Foundation
import GRDB
import SetuCore

/// Identifies a document being stored.
public struct DocumentDescriptor: Sendable, Hashable {
    /// The path the document is known by; ingesting the same path again replaces or keeps it.
    public var path: String
    /// Hash of the file's bytes: an unchanged hash means there is nothing to do.
    public var contentHash: String
    public var title: String?
    public var language: LanguageTag
    public var kind: DocumentKind

    public init(path: String, contentHash: String, title: String? = nil, language: LanguageTag, kind: DocumentKind = .text) {
        self.path = path
        self.contentHash = contentHash
        self.title = title
        self.language = language
        self.kind = kind
    }
}

/// Where a document came from.
public enum DocumentKind: String, Sendable, Hashable {
    case text, tmx
}

/// What storing a document did.
public struct DocumentReceipt: Sendable, Hashable {
    public enum Status: String, Sendable { case added, replaced, unchanged }
    public var status: Status
    public var documentID: Int64
    public var segments = 0
    public var units = 0
    public var terms = 0
}

extension TranslationMemory {
    /// Stores one document in one transaction: `body` receives a sink and adds the segments (and units) as
    /// they are produced; if `body` throws, nothing of the document is kept and an earlier version stays.
    ///
    /// A document whose path and content hash are already stored is left alone (`body` is not called); a
    /// changed one replaces its earlier version, with that version's units and term occurrences.
    /// - Throws: `MemoryError` for store failures, or whatever `body` throws.
    ///
    /// `bulk` is for large documents: the transaction runs with a rollback journal (see `write`).
    public func storeDocument(
        _ descriptor: DocumentDescriptor, operation: String = "ingest", bulk: Bool = false, body: (DocumentSink) throws -> Void
    ) throws -> DocumentReceipt {
        try write("store \(descriptor.path)", bulk: bulk) { db in
            try storeDocument(descriptor, operation: operation, db: db, body: body)
        }
    }

    func storeDocument(
        _ descriptor: DocumentDescriptor, operation: String, db: Database, body: (DocumentSink) throws -> Void
    ) throws -> DocumentReceipt {
        let existing = try Row.fetchOne(
            db, sql: "SELECT id, content_hash FROM document WHERE path = ?", arguments: [descriptor.path])
        if let existing, existing["content_hash"] as String == descriptor.contentHash {
            return DocumentReceipt(status: .unchanged, documentID: existing["id"])
        }
        if let existing {
            try SegmentIndexer(db: db).delete(where: "document_id = ?", arguments: [existing["id"] as Int64])
            try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [existing["id"] as Int64])
        }
        try db.execute(
            sql: "INSERT INTO document (path, content_hash, title, language, kind, ingested_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [
                descriptor.path, descriptor.contentHash, descriptor.title, descriptor.language.value,
                descriptor.kind.rawValue, Date().timeIntervalSince1970,
            ])
        let sink = DocumentSink(db: db, documentID: db.lastInsertedRowID, language: descriptor.language)
        sink.documentPath = descriptor.path
        try body(sink)
        var receipt = DocumentReceipt(status: existing == nil ? .added : .replaced, documentID: sink.documentID)
        receipt.segments = sink.segmentCount
        receipt.units = sink.unitCount
        receipt.terms = sink.termCount
        try db.execute(
            sql: """
                INSERT INTO import_log (path, content_hash, operation, documents, segments, units, terms, at)
                VALUES (?, ?, ?, 1, ?, ?, ?, ?)
                """,
            arguments: [
                descriptor.path, descriptor.contentHash, operation, receipt.segments, receipt.units, receipt.terms,
                Date().timeIntervalSince1970,
            ])
        return receipt
    }

    /// Replaces the stored glossary (the one later term lookups use) with `entries`.
    public func storeGlossary(_ entries: [TermEntry]) throws {
        try write("store glossary") { db in
            try db.execute(sql: "DELETE FROM glossary_entry")
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO glossary_entry (id, english, hindi, type, status, domain, note, ambiguous)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            // Bound through SQLite's C API, as the segment rows are: GRDB's argument boxing cost more than
            // the inserts for a 100,000-entry glossary.
            for entry in entries {
                try SegmentIndexer.step(statement) { handle in
                    var binder = SegmentIndexer.Binder(handle: handle)
                    binder.bind(entry.id)
                    binder.bind(JSONList.encode(entry.english))
                    binder.bind(JSONList.encode(entry.hindi))
                    binder.bind(entry.type.rawValue)
                    binder.bind(entry.status.rawValue)
                    binder.bind(entry.domain)
                    binder.bind(entry.note)
                    binder.bind(Int64(entry.ambiguous ? 1 : 0))
                    return binder.code
                }
            }
        }
    }

    /// The glossary stored at the last ingest.
    public func storedGlossary() throws(MemoryError) -> [TermEntry] {
        try read("read glossary") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM glossary_entry ORDER BY id").map { row in
                TermEntry(
                    id: row["id"], english: JSONList.decode(row["english"]), hindi: JSONList.decode(row["hindi"]),
                    type: TermType(rawValue: row["type"]) ?? .term, status: TermStatus(rawValue: row["status"]) ?? .preferred,
                    domain: row["domain"], note: row["note"], ambiguous: row["ambiguous"])
            }
        }
    }
}

/// Receives the segments and units of one document inside its transaction.
public final class DocumentSink {
    let db: Database
    /// The stored document's id.
    public let documentID: Int64
    let language: LanguageTag
    public private(set) var segmentCount = 0
    public private(set) var unitCount = 0
    public private(set) var termCount = 0
    /// The document's path, which units of this document need not repeat.
    var documentPath: String?

    init(db: Database, documentID: Int64, language: LanguageTag) {
        self.db = db
        self.documentID = documentID
        self.language = language
    }

    /// Stores a segment of the document with the terms found in it; returns its row id.
    @discardableResult
    public func add(_ segment: Segment, language: LanguageTag? = nil, terms: [TermOccurrence] = []) throws -> Int64 {
        try add(segment, prepared: PreparedText(segment.text, language: language ?? self.language), terms: terms)
    }

    /// Stores a segment whose text (`prepared.text`, the segment's) was prepared off the writer's thread;
    /// it is stored with the prepared text's language.
    @discardableResult
    public func add(_ segment: Segment, prepared: PreparedText, terms: [TermOccurrence] = []) throws -> Int64 {
        let id = try SegmentIndexer(db: db).insert(
            prepared,
            placement: .init(
                documentID: documentID, position: segment.index, language: prepared.language,
                kind: segment.kind.rawValue, start: segment.start, end: segment.end, line: segment.line))
        segmentCount += 1
        try addTerms(terms, segmentID: id)
        return id
    }

    /// Records the document's title (its first headline, usually).
    public func setTitle(_ title: String) throws {
        try db.execute(sql: "UPDATE document SET title = ? WHERE id = ?", arguments: [title, documentID])
    }

    func addTerms(_ terms: [TermOccurrence], segmentID: Int64) throws {
        try TermOccurrenceWriter(db: db).insert(terms, segmentID: segmentID)
        termCount += terms.count
    }

    /// Stores a unit whose two sides are new segments of this document (TMX import, inline pairs).
    @discardableResult
    public func add(_ unit: TranslationUnit, position: Int? = nil, sourceTerms: [TermOccurrence] = []) throws -> Int64 {
        try add(PreparedUnit(unit, sourceTerms: sourceTerms), position: position)
    }

    /// Stores a unit prepared off the writer's thread whose two sides are new segments of this document.
    @discardableResult
    public func add(_ prepared: PreparedUnit, position: Int? = nil) throws -> Int64 {
        let indexer = SegmentIndexer(db: db)
        let sourceID = try indexer.insert(
            prepared.source,
            placement: .init(documentID: documentID, position: position, language: prepared.unit.source.language, kind: "sentence"))
        let targetID = try indexer.insert(
            prepared.target,
            placement: .init(documentID: documentID, position: position, language: prepared.unit.target.language, kind: "sentence"))
        segmentCount += 2
        try addTerms(prepared.sourceTerms, segmentID: sourceID)
        return try addUnit(prepared.unit, extraJSON: prepared.extraJSON, sourceID: sourceID, targetID: targetID)
    }

    /// Stores a unit between two stored segments.
    @discardableResult
    public func addUnit(_ unit: TranslationUnit, sourceID: Int64, targetID: Int64) throws -> Int64 {
        try addUnit(unit, extraJSON: try UnitExtra.json(unit), sourceID: sourceID, targetID: targetID)
    }

    private func addUnit(_ unit: TranslationUnit, extraJSON: String?, sourceID: Int64, targetID: Int64) throws -> Int64 {
        try UnitWriter(db: db).insert(unit, extraJSON: extraJSON, sourceID: sourceID, targetID: targetID, documentPath: documentPath)
        unitCount += 1
        return db.lastInsertedRowID
    }
}
