import Foundation
import SetuCore
import SetuExchange
import SetuGlossary
import SetuMemory
import SetuText

/// `setu import FILE.tmx`: reads a TMX file into the translation memory in one transaction. A dry run
/// runs exactly the same import (the same duplicate and conflict checks, against the store and within the
/// file) and rolls it back, so what it reports is what the import would do.
public struct TMXImportWorkflow {
    public struct Options: Sendable {
        public var dryRun = false
        public var policy = ConflictPolicy.keep
        /// Language codes to rewrite, keyed by lowercased tag or primary subtag (`hi` → `hi-IN`).
        public var languageMap: [String: LanguageTag] = [:]
        /// Remove the units of earlier imports of the same path first (imports accumulate otherwise).
        public var replacingEarlier = false

        public init() {}
    }

    public struct Report: Sendable {
        public var path: String
        public var encoding = ""
        public var unitsRead = 0
        public var receipt = ImportReceipt(status: .imported)
        /// Units that could not become translation units (no source language, one language only …),
        /// each with its place in the file.
        public var skipped: [ExchangeError] = []
        public var languages: [String] = []
        public var dryRun = false
        /// False when a dry run had no store to check conflicts against.
        public var checkedAgainstStore = true
    }

    let preparer: DocumentPreparer
    let termbase: Termbase?

    /// - Parameter termbase: the glossary whose terms are recorded for imported Hindi sources; it is stored
    ///   for later term lookups, as `setu ingest` does.
    public init(termbase: Termbase?) {
        self.termbase = termbase
        preparer = DocumentPreparer(termbase: termbase)
    }

    /// Imports `file` into the memory at `memoryPath` (created if needed; for a dry run, a missing memory
    /// is stood in for by an empty scratch store, removed afterwards).
    /// - Throws: `WorkflowError.exchange` for a malformed, truncated or hostile file (nothing imported),
    ///   `.input` for a file without units, `.memory` for store failures.
    public func run(_ file: String, memoryPath: String, options: Options) throws(WorkflowError) -> Report {
        var report = Report(path: file, dryRun: options.dryRun)
        let converter = TMXUnitConverter(languageMap: options.languageMap)
        let preparer = preparer
        // Parsing, conversion, term matching and key derivation run on a second thread; the store writes here.
        let reading = ReadingState()
        let outcome = try ExchangeImport.run(file, memoryPath: memoryPath, options: options, operation: "import-tmx", termbase: termbase) {
            sink, document in
            try Handoff.run(produce: { emit in
                var header = TMXHeader(attributes: [:])
                let summary = try TMXReader(path: file).read(onHeader: { header = $0 }) { tmxUnit in
                    switch converter.convert(tmxUnit, header: header, document: document) {
                    case .failure(let problem):
                        reading.skipped.append(problem)
                    case .success(let unit):
                        reading.languages.formUnion(
                            [unit.source.language.value, unit.target.language.value] + unit.extraVariants.map(\.language.value))
                        let terms = unit.source.language.language == "hi" ? preparer.terms(inText: unit.source.text) : []
                        try emit(PreparedUnit(unit, line: tmxUnit.location.line, sourceTerms: terms))
                    }
                }
                reading.encoding = summary.encoding
                reading.units = summary.units
                if summary.units == 0 {
                    throw WorkflowError.input("\(file): the TMX body holds no <tu>; nothing to import")
                }
            }, consume: { prepared in
                try sink.importUnit(prepared, policy: options.policy)
            })
        }
        report.encoding = reading.encoding
        report.unitsRead = reading.units
        report.skipped = reading.skipped
        report.receipt = outcome.receipt
        report.checkedAgainstStore = outcome.checkedAgainstStore
        report.languages = reading.languages.sorted()
        return report
    }

    /// What the reading thread learns about the file; read only after it has finished.
    private final class ReadingState: @unchecked Sendable {
        var encoding = ""
        var units = 0
        var skipped: [ExchangeError] = []
        var languages = Set<String>()
    }
}
