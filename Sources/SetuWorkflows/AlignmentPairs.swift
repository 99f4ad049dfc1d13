import Foundation

/// The Hindi–English document pairs of a folder or a list, for aligning past work in one run.
public enum AlignmentPairs {
    /// A pairing problem: a file without its translation, an unreadable list line.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Pairs of a folder, matched by name: `NAME.hi.txt` with `NAME.en.txt` (also `NAME-hi`/`NAME_hi`, any of
    /// `.txt` and `.md`), searched recursively and sorted by path. Files with a language mark but no partner
    /// are problems; files without a mark are ignored.
    public static func inFolder(_ folder: String) -> (pairs: [(hindi: String, english: String)], problems: [Problem]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return ([], [Problem(path: folder, message: "no such folder (give a folder of x.hi.txt / x.en.txt pairs, or HINDI ENGLISH)")])
        }
        var byKey: [String: (hindi: String?, english: String?)] = [:]
        for path in InputFiles.expand([folder]) {
            guard let (key, language) = languageMark(path) else { continue }
            var entry = byKey[key] ?? (nil, nil)
            if language == "hi" { entry.hindi = path } else { entry.english = path }
            byKey[key] = entry
        }
        var pairs: [(hindi: String, english: String)] = []
        var problems: [Problem] = []
        for key in byKey.keys.sorted() {
            let entry = byKey[key]!
            switch (entry.hindi, entry.english) {
            case let (hindi?, english?): pairs.append((hindi, english))
            case let (hindi?, nil): problems.append(Problem(path: hindi, message: "no English file with the same name (…en.txt)"))
            case let (nil, english?): problems.append(Problem(path: english, message: "no Hindi file with the same name (…hi.txt)"))
            default: break
            }
        }
        return (pairs, problems)
    }

    /// The name without its language mark, and the mark (`hi` or `en`), or nil.
    static func languageMark(_ path: String) -> (String, String)? {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent().path
        for language in ["hi", "en"] {
            for separator in [".", "-", "_"] where stem.lowercased().hasSuffix(separator + language) {
                return (folder + "/" + stem.dropLast(3), language)
            }
        }
        return nil
    }

    /// Pairs from a list file: one pair per line, the Hindi path then the English path, separated by a tab
    /// (or, when neither path has spaces, by spaces); `#` starts a comment. Relative paths are taken from the
    /// list's folder.
    public static func fromList(_ list: String) throws(WorkflowError) -> (pairs: [(hindi: String, english: String)], problems: [Problem]) {
        let text: String
        do { text = try String(contentsOfFile: list, encoding: .utf8) } catch {
            throw .input("\(list): cannot read the pair list (\(error.localizedDescription))")
        }
        let base = URL(fileURLWithPath: list).deletingLastPathComponent()
        var pairs: [(hindi: String, english: String)] = []
        var problems: [Problem] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            var fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if fields.count == 1 { fields = line.split(separator: " ").map(String.init) }
            guard fields.count == 2 else {
                problems.append(Problem(path: "\(list):\(number + 1)", message: "expected two paths (Hindi, English), found \(fields.count)"))
                continue
            }
            func resolve(_ path: String) -> String { path.hasPrefix("/") ? path : base.appendingPathComponent(path).path }
            pairs.append((resolve(fields[0]), resolve(fields[1])))
        }
        if pairs.isEmpty && problems.isEmpty { throw .input("\(list): the pair list names no pairs") }
        return (pairs, problems)
    }
}
