import ArgumentParser
import Foundation
import SetuExchange
import SetuWorkflows

struct PretranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pretranslate",
        abstract: "Write an XLIFF file per Hindi document with memory matches and glossary terms.",
        discussion: """
            XLIFF 2.0 by default (OASIS core with the Translation Candidates and Glossary modules; srcLang hi-IN, trgLang en): one unit per segment in document order, ids stable across runs; the best match at or above --min-score as the target (state translated for an exact or context match, initial for a fuzzy one); up to --max-matches matches as mtc:match with similarity and origin; the glossary terms of the segment as gls:glossEntry, each pointing at a term annotation around its span in the source. Headlines and captions are marked (type setu:headline, setu:caption); non-translatable segments are units with translate="no". --xliff-version 1.2 writes trans-units with alt-trans matches and term notes for tools that only read 1.2.

            When the memory can be written, the document is recorded in it first (as `setu ingest` would), so `setu import` links the translations coming back to its segments.

            Examples:
              setu pretranslate article.txt --xliff article.xlf
              setu pretranslate --xliff-version 1.2 --min-score 70 new/ --xliff out/
            """
    )

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Option(help: "Output: an .xlf file for one document, else a folder that receives NAME.xlf per document.")
    var xliff: String

    @Option(name: .customLong("xliff-version"), help: "XLIFF version: 2.0 or 1.2.")
    var xliffVersion: String = "2.0"

    @Option(help: "Lowest fuzzy score offered, 0–100.")
    var minScore: Double = 75

    @Option(help: "Matches listed per segment.")
    var maxMatches = 3

    @Flag(help: "Do not record the document in the memory (translations then come back as new units).")
    var noRecord = false

    @Argument(help: "Hindi documents, folders of .txt and .md files, or @LIST files.")
    var paths: [String]

    func validate() throws {
        guard XLIFFVersion(rawValue: xliffVersion) != nil else { throw ValidationError("--xliff-version must be 2.0 or 1.2") }
        guard (0...100).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 100") }
        guard (1...20).contains(maxMatches) else { throw ValidationError("--max-matches must be between 1 and 20") }
    }

    func run() throws {
        let termbase = try glossaryOption.loadIfAvailable()
        var options = PretranslateWorkflow.Options()
        options.version = XLIFFVersion(rawValue: xliffVersion) ?? .v20
        options.minimumScore = minScore / 100
        options.maximumMatches = maxMatches
        options.record = !noRecord
        if !FileManager.default.fileExists(atPath: memoryOption.path) {
            reportError("note: no translation memory at \(memoryOption.path); the XLIFF will have terms but no matches")
        }
        let report = try SetuCLI.run {
            try PretranslateWorkflow(memoryPath: memoryOption.path, termbase: termbase).run(paths, output: xliff, options: options)
        }
        if let note = report.recordingNote { reportError("note: \(note)") }
        let output = OutputWriter.standardOutput
        for document in report.documents {
            output.line(TerminalText.safe(
                "\(document.path) → \(document.output): \(document.units) units, \(document.exactTargets) exact or context targets, \(document.fuzzyTargets) fuzzy targets, \(document.terms) terms"
                    + (document.linked > 0 ? ", linked to the memory" : "")))
        }
        output.flush()
        try FileOutcomes.report(report.files, emptyNote: "nothing to pre-translate")
    }
}
