import ArgumentParser
import Foundation
import SetuCore
import SetuGlossary
import SetuMemory
import SetuWorkflows

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a TMX or XLIFF file into the translation memory.",
        discussion: """
            XLIFF 2.0 and 1.2 (from `setu pretranslate` or a CAT tool: Okapi, OmegaT, Trados, memoQ) bring translations back: every translated segment (2.0 state translated, reviewed or final; 1.2 a filled target not marked new, needs-…, a draft or unfinished in memoQ) becomes a unit of origin translated, linked to the stored segment when the file came from `setu pretranslate`. Matches (mtc:match, alt-trans) and other tools' extensions are never read as targets. The source must be Hindi and the target English unless --lang-map says otherwise.

            Reads TMX 1.1–1.4b as written by OmegaT, Okapi, Trados, memoQ and others: UTF-8 with or without BOM, UTF-16 with BOM, inline tags (kept and written back on export, ignored for matching), props and notes, several languages per unit, any order of tuv and any spelling of language codes. A file Setu exported gets its provenance back (origin, alignment, confidence, document). The whole file is one transaction: malformed XML, a truncated file or a missing required attribute imports nothing and names the line and column. Entity declarations are refused (no entity expansion, no external entities). Units without the source language are skipped and reported.

            Imports accumulate: importing a different file under the path of an earlier import adds its units beside the earlier ones; --replace removes the units of earlier imports of that path first. The same file imported twice is recognized and not imported again. --dry-run runs the whole import, checks and all, and rolls it back.

            Examples:
              setu import memoq-export.tmx
              setu import --dry-run --lang-map hi=hi-IN --lang-map en=en-US old.tmx
              setu import --on-conflict replace corrected.tmx
              setu import translated/article.xlf
            """
    )

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Flag(help: "Report what the import would do (counts, languages, encoding, duplicates, conflicts) and write nothing.")
    var dryRun = false

    @Flag(help: "Remove the units of earlier imports of the same path first.")
    var replace = false

    @Option(name: .customLong("lang-map"), help: "Rewrite a language code: FROM=TO (repeatable), e.g. hi=hi-IN.")
    var languageMappings: [String] = []

    @Option(name: .customLong("on-conflict"), help: "A source already stored with another translation: keep, replace or both.")
    var onConflict: ConflictPolicy = .keep

    @Argument(help: "The TMX or XLIFF file.")
    var file: String

    func run() throws {
        var options = TMXImportWorkflow.Options()
        options.dryRun = dryRun
        options.policy = onConflict
        options.replacingEarlier = replace
        options.languageMap = try LanguageMapOption.parse(languageMappings)
        let termbase = glossaryOption.path == nil ? nil : try glossaryOption.load()
        if XLIFFImportWorkflow.isXLIFF(file) { return try importXLIFF(options, termbase: termbase) }
        let workflow = TMXImportWorkflow(termbase: termbase)
        let report: TMXImportWorkflow.Report
        do {
            report = try workflow.run(file, memoryPath: memoryOption.path, options: options)
        } catch {
            reportError(error.description + (dryRun ? "; the file would not import" : "; nothing imported"))
            throw ExitCode.failure
        }
        for problem in report.skipped { reportError(problem.description) }
        printSummary(
            report.receipt, head: "(\(report.encoding)): \(report.unitsRead) units read, ",
            counts: "\(report.skipped.count) skipped", languages: report.languages, checkedAgainstStore: report.checkedAgainstStore)
    }

    /// One line for an import: what was read, what was (or would be) stored, and what was left out.
    func printSummary(_ receipt: ImportReceipt, head: String, counts: String, languages: [String], checkedAgainstStore: Bool) {
        let output = OutputWriter.standardOutput
        defer { output.flush() }
        if receipt.status == .unchanged {
            output.line("\(file): already imported, unchanged; nothing to do")
            return
        }
        output.line(
            "\(file)\(dryRun ? ": dry run" : "") \(head)"
                + "\(receipt.added) \(dryRun ? "would be imported" : "imported")\(counts.hasPrefix("(") ? " " + counts : ""), \(receipt.outcomes[.duplicate, default: 0]) duplicates, "
                + "\(receipt.conflicts) conflicts (\(onConflict.rawValue))\(counts.hasPrefix("(") ? "" : ", " + counts)"
                + (receipt.replacedUnits > 0 ? ", \(receipt.replacedUnits) units of earlier imports replaced" : "")
                + "; languages: \(languages.joined(separator: ", "))"
                + (dryRun ? (checkedAgainstStore ? "; nothing written" : "; nothing written (no memory yet to check against)") : ""))
    }
}

extension ImportCommand {
    func importXLIFF(_ options: TMXImportWorkflow.Options, termbase: Termbase?) throws {
        let report: XLIFFImportWorkflow.Report
        do {
            report = try XLIFFImportWorkflow(termbase: termbase).run(file, memoryPath: memoryOption.path, options: options)
        } catch {
            reportError(error.description + (dryRun ? "; the file would not import" : "; nothing imported"))
            throw ExitCode.failure
        }
        printSummary(
            report.receipt, head: "(XLIFF \(report.version?.rawValue ?? "?")): \(report.segmentsRead) segments, \(report.translatedRead) translated, ",
            counts: "(\(report.linked) linked to pre-translated segments)", languages: report.languages,
            checkedAgainstStore: report.checkedAgainstStore)
    }
}

extension ConflictPolicy: ExpressibleByArgument {}

enum LanguageMapOption {
    /// `FROM=TO` pairs as a language map keyed by the lowercased FROM tag.
    static func parse(_ mappings: [String]) throws -> [String: LanguageTag] {
        var map: [String: LanguageTag] = [:]
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let from = LanguageTag(parts[0]), let to = LanguageTag(parts[1]) else {
                throw ValidationError("--lang-map expects FROM=TO language codes, got '\(mapping)'")
            }
            map[from.value.lowercased()] = to
        }
        return map
    }
}
