import ArgumentParser
import SetuWorkflows

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a Hindi document with its English translation, sentence by sentence.",
        discussion: """
            Both files are segmented like `setu segment`; non-translatable lines are left out. Pairs are found by Gale–Church length modelling with anchors (glossary term pairs, numbers in either digit script, names and acronyms that sound alike). Pair types: 1-1, 2-1, 1-2, 1-0 (Hindi left untranslated) and 0-1 (English added). Pairs with both sides are stored as translation units of origin `aligned` unless --dry-run; aligning the same documents again replaces the earlier units.

            Past work in bulk: give a folder, whose files pair by name (x.hi.txt with x.en.txt; also x-hi/x_hi and .md), or --pairs LIST, a file with one Hindi path and its English path per line (tab-separated; relative to the list). Each pair is aligned and stored on its own and reported on its own line; a pair that fails is reported and the others go on (the exit status is then non-zero).

            Examples:
              setu align article.hi.txt article.en.txt
              setu align --dry-run --format jsonl article.hi.txt article.en.txt
              setu align past-work/
              setu align --pairs pairs.tsv
            """
    )

    @OptionGroup var memoryOption: MemoryOption
    @OptionGroup var glossaryOption: GlossaryOption

    @Flag(help: "Print the alignment without storing it.")
    var dryRun = false

    @Option(help: "Output format: table (for people) or jsonl ({\"hi\", \"en\", \"type\", \"confidence\", \"anchors\"} per pair).")
    var format: DataFormat = .table

    @Option(help: "A list of document pairs: Hindi path, tab, English path per line.")
    var pairs: String?

    @Argument(help: "The Hindi document and its English translation, or one folder of pairs named x.hi.txt / x.en.txt.")
    var documents: [String] = []

    func validate() throws {
        if pairs != nil && !documents.isEmpty { throw ValidationError("give either --pairs LIST or documents, not both") }
        if pairs == nil && !(1...2).contains(documents.count) {
            throw ValidationError("give a Hindi document and its English translation, a folder of pairs, or --pairs LIST")
        }
    }

    func run() throws {
        if let pairs { return try runBatch(try SetuCLI.run { try AlignmentPairs.fromList(pairs) }) }
        if documents.count == 1 { return try runBatch(AlignmentPairs.inFolder(documents[0])) }
        let (hindi, english) = (documents[0], documents[1])
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

    /// Aligns and stores each pair, one report line per pair.
    func runBatch(_ found: (pairs: [(hindi: String, english: String)], problems: [AlignmentPairs.Problem])) throws {
        for problem in found.problems { reportError(problem.description) }
        guard !found.pairs.isEmpty else {
            reportError("no document pairs found (name them x.hi.txt and x.en.txt, or give --pairs LIST)")
            throw ExitCode.failure
        }
        let workflow = AlignmentWorkflow(termbase: try glossaryOption.loadIfAvailable())
        let memory = dryRun ? nil : try memoryOption.open()
        let output = OutputWriter.standardOutput
        var failures = 0
        for (hindi, english) in found.pairs {
            do {
                let result = try workflow.align(hindi: hindi, english: english)
                let summary = result.typeCounts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
                var line = "\(hindi) + \(english): \(result.beads.count) pairs (\(summary))"
                if let memory {
                    let receipt = try workflow.store(result, in: memory)
                    line += ", \(receipt.units) units stored"
                }
                output.line(TerminalText.safe(line))
            } catch {
                failures += 1
                reportError("\(hindi) + \(english): \(error)")
            }
        }
        output.flush()
        if failures > 0 || !found.problems.isEmpty {
            reportError("\(failures) of \(found.pairs.count) pairs failed, \(found.problems.count) files without a partner")
            throw ExitCode.failure
        }
    }
}
