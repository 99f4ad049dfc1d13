// Release-mode benchmarks for Setu. Each invocation measures one area on one input and prints one JSON
// line per figure: {"name": …, "value": …, "unit": …}. Run them all with tools/bench.sh.
#if canImport(Glibc)
    import Glibc
#endif
import SetuGlossary
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
    print("usage: setu-bench segment LABEL FILE | setu-bench terms LABEL FILE GLOSSARY")
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
default:
    print("unknown area \(area)")
    exit(2)
}
