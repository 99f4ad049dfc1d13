import Foundation
@testable import SetuText
import Testing

@Suite("Search folding")
struct SearchFolderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var expected: String
        var fold: FoldOptions
        var testDescription: String { "\(input) → \(expected)" }
    }

    @Test(
        "each fold on its own",
        arguments: [
            // Nukta: decomposed (NFC keeps क़ as क + ़) and precomposed letters.
            Case(input: "कज़ाकिस्तान", expected: "कजाकिस्तान", fold: .nukta),
            Case(input: "\u{0958}\u{0932}\u{092E}", expected: "कलम", fold: .nukta),  // QA (precomposed क़) → क
            Case(input: "फ़्रांस", expected: "फ्रांस", fold: .nukta),
            Case(input: "ऱ", expected: "र", fold: .nukta),
            Case(input: "गाँधी", expected: "गांधी", fold: .chandrabindu),
            Case(input: "हिन्दी", expected: "हिंदी", fold: .nasalAnusvara),
            Case(input: "सम्बन्ध", expected: "संबंध", fold: .nasalAnusvara),
            Case(input: "गङ्गा", expected: "गंगा", fold: .nasalAnusvara),
            Case(input: "पञ्जाब", expected: "पंजाब", fold: .nasalAnusvara),
            Case(input: "कण्ठ", expected: "कंठ", fold: .nasalAnusvara),
            // न spelt for the anusvara before a stop of another place (a common misspelling).
            Case(input: "शन्घाई", expected: "शंघाई", fold: .nasalAnusvara),
            Case(input: "पन्जाब", expected: "पंजाब", fold: .nasalAnusvara),
            Case(input: "क्ष\u{200D}त्र", expected: "क्षत्र", fold: .joiners),
            Case(input: "सह\u{00AD}योग", expected: "सहयोग", fold: .joiners),
            Case(input: "२०२४-२५", expected: "2024-25", fold: .digits),
            Case(input: "बात की | अब", expected: "बात की । अब", fold: .danda),
            Case(input: "श्लोक॥", expected: "श्लोक।", fold: .danda),
            Case(input: "  रूस \u{00A0}\t और   भारत ", expected: "रूस और भारत", fold: .whitespace),
            Case(input: "SCO Summit", expected: "sco summit", fold: .latinCase),
        ])
    func singleFold(_ example: Case) {
        let folded = SearchFolder(options: example.fold).fold(example.input)
        #expect(folded.string == example.expected)
        #expect(folded.applied == example.fold)
    }

    @Test(
        "nasal + virama stays when the next consonant is of another class",
        arguments: ["अन्य", "जन्म", "उन्होंने", "सम्मान", "कन्हैया", "अन्न"])
    func nasalOutsideItsClassIsKept(_ word: String) {
        let folded = SearchFolder(options: .nasalAnusvara).fold(word)
        #expect(folded.string == word)
        #expect(folded.applied.isEmpty)
    }

    @Test("spelling variants share one search key")
    func variantsShareKey() {
        let folder = SearchFolder()
        #expect(folder.key("कज़ाकिस्तान") == folder.key("कजाकिस्तान"))
        #expect(folder.key("महात्मा गाँधी") == folder.key("महात्मा  गांधी"))
        #expect(folder.key("हिन्दी") == folder.key("हिंदी"))
        #expect(folder.key("Lavrov") == folder.key("LAVROV"))
        #expect(folder.key("भारत") != folder.key("भारतीय"))
    }

    @Test("the normalized form keeps every letter and tidies only spacing")
    func normalizeKeepsLetters() {
        #expect(TextNormalizer.normalize("  गाँधी   ने  कहा ") == "गाँधी ने कहा")
        #expect(TextNormalizer.nfc("\u{0958}") == "\u{0915}\u{093C}")
        // A no-break space is whitespace; a zero-width space and a BOM are invisible separators and go.
        #expect(TextNormalizer.normalize("ताजा\u{00A0}\u{00A0}मुलाकात\u{200B} हुई\u{FEFF}") == "ताजा मुलाकात हुई")
        // ZWJ and ZWNJ shape conjuncts and stay.
        #expect(TextNormalizer.normalize("क्\u{200D}ष") == "क्\u{200D}ष")
    }

    @Test("fold names are reported")
    func foldNames() {
        let folded = SearchFolder().fold("ज़िन्दगी २")
        #expect(folded.applied.foldNames == ["nukta", "nasal-anusvara", "digits"])
    }
}

@Suite("Offsets back to the original text")
struct FoldOffsetTests {
    /// Checks that every folded code point maps to a source range that lies inside the input and that the
    /// mapping is monotonic.
    func checkMonotonic(_ text: String, _ folded: FoldedText) {
        let count = text.unicodeScalars.count
        var previous = 0
        for index in 0..<folded.count {
            let range = folded.sourceRange(of: index..<index + 1)
            #expect(range.lowerBound >= previous)
            #expect(range.upperBound <= count)
            previous = range.lowerBound
        }
    }

    @Test("a folded span maps back to the original spelling")
    func spanRoundTrip() {
        let text = "नई दिल्ली: कज़ाकिस्तान में गाँधी 🙏🏽 की हिन्दी प्रतिमा"
        let folded = SearchFolder().fold(text)
        checkMonotonic(text, folded)
        let scalars = Array(text.unicodeScalars)
        func original(_ key: String) -> String? {
            let needle = Array(key.unicodeScalars.map(\.value))
            guard let start = (0...(folded.count - needle.count)).first(where: { Array(folded.scalars[$0..<$0 + needle.count]) == needle })
            else { return nil }
            let range = folded.sourceRange(of: start..<start + needle.count)
            return String(String.UnicodeScalarView(scalars[range]))
        }
        #expect(original("कजाकिस्तान") == "कज़ाकिस्तान")
        #expect(original("गांधी") == "गाँधी")
        #expect(original("हिंदी") == "हिन्दी")
        #expect(original("प्रतिमा") == "प्रतिमा")
    }

    @Test("non-NFC input maps whole normalization chunks")
    func decomposedInput() {
        // "é" written as e + COMBINING ACUTE, then a Devanagari word with precomposed QA.
        let text = "Cafe\u{0301} \u{0958}लम"
        let folded = SearchFolder().fold(text)
        checkMonotonic(text, folded)
        #expect(folded.string == "café कलम")
        let range = folded.sourceRange(of: 5..<8)
        #expect(range == 6..<9)
    }

    @Test("emoji and other astral code points count as one offset each")
    func astral() {
        let text = "🇮🇳 भारत"
        let folded = SearchFolder().fold(text)
        #expect(folded.sourceRange(of: 3..<7) == 3..<7)
    }

    @Test("the UTF-8 NFC shortcut answers yes only for text NFC leaves alone", arguments: [
        ("अस्ताना में जयशंकर ने कहा", true), ("Pushkin Park, ₹ 10", true), ("फ\u{093C}िल्म", true),
        ("\u{095E}िल्म", false), ("न\u{093C}", false), ("cafe\u{0301}", false), ("ਪੰਜਾਬ", false),
    ])
    func nfcShortcut(_ text: String, _ certain: Bool) {
        #expect(SearchFolder.isCertainlyNFC(utf8: text) == certain)
        #expect(SearchFolder.isCertainlyNFC(utf8: text) == SearchFolder.isCertainlyNFC(text.unicodeScalars.map(\.value)))
        // Whatever the shortcut says, the result is NFC.
        let nfc = TextNormalizer.nfc(text)
        #expect(nfc == text.precomposedStringWithCanonicalMapping)
        #expect(Array(nfc.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("the search key's byte shortcut gives what folding gives, on the seeds and edge cases")
    func keyShortcut() throws {
        var texts = [
            "", " ", "भारत", " भारत", "भारत ", "भारत  रूस", "भारत\tरूस", "हिन्दी", "सम्बन्ध", "गाँधी", "फ़िल्म", "फ\u{093C}िल्म",
            "\u{095E}िल्म", "२०२४ में", "SCO", "Sco", "sco", "a|b", "ज़ि\u{200D}ला", "क\u{00AD}ख", "ईद\u{00A0}मुबारक", "café", "cafe\u{0301}",
            "॥ इति ॥", "लावरोफ़", "ऩ", "कम्\u{200C}प", "ਪੰਜਾਬ", "naïve", "x\u{2009}y",
        ]
        for path in ["seeds/000_5a3696012ead648c.txt", "seeds/001_b0c5e96b4392f483.txt"] {
            let text = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../\(path)").standardizedFileURL, encoding: .utf8)
            for line in text.split(separator: "\n") {
                texts.append(String(line))
                texts += line.split(separator: " ").map(String.init)
            }
        }
        var shortcuts = 0
        for options in [FoldOptions.search, FoldOptions.search.subtracting(.latinCase), []] {
            let folder = SearchFolder(options: options)
            for text in texts {
                if SearchFolder.foldsToItself(utf8: text) { shortcuts += 1 }
                #expect(folder.key(text) == folder.fold(text).string, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        #expect(shortcuts > texts.count)  // most words take the shortcut
    }
}
