/// Text after search folding, with a map from every folded code point back to the original input.
///
/// `scalars[i]` came from the original code points `sourceStart[i]..<sourceEnd[i]` (offsets relative to
/// the start of the folded input). A fold that merges code points (न्द→ंद) maps the result to the whole
/// merged range; NFC recomposition maps to the whole normalization chunk.
public struct FoldedText: Sendable, Hashable {
    /// The folded code points.
    public internal(set) var scalars: [UInt32]
    /// Original code point offset where each folded code point starts.
    public internal(set) var sourceStart: [Int32]
    /// Original code point offset where each folded code point ends (exclusive).
    public internal(set) var sourceEnd: [Int32]
    /// The folds that changed something in this text.
    public internal(set) var applied: FoldOptions

    public init() {
        scalars = []
        sourceStart = []
        sourceEnd = []
        applied = []
    }

    /// Number of folded code points.
    public var count: Int { scalars.count }

    /// The folded text as a string.
    public var string: String {
        // Encoded by hand: appending scalars one by one to a String is several times slower.
        String(unsafeUninitializedCapacity: scalars.count * 4) { bytes in
            var out = 0
            for value in scalars {
                guard value < 0xD800 || (value > 0xDFFF && value <= 0x10FFFF) else { continue }
                UTF16Text.appendUTF8(value, to: bytes, at: &out)
            }
            return out
        }
    }

    /// The original code point range covered by folded code points `range`.
    /// - Precondition: `range` lies within `0...count`.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "folded range out of bounds")
        if range.isEmpty {
            let offset = range.lowerBound < count ? Int(sourceStart[range.lowerBound]) : Int(sourceEnd.last ?? 0)
            return offset..<offset
        }
        return Int(sourceStart[range.lowerBound])..<Int(sourceEnd[range.upperBound - 1])
    }
}
