import Foundation
import SetuCore
import SetuMemory
import SetuTestSupport
import SetuText
import Testing

/// The store knows which code made its derived keys: stores from older code are rebuilt (or refused
/// read-only), and index rows are removed with exactly the values they were inserted with.
@Suite("Derived key versions")
struct DerivedKeyTests {
    static let sentence = "अस्ताना में जयशंकर ने पुश्किन पार्क में महात्मा गाँधी की प्रतिमा पर श्रद्धांजलि अर्पित की।"
    static let english = "In Astana, Jaishankar paid tribute at the statue of Mahatma Gandhi in Pushkin Park."

    /// A schema-v1 store holding one unit whose keys were computed by other code: a wrong exact hash,
    /// a concordance key in another folding and fuzzy-index tokens that match nothing today.
    static func oldStore() throws -> String {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("old.sqlite").path
        try TranslationMemory.makeStoreForTesting(path: path, upTo: "v1-core", sql: """
            INSERT INTO segment (id, language, kind, text, exact_hash) VALUES (1, 'hi-IN', 'sentence', '\(sentence)', 12345);
            INSERT INTO segment (id, language, kind, text, exact_hash) VALUES (2, 'en', 'sentence', '\(english)', 67890);
            INSERT INTO unit (source_id, target_id, origin, created, changed) VALUES (1, 2, 'manual', 0, 0);
            INSERT INTO segment_fts (rowid, key) VALUES (1, 'old folding of the text');
            INSERT INTO segment_fts (rowid, key) VALUES (2, 'old folding of the english');
            INSERT INTO fuzzy_sketch (token, segment_id) VALUES (1, 1), (2, 1), (3, 1);
            """)
        return path
    }

    @Test("a store from before key versions is refused read-only, naming setu reindex")
    func readOnlyRefuses() throws {
        let path = try Self.oldStore()
        #expect {
            try TranslationMemory(path: path, access: .readOnly)
        } throws: { error in
            guard case let .needsReindex(refused, reason) = error as? MemoryError else { return false }
            return refused == path && reason.contains("v2-derived-keys")
                && (error as? MemoryError)?.description.contains("setu reindex --db \(path)") == true
        }
    }

    @Test("opened for writing, an old store is migrated and rebuilt, and every lookup is right")
    func rebuiltOnOpen() throws {
        let path = try Self.oldStore()
        var progress: [(Int, Int)] = []
        let memory = try TranslationMemory(path: path) { progress.append(($0, $1)) }
        #expect(progress.last.map { $0.0 == 2 && $0.1 == 2 } == true)
        #expect(try memory.exactMatches(Self.sentence).map(\.segment.id) == [1])
        #expect(try memory.concordance("पुश्किन पार्क").map(\.segment.id) == [1])
        #expect(try memory.concordance("old folding").isEmpty)
        let fuzzy = try memory.fuzzyMatches("अस्ताना में जयशंकर ने पुश्किन पार्क में महात्मा गांधी की मूर्ति पर श्रद्धांजलि अर्पित की।")
        #expect(fuzzy.first?.segment.id == 1)
        #expect(fuzzy.first?.translations.first?.text == Self.english)
        // Read-only now works: the versions are recorded.
        #expect(try TranslationMemory(path: path, access: .readOnly).exactMatches(Self.sentence).count == 1)
    }

    @Test("a store whose recorded versions differ from this build's is rebuilt before it is trusted")
    func staleVersionsRebuilt() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("tm.sqlite").path
        let memory = try TranslationMemory(path: path)
        let unit = TranslationUnit(
            source: UnitVariant(language: .hindi, text: Self.sentence), target: UnitVariant(language: .english, text: Self.english),
            origin: .manual)
        try memory.addManual(unit)
        // Another build's folding: its version and its keys differ.
        try memory.executeForTesting("""
            UPDATE derived_key SET version = 'fold-0/unicode-9.0' WHERE name IN ('index', 'sketch');
            UPDATE segment SET exact_hash = 0;
            DELETE FROM fuzzy_sketch;
            """)
        #expect(throws: MemoryError.self) { try TranslationMemory(path: path, access: .readOnly) }
        let reopened = try TranslationMemory(path: path)
        #expect(try reopened.exactMatches(Self.sentence).count == 1)
        #expect(try reopened.fuzzyMatches(Self.sentence.replacingOccurrences(of: "प्रतिमा", with: "मूर्ति")).first?.segment.text == Self.sentence)
    }

    @Test("replacing a document removes exactly its index rows")
    func exactRemoval() throws {
        let directory = try Fixtures.temporaryDirectory()
        let memory = try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path)
        // Text whose concordance key differs from it (nukta, chandrabindu, Devanagari digits, ZWSP), so the
        // stored key is what removal must use.
        let first = "क़ज़ाकिस्तान में गाँधी जी की १५० वीं जयंती\u{200B} मनाई गई।"
        let second = "कजाकिस्तान में बैठक हुई।"
        for (hash, text) in [("a", first), ("b", second)] {
            let segments = try DocumentSegmenter().segment(text, document: "doc.txt")
            try memory.storeDocument(DocumentDescriptor(path: "doc.txt", contentHash: hash, language: .hindi)) { sink in
                for segment in segments { try sink.add(segment) }
            }
        }
        #expect(try memory.concordance("जयंती").isEmpty)
        #expect(try memory.concordance("बैठक").count == 1)
        #expect(try memory.countForTesting("SELECT count(*) FROM segment") == 1)
        // The FTS index holds one document: a trigram of the removed text finds nothing, one of the kept text finds it.
        #expect(try memory.countForTesting("SELECT count(*) FROM segment_fts WHERE segment_fts MATCH '\"जयं\"'") == 0)
        #expect(try memory.countForTesting("SELECT count(*) FROM segment_fts WHERE segment_fts MATCH '\"बैठ\"'") == 1)
        #expect(try memory.countForTesting("SELECT count(DISTINCT segment_id) FROM fuzzy_sketch") == 1)
    }
}

@Suite("Schema migrations")
struct SchemaMigrationTests {
    @Test("a v2 store gains translated units: its units survive the rebuilt table, ids and all")
    func fromVersion2() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("v2.sqlite").path
        try TranslationMemory.makeStoreForTesting(path: path, upTo: "v2-derived-keys", sql: """
            INSERT INTO segment (id, language, kind, text, exact_hash) VALUES (1, 'hi-IN', 'sentence', '\(DerivedKeyTests.sentence)', 1);
            INSERT INTO segment (id, language, kind, text, exact_hash) VALUES (2, 'en', 'sentence', '\(DerivedKeyTests.english)', 2);
            INSERT INTO unit (id, source_id, target_id, origin, created, changed, creator) VALUES (7, 1, 2, 'aligned', 0, 0, 'setu');
            """)
        let memory = try TranslationMemory(path: path)
        #expect(try memory.countForTesting("SELECT count(*) FROM unit WHERE id = 7 AND origin = 'aligned' AND creator = 'setu'") == 1)
        #expect(try memory.countForTesting("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('unit_source', 'unit_target', 'unit_import')") == 3)
        let unit = TranslationUnit(
            source: UnitVariant(language: .hindi, text: "भारत और रूस ने बातचीत की।"), target: UnitVariant(language: .english, text: "India and Russia held talks."),
            origin: .translated)
        let receipt = try memory.storeImport(ImportDescriptor(path: "/x.xlf", contentHash: "h", operation: "import-xliff")) { sink in
            try sink.importUnit(unit, policy: .keep)
        }
        #expect(receipt.added == 1)
        #expect(try memory.statistics().unitsByOrigin == ["aligned": 1, "translated": 1])
        #expect(try memory.exactMatches(DerivedKeyTests.sentence).first?.translations.first?.unitID == 7)
    }

    @Test("a v3 store gains the larger concordance buffer and still finds its segments")
    func fromVersion3() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("v3.sqlite").path
        try TranslationMemory.makeStoreForTesting(path: path, upTo: "v3-translated-units", sql: """
            INSERT INTO segment (id, language, kind, text, exact_hash) VALUES (1, 'hi-IN', 'sentence', '\(DerivedKeyTests.sentence)', 1);
            INSERT INTO segment_fts (rowid, key) VALUES (1, '\(DerivedKeyTests.sentence)');
            """)
        let memory = try TranslationMemory(path: path)
        #expect(try memory.countForTesting("SELECT count(*) FROM segment_fts_config WHERE k = 'hashsize' AND v = 33554432") == 1)
        #expect(try memory.concordance("पुश्किन पार्क").count == 1)
    }

    @Test("a v4 store gets a concordance index without positions, rebuilt from its stored keys")
    func fromVersion4() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("v4.sqlite").path
        // The second segment's concordance key differs from its text (nukta, chandrabindu): the rebuild must use it.
        let folded = "कजाकिस्तान में गांधी जयंती मनाई गई।"
        try TranslationMemory.makeStoreForTesting(path: path, upTo: "v4-concordance-buffer", sql: """
            INSERT INTO segment (id, language, kind, text, exact_hash) VALUES (1, 'hi-IN', 'sentence', '\(DerivedKeyTests.sentence)', 1);
            INSERT INTO segment (id, language, kind, text, exact_hash, index_key) VALUES (2, 'hi-IN', 'sentence', 'क़ज़ाकिस्तान में गाँधी जयंती मनाई गई।', 2, '\(folded)');
            INSERT INTO segment_fts (rowid, key) VALUES (1, '\(DerivedKeyTests.sentence)');
            INSERT INTO segment_fts (rowid, key) VALUES (2, '\(folded)');
            INSERT INTO segment (id, language, kind, text, exact_hash) VALUES (3, 'en', 'sentence', 'Dark pond and Pushkin Park pieces', 3);
            INSERT INTO segment_fts (rowid, key) VALUES (3, 'Dark pond and Pushkin Park pieces');
            """)
        let memory = try TranslationMemory(path: path)
        #expect(try memory.countForTesting("SELECT count(*) FROM sqlite_master WHERE name = 'segment_fts' AND sql LIKE '%detail=none%'") == 1)
        #expect(try memory.countForTesting("SELECT count(*) FROM segment_fts_config WHERE k = 'hashsize' AND v = 33554432") == 1)
        #expect(try memory.concordance("पुश्किन पार्क").map(\.segment.id) == [1])
        let gandhi = try memory.concordance("गाँधी जयंती")
        #expect(gandhi.map(\.segment.id) == [2])
        #expect(gandhi.first?.highlights.isEmpty == false)
        // A segment holding every trigram of the query, but not the query, is a candidate and is verified away.
        let candidates = try memory.countForTesting(
            "SELECT count(*) FROM segment_fts WHERE segment_fts MATCH '\(TranslationMemory.trigramQuery("park pushkin")!)'")
        #expect(candidates == 1)
        #expect(try memory.concordance("park pushkin").isEmpty)
        #expect(try memory.concordance("pushkin park").map(\.segment.id) == [3])
    }
}

