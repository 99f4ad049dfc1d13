import ArgumentParser
import SetuCore
import SetuText
import SetuWorkflows

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split Hindi text into sentences, headlines and captions.",
        discussion: """
            Reads UTF-8 files (or `-` for standard input), removes web noise (image URLs, link targets, bare URLs), marks number-only and boilerplate lines as non-translatable and repeated lines as repeats, and prints one segment per line. Each file is checked whole before any of it is printed (standard input is first copied to a temporary file), so a bad file prints nothing and is reported with its line and byte offset.

            Examples:
              setu segment seeds/*.txt
              setu segment --format jsonl article.txt | jq .kind
              cat mail.txt | setu segment --join-wrapped -
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl, tsv }

    @Argument(help: "UTF-8 text files to segment; `-` reads standard input.")
    var files: [String]

    @Option(help: "Output format: text (one segment per line), jsonl (one object per segment) or tsv.")
    var format: Format = .text

    @Flag(help: "Report on standard error what the cleaner removed or reclassified, and why.")
    var explain = false

    @Flag(help: "Join hard-wrapped lines of a paragraph (blank lines separate paragraphs), e.g. for e-mail.")
    var joinWrapped = false

    func run() throws {
        let output = OutputWriter.standardOutput
        let workflow = try SetuCLI.run { try SegmentationWorkflow(options: SegmentationOptions(joinWrappedLines: joinWrapped)) }
        if format == .tsv { output.line("doc\tindex\tstart\tend\tline\tkind\tlang\tscript\trepeat_of\ttext") }
        let onNote: ((CleaningNote) -> Void)? = explain ? { Self.explain($0) } : nil
        let outcomes = workflow.run(files, onNote: onNote) { segment in
            if format == .jsonl {
                output.append { SegmentJSON.append(segment, to: &$0) }
            } else {
                output.line(render(segment))
            }
        }
        output.flush()
        try FileOutcomes.report(outcomes, emptyNote: "no segments")
    }

    private func render(_ segment: Segment) -> String {
        switch format {
        case .text:
            return segment.text.replacingLineBreaks()
        case .tsv:
            let fields = [
                segment.document, String(segment.index), String(segment.start), String(segment.end), String(segment.line),
                segment.kind.rawValue, segment.language.rawValue, segment.script.rawValue,
                segment.repeatOf.map(String.init) ?? "", segment.text,
            ]
            return fields.map { $0.escapedForTSV() }.joined(separator: "\t")
        case .jsonl:
            var bytes: [UInt8] = []
            SegmentJSON.append(segment, to: &bytes)
            return String(decoding: bytes.dropLast(), as: UTF8.self)
        }
    }

    private static func explain(_ note: CleaningNote) {
        let detail = note.detail.count > 100 ? String(note.detail.prefix(100)) + "…" : note.detail
        OutputWriter.standardError.line(TerminalText.safe(
            "\(note.document):\(note.line): \(note.action.rawValue) [\(note.start)..<\(note.end)] \(detail)"))
    }
}

/// Reports the outcomes of a streaming workflow: an empty file is a note, a failed one an error; the
/// command fails when any file failed.
enum FileOutcomes {
    static func report(_ outcomes: [FileOutcome], emptyNote: String) throws {
        var failed = false
        for outcome in outcomes {
            switch outcome {
            case .done: break
            case let .empty(path): reportError("\(path): empty \(path == "-" ? "input" : "file"), \(emptyNote)")
            case let .failed(_, error):
                failed = true
                reportError(error.description + "; nothing printed for it")
            }
        }
        if failed { throw ExitCode.failure }
    }
}

extension String {
    /// Line breaks inside a segment (with `--join-wrapped`) become spaces, keeping one segment per line.
    func replacingLineBreaks() -> String {
        // Checked on UTF-8 bytes first: walking Characters costs grapheme breaking on every segment.
        guard mayHoldLineBreak, contains(where: { $0.isNewline }) else { return self }
        return String(map { $0.isNewline ? " " : $0 })
    }

    /// False when no byte can start a line break (LF, VT, FF, CR; NEL as C2 85; LS, PS as E2 80 A8/A9).
    private var mayHoldLineBreak: Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if (0x0A...0x0D).contains(byte) || (previous == 0xC2 && byte == 0x85) || (previous == 0x80 && (byte == 0xA8 || byte == 0xA9)) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// Backslash-escapes tab, newline, carriage return and backslash for one TSV field.
    func escapedForTSV() -> String {
        guard utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else { return self }
        var result = ""
        for character in self {
            switch character {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\\": result += "\\\\"
            default: result.append(character)
            }
        }
        return result
    }
}

/// One `setu segment --format jsonl` line, formatted straight into the output's bytes: `doc`, `index`,
/// `start`, `end`, `line`, `text`, `normalized`, `lang`, `script`, `kind` and `repeat_of` when set.
enum SegmentJSON {
    static func append(_ segment: Segment, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"{"doc":"#.utf8)
        JSONLine.appendEscaped(segment.document, to: &bytes)
        bytes.append(contentsOf: #","index":"#.utf8)
        JSONLine.appendDecimal(segment.index, to: &bytes)
        bytes.append(contentsOf: #","start":"#.utf8)
        JSONLine.appendDecimal(segment.start, to: &bytes)
        bytes.append(contentsOf: #","end":"#.utf8)
        JSONLine.appendDecimal(segment.end, to: &bytes)
        bytes.append(contentsOf: #","line":"#.utf8)
        JSONLine.appendDecimal(segment.line, to: &bytes)
        bytes.append(contentsOf: #","text":"#.utf8)
        let textStart = bytes.count
        JSONLine.appendEscaped(segment.text, to: &bytes)
        let textEnd = bytes.count
        bytes.append(contentsOf: #","normalized":"#.utf8)
        // Most segments are already normalized: their escaped text is copied instead of escaped again.
        let normalized = TextNormalizer.normalize(segment.text)
        if normalized == segment.text {
            bytes.append(contentsOf: bytes[textStart..<textEnd])
        } else {
            JSONLine.appendEscaped(normalized, to: &bytes)
        }
        bytes.append(contentsOf: #","lang":""#.utf8)
        bytes.append(contentsOf: segment.language.rawValue.utf8)
        bytes.append(contentsOf: #"","script":""#.utf8)
        bytes.append(contentsOf: segment.script.rawValue.utf8)
        bytes.append(contentsOf: #"","kind":""#.utf8)
        bytes.append(contentsOf: segment.kind.rawValue.utf8)
        bytes.append(0x22)
        if let repeatOf = segment.repeatOf {
            bytes.append(contentsOf: #","repeat_of":"#.utf8)
            JSONLine.appendDecimal(repeatOf, to: &bytes)
        }
        bytes.append(contentsOf: "}\n".utf8)
    }
}
