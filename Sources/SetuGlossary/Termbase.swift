import Foundation
import SetuCore
import SetuText

/// A loaded glossary: its entries, where each came from, and the problems found while reading it.
public struct Termbase: Sendable {
    public private(set) var entries: [TermEntry]
    /// Source location of each entry (same order as `entries`).
    public private(set) var locations: [SourceLocation]
    /// Warnings kept from reading (errors make `load` throw).
    public private(set) var warnings: [GlossaryDiagnostic] = []

    public init(entries: [TermEntry], locations: [SourceLocation]? = nil) {
        self.entries = entries
        self.locations = locations ?? entries.map { _ in SourceLocation(path: "-") }
    }

    /// Loads a glossary file, or every `.tsv` file of a folder (sorted by name).
    /// - Throws: `GlossaryError.unreadable`, or `.invalid` with every error found (line and column each).
    public static func load(path: String) throws(GlossaryError) -> Termbase {
        let (termbase, diagnostics) = try read(path: path)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .invalid(errors) }
        var result = termbase
        result.warnings = diagnostics
        return result
    }

    /// Reads leniently: every entry that parses, plus all diagnostics (including the `check` findings).
    public static func read(path: String) throws(GlossaryError) -> (Termbase, [GlossaryDiagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        var files = [path]
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files = names.filter { $0.hasSuffix(".tsv") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            guard !files.isEmpty else { throw .unreadable(path: path, reason: "no .tsv glossary files in folder") }
        }
        var entries: [TermEntry] = []
        var locations: [SourceLocation] = []
        var diagnostics: [GlossaryDiagnostic] = []
        for file in files {
            do {
                _ = try InputValidator.validateUTF8(at: file)
            } catch let .invalidUTF8(location, detail) {
                throw .malformed(location, "invalid UTF-8: \(detail)")
            } catch {
                throw .unreadable(path: file, reason: error.description)
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .unreadable(path: file, reason: "cannot open file")
            }
            let text = String(decoding: data, as: UTF8.self)
            let parsed = GlossaryParser.parse(text, path: file)
            diagnostics += parsed.diagnostics
            for (entry, line) in parsed.entries {
                entries.append(entry)
                locations.append(SourceLocation(path: file, line: line))
            }
        }
        let termbase = Termbase(entries: entries, locations: locations)
        return (termbase, diagnostics + termbase.check())
    }

    /// Consistency checks: the same Hindi spelling (compared by search key) in two entries is an error
    /// unless both are marked `ambiguous=yes`; duplicate ids are errors; a spelling repeated inside an
    /// entry and a preferred English form used twice are warnings.
    public func check() -> [GlossaryDiagnostic] {
        var diagnostics: [GlossaryDiagnostic] = []
        let folder = SearchFolder()
        var owners: [String: Int] = [:]
        var ids: [String: Int] = [:]
        var preferred: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            let location = locations[index]
            if let first = ids[entry.id] {
                diagnostics.append(.init(location, .error, "duplicate id \"\(entry.id)\" (first at line \(locations[first].line ?? 0))"))
            } else {
                ids[entry.id] = index
            }
            if let first = preferred[entry.preferredEnglish], first != index {
                diagnostics.append(.init(location, .warning, "preferred English \"\(entry.preferredEnglish)\" also used at line \(locations[first].line ?? 0)"))
            } else {
                preferred[entry.preferredEnglish] = index
            }
            var seenHere = Set<String>()
            for variant in entry.hindi {
                let key = folder.key(variant.replacingOccurrences(of: ".", with: " "))
                if !seenHere.insert(TextNormalizer.nfc(variant)).inserted {
                    diagnostics.append(.init(location, .warning, "Hindi spelling \"\(variant)\" repeats another spelling of this entry"))
                    continue
                }
                if let other = owners[key], other != index {
                    if !(entry.ambiguous && entries[other].ambiguous) {
                        diagnostics.append(.init(
                            location, .error,
                            "Hindi spelling \"\(variant)\" also belongs to \"\(entries[other].preferredEnglish)\" (line \(locations[other].line ?? 0)); mark both entries ambiguous=yes if intended"))
                    }
                } else {
                    owners[key] = index
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
