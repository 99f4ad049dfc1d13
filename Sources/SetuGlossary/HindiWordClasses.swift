import SetuText

/// Closed word classes of Hindi and the cue words around names, as search keys: one owner for the
/// function-word lists that the glossary builder, the name spotter and term suggestions share.
///
/// A term candidate is a noun phrase, so it never contains or ends at a postposition, an auxiliary, a
/// verb form, a conjunction, a pronoun, a determiner or a quantifier. The lists are closed classes written
/// out by hand (they do not grow with the corpus); verb forms are generated from common stems and the
/// regular endings (`कर` + `ने`, `ता`, `ेगा` …). Words are compared after search folding, so नहीं/नहीँ or
/// ज़रूर/जरूर need one entry.
public enum HindiWordClasses {
    /// What a closed-class word is; `nil` for open-class words.
    public enum Class: String, Sendable {
        case postposition, auxiliary, verb, conjunction, pronoun, determiner, particle, adverb, number
    }

    static let postpositions = HindiFunctionWords.postpositions + """
         आगे कारण वजह लेकर संबंध बदले तरह भर वाला वाले वाली वालों करीब क़रीब लगभग स्थान जगह विरोध तले नामक
        """
    static let auxiliaries = HindiFunctionWords.auxiliaries + """
         होना होने होनी रहेगा रहेगी रहेंगे जाएगा जाएगी जाएंगे जाएंगी जायेगा जायेगी जाता जाती जाते जाना जाने सकेगा सकेंगे \
        सकें पाया पाई पाए
        """
    static let conjunctions = """
        और तथा एवं व या अथवा कि लेकिन परंतु परन्तु किंतु किन्तु मगर बल्कि अगर यदि तो जबकि क्योंकि इसलिए चूंकि ताकि \
        जब तब जहां जहाँ वहां वहाँ यहां यहाँ जो जिसे जिसका जिसकी जिसके जिससे जिसमें जिन जिनका जिनकी जिनके जिन्होंने \
        जिस जिनमें जिनसे जिन्हें जिनपर जिसपर जिनको जिसको जिनकी जिसने ना न फिर वरना
        """
    static let pronouns = """
        मैं मुझे मेरा मेरी मेरे हम हमें हमारा हमारी हमारे आप आपका आपकी आपके तुम तुम्हारा यह वह ये वे यही वही इस उस इन उन \
        इसे उसे इन्हें उन्हें इसका इसकी इसके उसका उसकी उसके इनका इनकी इनके उनका उनकी उनके इसमें उसमें इनमें उनमें इससे उससे \
        इनसे उनसे इसने उसने इन्होंने उन्होंने अपना अपनी अपने खुद ख़ुद स्वयं कोई किसी कुछ सब सबको सबसे क्या कौन कौन-सा कौन-सी कौन-से कौनसा कौनसी कौनसे किस किसे \
        कैसे कब कहां कहाँ क्यों वो
        """
    static let determiners = """
        एक दो तीन चार पांच पाँच छह छः सात आठ नौ दस ग्यारह बारह बीस पचास सौ हज़ार हजार लाख करोड़ अरब दर्जन \
        पहला पहली पहले दूसरा दूसरी दूसरे तीसरा तीसरी तीसरे चौथा चौथी चौथे पांचवां अंतिम आखिरी आख़िरी अगला अगली अगले \
        पिछला पिछली पिछले कई सभी सारे सारी सारा हर प्रत्येक अन्य दोनों तीनों चारों अधिकांश अधिकतर ज्यादातर ज़्यादातर \
        अधिक कम ज्यादा ज़्यादा बहुत काफी काफ़ी थोड़ा थोड़ी थोड़े पूरा पूरी पूरे कुल ऐसा ऐसी ऐसे वैसा वैसे इतना इतनी इतने \
        उतना कितना कितने सबसे लगभग करीब कुछेक बड़ा बड़ी बड़े छोटा छोटी छोटे नया नई नए नये पुराना पुरानी पुराने अच्छा \
        अच्छी अच्छे खराब ख़राब भारी अहम विशेष खास ख़ास ताज़ा ताजा लंबा लंबी लंबे कड़ा कड़ी कड़े तेज़ तेज ऊंचा ऊंची ऊंचे \
        मौजूदा वर्तमान संबंधित विभिन्न अलग शुरुआती आगामी बाकी बाक़ी दोगुना दोगुनी आधा आधी मुख्य सामान्य \
        वर्षीय वर्षीया बराबर-बराबर ज्यादातर लगभग संभावित कथित तथाकथित
        """
    static let particles = "भी ही तो नहीं नहीँ मत न जी हां हाँ सिर्फ केवल मात्र भर तक ज़रूर जरूर शायद"
    static let adverbs = """
        आज कल परसों अब अभी तभी कभी सदा हमेशा फिर दोबारा पुनः जल्द जल्दी देर बाद सुबह शाम रात दोपहर इस्तेमाल \
        सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार \
        जनवरी फरवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर \
        वर्ष साल महीने महीना हफ्ते हफ़्ते सप्ताह दिन घंटे घंटा मिनट समय बार दौर यहीं वहीं लगातार धीरे तेज़ी तेजी \
        साथ-साथ बेहद बिल्कुल लगभग तुरंत सीधे पूरी तरह विशेषकर खासकर ख़ासकर इसके अलावा हालांकि हालाँकि दरअसल \
        वहीं यानी अर्थात
        """
    static let commonVerbs = """
        कहा कहे कही कहीं बताया बताई बताए कहना कहने कहते कहती किया किए किये की कीं दिया दिए दिये दी लिया लिए लिये ली \
        कर करें करे करो करना करने करता करती करते करेगा करेगी करेंगे करेंगी कराया कराई कराए कराने करवाया \
        दे दें देना देने देता देती देते देगा देगी देंगे ले लें लेना लेने लेता लेती लेते लेगा लेगी लेंगे \
        जा जाए जाएं जाये जाएँ आ आए आई आया आएं आये आने आना आता आती आते आएगा आएगी आएंगे \
        मिला मिली मिले मिलेगा मिलेगी मिलेंगे मिलने मिलता मिलती मिलते मिलना बना बनी बने बनेगा बनेगी बनाया बनाई बनाए बनाने \
        बनाना बनाता बनाती बनाते रखा रखी रखे रखने रखना रखता रखती रखते माना मानी माने मानना मानता मानते पाना पाने \
        लगा लगी लगे लगेगा लगने लगता लगती लगते जताई जताया जताते दिखा दिखी दिखे दिखाया दिखाई बढ़ा बढ़ी बढ़े बढ़ने बढ़ती \
        बढ़ता बढ़ते बढ़ाने बढ़ाया घटा घटी घटे घटने घटकर बढ़कर पहुंचा पहुंची पहुंचे पहुंचने पहुंचकर पहुँचा पहुँची पहुँचे \
        चाहता चाहती चाहते चाहा चाहेंगे देखा देखी देखे देखने देखना देखते सुना सुनी सुने रहना रहने रहकर लौटे लौटा लौटी \
        लौटेंगे हुआ शुरू ख़त्म खत्म जारी दर्ज तैनात शामिल मौजूद उपलब्ध संभव जरूरी ज़रूरी सुनिश्चित घोषित प्रभावित तय \
        कहेंगे बोले बोला बोली लिखा लिखी लिखे पढ़ा जुड़ी जुड़ा जुड़े जोड़ा गिरा गिरी गिरे उठाया उठाए चलाया चली चला चले \
        चलेगा रुका रुकी रुके छोड़ा छोड़ी छोड़े भेजा भेजी भेजे डाला डाली डाले सौंपा सौंपी सौंपे जीता जीती जीते हारा हारी हारे \
        खेला खेली खेले निकला निकली निकले निकाला उतरा उतरी उतरे टूटा टूटी टूटे मारा मारी मारे बचा बची बचे बचाया समझा \
        समझी समझे आईं गईं रहीं दीं लीं कीं हुईं चुकीं सकीं पड़ा पड़ी पड़े पड़ेगा दिखाईं \
        दायर सूखने सूखते ला पेश बंद खारिज ख़ारिज रद्द मंजूर मंज़ूर स्वीकार इनकार लागू गिरफ्तार गिरफ़्तार बरामद जब्त ज़ब्त नियुक्त निलंबित \
        प्रस्तुत आयोजित संपन्न प्राप्त हासिल पारित दाखिल दाख़िल रवाना स्थापित प्रक्षेपित तबाह नष्ट बहाल
        """
    static let numberWords = "शून्य डेढ़ ढाई सवा साढ़े पौने"
    /// Units after a number (`67.4 प्रतिशत मतदान`): the number's, not part of the phrase that follows.
    static let units = """
        प्रतिशत फीसदी फ़ीसदी करोड़ लाख हजार हज़ार किलोमीटर किमी मीटर किलो किलोग्राम टन लीटर डिग्री रुपये रुपए डॉलर \
        अंक गुना घंटे मिनट सेकंड साल वर्ष दिन महीने सीटों सीटें कंपनियां लोगों लोग मामले मामलों
        """
    static let unitKeys = keys(units)

    /// Verb stems whose regular forms (`stem + ना/ने/ता/ती/ते/ा/ी/े/ें/ेगा/ेगी/ेंगे/कर`) are verbs.
    static let verbStems = """
        कर हो जा दे ले रह सक कह बता आ मिल बन बना रख पा चाह लग बढ़ बढ़ा घट घटा दिख दिखा बोल सुन देख चल चला पहुंच \
        पहुँच बैठ उठ उठा मान जान समझ लिख पढ़ खोल बदल जीत हार खेल डाल भेज छोड़ मार बचा दिला करा सुना लौट जुड़ जोड़ \
        टूट तोड़ गिर उतर चढ़ निकल निकाल भर कट बांट सौंप ठहर सोच पूछ बुला मना लगा सजा जुटा गंवा गँवा हटा बिठा फैल \
        फैला घूम ढूंढ खरीद बेच भुगत झेल संभाल सँभाल पहन खो रो हंस बिक बता जता दोहरा \
        चल पड़ ला चुन खोद बटोर उड़ बरस झुलस
        """
    static let verbEndings = [
        "ना", "ने", "नी", "ता", "ती", "ते", "तीं", "ा", "ी", "े", "ें", "ीं", "ो", "ेगा", "ेगी", "ेंगे", "ेंगी", "ूंगा",
        "कर", "ाया", "ाई", "ाए", "ाएं", "ाएगा", "ाएगी", "ाएंगे", "ाने", "ाना", "ाता", "ाती", "ाते", "वाया", "वाई", "वाने",
        "एगा", "एगी", "एंगे", "एं", "ए", "ई", "ईं", "या", "ये", "यी",
    ]
    /// Forms the generated verb paradigm would wrongly claim (nouns spelled like a verb form).
    static let notVerbs: Set<String> = ["पानी", "खेल", "लगान", "देखरेख", "मानी", "करी", "रखी", "बनी", "खोली", "बोली", "उड़ी"]

    /// Titles and designations after which a person's name follows (`विदेश मंत्री अनिरुद्ध सहगल`). They are
    /// not terms of their own in a names glossary and end a candidate.
    static let titles = """
        मंत्री प्रधानमंत्री मुख्यमंत्री उपमुख्यमंत्री राष्ट्रपति उपराष्ट्रपति राज्यपाल उपराज्यपाल अध्यक्ष उपाध्यक्ष सचिव \
        महासचिव निदेशक महानिदेशक उपनिदेशक गवर्नर डिप्टी प्रवक्ता सांसद विधायक नेता कप्तान उपकप्तान कोच प्रशिक्षक अधिकारी \
        आयुक्त उपायुक्त न्यायाधीश न्यायमूर्ति जज प्रोफेसर प्रोफ़ेसर प्रो डॉ डॉक्टर वैज्ञानिक शोधकर्ता विशेषज्ञ राजदूत \
        उच्चायुक्त समकक्ष श्री श्रीमती सुश्री कुमारी मेजर जनरल कर्नल कैप्टन सीईओ चेयरमैन संस्थापक प्रमुख महापौर मेयर \
        कलेक्टर एसपी डीएम खिलाड़ी स्ट्राइकर गोलकीपर मिडफील्डर डिफेंडर बल्लेबाज गेंदबाज लेखक कवि अभिनेता अभिनेत्री \
        निर्देशक पत्रकार संपादक अधीक्षक सदस्य प्रत्याशी उम्मीदवार कार्यकर्ता किसान छात्र छात्रा निवासी पिता माता पत्नी पति \
        बेटे बेटी भाई बहन संयोजक प्रभारी संवाददाता दूत पदाधिकारी इंजीनियर \
        विश्लेषक अर्थशास्त्री शोधार्थी वकील अधिवक्ता नर्स उद्योगपति व्यवसायी कारोबारी प्रबंधक महाप्रबंधक सलाहकार \
        समन्वयक अभियंता प्राचार्य कुलपति निरीक्षक थानाध्यक्ष मुखिया सरपंच पार्षद महानिरीक्षक पुलिसकर्मी सिपाही \
        जवान मालिक चालक ड्राइवर अंपायर रेफरी फ़ील्डर हेड कमिश्नर एमडी चेयरपर्सन महाधिवक्ता अपर \
        जानकार याचिकाकर्ता वादी प्रतिवादी आरोपी अभियुक्त \
        जिलाधिकारी ज़िलाधिकारी उपजिलाधिकारी एसडीएम एसडीओ बीडीओ डीसी एसएसपी डीएसपी एएसपी डीआईजी आईजी डीजीपी एडीजी \
        तहसीलदार पटवारी लेखपाल कुलसचिव रजिस्ट्रार डीन प्रधानाचार्य प्रधानाध्यापक शिक्षक शिक्षिका अध्यापक चिकित्सक \
        सर्जन सीएमडी सीएफओ राज्यमंत्री उपमहापौर जिलाध्यक्ष प्रदेशाध्यक्ष उपसचिव \
        फिल्मकार फ़िल्मकार निर्माता गायक गायिका संगीतकार कलाकार चित्रकार रंगकर्मी नर्तक नृत्यांगना फोटोग्राफर फ़ोटोग्राफ़र \
        एथलीट धावक पहलवान मुक्केबाज निशानेबाज तीरंदाज ऑलराउंडर विकेटकीपर फॉरवर्ड स्वास्थ्यकर्मी सीएमओ सीडीएमओ बीएमओ
        """
    /// Words after a name that mark a person (`सहगल ने कहा`, `टुडू जी`, `इशिकावा का बयान`).
    static let personCues = "ने जी साहब"
    /// Verbs of saying that follow `NAME ने` (a person speaking rather than an institution acting).
    static let speechVerbs = HindiFunctionWords.speechVerbs + " माना बताते"
    /// Words after a name that mark a place (`दुमका जिले में`, `ओडिशा की राजधानी`, `पुरी पहुंचे`).
    static let placeCues = """
        जिले जिला ज़िले ज़िला जिलों ज़िलों शहर कस्बे क़स्बे तट तटों बंदरगाह राजधानी पहुंचे पहुंची पहुंचा पहुँचे \
        पहुँची पहुँचा स्थित निवासी प्रखंड प्रखंडों तहसील तहसीलों गांव गांवों गाँव गाँवों अनुमंडल थाना थाने
        """
    /// Last words of institution names (`… आयोग`, `… मंत्रालय`, `… मोर्चा`): a phrase ending in one is a name.
    static let organizationHeads = """
        आयोग मंत्रालय विभाग परिषद संगठन संस्थान एजेंसी मोर्चा बोर्ड निगम प्राधिकरण विश्वविद्यालय पार्टी न्यायालय \
        फाउंडेशन फ़ाउंडेशन लिमिटेड कॉर्पोरेशन कारपोरेशन ब्यूरो प्रतिष्ठान महासंघ अकादमी कमीशन काउंसिल बैंक फाइनेंस \
        बायोटेक इंडिया कोर्ट हाईकोर्ट दूतावास उच्चायोग \
        सिक्योरिटीज सिक्योरिटीज़ ब्रोकिंग कैपिटल होल्डिंग्स वेंचर्स टेक्नोलॉजीज टेक्नोलॉजीज़ इंडस्ट्रीज इंडस्ट्रीज़ \
        एंटरप्राइजेज एंटरप्राइज़ेज़ रिन्यूएबल्स इंफ्राटेक इंफ्रास्ट्रक्चर लॉजिस्टिक्स फार्मास्युटिकल्स फार्मा इन्फोटेक \
        इंफोटेक मोटर्स टेक्सटाइल्स केमिकल्स इन्वेस्टमेंट्स एसोसिएट्स
        """
    /// True for the last word of an institution's, event's or place's name, strong or generic (`… आयोग`,
    /// `… समिति`, `… सम्मेलन`, `… सागर`).
    static func isNameHead(key: String) -> Bool {
        organizationHeadKeys.contains(key) || weakOrganizationHeadKeys.contains(key) || eventHeadKeys.contains(key) || placeHeadKeys.contains(key)
    }

    /// Generic nouns an organization's name follows in apposition (`रेटिंग एजेंसी क्रिसिल`, `दवा कंपनी …`,
    /// `देश के सबसे बड़े कर्जदाता भारतीय स्टेट बैंक`).
    static let organizationDescriptors = "कंपनी संस्था फर्म एजेंसी बैंक कर्जदाता क़र्ज़दाता ऋणदाता ब्रोकरेज संगठन"
    static let organizationDescriptorKeys = keys(organizationDescriptors)

    /// Last words of organizations that are as often generic (`पुलिस बल`, `ग्राम सभा`): weaker evidence.
    static let weakOrganizationHeads = "समिति संघ सेना बल पुलिस अदालत सभा संसद ट्रस्ट कंपनी अस्पताल कॉलेज मिशन कोष दल केंद्र मंडल सर्वेक्षण योजना"
    /// Last words of event names (`… शिखर सम्मेलन`, `… लीग`, `… वार्ता`).
    static let eventHeads = "सम्मेलन वार्ता लीग कप टूर्नामेंट चैंपियनशिप महोत्सव मेला ओलंपिक दिवस समारोह अभियान"
    /// Last words of place names (`बंगाल की खाड़ी`, `दक्षिण चीन सागर`, `हिंद-प्रशांत क्षेत्र`).
    static let placeHeads = "सागर महासागर खाड़ी नदी द्वीप पर्वत झील घाटी नगर प्रदेश स्टेडियम स्ट्रीट रोड एवेन्यू"
    /// Place-name endings that are also common nouns (`क्षेत्र`, `पार्क`, `चौक`): weaker evidence.
    static let weakPlaceHeads = "क्षेत्र पार्क मैदान पहाड़ी चौक"

    /// English equivalents of closed-class Hindi words, for aligning a corpus with its translation: knowing
    /// that नई is "new" keeps "new" out of the English of `शिक्षा नीति` in "the new education policy".
    public static let englishGlosses: [String: [String]] = {
        let pairs = """
            नई:new नया:new नए:new नये:new पुराना:old पुरानी:old पुराने:old पहला:first पहली:first पहले:first,before \
            दूसरा:second दूसरी:second दूसरे:second,other तीसरा:third अंतिम:final,last आखिरी:last अगला:next अगली:next \
            अगले:next पिछला:last,previous पिछली:last,previous पिछले:last,previous कई:several,many सभी:all हर:every,each \
            अन्य:other दोनों:both कुछ:some अधिक:more कम:less,fewer बड़ा:big,major,large बड़ी:big,major,large \
            बड़े:big,major,large छोटा:small छोटी:small छोटे:small कुल:total पूरा:whole,entire पूरी:whole,entire \
            एक:one,a,an दो:two तीन:three चार:four पांच:five छह:six सात:seven आठ:eight नौ:nine दस:ten सौ:hundred \
            हजार:thousand हज़ार:thousand लाख:lakh करोड़:crore प्रतिशत:per,cent,percent और:and तथा:and एवं:and या:or \
            लेकिन:but कि:that ने:said को:on,to में:in से:from,with,by पर:on,at के:of की:of का:of तक:till,until,by \
            लिए:for साथ:with बाद:after दौरान:during अनुसार:according आज:today कल:yesterday,tomorrow \
            सोमवार:monday मंगलवार:tuesday बुधवार:wednesday गुरुवार:thursday शुक्रवार:friday शनिवार:saturday \
            रविवार:sunday कहा:said बताया:said,told नहीं:not भी:also यह:this,it वह:he,she,that उन्होंने:he,she,they
            """
        var table: [String: [String]] = [:]
        for pair in pairs.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = pair.split(separator: ":")
            guard parts.count == 2 else { continue }
            table[folder.key(String(parts[0]))] = parts[1].split(separator: ",").map(String.init)
        }
        return table
    }()

    /// Endings of Indian place names (हैदराबाद, कानपुर, छत्तीसगढ़, हजरतगंज, श्रीनगर, तिरुवनंतपुरम).
    public static let placeNameEndings = ["नगर", "पुर", "पुरा", "पुरम", "गढ़", "गढ", "गंज", "बाद", "आबाद", "पुरी", "गांव", "गाँव"]
    /// Common words with a place-name ending.
    static let notPlaceNames = keys("महानगर बर्बाद आबाद जिंदाबाद ज़िंदाबाद मुर्दाबाद भरपुर तत्पुर नगर पुर गांव गाँव")
    static let placeEndingScalars = placeNameEndings.map { folder.key($0).unicodeScalars.map(\.value) }

    /// True for a single word spelled like an Indian place name: a place-name ending after a stem of at
    /// least two letters (`हैदराबाद`, `कानपुर`), not a common word with such an ending (`बर्बाद`).
    public static func hasPlaceNameEnding(key: String) -> Bool {
        guard !notPlaceNames.contains(key), !key.utf8.contains(0x20) else { return false }
        let scalars = key.unicodeScalars.map(\.value)
        return placeEndingScalars.contains { ending in
            scalars.count >= ending.count + 2 && Array(scalars.suffix(ending.count)) == ending
        }
    }

    static let folder = SearchFolder()

    static func keys(_ list: String) -> KeySet {
        KeySet(keyList(list))
    }

    static func keyList(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { folder.key(String($0)) }
    }

    /// Compared by bytes (`TextKey`): looked up for every token of every phrase.
    static let classByKey: [TextKey: Class] = {
        var table: [TextKey: Class] = [:]
        // Later lists do not override earlier ones: a postposition stays a postposition.
        let lists: [(String, Class)] = [
            (postpositions, .postposition), (auxiliaries, .auxiliary), (conjunctions, .conjunction), (pronouns, .pronoun),
            (particles, .particle), (determiners, .determiner), (numberWords, .number), (adverbs, .adverb),
            (commonVerbs, .verb),
        ]
        for (list, wordClass) in lists {
            for key in keyList(list) where table[TextKey(key)] == nil { table[TextKey(key)] = wordClass }
        }
        let excluded = Set(notVerbs.map { folder.key($0) })
        for stem in Set(keyList(verbStems)) {
            for ending in verbEndings {
                let form = folder.key(stem + ending)
                if table[TextKey(form)] == nil && !excluded.contains(form) { table[TextKey(form)] = .verb }
            }
        }
        return table
    }()

    static let titleKeys = keys(titles)
    static let personCueKeys = keys(personCues)
    static let speechVerbKeys = keys(speechVerbs)
    static let placeCueKeys = keys(placeCues)
    static let organizationHeadKeys = keys(organizationHeads)
    static let weakOrganizationHeadKeys = keys(weakOrganizationHeads)
    static let eventHeadKeys = keys(eventHeads)
    static let placeHeadKeys = keys(placeHeads)
    static let weakPlaceHeadKeys = keys(weakPlaceHeads)
    /// Place cue nouns that end a phrase (`दुमका जिले में`: the district is not part of the name).
    /// `स्थित` (located) ends a place the same way: `मॉस्को स्थित भारतीय दूतावास`.
    static let placeNounKeys = keys("जिले जिला ज़िले ज़िला जिलों ज़िलों शहर कस्बे क़स्बे प्रखंड प्रखंडों तहसील तहसीलों गांव गांवों गाँव गाँवों अनुमंडल स्थित")

    static let futureEndings = ["ेगा", "ेगी", "ेंगे", "ेंगी", "एगा", "एगी", "एंगे", "एंगी", "ूंगा", "ूंगी"].map { $0.unicodeScalars.map(\.value) }
    static let ordinalEndings = ["हवां", "हवीं", "हवें", "सवां", "सवीं", "सवें", "तवां", "तवीं", "तवें", "ठवां", "ठवीं", "ठवें"]
        .map { $0.unicodeScalars.map(\.value) }

    /// The closed class of a word given by its search key, or `nil` for an open-class word.
    public static func wordClass(ofKey key: String) -> Class? {
        if let known = classByKey[TextKey(key)] { return known }
        // Hyphenated verb pairs (आने-जाने).
        if key.utf8.contains(0x2D) {
            let parts = key.split(separator: "-").map { classByKey[TextKey(String($0))] }
            if parts.contains(.verb) { return .verb }
            // Closed-class words joined (दो-तीन, अक्टूबर-दिसंबर): of the first one's class.
            if let first = parts.first ?? nil, parts.allSatisfy({ $0 != nil }) { return first }
            // A word said twice is an adverb (घर-घर: door to door, गांव-गांव, धीरे-धीरे).
            let words = key.split(separator: "-")
            if words.count == 2 && words[0] == words[1] { return .adverb }
        }
        // Future tense (`करेगा`, `बढ़ाएंगे`) and ordinals (`बीसवें`) end in ा, ी, े or the anusvara: any other word
        // is open-class without reading its letters.
        guard let last = key.unicodeScalars.last?.value, last == 0x093E || last == 0x0940 || last == 0x0947 || last == 0x0902 else {
            return nil
        }
        let scalars = key.unicodeScalars.map(\.value)
        for ending in futureEndings where scalars.count > ending.count && scalars.suffix(ending.count).elementsEqual(ending) {
            return .verb
        }
        // Ordinals: सोलहवीं, बीसवें.
        for ending in ordinalEndings where scalars.count > ending.count + 2 && scalars.suffix(ending.count).elementsEqual(ending) {
            return .determiner
        }
        return nil
    }

    /// The closed class of `word`, or `nil` for an open-class word.
    public static func wordClass(of word: String) -> Class? { wordClass(ofKey: folder.key(word)) }

    /// True for a title or designation (`मंत्री`, `प्रवक्ता`, `डॉ`).
    public static func isTitle(key: String) -> Bool {
        // A hyphenated title is a title (उप-कप्तान, उप-मुख्यमंत्री, पूर्व-राष्ट्रपति).
        titleKeys.contains(key) || (key.utf8.contains(0x2D) && key.split(separator: "-").last.map { titleKeys.contains(String($0)) } == true)
    }
}
