/// A seeded generator of messy Hindi web text and of translation units, for property tests: the same
/// seed gives the same inputs on every machine (SplitMix64).
public struct RandomText: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Pieces real news lines are made of, markup and edge cases included.
    static let pieces = [
        "भारत", "ने", "रूस", "के", "विदेश मंत्री", "एस. जयशंकर", "डॉ.", "अस्ताना", "में", "बात", "की", "।", "॥", ".", "?", "!", "…", "...",
        "\"", "'", "“", "”", "(", ")", "[", "]", "**", "# ", "- ", "> ", "![", "](", "https://x.in/a.b?c=1", "www.mea.gov.in", "3.5",
        "१०.३०", "2,369", "S.", "Mr.", "U.S.", "ज़", "क़", "गाँधी", "\u{200B}", "\u{200D}", "\u{00A0}", "  ", "\t", "😀", "SCO",
        "Summit:", "|", "कि.मी.", "ई.", "बी.आर.", "ए.के.", "1.", "#शांति", "@mea_india", "ॐ", "\u{093C}", "a", "Z",
    ]

    /// A line of `count` random pieces joined by spaces or nothing.
    public mutating func line(pieces count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &self)]
            if Bool.random(using: &self) { text += " " }
        }
        return text
    }

    /// A document of `lines` random lines (some blank).
    public mutating func document(lines: Int) -> String {
        (0..<lines).map { _ in Int.random(in: 0..<8, using: &self) == 0 ? "" : line(pieces: Int.random(in: 1...30, using: &self)) }
            .joined(separator: Bool.random(using: &self) ? "\n" : "\r\n")
    }
}
