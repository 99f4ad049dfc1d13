import ArgumentParser
import Foundation
import SetuGlossary

/// `--glossary FILE`, shared by commands that match terms. Default: `glossaries/` of the current
/// directory, else `$SETU_GLOSSARY`.
struct GlossaryOption: ParsableArguments {
    @Option(name: .long, help: "Glossary file or folder of .tsv files (default: ./glossaries, else $SETU_GLOSSARY).")
    var glossary: String?

    func resolvedPath() throws -> String {
        guard let path = availablePath else {
            throw ValidationError("no glossary: pass --glossary FILE, run in a folder with glossaries/, or set SETU_GLOSSARY")
        }
        return path
    }

    /// The glossary to use, or nil when none is given or found.
    var availablePath: String? {
        if let glossary { return glossary }
        if FileManager.default.fileExists(atPath: "glossaries") { return "glossaries" }
        if let environment = ProcessInfo.processInfo.environment["SETU_GLOSSARY"], !environment.isEmpty {
            return environment
        }
        return nil
    }

    /// The glossary, or nil (with a note on stderr) when none is given or found.
    func loadIfAvailable() throws -> Termbase? {
        guard availablePath != nil else {
            reportError("note: no glossary (./glossaries, --glossary or SETU_GLOSSARY); terms are not aligned")
            return nil
        }
        return try load()
    }

    func load() throws -> Termbase {
        let path = try resolvedPath()
        do {
            // Warnings are for `setu glossary check`; matching commands stay quiet.
            return try Termbase.load(path: path)
        } catch {
            reportError(error.description)
            throw ExitCode.failure
        }
    }
}
