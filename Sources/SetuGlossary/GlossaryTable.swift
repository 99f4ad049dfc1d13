import SetuCore

/// A glossary table with a header row (TSV, CSV or semicolon-separated), read by column name.
///
/// Fields follow RFC 4180: a field that starts with `"` runs to the next lone `"`, may contain the
/// separator and line breaks, and writes `""` for a quote. The table is recognized only when its header
/// names an English and a Hindi column; otherwise the file is read as Setu's own format.
struct GlossaryTable {
    enum Column: String, CaseIterable {
        case english, hindi, type, status, domain, note, id, ambiguous
    }

    /// Header names Setu understands, by column (compared lowercased, with spaces, `-` and `_` ignored).
    static let synonyms: [Column: Set<String>] = [
        .english: ["english", "en", "eng", "enus", "engb", "target", "targetterm", "englishterm", "term(en)", "translation"],
        .hindi: ["hindi", "hi", "hiin", "source", "sourceterm", "hinditerm", "hindivariants", "variants", "term(hi)", "devanagari"],
        .type: ["type", "category", "class", "kind", "entitytype"],
        .status: ["status", "normativeauthorization"],
        .domain: ["domain", "subject", "subjectfield"],
        .note: ["note", "notes", "comment", "comments", "definition"],
        .id: ["id", "conceptid", "entryid"],
        .ambiguous: ["ambiguous"],
    ]

    let path: String
    let separator: Character
    /// Column of each field position, nil for an unknown column (reported once, then ignored).
    let columns: [Column?]

    /// Reads a header line; nil when it is not the header of a glossary table.
    init?(header: Substring, path: String, line: Int) {
        let candidates: [Character] = ["\t", ",", ";"]
        var best: (Character, [Column?])?
        for separator in candidates where header.contains(separator) {
            guard let fields = Self.split(header, separator: separator)?.fields else { continue }
            let columns = fields.map { Self.column(named: $0) }
            if columns.contains(.english) && columns.contains(.hindi) && (best == nil || columns.compactMap({ $0 }).count > best!.1.compactMap({ $0 }).count) {
                best = (separator, columns)
            }
        }
        guard let (separator, columns) = best else { return nil }
        self.path = path
        self.separator = separator
        self.columns = columns
    }

    static func column(named name: String) -> Column? {
        let key = name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
        return synonyms.first { $0.value.contains(key) }?.key
    }

    func parse(_ lines: ArraySlice<Substring>, firstLine: Int) -> (entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic]) {
        var entries: [(TermEntry, line: Int)] = []
        var diagnostics: [GlossaryDiagnostic] = []
        var index = lines.startIndex
        var number = firstLine
        while index < lines.endIndex {
            let start = number
            var record = lines[index]
            index += 1
            number += 1
            if GlossaryParser.isBlankOrComment(record) && !record.hasPrefix("\"") { continue }
            // A quoted field may hold line breaks: join lines until the quotes balance.
            var parsed = Self.split(record, separator: separator)
            while parsed == nil, index < lines.endIndex {
                record = Substring(String(record) + "\n" + lines[index])
                index += 1
                number += 1
                parsed = Self.split(record, separator: separator)
            }
            guard let (fields, fieldColumns) = parsed else {
                diagnostics.append(GlossaryDiagnostic(SourceLocation(path: path, line: start), .error, "a quoted field is never closed"))
                continue
            }
            if fields.count > columns.count, fields[columns.count...].contains(where: { !$0.trimmedSpaces.isEmpty }) {
                diagnostics.append(GlossaryDiagnostic(
                    SourceLocation(path: path, line: start, column: fieldColumns[columns.count]), .error,
                    "expected \(columns.count) fields as in the header, found \(fields.count)"))
                continue
            }
            var builder = EntryBuilder(path: path, line: start)
            var seen = Set<Column>()
            for (position, column) in columns.enumerated() {
                guard let column else { continue }
                seen.insert(column)
                let cell = GlossaryCell(
                    text: position < fields.count ? fields[position].trimmedSpaces : "",
                    column: position < fieldColumns.count ? fieldColumns[position] : 1)
                switch column {
                case .english: builder.english(cell)
                case .hindi: builder.hindi(cell)
                case .type: builder.type(cell)
                default: builder.set(column.rawValue, cell)
                }
            }
            if !seen.contains(.type) { builder.type(GlossaryCell(text: "term", column: 1)) }
            let entry = builder.finish()
            diagnostics += builder.diagnostics
            if let entry { entries.append((entry, start)) }
        }
        return (entries, diagnostics)
    }

    /// Splits one record into fields with their 1-based columns (in code points); nil when a quoted field is not
    /// closed.
    static func split(_ record: Substring, separator: Character) -> (fields: [String], columns: [Int])? {
        // Without a quote nothing is escaped: the fields are the text between separators, cut on bytes
        // (walking Characters costs grapheme breaking on every cell of a 100,000-line glossary).
        if let byte = separator.asciiValue, !record.utf8.contains(0x22) {
            var fields: [String] = []
            var columns: [Int] = []
            var column = 1
            for piece in record.utf8.split(separator: byte, omittingEmptySubsequences: false) {
                let field = String(Substring(piece))
                fields.append(field)
                columns.append(column)
                column += field.unicodeScalars.count + 1  // code points, as below
            }
            return (fields, columns)
        }
        // Walked by code points: the quote and the separator are ASCII, and columns count code points.
        guard let separator = separator.unicodeScalars.first else { return nil }
        var fields: [String] = []
        var columns: [Int] = []
        var field = String.UnicodeScalarView()
        var column = 1
        var fieldColumn = 1
        var quoted = false
        var atFieldStart = true
        var iterator = record.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            column += 1
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = iterator.next()
                        column += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            if scalar == separator {
                fields.append(String(field))
                columns.append(fieldColumn)
                field = String.UnicodeScalarView()
                fieldColumn = column
                atFieldStart = true
                continue
            }
            if scalar == "\"" && atFieldStart && field.allSatisfy({ $0 == " " }) {
                quoted = true
                field = String.UnicodeScalarView()
                atFieldStart = false
                continue
            }
            atFieldStart = false
            field.append(scalar)
        }
        if quoted { return nil }
        fields.append(String(field))
        columns.append(fieldColumn)
        return (fields, columns)
    }
}
