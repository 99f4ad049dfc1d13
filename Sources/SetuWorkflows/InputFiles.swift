import Foundation

/// Expands the paths a user gives: files stay as given, folders yield their `.txt` and `.md` files
/// (recursively, sorted), so `setu ingest seeds/` takes a whole collection.
public enum InputFiles {
    /// The extensions of the text files a folder contributes.
    public static let textExtensions: Set<String> = ["txt", "md"]

    /// Paths in the order given, each `@LIST` replaced by the paths LIST holds, one per line (blank lines
    /// ignored), like a compiler's response file. `@name` stays a path when a file of that very name exists.
    public static func expandLists(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            guard path.hasPrefix("@"), path.count > 1, !FileManager.default.fileExists(atPath: path),
                let data = FileManager.default.contents(atPath: String(path.dropFirst()))
            else { return [path] }
            return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.allSatisfy(\.isWhitespace) }
        }
    }

    /// Files in the order given, each `@LIST` replaced by its paths and each folder by its text files. A path
    /// that does not exist is kept, so the reader reports it with its name.
    public static func expand(_ paths: [String], extensions: Set<String> = textExtensions) -> [String] {
        var files: [String] = []
        for path in expandLists(paths) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
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
    public static func documentKey(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The size of a file in bytes, or nil when it cannot be examined.
    static func size(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }
}
