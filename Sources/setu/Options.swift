import ArgumentParser
import Foundation
import SetuGlossary
import SetuMemory
import SetuWorkflows

/// `--db PATH`, shared by the commands that use the translation memory. Default: `$SETU_DB`, else
/// `setu.sqlite` in the current directory.
struct MemoryOption: ParsableArguments {
    @Option(name: .long, help: "Translation memory file (default: $SETU_DB, else ./setu.sqlite).")
    var db: String?

    var path: String { SetuDefaults.memoryPath(explicit: db) }

    func validate() throws {
        if let db, db.isEmpty { throw ValidationError("--db needs a file name") }
    }

    /// Opens the store: read-only commands never create or change it; writing commands create it and
    /// rebuild stale indexes (with a progress line).
    func open(_ access: TranslationMemory.Access = .readWrite, mustExist: Bool = false) throws -> TranslationMemory {
        let progress = ProgressLine(label: "rebuilding the indexes of \(path)")
        defer { progress.clear() }
        return try SetuCLI.run { try MemoryAccess.open(path, access: access, mustExist: mustExist, onRebuild: progress.show) }
    }
}

/// `--glossary FILE|FOLDER`, shared by commands that match terms. Default: `glossaries/` of the current
/// directory, else `$SETU_GLOSSARY`.
struct GlossaryOption: ParsableArguments {
    @Option(name: .long, help: "Glossary file or folder of .tsv/.csv/.tbx files (default: ./glossaries, else $SETU_GLOSSARY).")
    var glossary: String?

    var path: String? { SetuDefaults.glossaryPath(explicit: glossary) }

    /// The glossary; a missing one is an argument error.
    func load() throws -> Termbase {
        guard let path else {
            throw ValidationError("no glossary: pass --glossary FILE, run in a folder with glossaries/, or set SETU_GLOSSARY")
        }
        return try SetuCLI.run { try GlossaryFiles.load(path) }
    }

    /// The glossary, or nil (with a note on standard error) when none is given or found.
    func loadIfAvailable() throws -> Termbase? {
        guard path != nil else {
            reportError("note: no glossary (./glossaries, --glossary or SETU_GLOSSARY); terms are not recorded")
            return nil
        }
        return try load()
    }
}

enum SetuCLI {
    /// Runs a workflow call; its error is printed on standard error and the command exits with status 1.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            reportError("\(error)")
            throw ExitCode.failure
        }
    }
}

/// Output formats of the commands that print data.
enum DataFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl
}

/// A one-line progress display on standard error, shown only when it is a terminal.
final class ProgressLine {
    private let label: String
    private let enabled = isatty(2) != 0
    private var shown = false

    init(label: String) {
        self.label = label
    }

    func show(_ done: Int, _ total: Int) {
        guard enabled, total > 1 else { return }
        shown = true
        OutputWriter.standardError.write("\r\u{1B}[K\(label): \(done)/\(total)")
        OutputWriter.standardError.flush()
    }

    func show(_ done: Int, _ total: Int, _ item: String) {
        guard enabled, total > 1 else { return }
        shown = true
        OutputWriter.standardError.write("\r\u{1B}[K[\(done + 1)/\(total)] \(TerminalText.safe(item))")
        OutputWriter.standardError.flush()
    }

    func clear() {
        guard shown else { return }
        OutputWriter.standardError.write("\r\u{1B}[K")
        OutputWriter.standardError.flush()
        shown = false
    }
}
