#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered output to standard output or standard error, written with `write(2)` so that a closed pipe
/// (`setu segment … | head`) ends output quietly and a failed write (a full disk) stops the command.
/// The only place Setu prints. Commands print from one thread, which is why the shared writers need no lock.
final class OutputWriter: @unchecked Sendable {
    static let standardOutput = OutputWriter(descriptor: 1)
    static let standardError = OutputWriter(descriptor: 2, flushesEachLine: true)

    private let descriptor: Int32
    private let flushesEachLine: Bool
    private var buffer: [UInt8] = []

    init(descriptor: Int32, flushesEachLine: Bool = false) {
        self.descriptor = descriptor
        self.flushesEachLine = flushesEachLine
        buffer.reserveCapacity(1 << 16)
    }

    /// True when the output is a terminal (for colour and progress lines).
    var isTerminal: Bool { isatty(descriptor) != 0 }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func line(_ text: String) {
        write(text)
        buffer.append(0x0A)
        if flushesEachLine || buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes built in place by `body` (one line, newline included), for writers that format
    /// straight into the output buffer.
    func append(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if flushesEachLine || buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var written = 0
            while written < bytes.count {
                #if canImport(Glibc)
                    let count = Glibc.write(descriptor, base + written, bytes.count - written)
                #else
                    let count = Darwin.write(descriptor, base + written, bytes.count - written)
                #endif
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    // A closed pipe ends output quietly; any other failure (a full disk) is an error.
                    if errno == EPIPE { exit(0) }
                    if descriptor != 2 { rawError("setu: cannot write output: \(String(cString: strerror(errno)))\n") }
                    exit(1)
                }
                written += count
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// Writes straight to standard error, bypassing the buffers (for signal handlers and write failures).
func rawError(_ message: String) {
    var bytes = Array(message.utf8)
    #if canImport(Glibc)
        _ = Glibc.write(2, &bytes, bytes.count)
    #else
        _ = Darwin.write(2, &bytes, bytes.count)
    #endif
}

/// Prints `setu: message` on standard error, after whatever standard output holds.
func reportError(_ message: String) {
    OutputWriter.standardOutput.flush()
    OutputWriter.standardError.line("setu: " + TerminalText.safe(message))
}

/// Text from documents and files made safe for a terminal: control characters (escape sequences could
/// rewrite the screen or the title bar) are shown as `\u{1b}` instead of being sent.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
