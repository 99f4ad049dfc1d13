import SetuText

/// Finds English renderings placed next to Hindi on the same line, as web pages do with image captions
/// and headlines: `रूसी सेना के हमले में … Russian army attack …`.
///
/// A line qualifies when it splits into one Devanagari run and one following Latin run, each of at least
/// `minimumWords` words, and the two share at least one anchor (term, number or name) while their lengths
/// are plausible for a translation. The pair is low-confidence by nature.
public struct InlineTranslationDetector: Sendable {
    let anchors: AnchorExtractor
    public var minimumWords = 3

    public init(anchors: AnchorExtractor) {
        self.anchors = anchors
    }

    /// A detected pair: the Hindi run, the English run and the anchors they share.
    public struct Pair: Sendable, Hashable {
        public var hindi: String
        public var english: String
        public var anchors: [String]
        public var confidence: Double
    }

    /// The best pair in `text`: a Devanagari run followed by a Latin run that translates it, if any.
    ///
    /// The line is cut into runs of words by script (words without letters join the run before them);
    /// each Devanagari run and the Latin run after it are a candidate, and the candidate sharing the most
    /// anchors wins.
    public func detect(in text: String) -> Pair? {
        // No ASCII letter, no Latin word: most Hindi segments end here, before any word is split out.
        guard text.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
        var runs: [(latin: Bool, words: [Substring])] = []
        for scalars in text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }) {
            let word = Substring(scalars)
            let latin = Self.isLatinWord(word)
            let devanagari = TextCharacters.containsDevanagari(word)
            if let last = runs.last, (!latin && !devanagari) || last.latin == latin {
                runs[runs.count - 1].words.append(word)
            } else {
                runs.append((latin, [word]))
            }
        }
        var best: Pair?
        for index in runs.indices.dropLast() where !runs[index].latin && runs[index + 1].latin {
            let hindiWords = runs[index].words
            let englishWords = runs[index + 1].words
            guard hindiWords.count >= minimumWords, englishWords.count >= minimumWords else { continue }
            let hindi = hindiWords.joined(separator: " ")
            let english = englishWords.joined(separator: " ")
            let ratio = Double(english.count) / Double(max(1, hindi.count))
            guard (0.5...2.2).contains(ratio) else { continue }
            let shared = anchors.anchors(in: hindi).intersection(anchors.anchors(in: english))
            guard !shared.isEmpty, shared.count > best?.anchors.count ?? 0 else { continue }
            best = Pair(
                hindi: hindi, english: english, anchors: shared.sorted(),
                confidence: min(0.5, 0.25 + 0.1 * Double(shared.count)))
        }
        return best
    }

    /// A word whose letters are Latin (digits and punctuation alone do not count).
    static func isLatinWord(_ word: Substring) -> Bool {
        var letters = false
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                if (0x61...0x7A).contains(scalar.value | 0x20) { letters = true }
            } else if scalar.properties.isAlphabetic {
                return false
            }
        }
        return letters
    }
}
