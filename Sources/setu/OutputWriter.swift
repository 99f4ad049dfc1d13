#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered writing to standard output or standard error; the only place Setu prints.
/// The CLI is single-threaded, which is why the shared writers need no lock.
final class OutputWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let flushesEachLine: Bool
    private var buffer: [UInt8] = []

    static let standardOutput = OutputWriter(descriptor: 1, flushesEachLine: false)
    /// Diagnostics appear at once, interleaved correctly with a progress display.
    static let standardError = OutputWriter(descriptor: 2, flushesEachLine: true)

    private init(descriptor: Int32, flushesEachLine: Bool) {
        self.descriptor = descriptor
        self.flushesEachLine = flushesEachLine
        buffer.reserveCapacity(1 << 16)
    }

    var isTerminal: Bool { isatty(descriptor) != 0 }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func line(_ text: String) {
        write(text)
        write("\n")
        if flushesEachLine { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { bytes in
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 && errno == EINTR { continue }
                // A closed pipe (`setu segment … | head`) ends output quietly.
                if count <= 0 { exit(errno == EPIPE ? 0 : 1) }
                written += count
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// Prints `setu: message` on standard error.
func reportError(_ message: String) {
    OutputWriter.standardOutput.flush()
    OutputWriter.standardError.line("setu: \(message)")
}
