import ArgumentParser
import Foundation
import SetuCore
import SetuExchange
import SetuMemory
import SetuWorkflows

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the translation memory as TMX 1.4b.",
        discussion: """
            Writes UTF-8 TMX 1.4b that validates against the TMX DTD: every required header attribute, BCP 47 xml:lang on each tuv, tuid, creation and change dates, Setu's provenance as <prop type="x-setu-…"> (document, origin, alignment, confidence; restored when Setu imports the file) and the glossary terms of the source as x-setu-terms. The file is written next to its final name and moved into place when complete; only a regular file is replaced (not a link or a device), and the first write error (a full disk) stops the export. A unit with a character XML 1.0 forbids is reported and skipped. Opens the memory read-only.

            --min-confidence applies to units a program scored (aligned, inline); units without a confidence (imported, translated, typed by hand) are human work and always pass.

            Examples:
              setu export --tmx memory.tmx
              setu export --tmx aligned.tmx --origin aligned --min-confidence 0.6 --since 2026-01-01
              setu export --tmx package.tmx --all-segments
            """
    )

    @OptionGroup var memoryOption: MemoryOption

    @Option(help: "The TMX file to write.")
    var tmx: String

    @Flag(help: "Also write Hindi segments without a translation, as one-tuv units with their terms.")
    var allSegments = false

    @Option(help: "Comma-separated origins to export: \(UnitOrigin.allCases.map(\.rawValue).joined(separator: ", ")).")
    var origin: String?

    @Option(help: "Only units with at least this confidence (0…1); units without one always pass.")
    var minConfidence: Double?

    @Option(help: "Only units changed on or after this date (YYYY-MM-DD).")
    var since: String?

    func validate() throws {
        if tmx.isEmpty { throw ValidationError("--tmx needs a file name") }
        _ = try filter()
    }

    func filter() throws -> UnitFilter {
        var filter = UnitFilter()
        if let minConfidence {
            guard minConfidence.isFinite, (0...1).contains(minConfidence) else {
                throw ValidationError("--min-confidence must be a number from 0 to 1, got \(minConfidence)")
            }
            filter.minimumConfidence = minConfidence
        }
        if let origin {
            let names = origin.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !names.isEmpty else { throw ValidationError("--origin needs at least one of \(UnitOrigin.allCases.map(\.rawValue).joined(separator: ", "))") }
            filter.origins = Set(try names.map { name in
                guard let value = UnitOrigin(rawValue: name) else {
                    throw ValidationError("unknown origin '\(name)'; use \(UnitOrigin.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return value
            })
        }
        if let since {
            let parts = since.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], (1...9999).contains(year),
                let date = TMXDate.parse(String(format: "%04d%02d%02dT000000Z", year, month, day))
            else { throw ValidationError("--since expects YYYY-MM-DD, got '\(since)'") }
            filter.since = date
        }
        return filter
    }

    func run() throws {
        let memory = try memoryOption.open(.readOnly)
        var options = TMXExportWorkflow.Options()
        options.filter = try filter()
        options.allSegments = allSegments
        let cleanup = PartialFileCleanup(TMXWriter.partialPath(for: tmx))
        defer { cleanup.cancel() }
        let report = try SetuCLI.run { try TMXExportWorkflow(toolVersion: Setu.version).run(memory: memory, to: tmx, options: options) }
        for problem in report.skipped { reportError("\(tmx): \(problem)") }
        OutputWriter.standardOutput.line(
            "\(tmx): \(report.units) units" + (allSegments ? " and \(report.untranslatedSegments) untranslated segments" : "")
                + (report.skipped.isEmpty ? "" : "; \(report.skipped.count) skipped (see above)"))
        OutputWriter.standardOutput.flush()
    }
}
