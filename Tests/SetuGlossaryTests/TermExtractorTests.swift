@testable import SetuGlossary
import SetuText
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

    @Test("a name of listed given names and surnames is a person without other cues; a generic place head after a rare word is a place")
    func listedNamesAndGenericHeads() {
        let extractor = TermExtractor()
        extractor.add("अस्ताना में महात्मा गांधी की प्रतिमा पर श्रद्धांजलि अर्पित की गई। बाद में पुश्किन पार्क में कार्यक्रम हुआ।", document: 0)
        extractor.add("कार्यक्रम में महात्मा गांधी के विचारों पर चर्चा हुई।", document: 1)
        let candidates = extractor.candidates()
        let gandhi = candidates.first { $0.hindi == "महात्मा गांधी" }
        #expect(gandhi?.type == .person)
        #expect(gandhi?.reasons.contains(.listedName) == true)
        #expect(gandhi?.english == "Mahatma Gandhi")
        let park = candidates.first { $0.hindi == "पुश्किन पार्क" }
        #expect(park?.type == .place)
        #expect(park?.english == "Pushkin Park")
        // Common words are not a name however they are used together.
        #expect(!candidates.contains { $0.hindi == "कार्यक्रम" && $0.isName })
    }

    @Test("a party named with its syllabic abbreviation gets romanized English, and the abbreviation its initials")
    func partyEnglish() {
        // A party Setu's list of institutions does not know.
        let extractor = TermExtractor()
        extractor.add("रांची। जन कल्याण पार्टी (जकपा) के प्रदेश अध्यक्ष ने कहा कि जकपा चुनाव जीतेगी। जकपा के नेता रांची पहुंचे।", document: 0)
        extractor.add("जकपा ने घोषणापत्र जारी किया। विपक्ष ने जकपा की आलोचना की।", document: 1)
        let candidates = extractor.candidates()
        let short = candidates.first { $0.hindi == "जकपा" }
        let long = candidates.first { $0.hindi == "जन कल्याण पार्टी" }
        #expect(short?.english == "JKP")
        #expect(long?.english.hasSuffix("Party") == true)
        #expect(long?.evidence == .romanization)
    }

    @Test("well-known institutions take the English of Setu's list: translated names, abbreviations as written in English")
    func institutions() throws {
        let extractor = TermExtractor()
        extractor.add("भारतीय जनता पार्टी (भाजपा) ने घोषणापत्र जारी किया। इसरो ने उपग्रह प्रक्षेपित किया।", document: 0)
        extractor.add("भाजपा के नेता ने कहा कि भारतीय पुरातत्व सर्वेक्षण स्मारक की मरम्मत करेगा। इसरो के अध्यक्ष पहुंचे।", document: 1)
        let candidates = extractor.candidates()
        let party = try #require(candidates.first { $0.hindi == "भारतीय जनता पार्टी" })
        #expect(party.english == "Bharatiya Janata Party")
        #expect(party.evidence == .gazetteer)
        #expect(party.evidenceNote == "Setu's list of institutions")
        #expect(party.type == .organization)
        #expect(candidates.first { $0.hindi == "भाजपा" }?.english == "BJP")
        #expect(candidates.first { $0.hindi == "इसरो" }?.english == "ISRO")
        #expect(candidates.first { $0.hindi == "भारतीय पुरातत्व सर्वेक्षण" }?.english == "Archaeological Survey of India")
    }

    @Test("an administrative title (जिलाधिकारी, एसडीएम, कुलसचिव) is context for the name after it, not part of it")
    func administrativeTitles() {
        let extractor = TermExtractor()
        extractor.add("दरभंगा के जिलाधिकारी अनुराग सिन्हा ने राहत शिविरों का दौरा किया। एसडीएम मीनाक्षी त्रिपाठी ने बताया कि नावें तैनात हैं।", document: 0)
        extractor.add("जिलाधिकारी अनुराग सिन्हा ने कहा कि बांध सुरक्षित है। कुलसचिव विनोद बंसल ने परीक्षा की तारीख बताई।", document: 1)
        let hindi = Set(extractor.candidates().map(\.hindi))
        #expect(hindi.contains("अनुराग सिन्हा"))
        #expect(hindi.contains("मीनाक्षी त्रिपाठी"))
        #expect(hindi.contains("विनोद बंसल"))
        #expect(!hindi.contains { $0.hasPrefix("जिलाधिकारी") || $0.hasPrefix("एसडीएम") || $0.hasPrefix("कुलसचिव") })
    }

    @Test("a name inside a longer Latin run (a headline) is English evidence: सर्गेई लावरोव → Sergey Lavrov")
    func latinSubRun() {
        let extractor = TermExtractor()
        extractor.add("S Jaishankar Sergey Lavrov Meeting: विदेश मंत्री ने रूसी विदेश मंत्री सर्गेई लावरोव से बात की।", document: 0)
        extractor.add("रूसी विदेश मंत्री सर्गेई लावरोव ने कहा कि बातचीत अच्छी रही।", document: 1)
        #expect(extractor.candidates().first { $0.hindi == "सर्गेई लावरोव" }?.english == "Sergey Lavrov")
    }

    @Test("a hyphenated acronym in Hindi letter names keeps its hyphen in English (सीयूईटी-यूजी → CUET-UG)")
    func hyphenatedAcronym() {
        let extractor = TermExtractor()
        extractor.add("सीयूईटी-यूजी के नतीजे घोषित हुए। छात्रों ने सीयूईटी-यूजी की उत्तर कुंजी पर आपत्ति की।", document: 0)
        extractor.add("एनटीए ने कहा कि सीयूईटी-यूजी की नई उत्तर कुंजी जारी होगी।", document: 1)
        #expect(extractor.candidates().first { $0.hindi == "सीयूईटी-यूजी" }?.english == "CUET-UG")
    }

    @Test("a district named like a common word (सागर: sea) is a place only where the text speaks of a place")
    func commonWordPlaces() {
        let plain = TermExtractor()
        plain.add("सागर की लहरें तट से टकराईं और सागर का पानी गांव तक पहुंचा। मछुआरे सागर से लौट आए।", document: 0)
        plain.add("सागर में ऊंची लहरें उठीं। सागर के किनारे लोग जमा हुए।", document: 1)
        #expect(!plain.candidates().contains { $0.hindi == "सागर" })
        let place = TermExtractor()
        place.add("सागर जिले में बाढ़ से कई गांव डूब गए। सागर जिले के कलेक्टर ने राहत शिविर लगाए।", document: 0)
        #expect(place.candidates().first { $0.hindi == "सागर" }?.english == "Sagar")
    }

    @Test("a place name opened by a function word is one candidate (नई दिल्ली), and coordinated institution names stay whole")
    func placeOpenedByFunctionWord() {
        let extractor = TermExtractor()
        extractor.add("नई दिल्ली में विदेश मंत्रालय ने बताया कि बैठक नई दिल्ली के हैदराबाद हाउस में होगी।", document: 0)
        extractor.add("अदालत ने खान एवं भूतत्व विभाग के सचिव को नोटिस भेजा। खान एवं भूतत्व विभाग ने जवाब दिया।", document: 1)
        let candidates = extractor.candidates()
        let capital = candidates.first { $0.hindi == "नई दिल्ली" }
        #expect(capital?.english == "New Delhi")
        #expect(!candidates.contains { $0.hindi == "दिल्ली" })
        #expect(candidates.first { $0.hindi == "खान एवं भूतत्व विभाग" }?.english == "Mines and Geology Department")
        #expect(!candidates.contains { $0.hindi == "भूतत्व विभाग" })
    }

    @Test("a list of two names is not one name")
    func coordination() {
        let extractor = TermExtractor()
        extractor.add("याचिकाकर्ता ने एनजीटी और सुप्रीम कोर्ट दोनों का दरवाजा खटखटाया। एनजीटी और सुप्रीम कोर्ट ने रिपोर्ट मांगी।", document: 0)
        let hindi = Set(extractor.candidates().map(\.hindi))
        #expect(!hindi.contains("एनजीटी और सुप्रीम कोर्ट"))
        #expect(hindi.contains("सुप्रीम कोर्ट"))
        #expect(hindi.contains("एनजीटी"))
    }

    @Test("institution names get English composed from the vocabulary, with its glosses")
    func vocabularyEnglish() throws {
        let extractor = TermExtractor()
        // A body Setu's list of institutions does not know.
        extractor.add("नई दिल्ली। भारत खाद्य सुरक्षा आयोग ने झारखंड में दो चरणों में जांच की घोषणा की।", document: 0)
        extractor.add("भारत खाद्य सुरक्षा आयोग के अनुसार मतदान केंद्र पर कतारें लगीं। मतदान केंद्र के बाहर पुलिस तैनात थी।", document: 1)
        let candidates = extractor.candidates()
        let commission = try #require(candidates.first { $0.hindi == "भारत खाद्य सुरक्षा आयोग" })
        #expect(commission.english == "Food Security Commission of India")
        #expect(commission.evidence == .vocabulary)
        #expect(commission.evidenceNote.contains("आयोग=commission"))
        #expect(candidates.first { $0.hindi == "मतदान केंद्र" }?.english == "polling station")
    }

    @Test("a fixed term of the vocabulary is proposed even when seen once; a free phrase of common words is not")
    func vocabularyTerm() throws {
        let extractor = TermExtractor()
        extractor.add("दोनों देशों ने ऊर्जा सहयोग पर एक समझौता ज्ञापन पर हस्ताक्षर किए। बैठक में कई नेता मौजूद थे।", document: 0)
        let candidates = extractor.candidates()
        let memorandum = try #require(candidates.first { $0.hindi == "समझौता ज्ञापन" })
        #expect(memorandum.reasons.contains(.vocabularyTerm))
        #expect(memorandum.english == "memorandum of understanding")
        #expect(!candidates.contains { $0.hindi == "कई नेता" })
    }

    @Test("a phrase of English loans seen once is proposed as a borrowed term")
    func borrowedPhrase() {
        let extractor = TermExtractor()
        extractor.add("अदालत में सरकार की स्टेटस रिपोर्ट पर सुनवाई हुई। वकीलों ने कहा कि फैसला जल्द आएगा।", document: 0)
        #expect(extractor.candidates().contains { $0.hindi == "स्टेटस रिपोर्ट" })
    }
}

@Suite("Phonetic keys")
struct PhoneticKeyTests {
    /// The key as first written, on Characters, one merge after another (the reference for the byte version).
    static func reference(_ latin: String) -> String {
        var text = latin.lowercased().filter { $0.isASCII && $0.isLetter }
        for (from, to) in PhoneticKey.merges {
            guard text.contains(from) else { continue }
            var result = ""
            var index = text.startIndex
            while index < text.endIndex {
                if text[index...].hasPrefix(from) {
                    result += to
                    index = text.index(index, offsetBy: from.count)
                } else {
                    result.append(text[index])
                    index = text.index(after: index)
                }
            }
            text = result
        }
        var key = ""
        for (index, character) in text.enumerated() {
            if index > 0, "aeiouy".contains(character) { continue }
            if key.last == character { continue }
            key.append(character)
        }
        return key
    }

    @Test("the byte version gives the Character version's key, on names and on random Latin text")
    func sameAsReference() {
        for name in ["Jaishankar", "Sergey Lavrov", "Schwarzschild", "Phukan", "Chhattisgarh", "Xi Jinping", "Quick Check", "Élysée", "José", "Jose\u{301}", "Zak Crawley"] {
            #expect(PhoneticKey.of(name) == Self.reference(name), "\(name)")
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ  -'.éü")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(PhoneticKey.of(text) == Self.reference(text), "\(text)")
        }
    }
}

@Suite("Typos of common words")
struct TypoCorrectionTests {
    @Test("a word missing from the frequency list one swap or one extra letter from a common word is its typo; names are not")
    func corrections() {
        let frequency = HindiWordFrequency.shared
        let folder = SearchFolder()
        #expect(frequency.typoCorrection(key: folder.key("मौजदू")) == folder.key("मौजूद"))
        #expect(frequency.typoCorrection(key: folder.key("सरकारर")) == folder.key("सरकार"))
        // Listed words, short words and names far from any common word stay as they are.
        #expect(frequency.typoCorrection(key: folder.key("सरकार")) == nil)
        #expect(frequency.typoCorrection(key: folder.key("अस्ताना")) == nil)
        #expect(frequency.typoCorrection(key: folder.key("कजाकिस्तान")) == nil)
    }

    @Test("a phrase seen once and made rare only by a typo is not proposed as a term; with a rare word it is")
    func typoPhrases() {
        let typo = TermExtractor()
        typo.add("बैठक में मौजदू रूसी अधिकारियों ने भाग लिया।", document: 0)
        #expect(!typo.candidates().contains { $0.hindi.contains("मौजदू") })
        let rare = TermExtractor()
        rare.add("बैठक में निर्बाध नौवहन पर चर्चा हुई।", document: 0)
        #expect(rare.candidates().contains { $0.hindi == "निर्बाध नौवहन" })
    }

    @Test("a common listed name word (सिंह) inside a name does not hide its cues; a film-maker's title is not part of the name")
    func commonNameWords() {
        let extractor = TermExtractor()
        extractor.add("स्टॉपेज टाइम के तीसरे मिनट में डिफेंडर जसकरण सिंह बराड़ ने कॉर्नर पर हेडर से गोल किया।", document: 0)
        extractor.add("इसके बाद गोलकीपर नाओरेम टोम्बा सिंह ने दो शानदार बचाव किए।", document: 0)
        extractor.add("फिल्मकार चिनेडु ओकाफ़ोर ने कहा कि जूरी का फैसला साहसी है।", document: 1)
        // A listed given name before a rarely used word, acting without a verb of saying.
        extractor.add("दूसरे हाफ में सुनीता कोनवार ने दो गोल दागे।", document: 1)
        // A hyphenated title is a title.
        extractor.add("21वें मिनट में उप-कप्तान हरसिमरन सिंह बाजवा ने ड्रैग-फ्लिक से गोल किया।", document: 1)
        let candidates = extractor.candidates()
        let brar = candidates.first { $0.hindi == "जसकरण सिंह बराड़" }
        #expect(brar?.type == .person)
        #expect(brar?.english.hasSuffix("Singh Brar") == true)
        #expect(candidates.first { $0.hindi == "नाओरेम टोम्बा सिंह" }?.type == .person)
        #expect(candidates.first { $0.hindi == "चिनेडु ओकाफ़ोर" }?.type == .person)
        #expect(!candidates.contains { $0.hindi.hasPrefix("फिल्मकार") })
        #expect(candidates.first { $0.hindi == "सुनीता कोनवार" }?.type == .person)
        #expect(candidates.first { $0.hindi == "हरसिमरन सिंह बाजवा" }?.type == .person)
    }

    @Test("a place's name inside a name that acts, with words general Hindi rarely uses, is a team or company")
    func teamNames() {
        let extractor = TermExtractor()
        extractor.add("फाइनल में चेन्नई सुपर किंग्स ने मुंबई को पांच विकेट से हराया।", document: 0)
        extractor.add("इससे पहले चेन्नई सुपर किंग्स ने लगातार तीन मैच जीते थे।", document: 1)
        let candidates = extractor.candidates()
        let team = candidates.first { $0.hindi == "चेन्नई सुपर किंग्स" }
        #expect(team?.type == .organization)
        #expect(team?.english == "Chennai Super Kings")
    }

    @Test("a phrase of loans and places is English throughout; a continent makes a name")
    func englishThroughout() {
        let extractor = TermExtractor()
        extractor.add("यह अध्ययन न्यू इंग्लैंड जर्नल ऑफ मेडिसिन में छपा। फेज-3 ट्रायल अगले महीने शुरू होगा।", document: 0)
        extractor.add("न्यू इंग्लैंड जर्नल ऑफ मेडिसिन के संपादकों ने फेज-3 ट्रायल के नतीजे जांचे। एशिया कप में भारत खेलेगा।", document: 1)
        extractor.add("एशिया कप का फाइनल रविवार को होगा।", document: 2)
        let candidates = extractor.candidates()
        #expect(candidates.first { $0.hindi == "न्यू इंग्लैंड जर्नल ऑफ मेडिसिन" }?.english.lowercased() == "new england journal of medicine")
        #expect(candidates.first { $0.hindi == "एशिया कप" }?.isName == true)
        #expect(candidates.first { $0.hindi == "एशिया कप" }?.english == "Asia Cup")
    }

    @Test("after a generic noun of its kind, rarely used words are an organization's name, the noun not part of it; X नामक is a name")
    func afterDescriptor() {
        let extractor = TermExtractor()
        extractor.add("परीक्षण का खर्च दवा कंपनी गोमती लाइफसाइंसेज उठा रही है।", document: 0)
        extractor.add("अगले चरण का खर्च भी दवा कंपनी गोमती लाइफसाइंसेज देगी।", document: 1)
        // Called by name with नामक.
        extractor.add("तट की ओर बढ़ रहे सरवाना नामक तूफान से मछुआरों को सतर्क किया गया।", document: 1)
        let candidates = extractor.candidates()
        let company = candidates.first { $0.hindi == "गोमती लाइफसाइंसेज" }
        #expect(company?.type == .organization)
        #expect(company?.reasons.contains(.afterDescriptor) == true)
        #expect(!candidates.contains { $0.hindi == "लाइफसाइंसेज" && $0.isName })
        let storm = candidates.first { $0.hindi == "सरवाना" }
        #expect(storm?.isName == true && storm?.reasons.contains(.named) == true)
    }
}
