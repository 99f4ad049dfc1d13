/// Answers "does this range overlap any of these spans?" in O(log n), for code that walks the words of a
/// text against the terms already found in it (a linear scan per word would be quadratic on long input).
package struct SpanIndex: Sendable {
    private let starts: [Int]
    private let ends: [Int]
    /// `maximumEnd[i]`: the largest end among the first i + 1 spans (spans sorted by start).
    private let maximumEnd: [Int]

    package init<S: Sequence<Range<Int>>>(_ spans: S) {
        let sorted = spans.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        ends = sorted.map(\.upperBound)
        var running = Int.min
        maximumEnd = sorted.map { span in
            running = max(running, span.upperBound)
            return running
        }
    }

    /// True when `range` shares at least one position with a span.
    package func overlaps(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, !starts.isEmpty else { return false }
        // Spans starting before range.upperBound are the first `count`; one of them overlaps when the
        // largest end among them lies after range.lowerBound.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < range.upperBound { low = middle + 1 } else { high = middle }
        }
        return low > 0 && maximumEnd[low - 1] > range.lowerBound
    }
}
