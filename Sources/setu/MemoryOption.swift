import ArgumentParser
import Foundation
import SetuMemory

/// `--db PATH`, shared by the commands that use the translation memory. Default: `$SETU_DB`, else
/// `setu.sqlite` in the current directory.
struct MemoryOption: ParsableArguments {
    @Option(name: .long, help: "Translation memory file (default: $SETU_DB, else ./setu.sqlite).")
    var db: String?

    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["SETU_DB"], !environment.isEmpty { return environment }
        return "setu.sqlite"
    }

    /// Opens the store, creating it unless `mustExist`.
    func open(mustExist: Bool = false) throws -> TranslationMemory {
        if mustExist, !FileManager.default.fileExists(atPath: path) {
            reportError("\(path): no translation memory here; create one with `setu ingest` or pass --db")
            throw ExitCode.failure
        }
        do {
            return try TranslationMemory(path: path)
        } catch {
            reportError(error.description)
            throw ExitCode.failure
        }
    }
}
