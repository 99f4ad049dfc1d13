import Foundation
import SetuCore
import SetuExchange
import SetuMemory

/// `setu export --tmx`: writes the translation memory as TMX 1.4b with Setu's provenance, streaming.
public struct TMXExportWorkflow {
    public struct Options: Sendable {
        public var filter = UnitFilter()
        /// Also write Hindi segments without a translation, as one-`tuv` units (a pre-translation package).
        public var allSegments = false
        /// Replace an existing file (a regular file only).
        public var overwrite = true

        public init() {}
    }

    public struct Report: Sendable {
        public var path: String
        public var units = 0
        public var untranslatedSegments = 0
        /// Units left out because they hold a character XML 1.0 forbids.
        public var skipped: [ExchangeError] = []
    }

    /// The version Setu writes as `creationtoolversion`.
    let toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    /// Writes the file next to its final name and moves it into place when complete. The first write error
    /// (a full disk) stops the export and removes the partial file.
    public func run(memory: TranslationMemory, to path: String, options: Options) throws(WorkflowError) -> Report {
        try OutputFile.checkDestination(path)
        if !options.overwrite && FileManager.default.fileExists(atPath: path) {
            throw .unwritable(path: path, reason: "the file exists; pass --force to replace it")
        }
        var report = Report(path: path)
        let writer: TMXWriter
        do {
            writer = try TMXWriter(path: path, header: TMXWriter.Header(creationToolVersion: toolVersion, sourceLanguage: .hindi))
        } catch {
            throw .exchange(error)
        }
        do {
            try memory.forEachUnit(options.filter) { unit, id, terms in
                try write(writer, unit, properties: Self.provenance(unit, terms: terms), id: "setu-\(id)", into: &report)
            }
            if options.allSegments {
                try memory.forEachUntranslatedSegment { segment, ingested, terms in
                    let unit = TranslationUnit(
                        source: UnitVariant(language: LanguageTag(segment.language) ?? .hindi, text: segment.text),
                        target: UnitVariant(language: .english, text: ""), origin: .manual, created: ingested,
                        document: segment.document)
                    let properties = [UnitProperty(type: TMXUnitConverter.Provenance.document, value: segment.document ?? "")]
                        + Self.termProperties(terms)
                    if try write(writer, unit, includeTarget: false, properties: properties, id: "setu-segment-\(segment.id)", into: &report) {
                        report.untranslatedSegments += 1
                    }
                }
            }
            try writer.finish()
        } catch {
            writer.abandon()
            throw WorkflowError.wrap(error)
        }
        report.units = writer.unitsWritten - report.untranslatedSegments
        return report
    }

    /// Writes one unit; a forbidden character skips it (recorded), any other error stops the export.
    @discardableResult
    private func write(
        _ writer: TMXWriter, _ unit: TranslationUnit, includeTarget: Bool = true, properties: [UnitProperty], id: String,
        into report: inout Report
    ) throws -> Bool {
        do {
            try writer.write(unit, includeTarget: includeTarget, extraProperties: properties, id: id)
            return true
        } catch let error where error.isForbiddenCharacter {
            report.skipped.append(error)
            return false
        }
    }

    /// Setu's provenance as TMX properties (`TMXUnitConverter.Provenance`), which an import restores.
    static func provenance(_ unit: TranslationUnit, terms: [ExportedTerm]) -> [UnitProperty] {
        typealias Provenance = TMXUnitConverter.Provenance
        var properties = [UnitProperty(type: Provenance.origin, value: unit.origin.rawValue)]
        if let document = unit.document { properties.append(UnitProperty(type: Provenance.document, value: document)) }
        if let alignment = unit.alignment { properties.append(UnitProperty(type: Provenance.alignment, value: alignment)) }
        if let confidence = unit.confidence {
            // The shortest text that reads back as the same Double.
            properties.append(UnitProperty(type: Provenance.confidence, value: "\(confidence)"))
        }
        return properties + termProperties(terms)
    }

    /// `x-setu-terms`: `Astana=अस्ताना; S Jaishankar=एस. जयशंकर`, so a translator sees the agreed forms.
    static func termProperties(_ terms: [ExportedTerm]) -> [UnitProperty] {
        guard !terms.isEmpty else { return [] }
        var seen = Set<String>()
        let pairs = terms.filter { seen.insert($0.english + "=" + $0.surface).inserted }.map { "\($0.english)=\($0.surface)" }
        return [UnitProperty(type: TMXUnitConverter.Provenance.terms, value: pairs.joined(separator: "; "))]
    }
}

extension ExchangeError {
    var isForbiddenCharacter: Bool {
        if case .forbiddenCharacter = self { return true }
        return false
    }
}
