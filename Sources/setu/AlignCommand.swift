import ArgumentParser
import Foundation
import SetuAlign
import SetuCore
import SetuGlossary
import SetuMemory
import SetuText

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a Hindi document with its English translation, sentence by sentence.",
        discussion: """
            Both files are segmented like `setu segment`; non-translatable lines are left out. Pairs are found by Gale–Church length modelling with anchors (glossary term pairs, numbers in either digit script, names and acronyms that sound alike). Pair types: 1-1, 2-1, 1-2, 1-0 (Hindi left untranslated) and 0-1 (English added). Pairs with both sides are stored as translation units of origin `aligned` unless --dry-run; aligning the same documents again replaces the earlier units.

            Examples:
              setu align article.hi.txt article.en.txt
              setu align --dry-run --format jsonl article.hi.txt article.en.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Flag(help: "Print the alignment without storing it.")
    var dryRun = false

    @Option(help: "Output format: table (for people) or jsonl ({\"hi\", \"en\", \"type\", \"confidence\", \"anchors\"} per pair).")
    var format: Format = .table

    @Argument(help: "The Hindi document.")
    var hindi: String

    @Argument(help: "Its English translation.")
    var english: String

    func run() throws {
        let termbase = try glossaryOption.loadIfAvailable()
        let preparer = DocumentPreparer(termbase: termbase)
        let extractor = AnchorExtractor(matcher: preparer.matcher)
        let hindiSegments: [Segment]
        let englishSegments: [Segment]
        do {
            hindiSegments = try Self.translatableSegments(of: hindi)
            englishSegments = try Self.translatableSegments(of: english)
        } catch {
            reportError("\(error)")
            throw ExitCode.failure
        }
        let beads = SentenceAligner().align(
            hindi: Self.sentences(hindiSegments, extractor), english: Self.sentences(englishSegments, extractor))

        let output = OutputWriter.standardOutput
        for bead in beads {
            let hindiText = bead.hindi.map { hindiSegments[$0].text }.joined(separator: " ")
            let englishText = bead.english.map { englishSegments[$0].text }.joined(separator: " ")
            switch format {
            case .jsonl:
                var json = JSONLine()
                json.add("hi", hindiText)
                json.add("en", englishText)
                json.add("type", bead.type)
                json.add("confidence", bead.confidence)
                json.addRaw("anchors", "[" + bead.anchors.map(JSONLine.quoted).joined(separator: ",") + "]")
                output.line(json.rendered)
            case .table:
                output.line("\(bead.type)  \(String(format: "%.2f", bead.confidence))  \(bead.anchors.joined(separator: " "))")
                if !hindiText.isEmpty { output.line("    hi: \(hindiText)") }
                if !englishText.isEmpty { output.line("    en: \(englishText)") }
            }
        }
        output.flush()
        guard !dryRun else { return }

        let memory = try memoryOption.open()
        do {
            if let termbase { try memory.storeGlossary(termbase.entries) }
            let receipt = try memory.storeAlignment(
                hindi: AlignedDocument(
                    descriptor: DocumentDescriptor(
                        path: InputFiles.documentKey(hindi), contentHash: try FileFingerprint.of(path: hindi), language: .hindi),
                    segments: hindiSegments, terms: hindiSegments.map(preparer.terms(in:))),
                english: AlignedDocument(
                    descriptor: DocumentDescriptor(
                        path: InputFiles.documentKey(english), contentHash: try FileFingerprint.of(path: english),
                        language: .english),
                    segments: englishSegments, terms: englishSegments.map(preparer.terms(in:))),
                beads: beads)
            let counts = Dictionary(grouping: beads, by: \.type).mapValues(\.count)
            let summary = counts.keys.sorted().map { "\($0): \(counts[$0]!)" }.joined(separator: ", ")
            OutputWriter.standardError.line(
                "setu: \(memory.path): \(receipt.units) aligned units stored (\(summary))"
                    + (receipt.replacedUnits > 0 ? ", replacing \(receipt.replacedUnits) from an earlier alignment" : ""))
        } catch {
            reportError("\(error)")
            throw ExitCode.failure
        }
    }

    static func translatableSegments(of path: String) throws -> [Segment] {
        if try InputValidator.validateUTF8(at: path) == 0 {
            throw SetuTextError.unreadable(path: path, reason: "empty file, nothing to align")
        }
        var segments: [Segment] = []
        try DocumentSegmenter().segmentFile(at: path) { segment in
            if segment.kind != .nonTranslatable && segment.repeatOf == nil { segments.append(segment) }
        }
        return segments
    }

    /// Sentences with their paragraph rank (one paragraph per source line) and anchors.
    static func sentences(_ segments: [Segment], _ extractor: AnchorExtractor) -> [AlignmentSentence] {
        var paragraph = -1
        var lastLine = -1
        return segments.map { segment in
            if segment.line != lastLine {
                paragraph += 1
                lastLine = segment.line
            }
            return AlignmentSentence(text: segment.text, paragraph: paragraph, anchors: extractor.anchors(in: segment.text))
        }
    }
}
