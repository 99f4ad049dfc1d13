import Foundation
import SetuMemory

/// Opening the translation memory for a workflow.
public enum MemoryAccess {
    /// Opens the memory at `path`.
    /// - Parameters:
    ///   - mustExist: refuse a missing file instead of creating one (`.readOnly` never creates).
    ///   - onRebuild: progress (rows done, rows in all) while a stale store's derived keys are rebuilt.
    public static func open(
        _ path: String, access: TranslationMemory.Access = .readWrite, mustExist: Bool = false,
        onRebuild: ((Int, Int) -> Void)? = nil
    ) throws(WorkflowError) -> TranslationMemory {
        if mustExist || access == .readOnly, !FileManager.default.fileExists(atPath: path) {
            throw .input("\(path): no translation memory here; create one with `setu ingest` or pass --db")
        }
        // A device (`/dev/null`), folder or pipe is never a memory (SQLite would leave a journal beside it).
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw .input("\(path): not a regular file; a translation memory is a file Setu creates (pass --db FILE)")
        }
        do {
            return try TranslationMemory(path: path, access: access, onRebuild: onRebuild)
        } catch {
            throw .memory(error)
        }
    }

    /// Runs `body` with the memory at `path`; with `scratchIfMissing`, a missing memory is replaced by an
    /// empty one in a temporary folder that is removed afterwards (`body` learns which it got).
    static func withStore<T>(
        _ path: String, scratchIfMissing: Bool, _ body: (TranslationMemory, _ scratch: Bool) throws(WorkflowError) -> T
    ) throws(WorkflowError) -> T {
        let existed = FileManager.default.fileExists(atPath: path)
        guard scratchIfMissing, !existed else {
            do {
                return try body(try open(path), false)
            } catch {
                // A failed first import leaves no empty memory behind: the file did not exist before.
                if !existed {
                    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                }
                throw error
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setu-scratch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: folder.path, reason: "cannot create a scratch memory: \(error.localizedDescription)")
        }
        return try body(try open(folder.appendingPathComponent("scratch.sqlite").path), true)
    }
}
