import Foundation
import SetuText

/// How common a word is in general Hindi: Zipf frequencies (log₁₀ of occurrences per billion words) of
/// about 24,000 words from wordfreq's Hindi list (web, subtitles, Wikipedia, news).
///
/// The glossary builder reads it as a general-language reference. A word that is common everywhere
/// (सरकार 6.2, पहली 5.5) says little about a corpus's terms; a word that is rare in general Hindi but
/// repeated in a corpus (मुद्रास्फीति 3.7, नौवहन absent) marks a term or a name. It also picks the base form of
/// an inflected word when the corpus never shows it (सीटों → सीट, 5.0, rather than सीटा, absent).
/// Words are compared by search key (`SearchFolder`), so nukta and chandrabindu spellings share one entry
/// whose frequency is the sum of theirs. Built once per process; thread-safe.
public struct HindiWordFrequency: Sendable {
    /// By search key, compared by bytes (`TextKey`): looked up for every word of every candidate phrase.
    private let zipfByKey: [TextKey: Double]

    public static let shared = HindiWordFrequency()

    /// Parses the table on its UTF-8 bytes (word, tab, Zipf × 100 per line): a 24,000-line table read with
    /// `String.split` costs about 80 ms of grapheme breaking at every start of `setu terms`.
    private init() {
        let folder = SearchFolder()
        var perBillion: [TextKey: Double] = [:]
        perBillion.reserveCapacity(32_768)
        var table = Self.table
        table.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                var tab = -1
                while end < bytes.count, bytes[end] != 0x0A {
                    if bytes[end] == 0x09, tab < 0 { tab = end }
                    end += 1
                }
                defer { start = end + 1 }
                guard tab > start, tab + 1 < end else { continue }
                var centiZipf = 0
                var digits = true
                for index in (tab + 1)..<end {
                    let digit = bytes[index] &- 0x30
                    guard digit <= 9 else { digits = false; break }
                    centiZipf = centiZipf * 10 + Int(digit)
                }
                guard digits else { continue }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<tab]), as: UTF8.self)
                perBillion[TextKey(folder.key(word)), default: 0] += pow(10, Double(centiZipf) / 100)
            }
        }
        zipfByKey = perBillion.mapValues { log10($0) }
    }

    /// The Zipf frequency of `word` (0 when the list does not have it: rarer than about 1 in a million words).
    public func zipf(_ word: String) -> Double { zipfByKey[TextKey(SearchFolder().key(word))] ?? 0 }

    /// The Zipf frequency of a word given by its search key.
    public func zipf(key: String) -> Double { zipfByKey[TextKey(key)] ?? 0 }

    /// The common word (Zipf 4.5 or more) a word missing from the list is a typo of, by one swap of neighbouring
    /// letters or one letter too many (स्वेदश for स्वदेश, मौजदू for मौजूद, समसामायिक for समसामयिक), or nil. Only for
    /// words of five code points or more: a short unknown word is as often a name one letter from a word.
    public func typoCorrection(key: String) -> String? {
        guard zipfByKey[TextKey(key)] == nil else { return nil }
        let scalars = Array(key.unicodeScalars)
        guard (5...30).contains(scalars.count) else { return nil }
        var best: (word: String, zipf: Double)?
        func consider(_ candidate: [Unicode.Scalar]) {
            let word = String(String.UnicodeScalarView(candidate))
            guard let zipf = zipfByKey[TextKey(word)], zipf >= 4.5, best == nil || zipf > best!.zipf else { return }
            best = (word, zipf)
        }
        for index in scalars.indices.dropLast() where scalars[index] != scalars[index + 1] {
            var swapped = scalars
            swapped.swapAt(index, index + 1)
            consider(swapped)
        }
        for index in scalars.indices {
            var shorter = scalars
            shorter.remove(at: index)
            consider(shorter)
        }
        return best?.word
    }

    /// The search keys of the words at least as frequent as `minimumZipf`.
    public func keys(minimumZipf: Double) -> [String] { zipfByKey.filter { $0.value >= minimumZipf }.map(\.key.text) }

    /// Number of distinct search keys in the list.
    public var count: Int { zipfByKey.count }
}
