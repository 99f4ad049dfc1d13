/// What the document cleaner treats as web noise: site boilerplate lines and related-article teasers.
///
/// Lines are compared after a light fold (nukta, chandrabindu, joiners, ASCII case, whitespace runs) and
/// after dropping a trailing `:`, `ः` (visarga, often typed for a colon), `-` or `।`, so `ताज़ा ख़बरें` and
/// `ताजा खबरें:` are the same line.
public struct CleaningRules: Sendable {
    /// Whole lines that are site furniture (`ट्रेंडिंग न्यूज`, `Advertisement`).
    public let boilerplateLines: [String]
    /// Line openings that mark a teaser for another article (`यह भी पढ़ें`, `Also Read`); the whole line is
    /// boilerplate when the opening is followed by a non-letter (`:`, space, end of line).
    public let boilerplatePrefixes: [String]

    private let lineKeys: Set<[UInt16]>
    private let prefixKeys: [[UInt16]]
    /// First units of every folded pattern: lines starting otherwise are skipped cheaply.
    let firstUnits: Set<UInt16>
    let longestPattern: Int

    public init(boilerplateLines: [String], boilerplatePrefixes: [String]) {
        self.boilerplateLines = boilerplateLines
        self.boilerplatePrefixes = boilerplatePrefixes
        func key(_ text: String) -> [UInt16] {
            var folded: [UInt16] = []
            Array(text.utf16).withUnsafeBufferPointer { UTF16Text.lightFold($0, lowercase: true, into: &folded) }
            return folded
        }
        lineKeys = Set(boilerplateLines.map(key))
        prefixKeys = boilerplatePrefixes.map(key)
        let all = Array(lineKeys) + prefixKeys
        firstUnits = Set(all.compactMap(\.first))
        longestPattern = all.map(\.count).max() ?? 0
    }

    /// Setu's defaults for Hindi and English news sites.
    public static let web = CleaningRules(
        boilerplateLines: [
            "विज्ञापन", "Advertisement", "ट्रेंडिंग न्यूज", "ट्रेंडिंग", "टॉप हेडलाइंस", "ताजा खबरें", "ताज़ा ख़बरें",
            "लेटेस्ट न्यूज", "लेटेस्ट खबरें", "Trending", "Trending News", "Top Headlines", "Latest News", "Read More",
            "और पढ़ें", "शेयर करें", "Share", "Follow Us", "हमें फॉलो करें", "Sponsored", "प्रायोजित",
            "Also Read", "यह भी पढ़ें", "ये भी पढ़ें", "Recommended", "सबसे ज्यादा पढ़ी गई", "Photo Gallery",
            "फोटो गैलरी", "वीडियो", "Video", "Subscribe", "सब्सक्राइब करें", "Click Here", "यहां क्लिक करें",
        ],
        boilerplatePrefixes: ["यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "Also Read", "Read Also"]
    )

    /// True when a light-folded line is boilerplate. `wholeLine` is false when `key` holds only the line's
    /// opening (the line is longer than any whole-line pattern).
    func isBoilerplate(key: [UInt16], wholeLine: Bool) -> Bool {
        if wholeLine {
            var trimmed = key[...]
            while let last = trimmed.last, Self.trailingMarks.contains(last) {
                trimmed = trimmed.dropLast()
                while trimmed.last == 0x20 { trimmed = trimmed.dropLast() }
            }
            if lineKeys.contains(Array(trimmed)) { return true }
        }
        return prefixKeys.contains { prefix in
            guard key.starts(with: prefix) else { return false }
            // "Also Read:" is a teaser; "Also Reading…" is a sentence.
            guard key.count > prefix.count else { return true }
            let next = key[prefix.count]
            // Visarga (U+0903) is often typed for a colon: "यह भी पढ़ेंः".
            return next == 0x0903 || ScriptProfile.script(of: next) == .none
        }
    }

    /// `:`, `ः` (visarga), `-`, `–`, `|`, `।`.
    private static let trailingMarks: Set<UInt16> = [0x3A, 0x0903, 0x2D, 0x2013, 0x7C, 0x0964]
}
