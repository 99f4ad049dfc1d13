import GRDB

/// The store's schema as GRDB migrations. Each step is applied once, in order, in its own
/// transaction; a database that already carries steps this build does not know is refused.
///
/// Migrations are append-only: a shipped step is never edited (GRDB's rule and ours), because stores
/// that already ran it would silently keep the old shape. A change is a new step at the end.
enum MemorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-core") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    title TEXT,
                    language TEXT NOT NULL,
                    kind TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'tmx', 'manual')),
                    ingested_at REAL NOT NULL
                );
                CREATE TABLE segment (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
                    position INTEGER,
                    span INTEGER NOT NULL DEFAULT 1,
                    language TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    exact_hash INTEGER NOT NULL,
                    start INTEGER,
                    "end" INTEGER,
                    line INTEGER
                );
                CREATE INDEX segment_exact ON segment(exact_hash);
                CREATE INDEX segment_document ON segment(document_id, position);
                CREATE TABLE import_log (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    operation TEXT NOT NULL,
                    documents INTEGER NOT NULL DEFAULT 0,
                    segments INTEGER NOT NULL DEFAULT 0,
                    units INTEGER NOT NULL DEFAULT 0,
                    terms INTEGER NOT NULL DEFAULT 0,
                    at REAL NOT NULL
                );
                CREATE TABLE unit (
                    id INTEGER PRIMARY KEY,
                    source_id INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
                    target_id INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
                    origin TEXT NOT NULL CHECK (origin IN ('aligned', 'imported', 'manual', 'inline')),
                    alignment TEXT,
                    confidence REAL,
                    created REAL NOT NULL,
                    changed REAL NOT NULL,
                    creator TEXT,
                    document TEXT,
                    external_id TEXT,
                    source_markup TEXT,
                    target_markup TEXT,
                    extra TEXT,
                    import_id INTEGER REFERENCES import_log(id) ON DELETE SET NULL
                );
                CREATE INDEX unit_source ON unit(source_id);
                CREATE INDEX unit_target ON unit(target_id);
                CREATE TABLE glossary_entry (
                    id TEXT PRIMARY KEY,
                    english TEXT NOT NULL,
                    hindi TEXT NOT NULL,
                    type TEXT NOT NULL,
                    status TEXT NOT NULL,
                    domain TEXT,
                    note TEXT,
                    ambiguous INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE term_occurrence (
                    segment_id INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
                    entry_id TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    confidence REAL NOT NULL
                );
                CREATE INDEX term_occurrence_entry ON term_occurrence(entry_id, segment_id);
                CREATE INDEX term_occurrence_segment ON term_occurrence(segment_id);
                """)
            // Candidate index for fuzzy lookup: a bottom-k sketch of each segment's folded word n-grams
            // (see FuzzySketch). Rows are removed with their segment by SegmentIndexer, not by a foreign key,
            // which would need a second index as large as the table.
            try db.execute(sql: """
                CREATE TABLE fuzzy_sketch (
                    token INTEGER NOT NULL,
                    segment_id INTEGER NOT NULL,
                    PRIMARY KEY (token, segment_id)
                ) WITHOUT ROWID;
                """)
            // Concordance over the folded text of every segment, both scripts. Contentless (the text lives in
            // `segment`); `detail=full` because substring queries are trigram phrases (SQLite FTS5 §4.3.5).
            try db.execute(sql: """
                CREATE VIRTUAL TABLE segment_fts USING fts5(
                    key, content='', tokenize='trigram', detail=full, columnsize=0
                );
                """)
        }
        // Keys derived from text record the version of the code that made them (`DerivedKeyVersions`), and
        // the concordance key is kept beside the text when it differs from it, so index rows are always
        // removed with exactly the values they were inserted with. Stores from before this step have no
        // recorded versions and are rebuilt on their next write (or by `setu reindex`). Imports (TMX, XLIFF)
        // accumulate: each is an import_log row its units point to, found again by path and content hash.
        migrator.registerMigration("v2-derived-keys") { db in
            try db.execute(sql: """
                ALTER TABLE segment ADD COLUMN index_key TEXT;
                CREATE TABLE derived_key (
                    name TEXT PRIMARY KEY,
                    version TEXT NOT NULL,
                    built_at REAL NOT NULL
                ) WITHOUT ROWID;
                """)
            try db.execute(sql: "CREATE INDEX import_log_path ON import_log(path, content_hash)")
        }
        // Translations coming back from CAT tools (XLIFF import) are units of their own origin, `translated`.
        // SQLite cannot change a CHECK constraint, so the unit table is rebuilt (SQLite's twelve-step ALTER
        // procedure; nothing references unit rows, so no other table changes). Units are found by their
        // import when an import is replaced, hence the new index.
        migrator.registerMigration("v3-translated-units") { db in
            try db.execute(sql: """
                CREATE TABLE unit_v3 (
                    id INTEGER PRIMARY KEY,
                    source_id INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
                    target_id INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
                    origin TEXT NOT NULL CHECK (origin IN ('aligned', 'imported', 'manual', 'inline', 'translated')),
                    alignment TEXT,
                    confidence REAL,
                    created REAL NOT NULL,
                    changed REAL NOT NULL,
                    creator TEXT,
                    document TEXT,
                    external_id TEXT,
                    source_markup TEXT,
                    target_markup TEXT,
                    extra TEXT,
                    import_id INTEGER REFERENCES import_log(id) ON DELETE SET NULL
                );
                INSERT INTO unit_v3 SELECT id, source_id, target_id, origin, alignment, confidence, created, changed, creator,
                    document, external_id, source_markup, target_markup, extra, import_id FROM unit;
                DROP TABLE unit;
                ALTER TABLE unit_v3 RENAME TO unit;
                CREATE INDEX unit_source ON unit(source_id);
                CREATE INDEX unit_target ON unit(target_id);
                CREATE INDEX unit_import ON unit(import_id);
                """)
        }
        // FTS5 keeps the index rows of a transaction in memory and writes them out as a new index segment
        // whenever they exceed `hashsize` (1 MB by default), merging segments as they pile up. A bulk import
        // of 100k units wrote hundreds of small segments and merged them again; with 32 MB it writes few
        // large ones (concordance index build 3.9 s → 2.7 s for 100k units). The setting is stored in the
        // index's config table, so it is a schema step; the memory it may take is within the import's budget.
        migrator.registerMigration("v4-concordance-buffer") { db in
            try db.execute(sql: "INSERT INTO segment_fts (segment_fts, rank) VALUES ('hashsize', 33554432)")
        }
        // The concordance index keeps which segments hold each trigram, not where (`detail=none`, SQLite FTS5
        // §4.3.4): positions made it 1.7 times the size of the text and most of an import's index work. A
        // substring query becomes the AND of its trigrams and each candidate is verified on its folded text
        // (`TranslationMemory.concordance`). The contentless index is rebuilt from the stored keys.
        migrator.registerMigration("v5-concordance-without-positions") { db in
            try db.execute(sql: """
                DROP TABLE segment_fts;
                CREATE VIRTUAL TABLE segment_fts USING fts5(
                    key, content='', tokenize='trigram', detail=none, columnsize=0
                );
                INSERT INTO segment_fts (segment_fts, rank) VALUES ('hashsize', 33554432);
                INSERT INTO segment_fts (rowid, key) SELECT id, COALESCE(index_key, text) FROM segment;
                """)
        }
        return migrator
    }
}
