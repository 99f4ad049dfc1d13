import SetuCore
import SetuExchange
import SetuGlossary
import SetuMemory
import SetuText

/// The one error type of Setu's workflows: a failure of a module underneath, kept with its own message,
/// or a problem with the request itself.
public enum WorkflowError: Error, Equatable, CustomStringConvertible {
    /// Reading or segmenting text failed (missing file, invalid UTF-8 with its byte offset …).
    case text(SetuTextError)
    /// A glossary could not be read or has errors.
    case glossary(GlossaryError)
    /// The translation memory failed or refused.
    case memory(MemoryError)
    /// An exchange file (TMX, TBX, XLIFF) could not be read or written.
    case exchange(ExchangeError)
    /// The input cannot be used as given; the message says what was expected and what was found.
    case input(String)
    /// An output file could not be written; nothing was left half-written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .text(error): return error.description
        case let .glossary(error): return error.description
        case let .memory(error): return error.description
        case let .exchange(error): return error.description
        case let .input(message): return message
        case let .unwritable(path, reason): return "\(path): cannot write: \(reason)"
        }
    }

    /// Wraps any error a module threw.
    static func wrap(_ error: any Error) -> WorkflowError {
        switch error {
        case let error as WorkflowError: return error
        case let error as SetuTextError: return .text(error)
        case let error as GlossaryError: return .glossary(error)
        case let error as MemoryError: return .memory(error)
        case let error as ExchangeError: return .exchange(error)
        default: return .input("\(error)")
        }
    }
}

/// Runs `body`, turning whatever it throws into a `WorkflowError`.
func workflow<T>(_ body: () throws -> T) throws(WorkflowError) -> T {
    do {
        return try body()
    } catch {
        throw WorkflowError.wrap(error)
    }
}
