import Foundation
import SetuCore
import SetuText

/// Reads Setu's glossary format and the plain interchange TSV (see `glossaries/README.md`).
///
/// Setu format: `ENGLISH<TAB>HINDI<TAB>TYPE[<TAB>key=value]...`, alternatives separated by ` | `, `#` comments.
/// Interchange TSV: a header `english<TAB>hindi<TAB>type`, then three columns per row, Hindi variants
/// separated by `|`. Problems are collected as diagnostics with line and column; nothing is dropped silently.
public enum GlossaryParser {
    static let knownKeys: Set<String> = ["status", "domain", "note", "ambiguous", "id"]

    /// Parses glossary text.
    /// - Returns: the entries and every problem found (errors make the glossary unusable in strict mode).
    public static func parse(_ text: String, path: String) -> (entries: [(TermEntry, line: Int)], diagnostics: [GlossaryDiagnostic]) {
        var entries: [(TermEntry, line: Int)] = []
        var diagnostics: [GlossaryDiagnostic] = []
        var lineNumber = 0
        var isInterchange = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if entries.isEmpty && !isInterchange && fields.count >= 2 && fields[0].lowercased() == "english"
                && fields[1].lowercased() == "hindi"
            {
                isInterchange = true
                continue
            }
            func report(_ column: Int?, _ message: String, _ severity: GlossaryDiagnostic.Severity = .error) {
                diagnostics.append(GlossaryDiagnostic(SourceLocation(path: path, line: lineNumber, column: column), severity, message))
            }
            guard fields.count >= 3 else {
                report(nil, "expected at least 3 tab-separated fields (english, hindi, type), found \(fields.count)")
                continue
            }
            if isInterchange && fields.count > 3 {
                report(nil, "expected 3 tab-separated fields in interchange TSV, found \(fields.count)")
                continue
            }
            let separator: Character = "|"
            let english = fields[0].split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let hindi = fields[1].split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let column2 = fields[0].count + 2
            let column3 = column2 + fields[1].count + 1
            guard !english.isEmpty else {
                report(1, "empty English field")
                continue
            }
            guard !hindi.isEmpty else {
                report(column2, "empty Hindi field")
                continue
            }
            guard let type = TermType(rawValue: fields[2].lowercased()) else {
                report(column3, "unknown type \"\(fields[2].prefix(30))\"; expected one of \(TermType.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            for variant in hindi where !variant.unicodeScalars.contains(where: { (0x0900...0x097F).contains($0.value) }) {
                report(column2, "Hindi variant \"\(variant.prefix(30))\" has no Devanagari letters")
            }
            for form in english where form.unicodeScalars.contains(where: { (0x0900...0x097F).contains($0.value) }) {
                report(1, "English form \"\(form.prefix(30))\" contains Devanagari; are the columns swapped?")
            }
            var entry = TermEntry(english: english, hindi: hindi.map(TextNormalizer.nfc), type: type)
            var column = column3 + fields[2].count + 1
            for field in fields.dropFirst(3) {
                defer { column += field.count + 1 }
                guard let equals = field.firstIndex(of: "=") else {
                    report(column, "expected key=value, found \"\(field.prefix(30))\"")
                    continue
                }
                let key = String(field[..<equals]).lowercased()
                let value = String(field[field.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
                switch key {
                case "status":
                    if let status = TermStatus(rawValue: value.lowercased()) {
                        entry.status = status
                    } else {
                        report(column, "unknown status \"\(value.prefix(30))\"; expected preferred, admitted or forbidden")
                    }
                case "domain": entry.domain = value
                case "note": entry.note = value
                case "ambiguous": entry.ambiguous = ["yes", "true", "1"].contains(value.lowercased())
                case "id": entry.id = value
                default: report(column, "unknown key \"\(key.prefix(30))\"; known keys: \(knownKeys.sorted().joined(separator: ", "))")
                }
            }
            entries.append((entry, lineNumber))
        }
        return (entries, diagnostics)
    }
}

