// Release-mode benchmarks for Setu. Each invocation measures one area on one input and prints one JSON
// line per figure: {"name": …, "value": …, "unit": …}. Run them all with tools/bench.sh.
#if canImport(Glibc)
    import Glibc
#endif
import Foundation
import SetuAlign
import SetuGlossary
import SetuMemory
import SetuText
import SetuWorkflows

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func peakResidentMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

func emit(_ name: String, _ value: Double, _ unit: String) {
    print("{\"name\":\"\(name)\",\"value\":\((value * 100).rounded() / 100),\"unit\":\"\(unit)\"}")
}

func fileSize(_ path: String) -> Double {
    var info = stat()
    stat(path, &info)
    return Double(info.st_size)
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    print("""
        usage: setu-bench segment LABEL FILE | terms LABEL FILE GLOSSARY
               | lookup LABEL DB FUZZY.jsonl EXACT.jsonl CONCORDANCE.jsonl | align LABEL HINDI ENGLISH COPIES
        """)
    exit(2)
}
let (area, label, path) = (arguments[1], arguments[2], arguments[3])

switch area {
case "segment":
    let baseline = peakResidentMB()
    // The workflow `setu segment` runs: the whole-file check, then segmentation.
    let workflow = try SegmentationWorkflow()
    var segments = 0
    var characters = 0
    var best = Double.infinity
    // Best of three runs: the figure is the segmenter, not the page cache.
    for _ in 0..<3 {
        segments = 0
        characters = 0
        let start = now()
        _ = workflow.run([path]) { segment in
            segments += 1
            characters &+= segment.end - segment.start
        }
        best = min(best, now() - start)
    }
    let megabytes = fileSize(path) / 1_000_000
    emit("segment.throughput.\(label)", megabytes / best, "MB/s")
    emit("segment.segments_per_second.\(label)", Double(segments) / best, "segments/s")
    emit("segment.peak_memory.\(label)", peakResidentMB() - baseline, "MB")
case "terms":
    guard arguments.count >= 5 else { exit(2) }
    let baseline = peakResidentMB()
    var texts: [String] = []
    try DocumentSegmenter().segmentFile(at: path) { texts.append($0.text) }
    let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
    let termbase = try GlossaryFiles.load(arguments[4])
    let buildStart = now()
    let matcher = TermMatcher(termbase: termbase)
    let buildTime = now() - buildStart
    var best = Double.infinity
    var hits = 0
    // Best of seven: a pass takes a tenth of a second, and this machine's speed varies by more than that.
    for _ in 0..<7 {
        hits = 0
        let start = now()
        for text in texts { hits += matcher.matches(in: text).count }
        best = min(best, now() - start)
    }
    emit("terms.throughput.\(label)", bytes / 1_000_000 / best, "MB/s")
    // SETU_BENCH_MATCH_ONLY=1: matching alone (for profiling it, or timing it without the workflow runs).
    if ProcessInfo.processInfo.environment["SETU_BENCH_MATCH_ONLY"] != nil { exit(0) }
    // The whole `setu terms` workflow on the file: segmentation, matching, name suggestions.
    let spotting = try TermSpottingWorkflow(termbase: termbase)
    var workflowBest = Double.infinity
    for _ in 0..<3 {
        let start = now()
        _ = spotting.run([path]) { _ in }
        workflowBest = min(workflowBest, now() - start)
    }
    emit("terms.workflow_throughput.\(label)", fileSize(path) / 1_000_000 / workflowBest, "MB/s")
    emit("terms.hits_per_second.\(label)", Double(hits) / best, "hits/s")
    emit("terms.build_seconds.\(label)", buildTime, "s")
    emit("terms.peak_memory.\(label)", peakResidentMB() - baseline, "MB")
case "lookup":
    guard arguments.count >= 7 else { exit(2) }
    let memory = try MemoryAccess.open(path, access: .readOnly)
    let lookup = LookupWorkflow(memory: memory)
    func queries(_ file: String) throws -> [[String: String]] {
        try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
        }
    }
    func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
    var fuzzyTimes: [Double] = []
    var found = 0
    let fuzzy = try queries(arguments[4])
    for query in fuzzy {
        let start = now()
        let hits = try lookup.lookup(.init(query: query["query"]!, mode: .fuzzy, language: "hi", limit: 10))
        fuzzyTimes.append((now() - start) * 1000)
        if hits.contains(where: { $0.segment.text == query["source"] }) {
            found += 1
        } else if ProcessInfo.processInfo.environment["SETU_BENCH_DEBUG"] != nil {
            let direct = FuzzyScorer.score(query: query["query"]!, candidate: query["source"]!)
            print("MISS q=\(query["query"]!)\n     s=\(query["source"]!) score=\(direct.percent) hits=\(hits.count) top=\(hits.first.map { "\($0.score!.percent) \($0.segment.text)" } ?? "-")")
        }
    }
    emit("lookup.fuzzy.p50.\(label)", percentile(fuzzyTimes, 0.5), "ms")
    emit("lookup.fuzzy.p95.\(label)", percentile(fuzzyTimes, 0.95), "ms")
    emit("lookup.fuzzy.recall.\(label)", Double(found) / Double(fuzzy.count) * 100, "%")
    var exactTimes: [Double] = []
    var exactFound = 0
    for query in try queries(arguments[5]) {
        let start = now()
        let hits = try lookup.lookup(.init(query: query["query"]!, mode: .automatic, language: "hi", limit: 10))
        exactTimes.append((now() - start) * 1000)
        if !hits.isEmpty { exactFound += 1 }
    }
    emit("lookup.exact.p50.\(label)", percentile(exactTimes, 0.5), "ms")
    emit("lookup.exact.found.\(label)", Double(exactFound) / Double(exactTimes.count) * 100, "%")
    var concordanceTimes: [Double] = []
    for query in try queries(arguments[6]) {
        let start = now()
        _ = try lookup.lookup(.init(query: query["query"]!, mode: .concordance, limit: 50))
        concordanceTimes.append((now() - start) * 1000)
    }
    emit("lookup.concordance.p50.\(label)", percentile(concordanceTimes, 0.5), "ms")
    emit("lookup.concordance.p95.\(label)", percentile(concordanceTimes, 0.95), "ms")
case "align":
    // The `setu align` workflow (segmentation, anchors, banded dynamic programme) on the document repeated
    // COPIES times, each copy its own paragraphs.
    guard arguments.count >= 6, let copies = Int(arguments[5]) else { exit(2) }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("setu-bench-align-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    func repeated(_ file: String, _ name: String) throws -> String {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let target = scratch.appendingPathComponent(name).path
        try Data(String(repeating: text.hasSuffix("\n") ? text : text + "\n", count: copies).utf8).write(to: URL(fileURLWithPath: target))
        return target
    }
    let hindiFile = try repeated(path, "hi.txt")
    let englishFile = try repeated(arguments[4], "en.txt")
    let workflow = AlignmentWorkflow(termbase: try GlossaryFiles.load("glossaries"))
    let baseline = peakResidentMB()
    let start = now()
    let result = try workflow.align(hindi: hindiFile, english: englishFile)
    let done = now()
    emit("align.sentences.\(label)", Double(result.hindiSegments.count), "hi sentences")
    emit("align.total_seconds.\(label)", done - start, "s")
    emit("align.peak_memory.\(label)", peakResidentMB() - baseline, "MB")
    emit("align.beads.\(label)", Double(result.beads.count), "beads")
default:
    print("unknown area \(area)")
    exit(2)
}
