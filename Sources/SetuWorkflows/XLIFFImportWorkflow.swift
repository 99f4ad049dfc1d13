import Foundation
import SetuCore
import SetuExchange
import SetuGlossary
import SetuMemory
import SetuText

/// `setu import FILE.xlf`: the translations of an XLIFF 2.0 or 1.2 file (from `setu pretranslate` or any
/// CAT tool) into the memory, in one transaction, as units of origin `translated`.
///
/// Only translated segments count (`XLIFFReader` says which). A unit of a file Setu wrote names the stored
/// segment it came from; when that segment is still there with the same text, the translation is linked to
/// it, otherwise a new source segment is stored. The source language must be Hindi and the target English
/// (after `languageMap`): Marathi, Nepali and Sanskrit share the script, so a wrong language is refused, not
/// guessed. Malformed, truncated or hostile files are refused and nothing of them is kept.
public struct XLIFFImportWorkflow {
    public struct Report: Sendable {
        public var path: String
        public var version: XLIFFVersion?
        public var segmentsRead = 0
        public var translatedRead = 0
        public var linked = 0
        public var receipt = ImportReceipt(status: .imported)
        public var dryRun = false
        public var checkedAgainstStore = true
        public var languages: [String] = []
    }

    let preparer: DocumentPreparer
    let termbase: Termbase?

    /// True when `path` is an XLIFF file (by its root element), so `setu import` reads it as one.
    public static func isXLIFF(_ path: String) -> Bool {
        guard let format = try? ExchangeValidator.detectFormat(path: path) else {
            return path.lowercased().hasSuffix(".xlf") || path.lowercased().hasSuffix(".xliff")
        }
        return format == .xliff12 || format == .xliff20
    }

    public init(termbase: Termbase?) {
        self.termbase = termbase
        preparer = DocumentPreparer(termbase: termbase)
    }

    public func run(_ file: String, memoryPath: String, options: TMXImportWorkflow.Options) throws(WorkflowError) -> Report {
        var report = Report(path: file, dryRun: options.dryRun)
        let preparer = preparer
        // Parsing, language checks, term matching and key derivation run on a second thread; linking to
        // stored segments and writing run here, in file order.
        let reading = ReadingState()
        let outcome = try ExchangeImport.run(file, memoryPath: memoryPath, options: options, operation: "import-xliff", termbase: termbase) {
            sink, document in
            try Handoff.run(produce: { emit in
                let summary = try XLIFFReader(path: file).read(onHeader: { header in
                    reading.version = header.version
                    // 2.0 states the languages once, on the root: check them before any unit.
                    if header.version == .v20 {
                        _ = try Self.language(header.sourceLanguage, expected: "hi", role: "source", file: file, line: header.line, options: options)
                        if let target = header.targetLanguage {
                            _ = try Self.language(target, expected: "en", role: "target", file: file, line: header.line, options: options)
                        }
                    }
                }, onSegment: { segment in
                    let source = try Self.language(segment.sourceLanguage, expected: "hi", role: "source", file: file, line: segment.line, options: options)
                    let target = try Self.language(segment.targetLanguage ?? "en", expected: "en", role: "target", file: file, line: segment.line, options: options)
                    reading.languages.formUnion([source.value, target.value])
                    guard segment.isTranslated else { return }
                    let unit = TranslationUnit(
                        source: UnitVariant(language: source, text: TextNormalizer.nfc(segment.source), markup: segment.sourceMarkup),
                        target: UnitVariant(language: target, text: TextNormalizer.nfc(segment.target), markup: segment.targetMarkup),
                        origin: .translated, created: segment.changed ?? Date(), creator: segment.creator,
                        document: segment.setuDocument ?? (segment.file.isEmpty ? document : segment.file),
                        externalID: [segment.unit, segment.segment].compactMap { $0 }.joined(separator: "/"),
                        notes: segment.notes)
                    let prepared = try PreparedUnit(unit, line: segment.line, sourceTerms: preparer.terms(inText: unit.source.text))
                    try emit(Translation(prepared: prepared, storedSegment: segment.setuSegmentID))
                })
                reading.segments = summary.segments
                reading.translated = summary.translated
                if summary.segments == 0 {
                    throw WorkflowError.input("\(file): the XLIFF file holds no segments; nothing to import")
                }
            }, consume: { translation in
                let prepared = translation.prepared
                if let stored = translation.storedSegment, let text = try sink.storedSegmentText(stored),
                    TextNormalizer.normalize(text) == prepared.normalizedSource
                {
                    let outcome = try sink.importTranslation(prepared, ofSegment: stored, policy: options.policy)
                    if outcome != .duplicate && outcome != .conflictKept { report.linked += 1 }
                } else {
                    try sink.importUnit(prepared, policy: options.policy)
                }
            })
        }
        report.version = reading.version
        report.segmentsRead = reading.segments
        report.translatedRead = reading.translated
        report.receipt = outcome.receipt
        report.checkedAgainstStore = outcome.checkedAgainstStore
        report.languages = reading.languages.sorted()
        return report
    }

    /// A translated segment on its way to the store, with the stored segment it names (files Setu wrote).
    private struct Translation: Sendable {
        var prepared: PreparedUnit
        var storedSegment: Int64?
    }

    /// What the reading thread learns about the file; read only after it has finished.
    private final class ReadingState: @unchecked Sendable {
        var version: XLIFFVersion?
        var segments = 0
        var translated = 0
        var languages = Set<String>()
    }

    /// The language tag after the map, refused unless its primary subtag is `expected`.
    private static func language(
        _ raw: String, expected: String, role: String, file: String, line: Int, options: TMXImportWorkflow.Options
    ) throws -> LanguageTag {
        let mapped = options.languageMap[raw.lowercased()] ?? LanguageTag(raw).flatMap { options.languageMap[$0.language] } ?? LanguageTag(raw)
        guard let tag = mapped else {
            throw WorkflowError.exchange(.invalid(SourceLocation(path: file, line: line), reason: "\(role) language '\(raw.prefix(20))' is not a language tag"))
        }
        guard tag.language == expected else {
            let name = expected == "hi" ? "Hindi (hi, hi-IN)" : "English (en, en-GB …)"
            throw WorkflowError.exchange(.invalid(
                SourceLocation(path: file, line: line),
                reason: "the \(role) language is '\(raw.prefix(20))'; Setu imports \(name) here (use --lang-map \(raw.prefix(20))=\(expected == "hi" ? "hi-IN" : "en") if the file mislabels it)"))
        }
        return tag
    }
}
