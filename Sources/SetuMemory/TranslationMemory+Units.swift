import Foundation
import GRDB
import SetuCore

/// One side of an alignment to store: the document and its translatable segments in document order,
/// with the terms found in each.
public struct AlignedDocument: Sendable {
    public var descriptor: DocumentDescriptor
    public var segments: [Segment]
    public var terms: [[TermOccurrence]]

    public init(descriptor: DocumentDescriptor, segments: [Segment], terms: [[TermOccurrence]]) {
        precondition(segments.count == terms.count, "one term list per segment")
        self.descriptor = descriptor
        self.segments = segments
        self.terms = terms
    }
}

/// What storing an alignment did.
public struct AlignmentReceipt: Sendable, Hashable {
    public var hindi: DocumentReceipt
    public var english: DocumentReceipt
    public var units = 0
    /// Units of an earlier alignment of the same documents that this one replaced.
    public var replacedUnits = 0
}

extension TranslationMemory {
    /// Adds a unit typed in by hand (`setu add`).
    @discardableResult
    public func addManual(_ unit: TranslationUnit, sourceTerms: [TermOccurrence] = []) throws -> Int64 {
        try write("add unit") { db in
            let indexer = SegmentIndexer(db: db)
            let sourceID = try indexer.insert(
                text: unit.source.text,
                placement: .init(language: unit.source.language, kind: "sentence"))
            let targetID = try indexer.insert(
                text: unit.target.text,
                placement: .init(language: unit.target.language, kind: "sentence"))
            try TermOccurrenceWriter(db: db).insert(sourceTerms, segmentID: sourceID)
            try UnitWriter(db: db).insert(unit, sourceID: sourceID, targetID: targetID)
            return db.lastInsertedRowID
        }
    }

    /// Stores both documents of an alignment and one unit per bead that has both sides, in one
    /// transaction. Re-aligning the same documents replaces the units of the earlier alignment.
    /// Beads with several segments on a side get a joined segment of their own, so lookups find the
    /// joined text with its translation.
    public func storeAlignment(
        hindi: AlignedDocument, english: AlignedDocument, beads: [AlignmentBead], creator: String = "setu"
    ) throws -> AlignmentReceipt {
        try write("store alignment") { db in
            let hindiReceipt = try storeDocument(hindi.descriptor, operation: "align", db: db) { sink in
                for (segment, terms) in zip(hindi.segments, hindi.terms) {
                    try sink.add(segment, terms: terms)
                }
            }
            let englishReceipt = try storeDocument(english.descriptor, operation: "align", db: db) { sink in
                for (segment, terms) in zip(english.segments, english.terms) {
                    try sink.add(segment, terms: terms)
                }
            }
            var receipt = AlignmentReceipt(hindi: hindiReceipt, english: englishReceipt)
            receipt.replacedUnits = try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM unit JOIN segment s ON s.id = unit.source_id
                    JOIN segment t ON t.id = unit.target_id
                    WHERE unit.origin = 'aligned' AND s.document_id = ? AND t.document_id = ?
                    """,
                arguments: [hindiReceipt.documentID, englishReceipt.documentID]) ?? 0
            try db.execute(
                sql: """
                    DELETE FROM unit WHERE origin = 'aligned' AND source_id IN (SELECT id FROM segment WHERE document_id = ?)
                    AND target_id IN (SELECT id FROM segment WHERE document_id = ?)
                    """,
                arguments: [hindiReceipt.documentID, englishReceipt.documentID])
            let indexer = SegmentIndexer(db: db)
            try indexer.delete(where: "document_id IN (?, ?) AND span > 1", arguments: [hindiReceipt.documentID, englishReceipt.documentID])

            let hindiIDs = try segmentIDs(db, documentID: hindiReceipt.documentID)
            let englishIDs = try segmentIDs(db, documentID: englishReceipt.documentID)
            let writer = UnitWriter(db: db)
            let now = Date()
            for bead in beads where !bead.hindi.isEmpty && !bead.english.isEmpty {
                let sourceID = try sideID(
                    bead.hindi, document: hindi, ids: hindiIDs, documentID: hindiReceipt.documentID, indexer: indexer)
                let targetID = try sideID(
                    bead.english, document: english, ids: englishIDs, documentID: englishReceipt.documentID, indexer: indexer)
                guard let sourceID, let targetID else { continue }
                let unit = TranslationUnit(
                    source: UnitVariant(language: hindi.descriptor.language, text: ""),
                    target: UnitVariant(language: english.descriptor.language, text: ""),
                    origin: .aligned, alignment: bead.type, confidence: bead.confidence, created: now, creator: creator,
                    document: hindi.descriptor.path,
                    properties: bead.anchors.isEmpty ? [] : [UnitProperty(type: "x-setu-anchors", value: bead.anchors.joined(separator: " "))])
                try writer.insert(unit, sourceID: sourceID, targetID: targetID)
                receipt.units += 1
            }
            return receipt
        }
    }

    private func segmentIDs(_ db: Database, documentID: Int64) throws -> [Int: Int64] {
        var ids: [Int: Int64] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, position FROM segment WHERE document_id = ? AND span = 1", arguments: [documentID])
        {
            if let position: Int = row["position"] { ids[position] = row["id"] }
        }
        return ids
    }

    /// The segment row standing for one side of a bead: the segment itself, or a new joined segment with
    /// the term occurrences of its parts.
    private func sideID(
        _ range: Range<Int>, document: AlignedDocument, ids: [Int: Int64], documentID: Int64, indexer: SegmentIndexer
    ) throws -> Int64? {
        let segments = document.segments
        guard range.lowerBound >= 0, range.upperBound <= segments.count else { return nil }
        let first = segments[range.lowerBound]
        if range.count == 1 { return ids[first.index] }
        let last = segments[range.upperBound - 1]
        let text = segments[range].map(\.text).joined(separator: " ")
        let id = try indexer.insert(
            text: text,
            placement: .init(
                documentID: documentID, position: first.index, span: last.index - first.index + 1,
                language: document.descriptor.language, kind: first.kind.rawValue, start: first.start, end: last.end,
                line: first.line))
        var terms: [TermOccurrence] = []
        var offset = 0
        for index in range {
            for var term in document.terms[index] {
                term.start += offset
                term.end += offset
                terms.append(term)
            }
            offset += segments[index].text.unicodeScalars.count + 1
        }
        try TermOccurrenceWriter(db: indexer.db).insert(terms, segmentID: id)
        return id
    }
}
