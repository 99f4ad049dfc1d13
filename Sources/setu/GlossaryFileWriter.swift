import ArgumentParser
import Foundation
import SetuGlossary

/// Writes a glossary file only if it reads back without errors: the text goes to `PATH.partial`, is
/// checked like `setu glossary check`, and is then moved into place. Nothing is left behind on failure.
enum GlossaryFileWriter {
    static func write(_ text: String, to path: String, describing source: String, entries: Int) throws {
        let partial = path + ".partial"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: partial))
            let (_, diagnostics) = try Termbase.read(path: partial)
            if let error = diagnostics.first(where: { $0.severity == .error }) {
                try? FileManager.default.removeItem(atPath: partial)
                reportError("\(path): not written, the glossary from \(source) would have errors (\(error))")
                throw ExitCode.failure
            }
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            OutputWriter.standardError.line("setu: \(path): \(entries) entries from \(source)")
        } catch let error as ExitCode {
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            reportError("\(path): cannot write: \(error)")
            throw ExitCode.failure
        }
    }
}
