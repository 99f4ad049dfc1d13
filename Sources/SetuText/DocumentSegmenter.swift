import SetuCore

/// Options for `DocumentSegmenter`.
public struct SegmentationOptions: Sendable {
    /// Join hard-wrapped lines of a paragraph (blank lines separate paragraphs), for plain-text sources
    /// such as e-mail. Off by default: in web text every line is a paragraph, headline or list item.
    public var joinWrappedLines: Bool
    public var rules: SegmentationRules
    public var cleaning: CleaningRules

    public init(joinWrappedLines: Bool = false, rules: SegmentationRules = .standard, cleaning: CleaningRules = .web) {
        self.joinWrappedLines = joinWrappedLines
        self.rules = rules
        self.cleaning = cleaning
    }
}

/// Totals for one segmented document.
public struct DocumentSummary: Sendable, Hashable {
    public var lines = 0
    public var segments = 0
    /// Bytes read from the input.
    public var bytes = 0
}

/// Turns a document into segments: reads UTF-8 as a stream, cleans web noise line by line
/// (`DocumentCleaner`), splits sentences (`SentenceSplitter`), classifies each segment (kind, script,
/// language) and marks lines that repeat an earlier line.
///
/// Memory is bounded by the longest line (or paragraph with `joinWrappedLines`) plus 16 bytes per
/// distinct line for repeat detection, whatever the file size. Not thread-safe: use one per thread.
public final class DocumentSegmenter {
    public let options: SegmentationOptions
    private let splitter: SentenceSplitter
    private let cleaner: DocumentCleaner
    private let lineBuffer = UTF16Buffer(capacity: 1 << 14)
    private let paragraph = UTF16Buffer(capacity: 1 << 14)
    private let flowBuffer = UTF16Buffer(capacity: 1 << 12)
    private var ranges: [Range<Int>] = []

    public init(options: SegmentationOptions = SegmentationOptions()) throws(SetuTextError) {
        self.options = options
        splitter = try SentenceSplitter(rules: options.rules)
        cleaner = DocumentCleaner(rules: options.cleaning)
    }

    /// Segments a file (`-` for standard input), streaming segments to `onSegment` in document order.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - document: the name to put in each segment (defaults to `path`).
    ///   - onNote: receives what the cleaner removed or reclassified, for `--explain`.
    ///   - onSegment: receives each segment.
    /// - Throws: `SetuTextError` for a missing or unreadable file, a directory, or invalid UTF-8 (with the byte
    ///   offset). Segments before the bad byte have already been delivered.
    @discardableResult
    public func segmentFile(
        at path: String, document: String? = nil, onNote: ((CleaningNote) -> Void)? = nil,
        onSegment: (Segment) -> Void
    ) throws(SetuTextError) -> DocumentSummary {
        var reader = try UTF8LineReader(path: path)
        return try run(&reader, document: document ?? path, onNote: onNote, onSegment: onSegment)
    }

    /// Segments text held in memory.
    public func segment(_ text: String, document: String = "-", onNote: ((CleaningNote) -> Void)? = nil)
        throws(SetuTextError) -> [Segment]
    {
        var reader = UTF8LineReader(bytes: Array(text.utf8), name: document)
        var segments: [Segment] = []
        try run(&reader, document: document, onNote: onNote) { segments.append($0) }
        return segments
    }

    // MARK: - Document loop

    private struct Run {
        let document: String
        let onNote: ((CleaningNote) -> Void)?
        let onSegment: (Segment) -> Void
        var nextIndex = 0
        /// Hash of a line's text → index of its first segment and how many segments it produced.
        var seenLines: [UInt64: (first: Int, count: Int)] = [:]
        var summary = DocumentSummary()
    }

    @discardableResult
    private func run(
        _ reader: inout UTF8LineReader, document: String, onNote: ((CleaningNote) -> Void)?,
        onSegment: (Segment) -> Void
    ) throws(SetuTextError) -> DocumentSummary {
        try withoutActuallyEscaping(onSegment) { (onSegment) throws(SetuTextError) -> DocumentSummary in
            var state = Run(document: document, onNote: onNote, onSegment: onSegment)
            while let position = try reader.nextLine(into: lineBuffer) {
                state.summary.lines += 1
                try handleLine(position, &state)
            }
            try flushParagraph(&state)
            state.summary.bytes = reader.bytesRead
            return state.summary
        }
    }

    private func handleLine(_ position: LinePosition, _ state: inout Run) throws(SetuTextError) {
        let cleaned = cleaner.clean(lineBuffer.buffer)
        let map = BlockMap(
            lines: [BlockMap.Line(bufferStart: 0, codePointStart: position.codePointOffset, number: position.number)],
            buffer: lineBuffer)
        if options.joinWrappedLines {
            let plain =
                cleaned.pieces.count == 1 && cleaned.pieces[0].kind == .text && cleaned.pieces[0].cleaned == nil
                && !cleaned.isHeading && cleaned.notes.isEmpty
            if plain {
                appendToParagraph(position)
                return
            }
            try flushParagraph(&state)
        }
        try emit(cleaned, units: lineBuffer, map: map, &state)
    }

    // MARK: - Paragraphs (join mode)

    private func appendToParagraph(_ position: LinePosition) {
        if paragraph.count > 0 { paragraph.append(0x20) }
        paragraphLines.append(
            BlockMap.Line(bufferStart: paragraph.count, codePointStart: position.codePointOffset, number: position.number))
        paragraph.reserve(lineBuffer.count)
        for index in 0..<lineBuffer.count { paragraph.append(lineBuffer[index]) }
        if lineBuffer.hasSurrogates { paragraph.hasSurrogates = true }
    }

    private var paragraphLines: [BlockMap.Line] = []

    private func flushParagraph(_ state: inout Run) throws(SetuTextError) {
        guard !paragraphLines.isEmpty else { return }
        var cleaned = DocumentCleaner.Result()
        let (start, end) = DocumentCleaner.trim(paragraph.buffer, 0, paragraph.count)
        if start < end { cleaned.pieces = [DocumentCleaner.Piece(kind: .text, range: start..<end)] }
        let map = BlockMap(lines: paragraphLines, buffer: paragraph)
        let singleLine = paragraphLines.count == 1
        try emit(cleaned, units: paragraph, map: map, headlineAllowed: singleLine, &state)
        paragraph.removeAll()
        paragraphLines.removeAll()
    }

    // MARK: - Emitting segments

    private func emit(
        _ cleaned: DocumentCleaner.Result, units: UTF16Buffer, map: BlockMap, headlineAllowed: Bool = true,
        _ state: inout Run
    ) throws(SetuTextError) {
        for note in cleaned.notes {
            state.onNote?(
                CleaningNote(
                    document: state.document, line: map.lineNumber(at: note.range.lowerBound),
                    start: map.codePointOffset(at: note.range.lowerBound),
                    end: map.codePointOffset(at: note.range.upperBound), action: note.action, detail: note.detail))
        }
        guard !cleaned.pieces.isEmpty else { return }

        let (lineStart, lineEnd) = DocumentCleaner.trim(units.buffer, 0, units.count)
        let key = UTF16Text.hash(UnsafeBufferPointer(rebasing: units.buffer[lineStart..<lineEnd]))
        let earlier = state.seenLines[key]
        let firstIndex = state.nextIndex
        if let earlier {
            state.onNote?(
                CleaningNote(
                    document: state.document, line: map.lineNumber(at: lineStart),
                    start: map.codePointOffset(at: lineStart), end: map.codePointOffset(at: lineEnd),
                    action: .repeatedLine, detail: "repeats segment \(earlier.first)"))
        }

        func deliver(
            _ range: Range<Int>, text: String, kind: SegmentKind, profileUnits: UnsafeBufferPointer<UInt16>,
            textOffsets: [Int32]? = nil
        ) {
            let profile = ScriptProfile(units: profileUnits)
            let ordinal = state.nextIndex - firstIndex
            var repeatOf: Int? = nil
            if let earlier, ordinal < earlier.count { repeatOf = earlier.first + ordinal }
            var segment = Segment(
                document: state.document, index: state.nextIndex, start: map.codePointOffset(at: range.lowerBound),
                end: map.codePointOffset(at: range.upperBound), line: map.lineNumber(at: range.lowerBound),
                text: text, kind: kind, script: profile.scriptMix, language: profile.language, repeatOf: repeatOf)
            segment.textOffsets = textOffsets
            state.onSegment(segment)
            state.nextIndex += 1
            state.summary.segments += 1
        }

        for piece in cleaned.pieces {
            switch piece.kind {
            case .caption, .nonTranslatable:
                let slice = UnsafeBufferPointer(rebasing: units.buffer[piece.range])
                deliver(
                    piece.range, text: units.string(piece.range),
                    kind: piece.kind == .caption ? .caption : .nonTranslatable, profileUnits: slice)
            case .text:
                let flow: UTF16Buffer
                let offset: Int
                if let cleanedUnits = piece.cleaned {
                    flowBuffer.removeAll()
                    flowBuffer.reserve(cleanedUnits.count)
                    for unit in cleanedUnits { flowBuffer.append(unit) }
                    flow = flowBuffer
                    offset = 0
                } else {
                    flow = units
                    offset = piece.range.lowerBound
                }
                ranges.removeAll(keepingCapacity: true)
                let length = piece.cleaned?.count ?? piece.range.count
                let terminated = try splitter.split(flow.base + offset, count: length, into: &ranges)
                let single = ranges.count == 1
                for range in ranges {
                    let flowRange = range.lowerBound + offset..<range.upperBound + offset
                    let blockRange: Range<Int>
                    if let origin = piece.origin {
                        blockRange = Int(origin[range.lowerBound])..<Int(origin[range.upperBound - 1]) + 1
                    } else {
                        blockRange = flowRange
                    }
                    let kind: SegmentKind =
                        cleaned.isHeading || (single && !terminated && headlineAllowed) ? .headline : .sentence
                    // Markup was removed inside the line: record where each code point of the text sits in the file.
                    var textOffsets: [Int32]?
                    if let origin = piece.origin {
                        var offsets: [Int32] = []
                        offsets.reserveCapacity(range.count)
                        for index in range where flow[index] & 0xFC00 != 0xDC00 {
                            offsets.append(Int32(truncatingIfNeeded: map.codePointOffset(at: Int(origin[index]))))
                        }
                        textOffsets = offsets
                    }
                    deliver(
                        blockRange, text: flow.string(flowRange), kind: kind,
                        profileUnits: UnsafeBufferPointer(rebasing: flow.buffer[flowRange]), textOffsets: textOffsets)
                }
            }
        }
        if earlier == nil { state.seenLines[key] = (firstIndex, state.nextIndex - firstIndex) }
    }
}

/// Maps positions in a block buffer (one line, or a paragraph of joined lines) to code point offsets and
/// line numbers of the original input.
struct BlockMap {
    struct Line {
        var bufferStart: Int
        var codePointStart: Int
        var number: Int
    }

    let lines: [Line]
    /// `surrogatesBefore[i]`: low surrogates before buffer index i, when the buffer has any.
    private let surrogatesBefore: [Int32]?

    init(lines: [Line], buffer: UTF16Buffer) {
        self.lines = lines
        if buffer.hasSurrogates {
            var prefix = [Int32](repeating: 0, count: buffer.count + 1)
            var running: Int32 = 0
            for index in 0..<buffer.count {
                prefix[index] = running
                if buffer[index] & 0xFC00 == 0xDC00 { running += 1 }
            }
            prefix[buffer.count] = running
            surrogatesBefore = prefix
        } else {
            surrogatesBefore = nil
        }
    }

    private func lineIndex(at position: Int) -> Int {
        if lines.count == 1 { return 0 }
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].bufferStart <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }

    func codePointOffset(at position: Int) -> Int {
        let line = lines[lineIndex(at: position)]
        var offset = line.codePointStart + (position - line.bufferStart)
        if let surrogatesBefore {
            offset -= Int(surrogatesBefore[position] - surrogatesBefore[line.bufferStart])
        }
        return offset
    }

    func lineNumber(at position: Int) -> Int { lines[lineIndex(at: position)].number }
}
