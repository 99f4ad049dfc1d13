import ArgumentParser
import Foundation
import SetuCore
import SetuMemory
import SetuText

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a translation unit by hand.",
        discussion: """
            Example:
              setu add --hi "विदेश मंत्री अस्ताना पहुंचे।" --en "The External Affairs Minister reached Astana."
            """
    )

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Option(help: "The Hindi source text.")
    var hi: String

    @Option(help: "Its English translation.")
    var en: String

    @Option(help: "Who made the unit (default: $USER).")
    var creator: String?

    func validate() throws {
        for (name, text) in [("--hi", hi), ("--en", en)] {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("\(name) is empty") }
            if text.contains("\n") { throw ValidationError("\(name) holds several lines; add one segment per unit") }
        }
    }

    func run() throws {
        defer { OutputWriter.standardOutput.flush() }
        let termbase = glossaryOption.availablePath == nil ? nil : try glossaryOption.load()
        let preparer = DocumentPreparer(termbase: termbase)
        let memory = try memoryOption.open()
        let source = SegmentKeys.displayText(hi)
        let unit = TranslationUnit(
            source: UnitVariant(language: .hindi, text: source),
            target: UnitVariant(language: .english, text: SegmentKeys.displayText(en)),
            origin: .manual, confidence: 1, creator: creator ?? ProcessInfo.processInfo.environment["USER"] ?? "setu")
        let probe = Segment(
            document: "-", index: 0, start: 0, end: source.unicodeScalars.count, line: 1, text: source, kind: .sentence,
            script: .devanagari, language: .hindi)
        do {
            let id = try memory.addManual(unit, sourceTerms: preparer.terms(in: probe))
            OutputWriter.standardOutput.line("added unit \(id) to \(memory.path)")
        } catch {
            reportError("\(error)")
            throw ExitCode.failure
        }
    }
}
