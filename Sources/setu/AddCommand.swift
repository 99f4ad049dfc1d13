import ArgumentParser
import Foundation
import SetuWorkflows

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a translation unit by hand.",
        discussion: """
            The texts are stored exactly as typed (spaces, no-break spaces, nukta forms); only the keys used for lookup are normalized.

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

    func run() throws {
        let workflow = AddUnitWorkflow(termbase: glossaryOption.path == nil ? nil : try glossaryOption.load())
        let creator = creator ?? ProcessInfo.processInfo.environment["USER"] ?? "setu"
        let memory = try memoryOption.open()
        let id = try SetuCLI.run { try workflow.add(hindi: hi, english: en, creator: creator, to: memory) }
        OutputWriter.standardOutput.line("added unit \(id) to \(memory.path)")
        OutputWriter.standardOutput.flush()
    }
}
