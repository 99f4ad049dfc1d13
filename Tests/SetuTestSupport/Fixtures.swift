import Foundation

/// Locating and reading test fixtures and repository files.
public enum Fixtures {
    /// The repository root (the folder holding Package.swift), found from this source file.
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// A file under `Tests/<target>/Fixtures/`.
    public static func url(_ name: String, target: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests").appendingPathComponent(target)
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// A file relative to the repository root, such as `seeds/000_5a3696012ead648c.txt`.
    public static func repositoryFile(_ path: String) -> URL { repositoryRoot.appendingPathComponent(path) }

    /// Decodes a JSON Lines file into values, one per non-empty line.
    public static func jsonLines<T: Decodable>(_ type: T.Type, at url: URL) throws -> [T] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            try decoder.decode(T.self, from: Data($0.utf8))
        }
    }

    /// A fresh temporary directory, removed when the test process exits.
    public static func temporaryDirectory() throws -> URL {
        let url = TemporaryDirectories.shared.root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The folder holding every temporary directory of one test process, removed when the process exits.
public final class TemporaryDirectories: Sendable {
    public static let shared = TemporaryDirectories()

    public let root: URL

    private init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("setu-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TemporaryDirectories.shared.root) }
    }
}
