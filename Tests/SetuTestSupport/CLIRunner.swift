import Foundation

/// Runs the built `setu` executable end to end, for CLI tests.
public enum CLIRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `setu` binary next to the test bundle.
    public static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("setu")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return Fixtures.repositoryRoot.appendingPathComponent(".build/debug/setu")
    }

    /// A copy of the executable in a folder every user may enter.
    static func unprivilegedCopy() throws -> URL {
        let folder = try Fixtures.temporaryDirectory()
        let copy = folder.appendingPathComponent("setu")
        try FileManager.default.copyItem(at: executable, to: copy)
        for url in [TemporaryDirectories.shared.root, folder, copy] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return copy
    }

    /// Runs `setu arguments…` with `input` on standard input, in `directory` (default: the repository root).
    /// With `asUnprivilegedUser`, a test running as root runs the command as `nobody` (through
    /// `runuser`), so that file permissions apply; other users run it as themselves.
    public static func run(
        _ arguments: [String], input: Data? = nil, directory: URL? = nil, environment: [String: String] = [:],
        asUnprivilegedUser: Bool = false
    ) throws -> Result {
        let process = Process()
        if asUnprivilegedUser && getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") {
            // The build folder may sit in a folder other users cannot enter: run a copy from the test folder.
            let copy = try unprivilegedCopy()
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "nobody", "--", copy.path] + arguments
            process.currentDirectoryURL = copy.deletingLastPathComponent()
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if process.currentDirectoryURL == nil { process.currentDirectoryURL = directory ?? Fixtures.repositoryRoot }
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}
