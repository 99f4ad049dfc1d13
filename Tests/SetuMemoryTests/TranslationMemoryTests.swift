import Foundation
import SetuCore
import SetuMemory
import SetuTestSupport
import SetuText
import Testing

/// Each test opens a fresh database in its own temporary folder.
@Suite("Translation memory store")
struct TranslationMemoryTests {
    static let article = """
        जयशंकर ने अस्ताना में लावरोव से मुलाकात की
        कजाकिस्तान की राजधानी अस्ताना में विदेश मंत्री एस. जयशंकर ने रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की। दोनों नेताओं ने द्विपक्षीय सहयोग पर चर्चा की।
        अस्ताना में जयशंकर ने पुश्किन पार्क में महात्मा गांधी की प्रतिमा पर श्रद्धांजलि अर्पित की।
        बैठक में 10 देशों के प्रतिनिधि शामिल हुए।
        """

    struct Store {
        let directory: URL
        let memory: TranslationMemory
        var path: String { directory.appendingPathComponent("tm.sqlite").path }
    }

    static func makeStore() throws -> Store {
        let directory = try Fixtures.temporaryDirectory()
        return Store(directory: directory, memory: try TranslationMemory(path: directory.appendingPathComponent("tm.sqlite").path))
    }

    static let astana = TermEntry(english: ["Astana"], hindi: ["अस्ताना"], type: .place)

    /// Stores `text` as a document, marking अस्ताना as a term occurrence wherever it appears.
    @discardableResult
    static func store(_ text: String, path: String = "article.txt", in memory: TranslationMemory) throws -> DocumentReceipt {
        let segments = try DocumentSegmenter().segment(text, document: path)
        let descriptor = DocumentDescriptor(path: path, contentHash: "h\(SegmentKeysProbe.hash(text))", language: .hindi)
        return try memory.storeDocument(descriptor) { sink in
            for segment in segments {
                let scalars = Array(segment.text.unicodeScalars)
                let name = Array("अस्ताना".unicodeScalars)
                var terms: [TermOccurrence] = []
                var index = 0
                while index + name.count <= scalars.count {
                    if Array(scalars[index..<index + name.count]) == name {
                        terms.append(TermOccurrence(entryID: astana.id, start: index, end: index + name.count, kind: "exact", confidence: 1))
                    }
                    index += 1
                }
                try sink.add(segment, terms: terms)
            }
        }
    }

    @Test("a stored glossary reads back exactly, quotes, backslashes, controls and all")
    func glossaryRoundTrip() throws {
        let store = try Self.makeStore()
        let entries = [
            TermEntry(id: "sco", english: ["SCO", "Shanghai Cooperation Organisation"], hindi: ["एससीओ", "शंघाई सहयोग संगठन"], type: .organization),
            TermEntry(id: "odd", english: ["\"Quoted\" and back\\slash", "a/b", "tab\tand\nnewline", "bell\u{7}"], hindi: ["गाँधी 🙏", ""], type: .term),
        ]
        try store.memory.storeGlossary(entries)
        let read = try store.memory.storedGlossary()
        #expect(read.map(\.id) == ["odd", "sco"])
        #expect(read.first?.english == entries[1].english)
        #expect(read.first?.hindi == entries[1].hindi)
        #expect(read.last?.english == entries[0].english && read.last?.hindi == entries[0].hindi)
    }

    @Test("exact lookup ignores whitespace differences and returns the stored segment")
    func exact() throws {
        let store = try Self.makeStore()
        try Self.store(Self.article, in: store.memory)
        let hits = try store.memory.exactMatches("बैठक में  10 देशों के प्रतिनिधि शामिल हुए।")
        #expect(hits.count == 1)
        #expect(hits.first?.segment.text == "बैठक में 10 देशों के प्रतिनिधि शामिल हुए।")
        #expect(try store.memory.exactMatches("बैठक में 11 देशों के प्रतिनिधि शामिल हुए।").isEmpty)
    }

    @Test("fuzzy lookup finds a sentence with one word changed and a spelling variant")
    func fuzzy() throws {
        let store = try Self.makeStore()
        try Self.store(Self.article, in: store.memory)
        let query = "अस्ताना में जयशंकर ने पुश्किन पार्क में महात्मा गाँधी की मूर्ति पर श्रद्धांजलि अर्पित की।"
        let hits = try store.memory.fuzzyMatches(query)
        let best = try #require(hits.first)
        #expect(best.segment.text.hasPrefix("अस्ताना में जयशंकर ने पुश्किन पार्क"))
        let score = try #require(best.score)
        #expect(score.percent >= 80 && score.percent < 100)
        #expect(score.penalties.contains { $0.reason.contains("chandrabindu") })
        #expect(try store.memory.fuzzyMatches(query, options: LookupOptions(minimumScore: 0.99)).isEmpty)
    }

    @Test("concordance finds a folded substring and highlights it in the original text")
    func concordance() throws {
        let store = try Self.makeStore()
        try Self.store(Self.article, in: store.memory)
        let hits = try store.memory.concordance("महात्मा गाँधी")
        let hit = try #require(hits.first)
        let range = try #require(hit.highlights.first)
        let scalars = Array(hit.segment.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[range])) == "महात्मा गांधी")
        #expect(try store.memory.concordance("पुश्किन").count == 1)
    }

    @Test("term lookup works with the stored glossary in either language")
    func term() throws {
        let store = try Self.makeStore()
        try store.memory.storeGlossary([Self.astana])
        try Self.store(Self.article, in: store.memory)
        let english = try store.memory.termMatches("Astana")
        let hindi = try store.memory.termMatches("अस्ताना")
        #expect(english.count == 3)
        #expect(english.map(\.segment.id) == hindi.map(\.segment.id))
        #expect(english.allSatisfy { !$0.highlights.isEmpty })
        #expect(throws: MemoryError.self) { try store.memory.termMatches("Paris") }
    }

    @Test("storing an unchanged document again adds nothing; a changed one replaces it")
    func idempotentAndReplacing() throws {
        let store = try Self.makeStore()
        let first = try Self.store(Self.article, in: store.memory)
        #expect(first.status == .added)
        let again = try Self.store(Self.article, in: store.memory)
        #expect(again.status == .unchanged)
        #expect(try store.memory.statistics().segments == first.segments)

        let changed = Self.article.replacingOccurrences(of: "पुश्किन पार्क", with: "गोर्की पार्क")
        let replaced = try Self.store(changed, in: store.memory)
        #expect(replaced.status == .replaced)
        #expect(try store.memory.statistics().documents == 1)
        #expect(try store.memory.statistics().segments == first.segments)
        #expect(try store.memory.concordance("पुश्किन").isEmpty)
        #expect(try store.memory.concordance("गोर्की").count == 1)
        #expect(try store.memory.fuzzyMatches("पुश्किन पार्क में महात्मा गांधी की प्रतिमा", options: LookupOptions(minimumScore: 0.3)).allSatisfy { !$0.segment.text.contains("पुश्किन") })
    }

    struct Interrupted: Error {}

    @Test("a document that fails half-way leaves the store as it was")
    func rollback() throws {
        let store = try Self.makeStore()
        try Self.store(Self.article, in: store.memory)
        let before = try store.memory.statistics()
        let segments = try DocumentSegmenter().segment("नया लेख। इसमें दो वाक्य हैं।", document: "article.txt")
        #expect(throws: Interrupted.self) {
            try store.memory.storeDocument(DocumentDescriptor(path: "article.txt", contentHash: "other", language: .hindi)) { sink in
                try sink.add(segments[0])
                throw Interrupted()
            }
        }
        let after = try store.memory.statistics()
        #expect(after.documents == before.documents)
        #expect(after.segments == before.segments)
        #expect(try store.memory.concordance("पुश्किन").count == 1)
        #expect(try store.memory.concordance("नया लेख").isEmpty)
    }

    @Test("manual units are found with their translation")
    func manual() throws {
        let store = try Self.makeStore()
        let unit = TranslationUnit(
            source: UnitVariant(language: .hindi, text: "विदेश मंत्री अस्ताना पहुंचे।"),
            target: UnitVariant(language: .english, text: "The External Affairs Minister reached Astana."),
            origin: .manual, creator: "test")
        try store.memory.addManual(unit)
        let hit = try #require(try store.memory.exactMatches("विदेश मंत्री अस्ताना पहुंचे।").first)
        #expect(hit.translations.map(\.text) == ["The External Affairs Minister reached Astana."])
        #expect(hit.translations.first?.origin == .manual)
        let reverse = try store.memory.concordance("reached Astana", options: LookupOptions(language: "en"))
        #expect(reverse.first?.translations.map(\.text) == ["विदेश मंत्री अस्ताना पहुंचे।"])
        #expect(try store.memory.statistics().unitsByOrigin == ["manual": 1])
    }

    @Test("a database from a newer Setu is refused with the unknown schema step named")
    func newerSchema() throws {
        let store = try Self.makeStore()
        try Self.store(Self.article, in: store.memory)
        try SQLiteShell.execute("INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')", path: store.path)
        #expect(throws: MemoryError.newerSchema(path: store.path, unknownMigrations: ["v9-future"])) {
            try TranslationMemory(path: store.path)
        }
    }

    @Test("a file that is not a database is reported as corrupt, with the integrity check suggested")
    func corrupt() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("broken.sqlite").path
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try TranslationMemory(path: path)
            Issue.record("opened a corrupt file")
        } catch {
            guard case .corrupt = error else {
                Issue.record("expected .corrupt, got \(error)")
                return
            }
            #expect(error.description.contains("integrity_check"))
        }
    }
}

/// The store's hash of a text, for making content hashes in tests.
enum SegmentKeysProbe {
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        return value
    }
}

/// Runs SQL through a second connection to the file, as another program would.
enum SQLiteShell {
    static func execute(_ sql: String, path: String) throws {
        let memory = try TranslationMemory(path: path)
        try memory.executeForTesting(sql)
    }
}

@Suite("Stored unit data")
struct StoredUnitDataTests {
    @Test("a unit's properties are stored as the same JSON text every time (sorted keys)")
    func deterministicExtra() throws {
        var unit = TranslationUnit(
            source: UnitVariant(language: .hindi, text: "अस्ताना में बैठक हुई।"), target: UnitVariant(language: .english, text: "The meeting was held in Astana."),
            origin: .imported)
        unit.properties = [UnitProperty(type: "x-document", value: "gen/doc-1.txt"), UnitProperty(type: "x-domain", value: "diplomacy")]
        let expected = #"{"properties":[{"type":"x-document","value":"gen\/doc-1.txt"},{"type":"x-domain","value":"diplomacy"}]}"#
        for run in 0..<3 {
            let path = try Fixtures.temporaryDirectory().appendingPathComponent("extra-\(run).sqlite").path
            let memory = try TranslationMemory(path: path)
            _ = try memory.storeImport(ImportDescriptor(path: "/a.tmx", contentHash: "a", operation: "import-tmx")) { sink in
                try sink.importUnit(unit, policy: .keep)
            }
            #expect(try memory.countForTesting("SELECT count(*) FROM unit WHERE extra = '\(expected)'") == 1)
        }
    }
}

@Suite("Bulk writes")
struct BulkWriteTests {
    static let units = [
        ("भारत और रूस ने द्विपक्षीय व्यापार बढ़ाने पर सहमति जताई।", "India and Russia agreed to increase bilateral trade."),
        ("विदेश मंत्री ने अस्ताना में एससीओ बैठक में भाग लिया।", "The External Affairs Minister attended the SCO meeting in Astana."),
    ].map { TranslationUnit(source: UnitVariant(language: .hindi, text: $0.0), target: UnitVariant(language: .english, text: $0.1), origin: .imported) }

    struct Interrupted: Error {}

    @Test("a bulk import that fails keeps nothing, and the store is back in WAL mode either way")
    func failedAndCompleted() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("bulk.sqlite").path
        let memory = try TranslationMemory(path: path)
        #expect(throws: Interrupted.self) {
            try memory.storeImport(ImportDescriptor(path: "/a.tmx", contentHash: "a", operation: "import-tmx"), bulk: true) { sink in
                try sink.importUnit(Self.units[0], policy: .keep)
                throw Interrupted()
            }
        }
        #expect(try memory.statistics().units == 0)
        #expect(try memory.countForTesting("SELECT count(*) FROM fuzzy_sketch") == 0)
        #expect(try memory.journalModeForTesting() == "wal")
        let receipt = try memory.storeImport(ImportDescriptor(path: "/a.tmx", contentHash: "a", operation: "import-tmx"), bulk: true) { sink in
            for unit in Self.units { try sink.importUnit(unit, policy: .keep) }
        }
        #expect(receipt.added == 2)
        #expect(try memory.journalModeForTesting() == "wal")
        #expect(try memory.exactMatches(Self.units[1].source.text).count == 1)
        #expect(try memory.concordance("अस्ताना").count == 1)
        // A second connection that holds the store open keeps it in WAL mode: the import still lands.
        let reader = try TranslationMemory(path: path, access: .readOnly)
        _ = try reader.statistics()
        let more = TranslationUnit(
            source: UnitVariant(language: .hindi, text: "पुश्किन पार्क में महात्मा गांधी की प्रतिमा है।"),
            target: UnitVariant(language: .english, text: "There is a statue of Mahatma Gandhi in Pushkin Park."), origin: .imported)
        let second = try memory.storeImport(ImportDescriptor(path: "/b.tmx", contentHash: "b", operation: "import-tmx"), bulk: true) { sink in
            try sink.importUnit(more, policy: .keep)
        }
        #expect(second.added == 1)
        #expect(try reader.statistics().units == 3)
    }
}
