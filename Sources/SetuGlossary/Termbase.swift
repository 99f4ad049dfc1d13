import Foundation
import SetuCore
import SetuText

/// A loaded glossary: its entries and where each came from.
public struct Termbase: Sendable {
    public private(set) var entries: [TermEntry]
    /// Source location of each entry (same order as `entries`).
    public private(set) var locations: [SourceLocation]

    public init(entries: [TermEntry], locations: [SourceLocation]? = nil) {
        self.entries = entries
        self.locations = locations ?? entries.map { _ in SourceLocation(path: "-") }
    }

    /// The extensions of glossary files Setu reads as text (TBX is read by the exchange module).
    public static let textExtensions: Set<String> = ["tsv", "csv", "txt"]

    /// Loads a glossary file, or every `.tsv` and `.csv` file of a folder (sorted by name).
    /// - Throws: `GlossaryError.unreadable`, or `.invalid` with every error found (line and column each),
    ///   including a glossary without a single entry.
    public static func load(path: String) throws(GlossaryError) -> Termbase {
        let (termbase, diagnostics) = try read(path: path)
        // Warnings are for `setu glossary check`; loading for matching only refuses errors.
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .invalid(errors) }
        return termbase
    }

    /// Reads leniently: every entry that parses, plus all diagnostics (including the `check` findings).
    public static func read(path: String) throws(GlossaryError) -> (Termbase, [GlossaryDiagnostic]) {
        var parts: [(entries: [(TermEntry, line: Int)], path: String)] = []
        var diagnostics: [GlossaryDiagnostic] = []
        for file in try files(at: path) {
            let parsed = GlossaryParser.parse(bytes: try contents(of: file), path: file)
            diagnostics += parsed.diagnostics
            parts.append((parsed.entries, file))
        }
        return assemble(parts, diagnostics: diagnostics, source: path)
    }

    /// Combines entries read from one or more files: entries with the same preferred English form and type
    /// are merged (their Hindi spellings joined, with a warning), an empty result is an error, and the
    /// consistency checks run over the whole.
    public static func assemble(
        _ parts: [(entries: [(TermEntry, line: Int)], path: String)], diagnostics: [GlossaryDiagnostic], source: String
    ) -> (Termbase, [GlossaryDiagnostic]) {
        var diagnostics = diagnostics
        var entries: [TermEntry] = []
        var locations: [SourceLocation] = []
        var byEnglish: [TextKey: Int] = [:]  // compared by bytes: hashing a String normalizes it
        for part in parts {
            for (entry, line) in part.entries {
                let location = SourceLocation(path: part.path, line: line)
                let key = TextKey(entry.preferredEnglish + "\u{1}" + entry.type.rawValue)
                if !entry.english.isEmpty, let first = byEnglish[key], entries[first].id == entry.id || entry.id == TermEntry.defaultID(for: entry.preferredEnglish) {
                    let added = entry.hindi.filter { !entries[first].hindi.contains($0) }
                    entries[first].hindi += added
                    entries[first].english += entry.english.filter { !entries[first].english.contains($0) }
                    diagnostics.append(GlossaryDiagnostic(
                        location, .warning,
                        "\"\(GlossaryDiagnostic.quote(entry.preferredEnglish))\" is also the English of line \(locations[first].line ?? 0); its Hindi spellings were merged into that entry"))
                    continue
                }
                byEnglish[key] = entries.count
                entries.append(entry)
                locations.append(location)
            }
        }
        if entries.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(GlossaryDiagnostic(
                SourceLocation(path: source), .error,
                "no glossary entries found (an empty file, or only comments?); a glossary needs at least one entry"))
        }
        let termbase = Termbase(entries: entries, locations: locations)
        return (termbase, diagnostics + termbase.check())
    }

    /// The glossary files at `path`: the file itself, or the text glossary files of a folder.
    static func files(at path: String) throws(GlossaryError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.filter { textExtensions.contains(($0 as NSString).pathExtension.lowercased()) && $0 != "README.txt" }
            .sorted().map { (path as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else { throw .unreadable(path: path, reason: "no .tsv or .csv glossary files in folder") }
        return files
    }

    static func contents(of file: String) throws(GlossaryError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw .unreadable(path: file, reason: FileManager.default.isReadableFile(atPath: file) ? "cannot read" : "permission denied")
        }
        return [UInt8](data)
    }

    /// Consistency checks: the same Hindi spelling (compared by search key) in two entries is an error
    /// unless both are marked `ambiguous=yes`; duplicate ids are errors; a spelling repeated inside an
    /// entry and a preferred English form used twice are warnings.
    public func check() -> [GlossaryDiagnostic] {
        var diagnostics: [GlossaryDiagnostic] = []
        let folder = SearchFolder()
        // Keyed by the hash of the search key (`StableHash`), checked against the other entry's keys on a hit:
        // hashing Devanagari `String`s normalizes them again, which was a tenth of reading 100,000 entries.
        var owners: [UInt64: Int] = [:]
        owners.reserveCapacity(entries.count * 2)
        func keyOf(_ variant: String) -> String {
            folder.key(variant.utf8.contains(0x2E) ? variant.replacingOccurrences(of: ".", with: " ") : variant)
        }
        var ids: [TextKey: Int] = [:]  // by bytes, as above
        var preferred: [TextKey: Int] = [:]
        ids.reserveCapacity(entries.count)
        preferred.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            let location = locations[index]
            if let first = ids[TextKey(entry.id)] {
                diagnostics.append(.init(location, .error, "duplicate id \"\(entry.id)\" (first at line \(locations[first].line ?? 0))"))
            } else {
                ids[TextKey(entry.id)] = index
            }
            if entry.english.isEmpty {
                // An entry waiting for its translation has no English to compare.
            } else if let first = preferred[TextKey(entry.preferredEnglish)], first != index {
                diagnostics.append(.init(location, .warning, "preferred English \"\(entry.preferredEnglish)\" also used at line \(locations[first].line ?? 0)"))
            } else {
                preferred[TextKey(entry.preferredEnglish)] = index
            }
            var seenHere: [String] = []
            for variant in entry.hindi {
                let key = keyOf(variant)
                let nfc = TextNormalizer.nfc(variant)
                if seenHere.contains(where: { $0.utf8.elementsEqual(nfc.utf8) }) {
                    diagnostics.append(.init(location, .warning, "Hindi spelling \"\(variant)\" repeats another spelling of this entry"))
                    continue
                }
                seenHere.append(nfc)
                let hash = StableHash.of(utf8: key)
                if let other = owners[hash], other != index, entries[other].hindi.contains(where: { keyOf($0) == key }) {
                    if !(entry.ambiguous && entries[other].ambiguous) {
                        diagnostics.append(.init(
                            location, .error,
                            "Hindi spelling \"\(variant)\" also belongs to \"\(entries[other].preferredEnglish)\" (line \(locations[other].line ?? 0)); mark both entries ambiguous=yes if intended"))
                    }
                } else if owners[hash] == nil {
                    owners[hash] = index
                }
            }
        }
        return diagnostics
    }

    /// Entries whose English or Hindi forms match `query` (case- and fold-insensitive), exact matches first.
    public func lookup(_ query: String) -> [TermEntry] {
        let folder = SearchFolder()
        let key = folder.key(query)
        var exact: [TermEntry] = []
        var partial: [TermEntry] = []
        for entry in entries {
            let keys = (entry.english + entry.hindi).map { folder.key($0) }
            if keys.contains(key) {
                exact.append(entry)
            } else if keys.contains(where: { $0.contains(key) }) {
                partial.append(entry)
            }
        }
        return exact + partial
    }
}
