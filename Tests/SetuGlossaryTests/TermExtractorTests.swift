@testable import SetuGlossary
import Testing

@Suite("Term extraction: English from abbreviations")
struct TermExtractorTests {
    @Test(
        "a short form made of its long form's first syllables",
        arguments: [
            ("भाजपा", "भारतीय जनता पार्टी", true), ("झामुमो", "झारखंड मुक्ति मोर्चा", true), ("राजद", "राष्ट्रीय जनता दल", true),
            ("सपा", "समाजवादी पार्टी", true),
            // Translated names are shortened by their English initials, not by syllables.
            ("ईसीआई", "भारत निर्वाचन आयोग", false), ("इसरो", "भारतीय अंतरिक्ष अनुसंधान संगठन", false),
        ])
    func syllabic(_ short: String, _ long: String, _ expected: Bool) {
        #expect(TermExtractor.isSyllabicAbbreviation(short, of: long) == expected)
    }

    @Test("a party named with its syllabic abbreviation gets romanized English, and the abbreviation its initials")
    func partyEnglish() {
        let extractor = TermExtractor()
        extractor.add("रांची। भारतीय जनता पार्टी (भाजपा) के प्रदेश अध्यक्ष ने कहा कि भाजपा चुनाव जीतेगी। भाजपा के नेता रांची पहुंचे।", document: 0)
        extractor.add("भाजपा ने घोषणापत्र जारी किया। विपक्ष ने भाजपा की आलोचना की।", document: 1)
        let candidates = extractor.candidates()
        let short = candidates.first { $0.hindi == "भाजपा" }
        let long = candidates.first { $0.hindi == "भारतीय जनता पार्टी" }
        #expect(short?.english == "BJP")
        #expect(long?.english.hasSuffix("Party") == true)
        #expect(long?.evidence == .romanization)
    }
}
