import Foundation
import SetuCore
import SetuGlossary
import SetuTestSupport
import SetuText
import SetuWorkflows
import Testing

/// `setu glossary build` scored against hand-made term lists of Hindi news articles with English
/// translations (`Tests/SetuGlossaryTests/Fixtures/term-corpus`, see its README). Sixteen articles were used while
/// writing the extractor (development); four were never looked at (held-out). Both are reported.
///
/// A candidate is correct when one of its Hindi spellings equals (after search folding) a listed Hindi form
/// or variant of a term of the set. A term is found when some candidate is correct for it. English is right
/// when it equals the listed English, ignoring case and a plural `s`.
@Suite("Glossary building scored on held-out articles")
struct GlossaryBuildEvaluationTests {
    static let development = [
        "india-japan-dialogue", "jharkhand-election", "high-court-ruling", "isro-satellite", "kharif-procurement",
        "metro-rail-expansion", "stock-market-ipo", "district-flood-relief", "university-admissions", "film-festival-goa",
        "malaria-campaign-odisha", "football-super-cup", "bank-credit-policy", "tb-drug-trial", "hockey-asia-cup",
        "heatwave-rajasthan",
    ]
    static let heldOut = ["rbi-policy", "dengue-vaccine", "hockey-pro-league", "cyclone-vayuna"]

    struct GoldTerm {
        var spellings: Set<String>
        var hindi: String
        var english: String
        var isName: Bool
    }

    struct Score: CustomStringConvertible {
        var candidates = 0
        var correct = 0
        var names = 0
        var namesFound = 0
        var terms = 0
        var termsFound = 0
        var namesEnglishRight = 0
        var foundEnglishRight = 0
        var foundWithEnglish = 0
        /// Names found whose English is wrong or missing, by the evidence the English came from.
        var wrongNameEnglish: [String: Int] = [:]
        var precision: Double { Double(correct) / Double(max(candidates, 1)) }
        var nameRecall: Double { Double(namesFound) / Double(max(names, 1)) }
        var recall: Double { Double(termsFound) / Double(max(terms, 1)) }
        /// Names whose English is right, among the names found.
        var nameEnglish: Double { Double(namesEnglishRight) / Double(max(namesFound, 1)) }
        /// Terms whose English is right, among all terms found.
        var matchedEnglish: Double { Double(foundEnglishRight) / Double(max(termsFound, 1)) }

        var description: String {
            String(
                format: "%d candidates, precision %.2f; names found %d/%d (%.2f), all terms found %d/%d (%.2f); English right for %.2f of names found, %.2f of all terms found",
                candidates, precision, namesFound, names, nameRecall, termsFound, terms, recall, nameEnglish, matchedEnglish)
                + "; names with wrong English by evidence: "
                + wrongNameEnglish.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
    }

    static func file(_ name: String) -> String { Fixtures.url("term-corpus/\(name)", target: "SetuGlossaryTests").path }

    static func gold(_ articles: [String]) throws -> [GoldTerm] {
        let folder = SearchFolder()
        var terms: [String: GoldTerm] = [:]
        for article in articles {
            let lines = try String(contentsOfFile: file("\(article).terms.tsv"), encoding: .utf8).split(separator: "\n").dropFirst()
            for line in lines {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                try #require(fields.count == 5)
                let forms = [fields[0]] + fields[1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                let spellings = Set(forms.filter { TextCharacters.containsDevanagariLetter($0) }.map { folder.key($0) })
                let key = folder.key(fields[0])
                if terms[key] == nil { terms[key] = GoldTerm(spellings: spellings, hindi: fields[0], english: fields[2], isName: fields[4] == "yes") }
            }
        }
        return Array(terms.values)
    }

    static func sameEnglish(_ a: String, _ b: String) -> Bool {
        func normal(_ text: String) -> String {
            let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
            return words.map { $0.count > 3 && $0.hasSuffix("s") ? String($0.dropLast()) : String($0) }.joined(separator: " ")
        }
        return normal(a) == normal(b)
    }

    static func score(_ articles: [String], bilingual: Bool, details: Bool = false) throws -> Score {
        let gold = try gold(articles)
        let folder = SearchFolder()
        let options = GlossaryBuildWorkflow.Options(englishPaths: bilingual ? articles.map { file("\($0).en.txt") } : [])
        let report = try GlossaryBuildWorkflow(termbase: Termbase(entries: [])).run(articles.map { file("\($0).hi.txt") }, options: options)
        var score = Score()
        var bestFor: [Int: TermCandidate] = [:]
        for candidate in report.candidates {
            let spellings = Set(([candidate.hindi] + candidate.variants).map { folder.key($0) })
            let matched = gold.indices.filter { !gold[$0].spellings.isDisjoint(with: spellings) }
            score.candidates += 1
            if !matched.isEmpty { score.correct += 1 }
            for index in matched where bestFor[index] == nil || (!sameEnglish(bestFor[index]!.english, gold[index].english) && sameEnglish(candidate.english, gold[index].english)) {
                bestFor[index] = candidate
            }
            if details && matched.isEmpty {
                print("  extra: \(candidate.hindi) → \(candidate.english) [\(candidate.reasons.map(\.rawValue).joined(separator: ","))]")
            }
        }
        for (index, term) in gold.enumerated() {
            score.terms += 1
            if term.isName { score.names += 1 }
            guard let candidate = bestFor[index] else {
                if details { print("  missed: \(term.hindi) (\(term.english))") }
                continue
            }
            score.termsFound += 1
            let right = sameEnglish(candidate.english, term.english)
            if term.isName {
                score.namesFound += 1
                if right { score.namesEnglishRight += 1 } else { score.wrongNameEnglish[candidate.evidence.rawValue, default: 0] += 1 }
            }
            if right { score.foundEnglishRight += 1 }
            if details && !right { print("  English: \(term.hindi) → \(candidate.english.isEmpty ? "∅" : candidate.english), listed \(term.english) [\(candidate.evidence.rawValue); \(candidate.type.rawValue); \(candidate.hindi)]") }
        }
        return score
    }

    @Test("monolingual, empty glossary: development and held-out articles")
    func monolingual() throws {
        let details = ProcessInfo.processInfo.environment["SETU_GLOSSARY_EVAL_DETAILS"] != nil
        let development = try Self.score(Self.development, bilingual: false, details: details)
        let heldOut = try Self.score(Self.heldOut, bilingual: false)
        print("glossary build, development articles: \(development)")
        print("glossary build, held-out articles: \(heldOut)")
        #expect(heldOut.precision >= 0.5)
        #expect(heldOut.nameRecall >= 0.6)
    }

    @Test("bilingual (--english): English mined from aligned translations")
    func bilingual() throws {
        let details = ProcessInfo.processInfo.environment["SETU_GLOSSARY_EVAL_DETAILS"] != nil
        let development = try Self.score(Self.development, bilingual: true, details: details)
        let heldOut = try Self.score(Self.heldOut, bilingual: true)
        print("glossary build --english, development articles: \(development)")
        print("glossary build --english, held-out articles: \(heldOut)")
        #expect(heldOut.matchedEnglish >= 0.5)
    }
}
