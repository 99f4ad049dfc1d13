import Testing

@testable import SetuText

/// CLDR names through ICU: countries, languages and cities in Hindi and English.
@Suite("Gazetteer")
struct GazetteerTests {
    @Test("exonyms come from CLDR, not from transliteration", arguments: [
        ("रूस", "Russia"), ("जापान", "Japan"), ("फ़्रांस", "France"), ("मॉस्को", "Moscow"), ("लंदन", "London"),
        ("जापानी", "Japanese"), ("हिन्दी", "Hindi"),
    ])
    func exonyms(_ hindi: String, _ english: String) {
        #expect(Gazetteer.shared.entry(hindi: hindi)?.english == english)
    }

    @Test("every kind is represented")
    func kinds() {
        let entries = Gazetteer.shared.entries
        for kind in [Gazetteer.Kind.country, .language, .city] {
            #expect(entries.filter { $0.kind == kind }.count >= 100, "\(kind)")
        }
        print("gazetteer: \(entries.count) entries")
    }

    @Test("Indian states and cities CLDR lacks have their official English", arguments: [
        ("बिहार", "Bihar"), ("लखनऊ", "Lucknow"), ("बंगलौर", "Bengaluru"), ("उड़ीसा", "Odisha"), ("नई दिल्ली", "New Delhi"),
        ("कोलकाता", "Kolkata"),
    ])
    func indianPlaces(_ hindi: String, _ english: String) {
        #expect(Gazetteer.shared.entry(hindi: hindi)?.english == english)
    }

    @Test("place names that are also common Hindi words are left out", arguments: ["गया", "कोटा", "सूरत"])
    func commonWords(_ hindi: String) {
        #expect(Gazetteer.shared.entry(hindi: hindi) == nil)
    }

    @Test("continents and world regions come from CLDR; the world is a common word, found only where a place is meant")
    func areas() {
        #expect(Gazetteer.shared.entry(hindi: "एशिया")?.english == "Asia")
        #expect(Gazetteer.shared.entry(hindi: "यूरोप")?.kind == .area)
        #expect(Gazetteer.shared.entry(hindi: "लैटिन अमेरिका")?.english == "Latin America")
        #expect(Gazetteer.shared.entry(hindi: "विश्व") == nil)
        #expect(Gazetteer.shared.entry(hindi: "विश्व", allowingCommonWords: true)?.english.lowercased() == "world")
        // The country keeps its CLDR name (दक्षिण अफ़्रीका), the region its own (दक्षिणी अफ़्रीका).
        #expect(Gazetteer.shared.entry(hindi: "दक्षिण अफ़्रीका")?.kind == .country)
        #expect(Gazetteer.shared.entry(hindi: "दक्षिणी अफ़्रीका")?.english == "Southern Africa")
    }
}
