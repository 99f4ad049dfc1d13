import Foundation

/// Expands command-line paths: files stay as given, folders yield their `.txt` and `.md` files
/// (recursively, sorted), so `setu ingest seeds/` takes a whole collection.
enum InputFiles {
    static let extensions: Set<String> = ["txt", "md"]

    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                files.append(path)  // reported as missing by the reader, with the path
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let root = URL(fileURLWithPath: path)
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            var found: [String] = []
            while let url = enumerator?.nextObject() as? URL {
                if extensions.contains(url.pathExtension.lowercased()),
                    (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                {
                    found.append(url.path)
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }

    /// The path a document is stored under: absolute and standardized, so `seeds/a.txt` and
    /// `./seeds/a.txt` are one document.
    static func documentKey(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
