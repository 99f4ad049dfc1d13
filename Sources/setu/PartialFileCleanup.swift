import Dispatch
import Foundation

/// Removes a command's partial output file when the process is interrupted (SIGINT, SIGTERM), so an
/// interrupted export leaves nothing behind. The signals are handled on a dispatch queue for as long as
/// the cleanup is active.
final class PartialFileCleanup {
    private var sources: [any DispatchSourceSignal] = []

    init(_ path: String) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                unlink(path)
                rawError("setu: interrupted; \(path) removed\n")
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default signal handling.
    func cancel() {
        for source in sources { source.cancel() }
        sources.removeAll()
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
