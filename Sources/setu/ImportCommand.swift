import ArgumentParser
import Foundation
import SetuCore
import SetuExchange
import SetuMemory
import SetuText

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a TMX file into the translation memory.",
        discussion: """
            Reads TMX 1.1–1.4b as written by OmegaT, Okapi, Trados, memoQ and others: UTF-8 with or without BOM, UTF-16 with BOM, inline tags (kept and written back on export, ignored for matching), props and notes, several languages per unit, any order of tuv and any spelling of language codes. The whole file is one transaction: malformed XML, a truncated file or a missing required attribute imports nothing and names the line and column. Files that declare DTD entities are refused (no entity expansion, no external entities). Units without the source language are skipped and reported.

            Examples:
              setu import memoq-export.tmx
              setu import --dry-run --lang-map hi=hi-IN --lang-map en=en-US old.tmx
              setu import --on-conflict replace corrected.tmx
            """
    )

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Flag(help: "Validate and report counts, languages, encoding, duplicates and conflicts without writing.")
    var dryRun = false

    @Option(name: .customLong("lang-map"), help: "Rewrite a language code: FROM=TO (repeatable), e.g. hi=hi-IN.")
    var languageMappings: [String] = []

    @Option(name: .customLong("on-conflict"), help: "A source already stored with another translation: keep, replace or both.")
    var onConflict: String = "keep"

    @Argument(help: "The TMX file.")
    var file: String

    func validate() throws {
        _ = try languageMap()
        guard ConflictPolicy(rawValue: onConflict) != nil else { throw ValidationError("--on-conflict takes keep, replace or both") }
    }

    func languageMap() throws -> [String: LanguageTag] {
        var map: [String: LanguageTag] = [:]
        for mapping in languageMappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let from = LanguageTag(parts[0]), let to = LanguageTag(parts[1]) else {
                throw ValidationError("--lang-map expects FROM=TO language codes, got '\(mapping)'")
            }
            map[from.value.lowercased()] = to
        }
        return map
    }

    struct Counts {
        var units = 0
        var outcomes: [ImportOutcome: Int] = [:]
        var skipped = 0
        var languages = Set<String>()
    }

    func run() throws {
        defer { OutputWriter.standardOutput.flush() }
        let converter = TMXUnitConverter(languageMap: try languageMap())
        let policy = ConflictPolicy(rawValue: onConflict) ?? .keep
        let reader = TMXReader(path: file)
        var counts = Counts()
        var header = TMXHeader(attributes: [:])
        if dryRun {
            try runDryRun(reader, converter, &counts)
            return
        }
        let termbase = glossaryOption.availablePath == nil ? nil : try glossaryOption.load()
        let preparer = DocumentPreparer(termbase: termbase)
        let memory = try memoryOption.open()
        var encoding = ""
        do {
            let hash = try FileFingerprint.of(path: file)
            let receipt = try memory.storeDocument(
                DocumentDescriptor(path: InputFiles.documentKey(file), contentHash: hash, language: .hindi, kind: .tmx),
                operation: "import"
            ) { sink in
                let summary = try reader.read(onHeader: { header = $0 }) { tmxUnit in
                    counts.units += 1
                    switch converter.convert(tmxUnit, header: header, document: InputFiles.documentKey(file)) {
                    case .failure(let problem):
                        counts.skipped += 1
                        reportError(problem.description)
                    case .success(let unit):
                        counts.languages.formUnion([unit.source.language.value, unit.target.language.value] + unit.extraVariants.map(\.language.value))
                        let outcome = try sink.importUnit(unit, policy: policy, sourceTerms: preparer.terms(in: Self.probe(unit.source.text)))
                        counts.outcomes[outcome, default: 0] += 1
                    }
                }
                encoding = summary.encoding
            }
            if receipt.status == .unchanged {
                OutputWriter.standardOutput.line("\(file): already imported, unchanged; nothing to do")
                return
            }
        } catch let error as TMXReader.CallbackError {
            reportError("\(file): \(error.underlying); nothing imported")
            throw ExitCode.failure
        } catch {
            reportError("\(error); nothing imported")
            throw ExitCode.failure
        }
        let added = counts.outcomes[.added, default: 0] + counts.outcomes[.conflictReplaced, default: 0]
            + counts.outcomes[.conflictBoth, default: 0]
        let conflicts = counts.outcomes[.conflictKept, default: 0] + counts.outcomes[.conflictReplaced, default: 0]
            + counts.outcomes[.conflictBoth, default: 0]
        OutputWriter.standardOutput.line(
            "\(file) (\(encoding)): \(counts.units) units read, \(added) imported, \(counts.outcomes[.duplicate, default: 0]) duplicates, "
                + "\(conflicts) conflicts (\(policy.rawValue)), \(counts.skipped) skipped; languages: \(counts.languages.sorted().joined(separator: ", "))")
    }

    /// Parses everything, checks units against each other and the store, writes nothing.
    private func runDryRun(_ reader: TMXReader, _ converter: TMXUnitConverter, _ counts: inout Counts) throws {
        let existingStore = FileManager.default.fileExists(atPath: memoryOption.path) ? try memoryOption.open() : nil
        var header = TMXHeader(attributes: [:])
        var seen: [String: Set<String>] = [:]
        var duplicates = 0
        var conflicts = 0
        var problems = 0
        let summary: TMXReader.Summary
        do {
            summary = try reader.read(onHeader: { header = $0 }) { tmxUnit in
                counts.units += 1
                switch converter.convert(tmxUnit, header: header, document: file) {
                case .failure(let problem):
                    problems += 1
                    reportError(problem.description)
                case .success(let unit):
                    counts.languages.formUnion([unit.source.language.value, unit.target.language.value] + unit.extraVariants.map(\.language.value))
                    let source = unit.source.language.language + "\u{1}" + SegmentKeys.displayText(unit.source.text)
                    let target = SegmentKeys.displayText(unit.target.text)
                    var known = seen[source] ?? []
                    if let store = existingStore {
                        known.formUnion(try store.storedTranslations(
                            of: unit.source.text, sourceLanguage: unit.source.language.language,
                            targetLanguage: unit.target.language.language).map(SegmentKeys.displayText))
                    }
                    if known.contains(target) { duplicates += 1 } else if !known.isEmpty { conflicts += 1 }
                    seen[source, default: []].insert(target)
                }
            }
        } catch {
            problems += 1
            reportError("\(error)")
            OutputWriter.standardOutput.line("\(file): dry run: \(counts.units) units read before the error; the file would not import")
            throw ExitCode.failure
        }
        OutputWriter.standardOutput.line(
            "\(file): dry run: encoding \(summary.encoding), \(counts.units) units, languages \(counts.languages.sorted().joined(separator: ", ")), "
                + "\(duplicates) duplicates, \(conflicts) conflicts, \(problems) problems; nothing written")
        if problems > 0 { throw ExitCode.failure }
    }

    /// A segment wrapper so the glossary matcher sees an imported source text.
    static func probe(_ text: String) -> Segment {
        Segment(document: "-", index: 0, start: 0, end: text.unicodeScalars.count, line: 1, text: text, kind: .sentence, script: .devanagari, language: .hindi)
    }
}
