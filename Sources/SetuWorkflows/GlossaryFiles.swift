import Foundation
import SetuCore
import SetuExchange
import SetuGlossary

/// Glossary interchange in one place: reading Setu's format, TSV and CSV tables and TBX (2008 and 2019
/// names) from a file or a folder, and writing any of them, checked before it replaces anything.
public enum GlossaryFiles {
    /// A glossary file format, from its extension.
    public enum Format: String, Sendable, CaseIterable {
        /// Setu's curated format (`.tsv`).
        case setu
        /// A TSV table with a header row.
        case tsv
        case csv
        case tbx

        /// The format a file name implies when reading: `.tbx` and `.csv` by extension, anything else as text.
        static func reading(_ path: String) -> Format {
            switch (path as NSString).pathExtension.lowercased() {
            case "tbx", "xml": return .tbx
            case "csv": return .csv
            default: return .setu
            }
        }
    }

    /// Loads a glossary for matching: a file or a folder of `.tsv`, `.csv` and `.tbx` files. Files that
    /// loaded without errors before are read back from `cache` (keyed by their paths and bytes).
    /// - Throws: `WorkflowError.glossary` with every error (line and column), including a glossary that
    ///   yields no entry; `.exchange` for a TBX file that cannot be read.
    public static func load(_ path: String, cache: GlossaryCache = .shared) throws(WorkflowError) -> Termbase {
        let files = try contents(path)
        let key = cache.key(of: files)
        if let termbase = cache.termbase(key: key) { return termbase }
        let (termbase, diagnostics) = try read(files, source: path)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw .glossary(.invalid(errors)) }
        cache.store(termbase, key: key)
        return termbase
    }

    /// Reads leniently, as `setu glossary check` does: the entries that parse and every diagnostic.
    public static func read(_ path: String) throws(WorkflowError) -> (Termbase, [GlossaryDiagnostic]) {
        try read(try contents(path), source: path)
    }

    /// The glossary files at `path` with their bytes.
    static func contents(_ path: String) throws(WorkflowError) -> [(path: String, data: Data)] {
        let files: [String]
        do {
            files = try glossaryFiles(at: path)
        } catch {
            throw .glossary(error)
        }
        var contents: [(path: String, data: Data)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .glossary(.unreadable(path: file, reason: "cannot read (permission denied?)"))
            }
            contents.append((file, data))
        }
        return contents
    }

    static func read(_ files: [(path: String, data: Data)], source: String) throws(WorkflowError) -> (Termbase, [GlossaryDiagnostic]) {
        var parts: [(entries: [(TermEntry, line: Int)], path: String)] = []
        var diagnostics: [GlossaryDiagnostic] = []
        for (file, data) in files {
            if Format.reading(file) == .tbx {
                do {
                    let entries = try TBXReader.read(path: file)
                    parts.append((entries.enumerated().map { ($0.element, $0.offset + 1) }, file))
                } catch {
                    throw .exchange(error)
                }
            } else {
                let parsed = GlossaryParser.parse(bytes: [UInt8](data), path: file)
                diagnostics += parsed.diagnostics
                parts.append((parsed.entries, file))
            }
        }
        return Termbase.assemble(parts, diagnostics: diagnostics, source: source)
    }

    static func glossaryFiles(at path: String) throws(GlossaryError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.filter { ["tsv", "csv", "tbx"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
        guard !files.isEmpty else { throw .unreadable(path: path, reason: "no .tsv, .csv or .tbx glossary files in folder") }
        return files.map { (path as NSString).appendingPathComponent($0) }
    }

    /// The text of `entries` in `format`.
    public static func render(_ entries: [TermEntry], as format: Format, comments: [String] = []) -> String {
        switch format {
        case .setu: return GlossaryWriter.write(entries, comments: comments)
        case .tsv: return GlossaryWriter.table(entries, format: .tsv)
        case .csv: return GlossaryWriter.table(entries, format: .csv)
        case .tbx: return TBXWriter.document(entries)
        }
    }

    /// What a write did.
    public struct WriteReport: Sendable, Hashable {
        public var path: String
        public var entries: Int
        public var format: Format
    }

    /// Writes `entries` to `path` only if the file reads back as the same entries without errors: the text
    /// goes to `PATH.partial`, is read back, and is then moved into place. An existing file is replaced
    /// only with `overwrite`. Nothing is left behind on failure.
    public static func write(
        _ entries: [TermEntry], to path: String, as format: Format, comments: [String] = [], overwrite: Bool = false
    ) throws(WorkflowError) -> WriteReport {
        guard !entries.isEmpty else { throw .input("\(path): not written: there are no entries to write") }
        if !overwrite && FileManager.default.fileExists(atPath: path) {
            throw .unwritable(path: path, reason: "the file exists; pass --force to replace it, or choose another name")
        }
        let text = render(entries, as: format, comments: comments)
        let extensionName = format == .tbx ? "tbx" : format == .csv ? "csv" : "tsv"
        let partial = path + ".partial." + extensionName
        defer { try? FileManager.default.removeItem(atPath: partial) }
        try OutputFile.write(Data(text.utf8), to: partial)
        let (readBack, diagnostics) = try read(partial)
        if let error = diagnostics.first(where: { $0.severity == .error }) {
            throw .unwritable(path: path, reason: "not written: the glossary would not read back cleanly (\(error.message))")
        }
        guard readBack.entries.count == entries.count else {
            throw .unwritable(path: path, reason: "not written: \(entries.count) entries written but \(readBack.entries.count) read back")
        }
        try OutputFile.moveIntoPlace(partial, path)
        return WriteReport(path: path, entries: entries.count, format: format)
    }
}
