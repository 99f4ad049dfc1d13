import Foundation
import SetuGlossary
import SetuTestSupport
import Testing

/// The romanizer against the attested-romanization lexicons: a development set used while writing the
/// rules, and a held-out set never looked at while writing them. Top-1 is correct when the romanization
/// equals one of the accepted spellings (case-insensitive).
@Suite("Romanization lexicons")
struct RomanizationLexiconTests {
    struct Score: CustomStringConvertible {
        var total = 0
        var correct = 0
        var byKind: [String: (total: Int, correct: Int)] = [:]

        func rate(_ kinds: Set<String>? = nil) -> Double {
            let rows = byKind.filter { kinds?.contains($0.key) ?? true }.values
            let total = rows.reduce(0) { $0 + $1.total }
            return total == 0 ? 0 : Double(rows.reduce(0) { $0 + $1.correct }) / Double(total)
        }

        var description: String {
            func percent(_ value: Double) -> String { String(Double(Int(value * 1000)) / 10) + " %" }
            let kinds = byKind.keys.sorted().map { "\($0) \(percent(rate([$0])))" }.joined(separator: ", ")
            return "top-1 \(percent(rate())) of \(total) (names and loanwords \(percent(rate(Self.namesAndLoanwords)))); \(kinds)"
        }

        static let namesAndLoanwords: Set<String> = ["person", "place", "organization", "loanword"]
    }

    /// Set `SETU_ROMANIZATION_MISSES=1` to list the development set's misses (never the held-out set's).
    static let printMisses = ProcessInfo.processInfo.environment["SETU_ROMANIZATION_MISSES"] != nil

    static func score(_ file: String, listMisses: Bool = false) throws -> Score {
        let text = try String(contentsOf: Fixtures.url(file, target: "SetuGlossaryTests"), encoding: .utf8)
        var score = Score()
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { continue }
            let accepted = fields[1].split(separator: "|").map { $0.lowercased() }
            let romanized = HindiRomanizer.romanize(fields[0], loans: .likely)
            let correct = accepted.contains(romanized.lowercased())
            if listMisses && !correct { print("  miss \(fields[2]): \(fields[0]) → \(romanized), expected \(fields[1])") }
            score.total += 1
            score.correct += correct ? 1 : 0
            score.byKind[fields[2], default: (0, 0)].total += 1
            score.byKind[fields[2], default: (0, 0)].correct += correct ? 1 : 0
        }
        return score
    }

    @Test("development and held-out lexicons, side by side")
    func lexicons() throws {
        let development = try Self.score("romanization-dev.tsv", listMisses: Self.printMisses)
        let heldOut = try Self.score("romanization-heldout.tsv")
        print("romanization, development lexicon: \(development)")
        print("romanization, held-out lexicon: \(heldOut)")
        #expect(development.total >= 300 && heldOut.total >= 200)
        #expect(development.rate() >= 0.65)
        #expect(heldOut.rate() >= 0.55)
    }
}
