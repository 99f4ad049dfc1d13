import Foundation
import SetuCore
import SetuText

/// Reads glossary files in the shapes people save them (see `glossaries/README.md`):
///
/// - **Setu's format**: `ENGLISH<TAB>HINDI<TAB>TYPE[<TAB>key=value]...`, alternatives separated by `|`,
///   `#` comments, no header.
/// - **Tables with a header row**, tab-, comma- or semicolon-separated (the separator is taken from the
///   header): columns are found by name in any order, with the usual synonyms (`english`, `en`, `target`;
///   `hindi`, `hi`, `hi-IN`, `source`, `hindi_variants`; `type`, `category`; `status`, `domain`, `note`,
///   `id`, `ambiguous`). Comma and semicolon tables follow RFC 4180 quoting (quoted fields may hold the
///   separator, doubled quotes and line breaks); a tab table may quote a field the same way, as Excel does.
///
/// Bytes may be UTF-8 with or without a byte order mark, or UTF-16 with one (spreadsheet exports); lines
/// may end in LF, CR LF or CR. Types accept common aliases (`org`, `loc`, `per` …). Every problem is a
/// diagnostic with line and column; nothing is dropped silently.
public enum GlossaryParser {
    static let knownKeys: Set<String> = ["status", "domain", "note", "ambiguous", "id"]

    /// Parses a glossary file's bytes.
    public static func parse(bytes: [UInt8], path: String) -> (entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic]) {
        switch decode(bytes, path: path) {
        case let .text(text): return parse(text, path: path)
        case let .problem(diagnostic): return ([], [diagnostic])
        }
    }

    enum Decoded {
        case text(String)
        case problem(GlossaryDiagnostic)
    }

    /// The text of a glossary file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM.
    static func decode(_ bytes: [UInt8], path: String) -> Decoded {
        switch FileSniffer.kind(of: bytes) {
        case .utf8(let hasBOM):
            let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
            do {
                try InputValidator.validateUTF8(bytes: body, name: path)
            } catch let .invalidUTF8(location, detail) {
                var shifted = location
                if hasBOM, let offset = location.byteOffset { shifted.byteOffset = offset + 3 }
                return .problem(GlossaryDiagnostic(shifted, .error, "invalid UTF-8: \(detail)"))
            } catch {
                return .problem(GlossaryDiagnostic(SourceLocation(path: path), .error, error.description))
            }
            return .text(String(decoding: body, as: UTF8.self))
        case .utf16(let bigEndian):
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let first = UInt16(bytes[index])
                let second = UInt16(bytes[index + 1])
                units.append(bigEndian ? first << 8 | second : second << 8 | first)
                index += 2
            }
            return .text(String(decoding: units, as: UTF16.self))
        case let kind:
            return .problem(GlossaryDiagnostic(SourceLocation(path: path), .error, FileSniffer.problem(kind) ?? "not text"))
        }
    }

    /// Parses glossary text (already decoded).
    public static func parse(_ text: String, path: String) -> (entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic]) {
        var lines = Self.lines(of: text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        // The header, if any: the first line that is not blank or a comment.
        guard let headerIndex = lines.firstIndex(where: { !Self.isBlankOrComment($0) }) else { return ([], []) }
        if let table = GlossaryTable(header: lines[headerIndex], path: path, line: headerIndex + 1) {
            return table.parse(lines[(headerIndex + 1)...], firstLine: headerIndex + 2)
        }
        return parseSetuFormat(lines, path: path)
    }

    /// The lines of `text`, cut where `Character.isNewline` would cut them (LF, CR, CR LF, VT, FF, NEL, LS,
    /// PS), but found on the UTF-8 bytes: splitting a 100,000-line glossary by Characters costs grapheme
    /// breaking on every byte.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            var length = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C: length = 1
            case 0x0D: length = utf8.index(after: index) != utf8.endIndex && utf8[utf8.index(after: index)] == 0x0A ? 2 : 1
            case 0xC2:  // NEL, U+0085
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0x85 { length = 2 }
            case 0xE2:  // LS and PS, U+2028 and U+2029
                let second = utf8.index(after: index)
                if second != utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 { length = 3 }
                }
            default: break
            }
            if length == 0 {
                index = utf8.index(after: index)
                continue
            }
            lines.append(Substring(utf8[start..<index]))
            index = utf8.index(index, offsetBy: length)
            start = index
        }
        lines.append(Substring(utf8[start..<utf8.endIndex]))
        return lines
    }

    static func isBlankOrComment(_ line: Substring) -> Bool {
        let trimmed = line.trimmedSpaces
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// Lines are independent in this format, so a large file is parsed in two halves on two cores and the
    /// halves' results joined in order: the same entries and diagnostics as one pass.
    private static func parseSetuFormat(_ lines: [Substring], path: String)
        -> (entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic])
    {
        guard lines.count >= 20_000 else { return parseSetuFormat(lines[...], path: path) }
        let middle = lines.count / 2
        let halves = [lines[..<middle], lines[middle...]]
        let results = ParsedHalves()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            results.set(half, parseSetuFormat(halves[half], path: path))
        }
        return (results.values.flatMap(\.entries), results.values.flatMap(\.diagnostics))
    }

    /// The two halves' results, written from two threads.
    private final class ParsedHalves: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [(entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic])] = [([], []), ([], [])]

        func set(_ half: Int, _ value: (entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic])) {
            lock.lock()
            slots[half] = value
            lock.unlock()
        }

        var values: [(entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic])] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }

    private static func parseSetuFormat(_ lines: ArraySlice<Substring>, path: String)
        -> (entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic])
    {
        var entries: [(TermEntry, line: Int)] = []
        var diagnostics: [GlossaryDiagnostic] = []
        for (offset, line) in zip(lines.indices, lines) where !isBlankOrComment(line) {
            let number = offset + 1
            // A spreadsheet saving this format quotes fields with quotes or separators in them (RFC 4180).
            let fields = (GlossaryTable.split(line, separator: "\t")?.fields ?? line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
                .map { $0.trimmedSpaces }
            func report(_ column: Int?, _ message: String) {
                diagnostics.append(GlossaryDiagnostic(SourceLocation(path: path, line: number, column: column), .error, message))
            }
            guard fields.count >= 3 else {
                report(nil, "expected at least 3 tab-separated fields (english, hindi, type), found \(fields.count)")
                continue
            }
            // Columns count code points, as Setu's offsets do everywhere (counting Characters would cost
            // grapheme breaking on every field of every line).
            var columns = [1]
            for field in fields.dropLast() { columns.append(columns[columns.count - 1] + field.unicodeScalars.count + 1) }
            let cells = zip(fields, columns).map { GlossaryCell(text: $0, column: $1) }
            var builder = EntryBuilder(path: path, line: number)
            builder.english(cells[0])
            builder.hindi(cells[1])
            builder.type(cells[2])
            for cell in cells.dropFirst(3) {
                guard let equals = cell.text.firstIndex(of: "=") else {
                    builder.problem(cell.column, "expected key=value, found \"\(GlossaryDiagnostic.quote(cell.text))\"")
                    continue
                }
                let key = String(cell.text[..<equals]).lowercased()
                let value = String(cell.text[cell.text.index(after: equals)...]).trimmedSpaces
                builder.set(key, GlossaryCell(text: value, column: cell.column))
            }
            let entry = builder.finish()
            diagnostics += builder.diagnostics
            if let entry { entries.append((entry, number)) }
        }
        return (entries, diagnostics)
    }
}

/// One field of a glossary line with its 1-based column.
struct GlossaryCell {
    var text: String
    var column: Int
}

/// Builds one entry from fields, collecting problems.
struct EntryBuilder {
    let path: String
    let line: Int
    var diagnostics: [GlossaryDiagnostic] = []
    private var englishForms: [String] = []
    private var hindiForms: [String] = []
    private var termType: TermType?
    private var fields: [String: String] = [:]
    private var status: TermStatus?
    private var emptyEnglishColumn: Int?
    private var failed = false

    init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    mutating func problem(_ column: Int?, _ message: String) {
        diagnostics.append(GlossaryDiagnostic(SourceLocation(path: path, line: line, column: column), .error, message))
        failed = true
    }

    static func alternatives(_ text: String) -> [String] {
        // Split on bytes: `|` is ASCII and never combines, and Character splitting would cost grapheme breaking
        // on every cell (building each piece from scalars cost as much again).
        text.utf8.split(separator: 0x7C).map { String(Substring($0)).trimmedSpaces }.filter { !$0.isEmpty }
    }

    mutating func english(_ cell: GlossaryCell) {
        englishForms = Self.alternatives(cell.text)
        // Only an entry waiting for its translation may leave the English empty; checked once the status is known.
        if englishForms.isEmpty { emptyEnglishColumn = cell.column }
        for form in englishForms where TextCharacters.containsDevanagariLetter(form) {
            problem(cell.column, "English form \"\(GlossaryDiagnostic.quote(form))\" contains Devanagari; are the columns swapped?")
        }
    }

    mutating func hindi(_ cell: GlossaryCell) {
        // Spellings are kept as typed; the matcher compares folded keys.
        hindiForms = Self.alternatives(cell.text)
        if hindiForms.isEmpty { return problem(cell.column, "empty Hindi field") }
        for variant in hindiForms where !TextCharacters.containsDevanagariLetter(variant) {
            problem(cell.column, "Hindi variant \"\(GlossaryDiagnostic.quote(variant))\" has no Devanagari letters")
        }
    }

    mutating func type(_ cell: GlossaryCell) {
        guard let type = TermType(alias: cell.text) else {
            return problem(
                cell.column,
                "unknown type \"\(GlossaryDiagnostic.quote(cell.text))\"; expected one of \(TermType.allCases.map(\.rawValue).joined(separator: ", ")) (or org, loc, per …)")
        }
        termType = type
    }

    mutating func set(_ key: String, _ cell: GlossaryCell) {
        switch key {
        case "status":
            guard cell.text.isEmpty || TermStatus(rawValue: cell.text.lowercased()) != nil else {
                return problem(cell.column, "unknown status \"\(GlossaryDiagnostic.quote(cell.text))\"; expected \(TermStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            status = TermStatus(rawValue: cell.text.lowercased())
        case "domain", "note", "id", "ambiguous":
            if !cell.text.isEmpty { fields[key] = cell.text }
        default:
            problem(cell.column, "unknown key \"\(GlossaryDiagnostic.quote(key))\"; known keys: \(GlossaryParser.knownKeys.sorted().joined(separator: ", "))")
        }
    }

    /// The entry, once every field has been read; reports an empty English field unless the status is
    /// `needs-translation`.
    mutating func finish() -> TermEntry? {
        if let column = emptyEnglishColumn, status != .needsTranslation {
            problem(column, "empty English field (only an entry with status=needs-translation may leave it empty)")
        }
        guard !failed, let termType, !englishForms.isEmpty || status == .needsTranslation, !hindiForms.isEmpty else { return nil }
        var entry = TermEntry(english: englishForms, hindi: hindiForms, type: termType)
        if englishForms.isEmpty { entry.id = HindiRomanizer.entryID(hindi: hindiForms[0]) }
        if let status { entry.status = status }
        entry.domain = fields["domain"]
        entry.note = fields["note"]
        if let id = fields["id"] { entry.id = id }
        entry.ambiguous = ["yes", "true", "1"].contains(fields["ambiguous"]?.lowercased() ?? "")
        return entry
    }
}

extension TermType {
    /// A type from its name or a common alias (`org`, `organisation`, `loc`, `location`, `per`, `people`,
    /// `gpe`, `country`, `city`, `designation`, `concept` …), case-insensitive.
    public init?(alias: String) {
        let name = alias.trimmedSpaces.lowercased()
        if let type = TermType(rawValue: name) {
            self = type
            return
        }
        switch name {
        case "per", "pers", "people", "name", "human": self = .person
        case "loc", "location", "gpe", "geo", "country", "city", "state", "region": self = .place
        case "org", "organisation", "organization name", "institution", "company", "party", "agency": self = .organization
        case "evt", "event name": self = .event
        case "designation", "role", "position", "job title": self = .title
        case "concept", "common", "generic", "misc", "other", "noun", "domain term": self = .term
        default: return nil
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Unicode horizontal whitespace), without going
    /// through Foundation: glossaries of a hundred thousand entries trim every field.
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace || $0 == "\n" }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace || $0 == "\n" })!
        // Copied as UTF-8 bytes (scalar indices are valid there): appending scalar by scalar was an eighth of
        // reading a 100,000-entry glossary.
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}
