import Foundation
import GRDB
import SetuCore
import SetuText

extension TranslationMemory {
    /// Segments whose normalized text (NFC, whitespace collapsed) equals the query's.
    ///
    /// Complexity: one index probe on the 64-bit hash of the normalized text, then a string comparison per row
    /// with that hash.
    public func exactMatches(_ query: String, options: LookupOptions = LookupOptions()) throws(MemoryError) -> [MemoryHit] {
        let keys = SegmentKeys(query)
        guard !keys.normalized.isEmpty else { throw .invalidRequest("empty query") }
        return try read("exact lookup") { db in
            let rows = try Row.fetchAll(
                db, sql: "\(Self.segmentColumns) WHERE s.exact_hash = ? \(Self.languageFilter(options)) LIMIT ?",
                arguments: [keys.exactHash, options.limit * 4])
            return try rows.compactMap { row -> MemoryHit? in
                let segment = Self.segment(row)
                guard TextNormalizer.normalize(segment.text) == keys.normalized else { return nil }
                return MemoryHit(
                    kind: .exact, segment: segment, translations: try translations(db, of: segment),
                    score: FuzzyScore(base: 1, penalties: []), highlights: [], entries: [])
            }.prefix(options.limit).map { $0 }
        }
    }

    /// Hindi segments similar to the query, scored by `FuzzyScorer`, best first, at or above
    /// `options.minimumScore`.
    ///
    /// Candidates come from the fuzzy sketch index (`FuzzySketch`): one index probe per word bigram of the
    /// query (and per word for short queries), each read at most `probeLimit` rows; the `candidateLimit`
    /// segments sharing most (by rarity weight) are scored (`FuzzySearchLimits`). When none of them comes
    /// close (`closeScore`) and the query lacks few of its bigrams in the memory (it may be a near-duplicate),
    /// the common n-grams are read too, least common first, up to `commonProbeLimit` rows each and
    /// `commonRowBudget` in all, until few segments hold nearly all of them; the next best candidates are
    /// scored. In a memory of template sentences the source of a query may share only common n-grams with it.
    /// Cost is independent of the store's size except through the length of common probes' lists.
    public func fuzzyMatches(_ query: String, options: LookupOptions = LookupOptions()) throws(MemoryError) -> [MemoryHit] {
        try fuzzyMatches(query, options: options, limits: .standard)
    }

    /// `fuzzyMatches(_:options:)` with other bounds on the candidate search (for tests on small memories).
    package func fuzzyMatches(_ query: String, options: LookupOptions, limits: FuzzySearchLimits) throws(MemoryError) -> [MemoryHit] {
        let keys = SegmentKeys(query)
        guard !keys.sketchScalars.isEmpty else { throw .invalidRequest("empty query") }
        guard keys.sketchScalars.count <= Self.maximumFuzzyQuery else {
            throw .invalidRequest(
                "the query is too long for a fuzzy lookup (\(keys.sketchScalars.count) characters; at most \(Self.maximumFuzzyQuery)); use --concordance for a passage")
        }
        return try read("fuzzy lookup") { db in
            let probes = FuzzySketch.probes(folded: keys.sketchScalars, minimumScore: options.minimumScore)
            var search = FuzzyCandidateSearch()
            // First the n-grams shared by at most `probeLimit` segments: a name, a number or a rare word makes a
            // sentence's n-grams rare, and the sentence is found from them.
            let probe = try db.cachedStatement(
                sql: "SELECT segment_id FROM fuzzy_sketch WHERE token = ? LIMIT \(limits.probeLimit + 1)")
            // Common bigrams with an estimate of their list's length: lists are in segment-id order and ids are
            // spread over 1…max, so a list whose first `probeLimit` + 1 rows end at id v holds about
            // (probeLimit + 1) · max ÷ v rows.
            var common: [(token: Int64, estimate: Double)] = []
            var bigramLists: [[Int64]] = []
            var ids: [Int64] = []
            let maximumID = Double(try Int64.fetchOne(db, sql: "SELECT max(id) FROM segment") ?? 1)
            var absent = 0
            for token in probes.bigrams {
                try FuzzyCandidateSearch.read(probe, token: token, into: &ids)
                if ids.isEmpty { absent += 1 }
                if ids.count > limits.probeLimit, let last = ids.last {
                    common.append((token, Double(ids.count) * maximumID / Double(max(last, 1))))
                } else {
                    search.add(ids)
                    bigramLists.append(ids)
                }
            }
            for token in probes.words {
                try FuzzyCandidateSearch.read(probe, token: token, into: &ids)
                if ids.count <= limits.probeLimit { search.add(ids) }
            }
            if search.isEmpty {
                // Every n-gram of the query is common: take segments sharing pairs of the n-grams the query
                // itself would be indexed by.
                let own = FuzzySketch.sketch(folded: keys.sketchScalars)
                let pair = try db.cachedStatement(sql: """
                    SELECT a.segment_id FROM fuzzy_sketch a
                    JOIN fuzzy_sketch b ON b.token = ? AND b.segment_id = a.segment_id
                    WHERE a.token = ? LIMIT \(limits.candidateLimit * 4)
                    """)
                var index = 0
                while search.count < limits.candidateLimit, index + 1 < own.count, index < 6 {
                    search.add(try Int64.fetchAll(pair, arguments: [own[index + 1], own[index]]), weight: 1)
                    index += 2
                }
            }
            var symbols = AksharaSymbols()
            let queryAksharas = FuzzyScorer.intern(keys.searchKey, &symbols)
            var scored: [Int64: (StoredSegment, Double)] = [:]
            func scoreCandidates() throws {
                let candidates = search.best(limits.candidateLimit, excluding: scored)
                guard !candidates.isEmpty else { return }
                let placeholders = Array(repeating: "?", count: candidates.count).joined(separator: ",")
                let rows = try Row.fetchAll(
                    db, sql: "\(Self.segmentColumns) WHERE s.id IN (\(placeholders)) \(Self.languageFilter(options))",
                    arguments: StatementArguments(candidates))
                for row in rows {
                    let segment = Self.segment(row)
                    scored[segment.id] = (segment, FuzzyScorer.baseSimilarity(queryAksharas: queryAksharas, candidate: segment.text, symbols: &symbols))
                }
                // Segments filtered out by language are not fetched again.
                for id in candidates where scored[id] == nil { search.exclude(id) }
            }
            try scoreCandidates()
            // A template sentence (`X ने Y पर चर्चा की`) whose only rare n-grams were the ones the edit changed
            // shares nothing but common n-grams with its source. When no close candidate turned up, those are
            // read too, up to `commonProbeLimit` segments each, and the segments sharing most of them (by
            // weight) are scored as well: recall must not depend on how repetitive the memory is.
            // Only for a query that may be a near-duplicate of a template sentence: a changed, inserted or
            // misspelt word gives it at most two bigrams the memory lacks, while a new sentence has more.
            if !common.isEmpty, absent <= 2, (scored.values.map(\.1).max() ?? 0) < limits.closeScore {
                // Bigrams only: the words of a short query match short segments, whose weight would crowd out
                // a source that shares bigrams alone with the query.
                var wide = FuzzyCandidateSearch()
                for ids in bigramLists { wide.add(ids) }
                let statement = try db.cachedStatement(
                    sql: "SELECT segment_id FROM fuzzy_sketch WHERE token = ? LIMIT \(limits.commonProbeLimit + 1)")
                // The least common first, within a budget of rows: the rarer lists are the ones that tell the
                // source from its template's other sentences.
                var budget = limits.commonRowBudget
                var read = 0
                for (token, estimate) in common.sorted(by: { $0.estimate < $1.estimate }) where estimate <= Double(budget) {
                    try FuzzyCandidateSearch.read(statement, token: token, into: &ids)
                    budget -= ids.count
                    guard ids.count <= limits.commonProbeLimit else { continue }
                    wide.add(ids)
                    read += 1
                    // A near-duplicate holds all the query's common bigrams but the two a changed word made: once
                    // few segments are on all the lists read but two, more lists cannot change which are best.
                    if read >= 4, wide.count(onAllBut: 2) <= limits.candidateLimit / 2 { break }
                }
                search = wide
                try scoreCandidates()
            }
            let ranked = scored.values.filter { $0.1 >= options.minimumScore }.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
            var hits: [MemoryHit] = []
            // Penalties can reorder near ties, so score a few more than asked for.
            for (segment, _) in ranked.prefix(options.limit * 2) {
                let score = FuzzyScorer.score(query: query, candidate: segment.text)
                guard score.value >= options.minimumScore else { continue }
                hits.append(MemoryHit(
                    kind: score.value >= 1 && score.penalties.isEmpty ? .exact : .fuzzy, segment: segment,
                    translations: [], score: score, highlights: [], entries: []))
            }
            hits.sort { ($0.score?.value ?? 0, $1.segment.id) > ($1.score?.value ?? 0, $0.segment.id) }
            hits = Array(hits.prefix(options.limit))
            for index in hits.indices {
                hits[index].translations = try translations(db, of: hits[index].segment)
            }
            return hits
        }
    }

    /// Longest fuzzy query, in characters: the score is quadratic in the lengths compared, and a translation
    /// memory holds sentences, not passages.
    static let maximumFuzzyQuery = 5_000

    /// Segments containing the query as a substring after search folding (so `गांधी` finds `गाँधी`), in
    /// either script, with the occurrences to highlight.
    ///
    /// Uses the FTS5 trigram index for queries of three characters or more (SQLite FTS5 §4.3.5): the
    /// segments holding all the query's trigrams, verified on their folded text; shorter queries scan the
    /// segments.
    public func concordance(_ query: String, options: LookupOptions = LookupOptions()) throws(MemoryError) -> [MemoryHit] {
        let folder = SearchFolder(options: .search)
        let folded = folder.fold(query).scalars
        guard !folded.isEmpty else { throw .invalidRequest("empty query") }
        // The index holds `SegmentKeys.indexKey` (every fold but case, which the trigram tokenizer folds).
        let foldedString = SegmentKeys.indexKey(query)
        return try read("concordance lookup") { db in
            let trigrams = Self.trigramQuery(foldedString)
            guard folded.count >= 3, let trigrams else {
                let pattern = "%" + query.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                let rows = try Row.fetchAll(
                    db,
                    sql: "\(Self.segmentColumns) WHERE s.text LIKE ? ESCAPE '\\' \(Self.languageFilter(options)) ORDER BY s.id LIMIT ?",
                    arguments: [pattern, options.limit])
                return try rows.map { row in
                    let segment = Self.segment(row)
                    return MemoryHit(
                        kind: .concordance, segment: segment, translations: try translations(db, of: segment), score: nil,
                        highlights: Self.occurrences(of: folded, in: segment.text, folder: folder), entries: [])
                }
            }
            // The index knows which segments hold each trigram, not where: segments holding all of the query's
            // trigrams are candidates, read in id order, and kept when their folded text holds the query.
            var hits: [MemoryHit] = []
            var after: Int64 = 0
            let batch = max(options.limit * 4, 64)
            while hits.count < options.limit {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        \(Self.segmentColumns) JOIN segment_fts f ON f.rowid = s.id
                        WHERE segment_fts MATCH ? AND f.rowid > ? \(Self.languageFilter(options)) ORDER BY f.rowid LIMIT ?
                        """,
                    arguments: [trigrams, after, batch])
                for row in rows where hits.count < options.limit {
                    let segment = Self.segment(row)
                    after = segment.id
                    let highlights = Self.occurrences(of: folded, in: segment.text, folder: folder)
                    guard !highlights.isEmpty else { continue }
                    hits.append(MemoryHit(
                        kind: .concordance, segment: segment, translations: try translations(db, of: segment), score: nil,
                        highlights: highlights, entries: []))
                }
                if rows.count < batch { break }
            }
            return hits
        }
    }

    /// An FTS5 query for the segments holding every trigram (three code points) of a concordance key: each
    /// trigram a quoted string (one token of the trigram tokenizer), joined by AND. Nil below three code points.
    package static func trigramQuery(_ key: String) -> String? {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 3 else { return nil }
        var seen = Set<String>()
        var terms: [String] = []
        for start in 0...(scalars.count - 3) {
            let trigram = String(String.UnicodeScalarView(scalars[start..<start + 3]))
            guard seen.insert(trigram).inserted else { continue }
            terms.append("\"" + trigram.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        }
        return terms.joined(separator: " AND ")
    }

    /// Segments containing a glossary entry named by the query in either language (`Astana` or `अस्ताना`),
    /// using the glossary stored at ingest.
    /// - Throws: `MemoryError.invalidRequest` when no stored entry has that form.
    public func termMatches(_ query: String, options: LookupOptions = LookupOptions()) throws(MemoryError) -> [MemoryHit] {
        let entries = try entriesNamed(query)
        guard !entries.isEmpty else {
            throw .invalidRequest("no glossary entry for '\(query)' in \(path) (the glossary is stored by `setu ingest`)")
        }
        let ids = entries.map(\.id)
        return try read("term lookup") { db in
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    \(Self.segmentColumns) WHERE s.id IN (
                        SELECT DISTINCT segment_id FROM term_occurrence WHERE entry_id IN (\(placeholders))
                        ORDER BY segment_id LIMIT \(max(1, options.limit) * 4))
                    \(Self.languageFilter(options)) ORDER BY s.id LIMIT \(max(1, options.limit))
                    """,
                arguments: StatementArguments(ids))
            return try rows.map { row in
                let segment = Self.segment(row)
                let spans = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT start, "end", entry_id FROM term_occurrence WHERE segment_id = ? AND entry_id IN (\(placeholders))
                        ORDER BY start
                        """,
                    arguments: StatementArguments([segment.id] + ids.map { $0 as DatabaseValueConvertible }))
                return MemoryHit(
                    kind: .term, segment: segment, translations: try translations(db, of: segment), score: nil,
                    highlights: spans.map { ($0["start"] as Int)..<($0["end"] as Int) },
                    entries: Array(Set(spans.map { $0["entry_id"] as String })).sorted())
            }
        }
    }

    /// Stored glossary entries with an English form (any case), a Hindi form (after search folding) or an id
    /// equal to the query.
    public func entriesNamed(_ query: String) throws(MemoryError) -> [TermEntry] {
        let folder = SearchFolder(options: .search)
        let key = folder.key(query)
        return try storedGlossary().filter { entry in
            entry.id == query || entry.english.contains { folder.key($0) == key } || entry.hindi.contains { folder.key($0) == key }
        }
    }

    static let segmentColumns = """
        SELECT s.id, s.position, s.line, s.language, s.kind, s.text, d.path FROM segment s
        LEFT JOIN document d ON d.id = s.document_id
        """

    static func languageFilter(_ options: LookupOptions) -> String {
        guard let language = options.language?.lowercased(), language.allSatisfy({ $0.isLetter && $0.isASCII }) else { return "" }
        return "AND (s.language = '\(language)' OR s.language LIKE '\(language)-%')"
    }

    static func segment(_ row: Row) -> StoredSegment {
        StoredSegment(
            id: row["id"], document: row["path"], position: row["position"], line: row["line"], language: row["language"],
            kind: row["kind"], text: row["text"])
    }

    /// Translations through units where the segment is the source, and sources where it is the target.
    func translations(_ db: Database, of segment: StoredSegment) throws -> [StoredTranslation] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT u.id, u.origin, u.alignment, u.confidence, t.text, t.language FROM unit u
                JOIN segment t ON t.id = u.target_id WHERE u.source_id = ?
                UNION ALL
                SELECT u.id, u.origin, u.alignment, u.confidence, s.text, s.language FROM unit u
                JOIN segment s ON s.id = u.source_id WHERE u.target_id = ?
                """,
            arguments: [segment.id, segment.id])
        return rows.map { row in
            StoredTranslation(
                unitID: row["id"], text: row["text"], language: row["language"],
                origin: UnitOrigin(rawValue: row["origin"]) ?? .imported, alignment: row["alignment"],
                confidence: row["confidence"])
        }
    }

    /// Where the folded query occurs in `text`, as code point ranges of `text`.
    static func occurrences(of query: [UInt32], in text: String, folder: SearchFolder) -> [Range<Int>] {
        let folded = folder.fold(text)
        let haystack = folded.scalars
        guard query.count <= haystack.count else { return [] }
        var ranges: [Range<Int>] = []
        var index = 0
        while index + query.count <= haystack.count {
            if haystack[index] == query[0], Array(haystack[index..<index + query.count]) == query {
                ranges.append(folded.sourceRange(of: index..<index + query.count))
                index += query.count
            } else {
                index += 1
            }
        }
        return ranges
    }
}

/// Bounds on the candidate search of a fuzzy lookup.
package struct FuzzySearchLimits: Sendable {
    /// Rows read per n-gram on the first pass: an n-gram on more lists is common, read only if needed.
    package var probeLimit = 2000
    /// Rows read per common n-gram when the rare ones found no close candidate.
    package var commonProbeLimit = 40_000
    /// Rows read over all common n-grams of one query.
    package var commonRowBudget = 80_000
    /// Segments scored exactly per pass.
    package var candidateLimit = 60
    /// A base similarity at which the first candidates are taken to hold the query's near-duplicates.
    package var closeScore = 0.95

    package static let standard = FuzzySearchLimits()

    package init() {}
}
