import SetuCore

/// Writes entries in Setu's curated glossary format (`glossaries/README.md`):
/// `ENGLISH | ALT ⇥ HINDI | HINDI2 ⇥ TYPE ⇥ key=value…`, which `GlossaryParser` reads back unchanged.
public enum GlossaryWriter {
    /// One line per entry, after an optional block of `#` comment lines.
    public static func write(_ entries: [TermEntry], comments: [String] = []) -> String {
        var lines = comments.map { "# " + $0 }
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

    /// Tabs, newlines and the ` | ` separator cannot appear inside a field.
    static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "|" ? " " : $0 })
    }
}
