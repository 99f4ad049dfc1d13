import Foundation
import SetuCore
import SetuText

/// What became of one input file of a streaming workflow (`segment`, `terms`).
public enum FileOutcome: Sendable, Equatable {
    /// The file was read whole; `segments` were delivered.
    case done(path: String, segments: Int)
    /// The file is empty; nothing was delivered.
    case empty(path: String)
    /// The file could not be used; nothing of it was delivered.
    case failed(path: String, WorkflowError)

    public var path: String {
        switch self {
        case let .done(path, _), let .empty(path), let .failed(path, _): return path
        }
    }
}

/// The input loop of the streaming workflows. Each file is checked whole (UTF-8 text, not a PDF or
/// UTF-16 file) before anything of it is delivered, so a bad file never yields partial output. Standard
/// input (`-`) is first copied to a temporary file, which keeps memory constant and gives it the same
/// guarantee.
enum TextInputs {
    static func forEach(_ paths: [String], _ body: (_ name: String, _ readable: String) throws -> DocumentSummary) -> [FileOutcome] {
        InputFiles.expandLists(paths).map { path in
            var spooled: String?
            defer { if let spooled { try? FileManager.default.removeItem(atPath: spooled) } }
            do {
                var readable = path
                if path == "-" {
                    spooled = try spoolStandardInput()
                    readable = spooled ?? path
                }
                if try InputValidator.validateUTF8(at: readable) == 0 { return .empty(path: path) }
                let summary = try body(path, readable)
                return .done(path: path, segments: summary.segments)
            } catch let error as SetuTextError {
                return .failed(path: path, .text(error.renamed(from: spooled, to: path)))
            } catch {
                return .failed(path: path, WorkflowError.wrap(error))
            }
        }
    }

    /// Copies standard input to a temporary file and returns its path.
    static func spoolStandardInput() throws(WorkflowError) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("setu-stdin-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let output = FileHandle(forWritingAtPath: path) else {
            throw .unwritable(path: path, reason: "cannot create a temporary file for standard input")
        }
        defer { try? output.close() }
        let input = FileHandle.standardInput
        do {
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                try output.write(contentsOf: chunk)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw .unwritable(path: path, reason: "cannot copy standard input: \(error.localizedDescription)")
        }
        return path
    }
}

extension SetuTextError {
    /// The same error naming `name` instead of a temporary file's path.
    func renamed(from temporary: String?, to name: String) -> SetuTextError {
        guard let temporary else { return self }
        switch self {
        case .invalidUTF8(var location, let detail):
            if location.path == temporary { location.path = name }
            return .invalidUTF8(location, detail: detail)
        case let .unreadable(path, reason): return .unreadable(path: path == temporary ? name : path, reason: reason)
        case let .notText(path, reason): return .notText(path: path == temporary ? name : path, reason: reason)
        default: return self
        }
    }
}
