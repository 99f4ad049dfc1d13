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
    let segmenter = try DocumentSegmenter()
    var segments = 0
    var characters = 0
    var best = Double.infinity
    // Best of three runs: the figure is the segmenter, not the page cache.
    for _ in 0..<3 {
        segments = 0
        characters = 0
        let start = now()
        try segmenter.segmentFile(at: path) { segment in
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
    let termbase = try Termbase.load(path: arguments[4])
    let buildStart = now()
    let matcher = TermMatcher(termbase: termbase)
    let buildTime = now() - buildStart
    var best = Double.infinity
    var hits = 0
    for _ in 0..<3 {
        hits = 0
        let start = now()
        for text in texts { hits += matcher.matches(in: text).count }
        best = min(best, now() - start)
    }
    emit("terms.throughput.\(label)", bytes / 1_000_000 / best, "MB/s")
    emit("terms.hits_per_second.\(label)", Double(hits) / best, "hits/s")
    emit("terms.build_seconds.\(label)", buildTime, "s")
    emit("terms.peak_memory.\(label)", peakResidentMB() - baseline, "MB")
case "lookup":
    guard arguments.count >= 7 else { exit(2) }
    let memory = try TranslationMemory(path: path)
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
        let hits = try memory.fuzzyMatches(query["query"]!, options: LookupOptions(language: "hi", limit: 10))
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
        let hits = try memory.exactMatches(query["query"]!, options: LookupOptions(language: "hi", limit: 10))
        exactTimes.append((now() - start) * 1000)
        if !hits.isEmpty { exactFound += 1 }
    }
    emit("lookup.exact.p50.\(label)", percentile(exactTimes, 0.5), "ms")
    emit("lookup.exact.found.\(label)", Double(exactFound) / Double(exactTimes.count) * 100, "%")
    var concordanceTimes: [Double] = []
    for query in try queries(arguments[6]) {
        let start = now()
        _ = try memory.concordance(query["query"]!, options: LookupOptions(limit: 50))
        concordanceTimes.append((now() - start) * 1000)
    }
    emit("lookup.concordance.p50.\(label)", percentile(concordanceTimes, 0.5), "ms")
    emit("lookup.concordance.p95.\(label)", percentile(concordanceTimes, 0.95), "ms")
case "align":
    guard arguments.count >= 6, let copies = Int(arguments[5]) else { exit(2) }
    func sentences(_ file: String) throws -> [AlignmentSentence] {
        var result: [AlignmentSentence] = []
        try DocumentSegmenter().segmentFile(at: file) { result.append(AlignmentSentence(text: $0.text, paragraph: $0.line)) }
        return result
    }
    let matcher = TermMatcher(termbase: try Termbase.load(path: "glossaries"))
    let extractor = AnchorExtractor(matcher: matcher)
    let hindiOne = try sentences(path)
    let englishOne = try sentences(arguments[4])
    var hindi: [AlignmentSentence] = []
    var english: [AlignmentSentence] = []
    for copy in 0..<copies {
        hindi += hindiOne.map { AlignmentSentence(text: $0.text, paragraph: copy * 1000 + $0.paragraph) }
        english += englishOne.map { AlignmentSentence(text: $0.text, paragraph: copy * 1000 + $0.paragraph) }
    }
    let baseline = peakResidentMB()
    let start = now()
    hindi = hindi.map { AlignmentSentence(text: $0.text, paragraph: $0.paragraph, anchors: extractor.anchors(in: $0.text)) }
    english = english.map { AlignmentSentence(text: $0.text, paragraph: $0.paragraph, anchors: extractor.anchors(in: $0.text)) }
    let anchored = now()
    let beads = SentenceAligner().align(hindi: hindi, english: english)
    let done = now()
    emit("align.sentences.\(label)", Double(hindi.count), "hi sentences")
    emit("align.anchor_seconds.\(label)", anchored - start, "s")
    emit("align.dp_seconds.\(label)", done - anchored, "s")
    emit("align.total_seconds.\(label)", done - start, "s")
    emit("align.peak_memory.\(label)", peakResidentMB() - baseline, "MB")
    emit("align.beads.\(label)", Double(beads.count), "beads")
default:
    print("unknown area \(area)")
    exit(2)
}
