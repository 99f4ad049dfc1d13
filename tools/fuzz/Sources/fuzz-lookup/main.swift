// Fuzz target: the lookup query path (exact, fuzzy, concordance, term) against a small memory built
// from the seed articles once per process. Queries are arbitrary text: SQL and FTS5 syntax included.
import FuzzDriver
import Foundation
import SetuMemory
import SetuWorkflows

nonisolated(unsafe) let memory: TranslationMemory = {
    let folder = NSTemporaryDirectory() + "/setu-fuzz-lookup-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/tm.sqlite"
    let memory = try! MemoryAccess.open(path)
    let seeds = ProcessInfo.processInfo.environment["SETU_FUZZ_SEEDS"] ?? "seeds"
    let termbase = try? GlossaryFiles.load(ProcessInfo.processInfo.environment["SETU_FUZZ_GLOSSARY"] ?? "glossaries")
    _ = try! IngestWorkflow(memory: memory, termbase: termbase).run([seeds])
    return memory
}()
nonisolated(unsafe) let lookup = LookupWorkflow(memory: memory)

func fuzzLookup(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let query = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for mode in LookupWorkflow.Mode.allCases {
        _ = try? lookup.lookup(.init(query: query, mode: mode, limit: 5, minimumScore: 0.5))
    }
    return 0
}

exit(FuzzDriver.run(
    { data, size in fuzzLookup(data, size) }))
