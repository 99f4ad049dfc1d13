import Foundation
import SetuCore
import SetuGlossary
import SetuText

/// Finds the English of Hindi terms in aligned segment pairs: terminology mining for `setu glossary build
/// --english` and `--db`.
///
/// Word translation probabilities are learnt from the pairs themselves with IBM Model 1 (Brown et al. 1993),
/// in both directions, five EM iterations each, seeded with what Setu already knows: the glossary's
/// single-word entries, CLDR exonyms, and Hindi words whose romanization sounds like an English word of the
/// same pair (names and loans: `सेमीकंडक्टर` ↔ semiconductor). For each occurrence of a term, every English
/// n-gram of the aligned segment (up to three words longer than the term, not crossing punctuation, not
/// starting or ending with a function word) is scored by how surely its words align into the term
/// (English → Hindi posteriors) and the term's words into it (Hindi → English), a symmetric form of the
/// phrase-consistency rule of phrase-based translation. Scores add up over occurrences; the best n-gram
/// wins if it reaches `minimumScore`. Its Dice coefficient over pairs is reported as the association.
///
/// Complexity: O(I·Σ|h||e|) for training over the pairs that contain a term (at most `maximumPairs`), then
/// O(|e|·n) n-grams per occurrence.
public struct TermTranslationMiner {
    /// Pairs used for training, at most (those holding a candidate first).
    public var maximumPairs = 10_000
    /// Lowest accepted score for one occurrence (0…1).
    public var minimumScore = 0.15
    let glossary: Termbase?
    let folder = SearchFolder()

    public init(glossary: Termbase? = nil) {
        self.glossary = glossary
    }

    /// English function words: never at the edge of a term's English, some allowed inside (`Bay of Bengal`).
    static let englishFunctionWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "is", "are", "was",
        "were", "be", "been", "being", "has", "have", "had", "that", "this", "these", "those", "it", "its", "as", "but",
        "not", "no", "will", "would", "can", "could", "should", "may", "said", "says", "say", "he", "she", "they", "his",
        "her", "their", "them", "him", "which", "who", "whom", "whose", "also", "more", "than", "after", "before",
        "into", "over", "about", "up", "out", "so", "if", "such", "there", "here", "some", "all", "any", "each",
        "other", "many", "most", "much", "very", "just", "only", "our", "we", "you", "i", "my", "me", "do", "does",
        "did", "while", "during", "between", "under", "against", "through", "per", "what", "when", "where", "how",
        "then", "now", "even", "still", "both", "either", "whether", "because", "since", "until", "there's", "it's",
        "s", "told", "added", "according", "last", "first", "two", "three", "four", "five", "one",
    ]
    static let debug = ProcessInfo.processInfo.environment["SETU_MINER_DEBUG"] != nil
    static let innerFunctionWords: Set<String> = ["of", "and", "for", "on", "de", "la", "von", "van", "bin"]

    struct EnglishWord {
        var text: String
        var key: String
        /// Index of the stretch between punctuation it belongs to.
        var stretch: Int
    }

    /// English for each candidate that the pairs support, keyed by the candidate's search key.
    public func mine(_ candidates: [TermCandidate], pairs: [(hindi: String, english: String)]) -> MinedTranslations {
        guard !candidates.isEmpty, !pairs.isEmpty else { return MinedTranslations() }
        // Spellings of each candidate as sequences of Hindi word keys.
        // In the candidate's order (a `Set`'s would change with each process's hash seed).
        let spellings: [[[String]]] = candidates.map { candidate in
            var seen = Set<[String]>()
            return ([candidate.hindi] + candidate.variants).map { hindiKeys($0) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        }
        var hindiSides: [[String]] = []
        var englishSides: [[EnglishWord]] = []
        var holding: [[Int]] = []  // candidates each kept pair holds
        var others: [(Int, [String], [EnglishWord])] = []
        let firstWords = Dictionary(grouping: spellings.indices.flatMap { index in spellings[index].map { ($0[0], index) } }, by: \.0)
        for (hindi, english) in pairs {
            let keys = hindiKeys(hindi)
            var found: Set<Int> = []
            for (position, key) in keys.enumerated() {
                for (_, index) in firstWords[key] ?? [] where !found.contains(index) {
                    if spellings[index].contains(where: { occurs($0, in: keys, at: position) }) { found.insert(index) }
                }
            }
            let words = englishWords(english)
            if found.isEmpty {
                if others.count < maximumPairs { others.append((0, keys, words)) }
                continue
            }
            guard hindiSides.count < maximumPairs else { continue }
            hindiSides.append(keys)
            englishSides.append(words)
            holding.append(found.sorted())
        }
        // Pairs without a candidate still teach word translations (function words above all).
        for (_, keys, words) in others.prefix(max(0, maximumPairs - hindiSides.count)) {
            hindiSides.append(keys)
            englishSides.append(words)
            holding.append([])
        }
        let soundKeys = candidates.map { PhoneticKey.of(HindiRomanizer.romanize($0.hindi)) }
        let model = WordAlignmentModel(
            hindi: hindiSides, english: englishSides.map { $0.map(\.key) }, seeds: seeds(hindiSides, englishSides))

        var totals: [Int: [String: (score: Double, surfaces: [String: Int], pairs: Int)]] = [:]
        var englishPairCounts: [String: Int] = [:]
        var termPairCounts: [Int: Int] = [:]
        for (pairIndex, held) in holding.enumerated() where !held.isEmpty {
            let keys = hindiSides[pairIndex]
            let words = englishSides[pairIndex]
            let posterior = model.posteriors(hindi: keys, english: words.map(\.key))
            for index in held {
                termPairCounts[index, default: 0] += 1
                let spans = spellings[index].flatMap { spelling in
                    (0..<keys.count).filter { occurs(spelling, in: keys, at: $0) }.map { $0..<($0 + spelling.count) }
                }
                // The longest spelling the pair shows (a full name rather than its surname alone), the first of those.
                guard let span = spans.max(by: { ($0.count, $1.lowerBound) < ($1.count, $0.lowerBound) }) else { continue }
                let wordCount = span.count
                var best: (key: String, text: String, score: Double)?
                // A name is confirmed by sound: the English n-gram that sounds like its romanization wins.
                if candidates[index].isName, let sounded = soundMatch(soundKeys[index], in: words, maximumWords: wordCount + 1) {
                    best = (sounded.key, sounded.text, 2)
                }
                for first in words.indices where best?.score ?? 0 < 2 {
                    for last in first..<min(words.count, first + wordCount + 3) {
                        guard words[last].stretch == words[first].stretch else { break }
                        let gram = words[first...last]
                        guard let head = gram.first, let tail = gram.last,
                            !Self.englishFunctionWords.contains(head.key), !Self.englishFunctionWords.contains(tail.key),
                            gram.allSatisfy({ !Self.englishFunctionWords.contains($0.key) || Self.innerFunctionWords.contains($0.key) })
                        else { continue }
                        let inner = Set((first...last).filter { Self.innerFunctionWords.contains(words[$0].key) })
                        // Translations keep the order of a sentence's parts roughly: a span far from where the term
                        // sits in the Hindi is less likely (a mild diagonal prior, as in fast_align).
                        let hindiCentre = (Double(span.lowerBound) + Double(span.count) / 2) / Double(max(keys.count, 1))
                        let englishCentre = (Double(first) + Double(last - first + 1) / 2) / Double(max(words.count, 1))
                        let prior = 1 - 0.5 * min(1, abs(hindiCentre - englishCentre))
                        var score = posterior.phraseScore(hindi: span, english: first...last, ignored: inner) * prior
                        // An English term is rarely shorter than its Hindi (content words), and a name's English is
                        // capitalized.
                        let content = gram.filter { !Self.innerFunctionWords.contains($0.key) }
                        if content.count < wordCount { score *= pow(0.8, Double(wordCount - content.count)) }
                        if content.count > wordCount + 1 { score *= pow(0.9, Double(content.count - wordCount - 1)) }
                        if candidates[index].isName && content.contains(where: { $0.text.first?.isUppercase == false }) { score *= 0.6 }
                        if Self.debug { print("MINE \(candidates[index].hindi) | \(gram.map(\.text).joined(separator: " ")) | \(score)") }
                        if best == nil || score > best!.score {
                            best = (gram.map(\.key).joined(separator: " "), gram.map(\.text).joined(separator: " "), score)
                        }
                    }
                }
                guard let best, best.score >= minimumScore else { continue }
                var entry = totals[index]?[best.key] ?? (0, [:], 0)
                entry.score += best.score
                entry.surfaces[best.text, default: 0] += 1
                entry.pairs += 1
                totals[index, default: [:]][best.key] = entry
            }
        }
        // Dice needs how many pairs hold each chosen English n-gram at all.
        let chosen = Set(totals.values.flatMap { $0.keys })
        for words in englishSides {
            let text = " " + words.map(\.key).joined(separator: " ") + " "
            for key in chosen where text.contains(" " + key + " ") { englishPairCounts[key, default: 0] += 1 }
        }
        var result: [String: MinedTranslations.Translation] = [:]
        for (index, options) in totals {
            guard let (key, best) = options.max(by: { ($0.value.score, $1.key) < ($1.value.score, $0.key) }) else { continue }
            let surface = best.surfaces.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key
            let english = candidates[index].isName ? surface : Self.termCase(surface)
            let dice = 2 * Double(best.pairs) / Double((termPairCounts[index] ?? 0) + (englishPairCounts[key] ?? 0))
            result[folder.key(candidates[index].hindi).split(separator: " ").joined(separator: " ")] =
                MinedTranslations.Translation(english: english, pairs: best.pairs, dice: dice)
        }
        return MinedTranslations(byHindiKey: result)
    }

    /// The n-gram of capitalized words whose sound key is within one edit of `key` (exact for short keys).
    func soundMatch(_ key: String, in words: [EnglishWord], maximumWords: Int) -> (key: String, text: String)? {
        guard key.count >= 3 else { return nil }
        var best: (key: String, text: String, distance: Int)?
        for first in words.indices where words[first].text.first?.isUppercase == true {
            for last in first..<min(words.count, first + maximumWords) {
                guard words[last].stretch == words[first].stretch, words[last].text.first?.isUppercase == true else { break }
                let gram = words[first...last]
                let distance = EditDistance.levenshtein(Array(PhoneticKey.of(gram.map(\.text).joined())), Array(key))
                let allowed = key.count >= 5 ? 1 : 0
                if distance <= allowed && (best == nil || distance < best!.distance) {
                    best = (gram.map(\.key).joined(separator: " "), gram.map(\.text).joined(separator: " "), distance)
                }
            }
        }
        return best.map { ($0.key, $0.text) }
    }

    /// A common term keeps the case of its words except a capital that only opens a sentence.
    static func termCase(_ text: String) -> String {
        let words = text.split(separator: " ")
        // Capitals throughout (`Model Code of Conduct`, `EVM`) are kept: the text wrote them on purpose.
        if words.count > 1 && words.allSatisfy({ $0.first.map { !$0.isLetter || $0.isUppercase || Self.innerFunctionWords.contains($0.lowercased()) } ?? true }) {
            return text
        }
        guard let first = words.first, first.count > 1, first.dropFirst().allSatisfy({ !$0.isUppercase }) else { return text }
        return first.prefix(1).lowercased() + first.dropFirst() + (words.count > 1 ? " " + words.dropFirst().joined(separator: " ") : "")
    }

    func hindiKeys(_ text: String) -> [String] {
        CorpusTokens(text, folder: folder).tokens.filter { $0.kind == .devanagari || $0.kind == .latin || $0.kind == .number }.map(\.key)
    }

    func occurs(_ spelling: [String], in keys: [String], at position: Int) -> Bool {
        guard position + spelling.count <= keys.count else { return false }
        for offset in spelling.indices where keys[position + offset] != spelling[offset] { return false }
        return true
    }

    func englishWords(_ text: String) -> [EnglishWord] {
        var words: [EnglishWord] = []
        var stretch = 0
        var current = ""
        func flush() {
            let trimmed = current.trimmingCharacters(in: CharacterSet(charactersIn: "'’-"))  // keeps an initial's dot
            if !trimmed.isEmpty { words.append(EnglishWord(text: trimmed, key: trimmed.lowercased(), stretch: stretch)) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || ((character == "'" || character == "’" || character == "-") && !current.isEmpty) {
                current.append(character)
            } else if character == ".", current.count == 1, current.first?.isUppercase == true {
                current.append(character)  // an initial keeps its dot and its sentence: "R. Selvakumar"
            } else {
                flush()
                if !character.isWhitespace { stretch += 1 }
            }
        }
        flush()
        return words
    }

    /// Word pairs Setu already knows, as prior counts for the alignment model.
    func seeds(_ hindi: [[String]], _ english: [[EnglishWord]]) -> [String: [String: Double]] {
        var seeds: [String: [String: Double]] = [:]
        for entry in glossary?.entries ?? [] {
            let targetsOfEntry = entry.english.flatMap { self.englishWords($0).map(\.key) }
            for spelling in entry.hindi {
                let keys = hindiKeys(spelling)
                guard keys.count == 1 || keys.count == targetsOfEntry.count else { continue }
                for (offset, key) in keys.enumerated() {
                    let targets = keys.count == 1 ? targetsOfEntry : [targetsOfEntry[offset]]
                    for target in targets where !Self.englishFunctionWords.contains(target) { seeds[key, default: [:]][target] = 2 }
                }
            }
        }
        // Closed-class words: their translations anchor the edges of a term's English.
        for (hindiWord, glosses) in HindiWordClasses.englishGlosses {
            for gloss in glosses { seeds[hindiWord, default: [:]][gloss] = 2 }
        }
        // Names and loans: a Hindi word that sounds like an English word of the same pair.
        for (keys, words) in zip(hindi, english) {
            let soundKeys = Dictionary(words.map { (PhoneticKey.of($0.text), $0.key) }, uniquingKeysWith: { first, _ in first })
            for key in Set(keys) where HindiWordClasses.wordClass(ofKey: key) == nil {
                if let exonym = Gazetteer.shared.entry(hindi: key)?.english.lowercased(), words.contains(where: { $0.key == exonym }) {
                    seeds[key, default: [:]][exonym] = 2
                    continue
                }
                // Inflected loans too: रूमों sounds like rooms once -ों is taken off.
                for form in [key] + HindiInflection.baseForms(ofKey: key) {
                    let sound = PhoneticKey.of(HindiRomanizer.romanize(form))
                    if sound.count >= 2, let word = soundKeys[sound] ?? soundKeys[sound + "s"] {
                        seeds[key, default: [:]][word] = 2
                        break
                    }
                }
            }
        }
        return seeds
    }
}
