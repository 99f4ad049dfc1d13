import ArgumentParser
import Foundation
import SetuCore
import SetuExchange
import SetuMemory

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the translation memory as TMX 1.4b.",
        discussion: """
            Writes UTF-8 TMX 1.4b that validates against the TMX DTD: every required header attribute, BCP 47 xml:lang on each tuv, tuid, creation and change dates, provenance as <prop type="x-setu-…"> (document, origin, alignment, confidence) and the glossary terms of the source as x-setu-terms. The file is written next to its final name and moved into place when complete. A unit with a character XML 1.0 forbids is reported and skipped.

            Examples:
              setu export --tmx memory.tmx
              setu export --tmx aligned.tmx --origin aligned --min-confidence 0.6 --since 2026-01-01
              setu export --tmx package.tmx --all-segments
            """
    )

    @OptionGroup var memoryOption: MemoryOption

    @Option(help: "The TMX file to write.")
    var tmx: String

    @Flag(help: "Only translation units (the default).")
    var pairsOnly = false

    @Flag(help: "Also write Hindi segments without a translation, as one-tuv units with their terms.")
    var allSegments = false

    @Option(help: "Comma-separated origins to export: aligned, imported, manual, inline.")
    var origin: String?

    @Option(help: "Only units with at least this confidence (0…1).")
    var minConfidence: Double?

    @Option(help: "Only units changed on or after this date (YYYY-MM-DD).")
    var since: String?

    func validate() throws {
        if pairsOnly && allSegments { throw ValidationError("--pairs-only and --all-segments exclude each other") }
        _ = try filter()
    }

    func filter() throws -> UnitFilter {
        var filter = UnitFilter(minimumConfidence: minConfidence)
        if let origin {
            var origins = Set<UnitOrigin>()
            for name in origin.split(separator: ",") {
                guard let value = UnitOrigin(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("unknown origin '\(name)'; use aligned, imported, manual or inline")
                }
                origins.insert(value)
            }
            filter.origins = origins
        }
        if let since {
            let parts = since.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, let date = TMXDate.parse(String(format: "%04d%02d%02dT000000Z", parts[0], parts[1], parts[2])) else {
                throw ValidationError("--since expects YYYY-MM-DD, got '\(since)'")
            }
            filter.since = date
        }
        return filter
    }

    func run() throws {
        defer { OutputWriter.standardOutput.flush() }
        let memory = try memoryOption.open(mustExist: true)
        let writer: TMXWriter
        do {
            writer = try TMXWriter(path: tmx, header: TMXWriter.Header(creationToolVersion: Setu.version, sourceLanguage: .hindi))
        } catch {
            reportError(error.description)
            throw ExitCode.failure
        }
        var skipped = 0
        var segments = 0
        do {
            try memory.forEachUnit(try filter()) { unit, id, terms in
                do {
                    try writer.write(unit, extraProperties: Self.provenance(unit, terms: terms), id: "setu-\(id)")
                } catch {
                    skipped += 1
                    reportError("\(tmx): \(error)")
                }
            }
            if allSegments {
                try memory.forEachUntranslatedSegment { segment, ingested, terms in
                    let unit = TranslationUnit(
                        source: UnitVariant(language: LanguageTag(segment.language) ?? .hindi, text: segment.text),
                        target: UnitVariant(language: .english, text: ""), origin: .manual, created: ingested,
                        document: segment.document)
                    var properties = [UnitProperty(type: "x-setu-document", value: segment.document ?? "")]
                    properties += Self.termProperties(terms)
                    do {
                        try writer.write(unit, includeTarget: false, extraProperties: properties, id: "setu-segment-\(segment.id)")
                        segments += 1
                    } catch {
                        skipped += 1
                        reportError("\(tmx): \(error)")
                    }
                }
            }
            try writer.finish()
        } catch {
            writer.abandon()
            reportError("\(error)")
            throw ExitCode.failure
        }
        OutputWriter.standardOutput.line(
            "\(tmx): \(writer.unitsWritten - segments) units" + (allSegments ? " and \(segments) untranslated segments" : "")
                + (skipped > 0 ? "; \(skipped) skipped (see above)" : ""))
    }

    static func provenance(_ unit: TranslationUnit, terms: [ExportedTerm]) -> [UnitProperty] {
        var properties = [UnitProperty(type: "x-setu-origin", value: unit.origin.rawValue)]
        if let document = unit.document { properties.append(UnitProperty(type: "x-setu-document", value: document)) }
        if let alignment = unit.alignment { properties.append(UnitProperty(type: "x-setu-alignment", value: alignment)) }
        if let confidence = unit.confidence {
            properties.append(UnitProperty(type: "x-setu-confidence", value: String(format: "%.3f", confidence)))
        }
        return properties + termProperties(terms)
    }

    /// `x-setu-terms`: `Astana=अस्ताना; S Jaishankar=एस. जयशंकर`, so a translator sees the agreed forms.
    static func termProperties(_ terms: [ExportedTerm]) -> [UnitProperty] {
        guard !terms.isEmpty else { return [] }
        var seen = Set<String>()
        let pairs = terms.filter { seen.insert($0.english + "=" + $0.surface).inserted }.map { "\($0.english)=\($0.surface)" }
        return [UnitProperty(type: "x-setu-terms", value: pairs.joined(separator: "; "))]
    }
}
