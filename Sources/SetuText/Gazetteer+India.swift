/// Indian states, union territories and large cities with their official English names, for the places
/// CLDR does not name in Hindi (it has countries and the exemplar city of each time zone, so Kolkata but
/// not Bihar or Lucknow). English is the official spelling (Lucknow, not Lakhnau; Bengaluru, Odisha), which
/// the romanizer cannot guess. Common Hindi spellings of one place are separated by `|`.
extension Gazetteer {
    static let indianPlaces = """
        आंध्र प्रदेश|आंध्रप्रदेश=Andhra Pradesh
        अरुणाचल प्रदेश|अरुणाचलप्रदेश=Arunachal Pradesh
        असम=Assam
        बिहार=Bihar
        छत्तीसगढ़|छत्तीसगढ=Chhattisgarh
        गोवा=Goa
        गुजरात=Gujarat
        हरियाणा=Haryana
        हिमाचल प्रदेश|हिमाचलप्रदेश=Himachal Pradesh
        झारखंड|झारखण्ड=Jharkhand
        कर्नाटक=Karnataka
        केरल=Kerala
        मध्य प्रदेश|मध्यप्रदेश=Madhya Pradesh
        महाराष्ट्र=Maharashtra
        मणिपुर=Manipur
        मेघालय=Meghalaya
        मिजोरम|मिज़ोरम=Mizoram
        नगालैंड|नागालैंड=Nagaland
        ओडिशा|उड़ीसा|ओड़िशा=Odisha
        पंजाब=Punjab
        राजस्थान=Rajasthan
        सिक्किम=Sikkim
        तमिलनाडु|तमिल नाडु=Tamil Nadu
        तेलंगाना=Telangana
        त्रिपुरा=Tripura
        उत्तर प्रदेश|उत्तरप्रदेश=Uttar Pradesh
        उत्तराखंड|उत्तराखण्ड=Uttarakhand
        पश्चिम बंगाल=West Bengal
        अंडमान और निकोबार द्वीपसमूह|अंडमान निकोबार=Andaman and Nicobar Islands
        चंडीगढ़=Chandigarh
        दादरा और नगर हवेली=Dadra and Nagar Haveli
        दमन और दीव=Daman and Diu
        दिल्ली=Delhi
        नई दिल्ली=New Delhi
        जम्मू-कश्मीर|जम्मू और कश्मीर|जम्मू कश्मीर=Jammu and Kashmir
        लद्दाख=Ladakh
        लक्षद्वीप=Lakshadweep
        पुडुचेरी|पुदुचेरी=Puducherry
        मुंबई|बंबई=Mumbai
        चेन्नई=Chennai
        बेंगलुरु|बेंगलूरु|बेंगलुरू|बंगलुरु|बंगलौर|बेंगलूर=Bengaluru
        हैदराबाद=Hyderabad
        अहमदाबाद=Ahmedabad
        पुणे=Pune
        जयपुर=Jaipur
        लखनऊ=Lucknow
        कानपुर=Kanpur
        नागपुर=Nagpur
        इंदौर=Indore
        भोपाल=Bhopal
        पटना=Patna
        वडोदरा=Vadodara
        गाजियाबाद|ग़ाज़ियाबाद|गाज़ियाबाद=Ghaziabad
        लुधियाना=Ludhiana
        आगरा=Agra
        नासिक=Nashik
        फरीदाबाद|फ़रीदाबाद=Faridabad
        मेरठ=Meerut
        राजकोट=Rajkot
        वाराणसी=Varanasi
        श्रीनगर=Srinagar
        औरंगाबाद=Aurangabad
        धनबाद=Dhanbad
        अमृतसर=Amritsar
        प्रयागराज|इलाहाबाद=Prayagraj
        रांची|राँची=Ranchi
        जबलपुर=Jabalpur
        ग्वालियर=Gwalior
        कोयंबटूर|कोयम्बटूर=Coimbatore
        विजयवाड़ा=Vijayawada
        जोधपुर=Jodhpur
        मदुरै=Madurai
        रायपुर=Raipur
        गुवाहाटी=Guwahati
        सोलापुर=Solapur
        बरेली=Bareilly
        मुरादाबाद=Moradabad
        मैसूर|मैसूरु=Mysuru
        गुरुग्राम|गुड़गांव=Gurugram
        नोएडा=Noida
        अलीगढ़=Aligarh
        जालंधर=Jalandhar
        भुवनेश्वर=Bhubaneswar
        तिरुवनंतपुरम=Thiruvananthapuram
        कोच्चि=Kochi
        देहरादून=Dehradun
        शिमला=Shimla
        जम्मू=Jammu
        लेह=Leh
        गांधीनगर=Gandhinagar
        विशाखापत्तनम=Visakhapatnam
        अमरावती=Amaravati
        मंगलुरु|मंगलौर=Mangaluru
        कटक=Cuttack
        पुरी=Puri
        भागलपुर=Bhagalpur
        मुजफ्फरपुर|मुज़फ़्फ़रपुर=Muzaffarpur
        जमशेदपुर=Jamshedpur
        बोकारो=Bokaro
        बिलासपुर=Bilaspur
        उदयपुर=Udaipur
        अजमेर=Ajmer
        गोरखपुर=Gorakhpur
        अयोध्या=Ayodhya
        मथुरा=Mathura
        हरिद्वार=Haridwar
        ऋषिकेश=Rishikesh
        इम्फाल|इंफाल=Imphal
        शिलांग=Shillong
        आइजोल|आइज़ोल=Aizawl
        कोहिमा=Kohima
        अगरतला=Agartala
        ईटानगर=Itanagar
        गंगटोक=Gangtok
        पणजी=Panaji
        """

    /// The places of `indianPlaces`, one entry per Hindi spelling.
    static func indianPlaceEntries() -> [Entry] {
        var entries: [Entry] = []
        for line in indianPlaces.split(separator: "\n") {
            let parts = line.split(separator: "=")
            guard parts.count == 2 else { continue }
            for hindi in parts[0].split(separator: "|") {
                entries.append(Entry(hindi: String(hindi), english: String(parts[1]), kind: .region))
            }
        }
        return entries
    }
}
