import SetuGlossary
import SetuMemory
import SetuText

/// The frame every exchange-file import shares (TMX, XLIFF): the memory (a scratch one for a dry run
/// without a memory), the import record keyed by the file's path and content hash, one transaction (rolled
/// back for a dry run), and the glossary stored beside a completed import for later term lookups.
enum ExchangeImport {
    struct Outcome {
        var receipt: ImportReceipt
        /// False when a dry run had no store to check conflicts against.
        var checkedAgainstStore: Bool
    }

    /// Imports `file` through `body`, which receives the sink and the file's document key.
    static func run(
        _ file: String, memoryPath: String, options: TMXImportWorkflow.Options, operation: String, termbase: Termbase?,
        body: (ImportSink, _ document: String) throws -> Void
    ) throws(WorkflowError) -> Outcome {
        try MemoryAccess.withStore(memoryPath, scratchIfMissing: options.dryRun) { memory, scratch throws(WorkflowError) in
            let document = InputFiles.documentKey(file)
            let descriptor = ImportDescriptor(
                path: document, contentHash: try workflow { try FileFingerprint.of(path: file) }, operation: operation)
            let receipt = try workflow {
                try memory.storeImport(
                    descriptor, replacingEarlier: options.replacingEarlier, dryRun: options.dryRun,
                    bulk: (InputFiles.size(file) ?? 0) >= SetuDefaults.bulkWriteBytes
                ) { sink in
                    try body(sink, document)
                }
            }
            if let termbase, !options.dryRun, receipt.status == .imported {
                try workflow { try memory.storeGlossary(termbase.entries) }
            }
            return Outcome(receipt: receipt, checkedAgainstStore: !scratch)
        }
    }
}
