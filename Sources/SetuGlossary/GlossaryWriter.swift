import SetuCore

/// Writes glossaries in the shapes `GlossaryParser` reads back unchanged.
///
/// - Setu's format (`ENGLISH | ALT ⇥ HINDI | HINDI2 ⇥ TYPE ⇥ key=value…`), for curated files.
/// - Tables with a header row (`english, hindi, type, status, domain, note, id, ambiguous`), as TSV or CSV
///   (RFC 4180 quoting), for spreadsheets and other tools. Alternatives are joined with ` | `.
public enum GlossaryWriter {
    /// A table layout.
    public enum TableFormat: String, Sendable, CaseIterable {
        case tsv, csv

        var separator: Character { self == .tsv ? "\t" : "," }
    }

    /// One line per entry in Setu's format, after an optional block of `#` comment lines.
    public static func write(_ entries: [TermEntry], comments: [String] = []) -> String {
        var lines = comments.map { "# " + $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
        for entry in entries { lines.append(line(entry)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func line(_ entry: TermEntry) -> String {
        var fields = [
            entry.english.map(clean).joined(separator: " | "), entry.hindi.map(clean).joined(separator: " | "),
            entry.type.rawValue,
        ]
        if entry.id != TermEntry.defaultID(for: entry.preferredEnglish) { fields.append("id=" + clean(entry.id)) }
        if entry.status != .preferred { fields.append("status=" + entry.status.rawValue) }
        if let domain = entry.domain { fields.append("domain=" + clean(domain)) }
        if entry.ambiguous { fields.append("ambiguous=yes") }
        if let note = entry.note { fields.append("note=" + clean(note)) }
        return fields.joined(separator: "\t")
    }

    /// Tabs, line breaks and the ` | ` separator cannot appear inside a field of Setu's format.
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline || $0 == "|" ? " " : $0 })
    }

    /// The entries as a table with a header row. Every field survives a round trip: a field holding the
    /// separator, a quote, a line break or outer spaces is quoted (RFC 4180), in TSV as in CSV.
    public static func table(_ entries: [TermEntry], format: TableFormat) -> String {
        let separator = String(format.separator)
        func field(_ value: String) -> String {
            let needsQuotes = value.contains(format.separator) || value.contains("\"") || value.contains(where: \.isNewline)
                || value.first == " " || value.last == " "
            return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        var lines = [GlossaryTable.Column.allCases.map(\.rawValue).joined(separator: separator)]
        for entry in entries {
            let values = [
                entry.english.joined(separator: " | "), entry.hindi.joined(separator: " | "), entry.type.rawValue,
                entry.status.rawValue, entry.domain ?? "", entry.note ?? "",
                entry.id == TermEntry.defaultID(for: entry.preferredEnglish) ? "" : entry.id, entry.ambiguous ? "yes" : "",
            ]
            lines.append(values.map(field).joined(separator: separator))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
