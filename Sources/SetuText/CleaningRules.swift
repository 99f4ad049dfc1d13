/// What the document cleaner treats as web noise: site boilerplate lines and related-article teasers.
///
/// Lines are compared by their search key (`SearchFolder`, all folds), after dropping a trailing `:`,
/// `ः` (visarga, often typed for a colon) or `-`, so `ताज़ा ख़बरें` and `ताजा खबरें:` are the same line.
public struct CleaningRules: Sendable {
    /// Whole lines that are site furniture (`ट्रेंडिंग न्यूज`, `Advertisement`).
    public var boilerplateLines: Set<String>
    /// Line openings that mark a teaser for another article (`यह भी पढ़ें`, `Also Read`); the whole line is boilerplate.
    public var boilerplatePrefixes: [String]

    public init(boilerplateLines: [String], boilerplatePrefixes: [String]) {
        let folder = SearchFolder()
        self.boilerplateLines = Set(boilerplateLines.map { folder.key($0) })
        self.boilerplatePrefixes = boilerplatePrefixes.map { folder.key($0) }
        let keys = self.boilerplateLines.union(self.boilerplatePrefixes)
        firstScalars = Set(keys.compactMap { $0.unicodeScalars.first?.value })
        longestLine = self.boilerplateLines.map { $0.unicodeScalars.count }.max() ?? 0
    }

    /// Search-key first letters of every pattern: lines starting otherwise are skipped cheaply.
    let firstScalars: Set<UInt32>
    let longestLine: Int

    /// Setu's defaults for Hindi and English news sites.
    public static let web = CleaningRules(
        boilerplateLines: [
            "विज्ञापन", "Advertisement", "ट्रेंडिंग न्यूज", "ट्रेंडिंग", "टॉप हेडलाइंस", "ताजा खबरें", "ताज़ा ख़बरें",
            "लेटेस्ट न्यूज", "लेटेस्ट खबरें", "Trending", "Trending News", "Top Headlines", "Latest News", "Read More",
            "और पढ़ें", "और पढ़ें", "शेयर करें", "Share", "Follow Us", "हमें फॉलो करें", "Sponsored", "प्रायोजित",
            "Also Read", "यह भी पढ़ें", "ये भी पढ़ें", "Recommended", "सबसे ज्यादा पढ़ी गई", "Photo Gallery",
            "फोटो गैलरी", "वीडियो", "Video", "Subscribe", "सब्सक्राइब करें", "Click Here", "यहां क्लिक करें",
        ],
        boilerplatePrefixes: [
            "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "यह भी पढ़ें", "Also Read", "Read Also", "Also read",
        ]
    )

    /// True when the search key of a line is boilerplate.
    func isBoilerplate(key: String) -> Bool {
        var key = Substring(key)
        while let last = key.unicodeScalars.last, [":", "ः", "-", "–", "|", "।"].contains(last) {
            key = Substring(key.unicodeScalars.dropLast())
            while key.unicodeScalars.last == " " { key = Substring(key.unicodeScalars.dropLast()) }
        }
        return boilerplateLines.contains(String(key)) || startsWithTeaser(key: String(key))
    }

    /// True when the search key of a line starts with a teaser prefix followed by a non-letter.
    func startsWithTeaser(key: String) -> Bool {
        boilerplatePrefixes.contains { prefix in
            guard key.unicodeScalars.starts(with: prefix.unicodeScalars) else { return false }
            // "Also Read:" is a teaser; "Also Reading…" is a sentence.
            guard let next = key.unicodeScalars.dropFirst(prefix.unicodeScalars.count).first else { return true }
            // Visarga (U+0903) is often typed for a colon: "यह भी पढ़ेंः".
            if next.value == 0x0903 { return true }
            return ScriptProfile.script(of: UInt16(truncatingIfNeeded: next.value)) == .none || next.value > 0xFFFF
        }
    }
}
