import SetuText
import Testing

@testable import SetuGlossary

/// English composed word by word for institution names and news terms.
@Suite("Term vocabulary")
struct TermVocabularyTests {
    @Test("institution names follow Indian English conventions", arguments: [
        ("केंद्रीय जल आयोग", "Central Water Commission"),
        ("भारत निर्वाचन आयोग", "Election Commission of India"),
        ("भारतीय खाद्य निगम", "Food Corporation of India"),
        ("भारत सरकार", "Government of India"),
        ("आवास एवं शहरी कार्य मंत्रालय", "Ministry of Housing and Urban Affairs"),
        ("कृषि मंत्रालय", "Ministry of Agriculture"),
        ("राष्ट्रीय पोषण संस्थान", "National Institute of Nutrition"),
        ("पटना विश्वविद्यालय", "Patna University"),
        ("बिहार राज्य प्रदूषण नियंत्रण बोर्ड", "Bihar State Pollution Control Board"),
        ("भारत-जापान रणनीतिक वार्ता", "India-Japan Strategic Dialogue"),
        ("उत्तर प्रदेश मेट्रो रेल कॉरपोरेशन", "Uttar Pradesh Metro Rail Corporation"),
        // A nationality adjective named like its language (CLDR): Russian, not Russia.
        ("रूसी सेना", "Russian Army"),
    ])
    func names(_ hindi: String, _ english: String) {
        #expect(TermVocabulary.shared.compose(hindi, isName: true)?.english == english)
    }

    @Test("common terms stay lower case; a noun before a noun takes its modifier form", arguments: [
        ("न्यूनतम समर्थन मूल्य", "minimum support price"),
        ("न्यूनतम समर्थन मूल्यों", "minimum support price"),
        ("प्राथमिक कृषि साख सहकारी समिति", "primary agricultural credit cooperative society"),
        ("जनहित याचिका", "public interest litigation"),
        ("मतदान केंद्र", "polling station"),
        ("राज्य सरकार", "state government"),
        ("बुलेट ट्रेन परियोजना", "bullet train project"),
        // Fixed terms of the news vocabulary (`newsTerms`), inflected too.
        ("अंतरिम आदेश", "interim order"), ("जमानत याचिकाओं", "bail plea"),
    ])
    func terms(_ hindi: String, _ english: String) {
        #expect(TermVocabulary.shared.compose(hindi, isName: false)?.english == english)
    }

    @Test("the glosses behind a composition are given")
    func glosses() throws {
        let composed = try #require(TermVocabulary.shared.compose("केंद्रीय जल आयोग", isName: true))
        #expect(composed.glosses == "केंद्रीय=central, जल=water, आयोग=commission")
    }

    @Test("a term with a word the vocabulary does not know is not composed", arguments: ["चापाकल मरम्मत", "तलहटी", "अनुमत गहराई"])
    func unknownWords(_ hindi: String) {
        #expect(TermVocabulary.shared.compose(hindi, isName: false) == nil)
    }

    @Test("names with a head kept in Hindi are romanized, not translated", arguments: [
        "प्रधानमंत्री आवास योजना", "झारखंड मुक्ति मोर्चा", "अमीनाबाद व्यापार मंडल",
    ])
    func keptNames(_ hindi: String) {
        #expect(TermVocabulary.shared.keepsHindi(hindi))
        #expect(TermVocabulary.shared.compose(hindi, isName: true) == nil)
    }

    @Test("a whole entry is recognized, a phrase with other words is not")
    func entries() {
        #expect(TermVocabulary.shared.isEntry("खंडपीठ"))
        #expect(TermVocabulary.shared.isEntry("समझौता ज्ञापन"))
        #expect(!TermVocabulary.shared.isEntry("रणधीर जायसवाल"))
    }

    @Test("a long name starts at a proper name or adjective of the vocabulary, not at any common word")
    func opensName() {
        let folder = SetuText.SearchFolder()
        func keys(_ text: String) -> ArraySlice<String> { text.split(separator: " ").map { folder.key(String($0)) }[...] }
        let vocabulary = TermVocabulary.shared
        let united = vocabulary.opensName(keys("संयुक्त राष्ट्र सुरक्षा परिषद"))
        let polar = vocabulary.opensName(keys("ध्रुवीय उपग्रह प्रक्षेपण यान"))
        let commercialArm = vocabulary.opensName(keys("व्यावसायिक शाखा न्यूस्पेस इंडिया लिमिटेड"))
        let branchManager = vocabulary.opensName(keys("शाखा प्रबंधक"))
        #expect(united)
        #expect(polar)
        #expect(!commercialArm)
        #expect(!branchManager)
    }
}
