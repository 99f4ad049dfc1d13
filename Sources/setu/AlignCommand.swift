import ArgumentParser
import SetuWorkflows

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a Hindi document with its English translation, sentence by sentence.",
        discussion: """
            Both files are segmented like `setu segment`; non-translatable lines are left out. Pairs are found by Gale–Church length modelling with anchors (glossary term pairs, numbers in either digit script, names and acronyms that sound alike). Pair types: 1-1, 2-1, 1-2, 1-0 (Hindi left untranslated) and 0-1 (English added). Pairs with both sides are stored as translation units of origin `aligned` unless --dry-run; aligning the same documents again replaces the earlier units.

            Examples:
              setu align article.hi.txt article.en.txt
              setu align --dry-run --format jsonl article.hi.txt article.en.txt
            """
    )

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Flag(help: "Print the alignment without storing it.")
    var dryRun = false

    @Option(help: "Output format: table (for people) or jsonl ({\"hi\", \"en\", \"type\", \"confidence\", \"anchors\"} per pair).")
    var format: DataFormat = .table

    @Argument(help: "The Hindi document.")
    var hindi: String

    @Argument(help: "Its English translation.")
    var english: String

    func run() throws {
        let workflow = AlignmentWorkflow(termbase: try glossaryOption.loadIfAvailable())
        let result = try SetuCLI.run { try workflow.align(hindi: hindi, english: english) }
        let output = OutputWriter.standardOutput
        for pair in result.pairs {
            switch format {
            case .jsonl:
                var json = JSONLine()
                json.add("hi", pair.hindi)
                json.add("en", pair.english)
                json.add("type", pair.bead.type)
                json.add("confidence", pair.bead.confidence)
                json.addStrings("anchors", pair.bead.anchors)
                output.line(json.rendered)
            case .table:
                output.line("\(pair.bead.type)  \(JSONLine.decimal(pair.bead.confidence, places: 2))  \(pair.bead.anchors.joined(separator: " "))")
                if !pair.hindi.isEmpty { output.line("    hi: " + TerminalText.safe(pair.hindi)) }
                if !pair.english.isEmpty { output.line("    en: " + TerminalText.safe(pair.english)) }
            }
        }
        output.flush()
        guard !dryRun else { return }
        let memory = try memoryOption.open()
        let receipt = try SetuCLI.run { try workflow.store(result, in: memory) }
        let summary = result.typeCounts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        OutputWriter.standardError.line(
            "setu: \(memory.path): \(receipt.units) aligned units stored (\(summary))"
                + (receipt.replacedUnits > 0 ? ", replacing \(receipt.replacedUnits) from an earlier alignment" : ""))
    }
}
