#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Long path lists on the command line (`setu segment corpus/*.txt` over tens of thousands of files)
/// are handed to the command as one `@LIST` response file, which the workflows expand: the argument
/// parser's cost grows with the square of the number of values of one argument.
enum ArgumentLists {
    /// Positional arguments beyond this count are moved to a response file.
    static let threshold = 256

    /// Options that take a value, so that the value is not mistaken for a path. A test checks this list
    /// against every command's help.
    static let valueOptions: Set<String> = [
        "--db", "--glossary", "--format", "--min-count", "--max-words", "--out", "--lang", "--limit", "--min-score", "--tmx", "--origin",
        "--min-confidence", "--since", "--lang-map", "--on-conflict", "--as", "--hi", "--en", "--creator", "--tbx", "--tsv",
        "--csv", "--xliff", "--xliff-version", "--max-matches", "--english", "--pairs",
    ]

    /// The arguments with the path list compacted, or as given when it is short.
    static func compact(_ arguments: [String]) -> [String] {
        guard arguments.count > threshold + 2 else { return arguments }
        var positions: [Int] = []
        var index = 1
        var afterTerminator = false
        while index < arguments.count {
            let argument = arguments[index]
            if afterTerminator || !argument.hasPrefix("-") || argument == "-" {
                positions.append(index)
            } else if argument == "--" {
                afterTerminator = true
            } else if valueOptions.contains(argument) {
                index += 1  // its value
            }
            index += 1
        }
        // The leading positionals name the command (`glossary build`); only what follows is a path list.
        let commandWords = positions.prefix { Self.commands.contains(arguments[$0]) }.count
        let paths = Array(positions.dropFirst(commandWords))
        guard paths.count > threshold, let list = Self.responseFile(paths.map { arguments[$0] }) else { return arguments }
        var result: [String] = []
        let moved = Set(paths)
        for (position, argument) in arguments.enumerated() {
            if position == paths[0] { result.append("@" + list) }
            if !moved.contains(position) { result.append(argument) }
        }
        return result
    }

    static let commands: Set<String> = [
        "segment", "terms", "glossary", "check", "lookup", "build", "export", "import", "ingest", "align", "add", "stats",
        "validate", "reindex", "analyze", "pretranslate", "romanize",
    ]

    /// Writes the paths to an unlinked temporary file and returns a name that reads it for as long as the
    /// process lives (`/dev/fd/N`), so nothing is left behind.
    static func responseFile(_ paths: [String]) -> String? {
        var template = Array("/tmp/setu-arguments-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var bytes = Array(paths.joined(separator: "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            written += count
        }
        // On systems where /dev/fd/N shares this descriptor's offset, reading must start at the beginning.
        lseek(descriptor, 0, SEEK_SET)
        return "/dev/fd/\(descriptor)"
    }
}
