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
        each(paths, overlapping: false) { name, readable, _ in try body(name, readable) }
    }

    /// Like `forEach`, with the whole-file check running on a second thread beside `body` instead of before
    /// it, for the streaming workflows whose work starts at once: `body` must ask `gate.allowsDelivery()`
    /// before handing anything of the file on (the first call waits for the check, which takes a few
    /// milliseconds per megabyte and is done long before the first results), and deliver nothing when it
    /// says no. A bad file still yields no output and the same error as `forEach` gives.
    static func forEachStreaming(
        _ paths: [String], _ body: (_ name: String, _ readable: String, _ gate: ValidationGate) throws -> DocumentSummary
    ) -> [FileOutcome] {
        each(paths, overlapping: true, body)
    }

    private static func each(
        _ paths: [String], overlapping: Bool,
        _ body: (_ name: String, _ readable: String, _ gate: ValidationGate) throws -> DocumentSummary
    ) -> [FileOutcome] {
        InputFiles.expandLists(paths).map { path in
            var spooled: String?
            defer { if let spooled { try? FileManager.default.removeItem(atPath: spooled) } }
            var gate: ValidationGate?
            do {
                var readable = path
                if path == "-" {
                    spooled = try spoolStandardInput()
                    readable = spooled ?? path
                }
                // A missing, unreadable or small file is checked first, and every file when not overlapping.
                guard overlapping, let size = InputFiles.size(readable), size >= ValidationGate.minimumBytes else {
                    if try InputValidator.validateUTF8(at: readable) == 0 { return .empty(path: path) }
                    let summary = try body(path, readable, .passed)
                    return .done(path: path, segments: summary.segments)
                }
                let started = ValidationGate(validating: readable)
                gate = started
                let summary = try body(path, readable, started)
                if let failure = started.failure() { throw failure }
                return .done(path: path, segments: summary.segments)
            } catch {
                // The check's error names the first bad byte; the work may have stopped at it too, or later.
                if let failure = gate?.failure() { return .failed(path: path, .text(failure.renamed(from: spooled, to: path))) }
                if let error = error as? SetuTextError { return .failed(path: path, .text(error.renamed(from: spooled, to: path))) }
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

/// The whole-file check of `TextInputs.forEachStreaming`, running on a thread of its own.
final class ValidationGate: @unchecked Sendable {
    /// Files smaller than this are checked before the work starts: not worth a thread.
    static let minimumBytes = 1 << 20

    /// A gate whose file was checked already.
    static let passed = ValidationGate()

    private let condition = NSCondition()
    private var finished = false
    private var problem: SetuTextError?

    private init() { finished = true }

    init(validating path: String) {
        let thread = Thread { [self] in
            var failure: SetuTextError?
            do throws(SetuTextError) { _ = try InputValidator.validateUTF8(at: path) } catch { failure = error }
            condition.lock()
            problem = failure
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// Waits for the check; its error, if the file is not UTF-8 text.
    func failure() -> SetuTextError? {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return problem
    }

    /// Waits for the check; true when the file passed and its results may be delivered.
    func allowsDelivery() -> Bool { failure() == nil }
}
