import CSetuICU

/// Hindi and English names of countries, languages and cities from CLDR (and Indian places and
/// institutions), through the ICU Setu links: रूस → Russia, मॉस्को → Moscow, जापानी → Japanese. Exonyms are
/// translations, not transliterations, so this is the strongest evidence for the English of a place name.
///
/// Indian states, union territories and large cities, which CLDR does not name in Hindi, come from Setu's
/// own lists (`Gazetteer+India.swift`, kind `region`; `Gazetteer+Districts.swift`, kind `district`), and so
/// do well-known institutions (`Gazetteer+Institutions.swift`, kind `institution`: इसरो → ISRO).
///
/// Built once per process from ICU's data (countries and languages by display name, cities as the
/// exemplar cities of time zones); names are compared after search folding, so मास्को and मॉस्को differ
/// but रूस and रूस् do not. Thread-safe.
package struct Gazetteer: Sendable {
    package enum Kind: String, Sendable {
        case country, language, city
        /// A continent or a world region CLDR names (एशिया → Asia, दक्षिण एशिया → Southern Asia).
        case area
        /// An Indian state, union territory or city from Setu's own list (`indianPlaces`).
        case region
        /// An Indian district or town (`indianDistricts`).
        case district
        /// A court, agency, party or international organization (`institutions`).
        case institution

        /// A place on a map: not a language, not an institution.
        package var isPlace: Bool { self != .language && self != .institution }
    }

    package struct Entry: Sendable, Hashable {
        package var hindi: String
        package var english: String
        package var kind: Kind
        /// Also an ordinary Hindi word (गया, सागर): evidence only where the text speaks of a place.
        package var isCommonWord = false
    }

    /// Entries by the search key of their Hindi name.
    private let byHindi: [TextKey: Entry]
    /// The UN M.49 codes of the world, the continents and their regions that CLDR names (001, विश्व, is a
    /// common word too: `isCommonWord`).
    static let areaCodes = [
        "001", "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030", "034", "035",
        "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154", "155", "419",
    ]

    /// Places by `looseKey` (nil where two places share one).
    private let byLooseKey: [TextKey: Entry?]
    package let entries: [Entry]

    package static let shared = Gazetteer()

    private init() {
        var entries: [Entry] = []
        func name(_ body: (UnsafeMutablePointer<UInt16>, Int32) -> Int32) -> String? {
            var buffer = [UInt16](repeating: 0, count: 256)
            let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, 256) }
            guard length > 0 && length <= 256 else { return nil }
            return String(decoding: buffer[..<Int(length)], as: UTF16.self)
        }
        for index in 0..<setu_country_code_count() {
            guard let code = setu_country_code(index) else { continue }
            if let hindi = name({ setu_display_country(code, "hi", $0, $1) }), let english = name({ setu_display_country(code, "en", $0, $1) }) {
                entries.append(Entry(hindi: hindi, english: english, kind: .country))
            }
        }
        // Continents and world regions, by their UN M.49 codes.
        for code in Self.areaCodes {
            if let hindi = name({ setu_display_country(code, "hi", $0, $1) }), let english = name({ setu_display_country(code, "en", $0, $1) }) {
                entries.append(Entry(hindi: hindi, english: english, kind: .area, isCommonWord: code == "001"))
            }
        }
        for index in 0..<setu_language_code_count() {
            guard let code = setu_language_code(index) else { continue }
            if let hindi = name({ setu_display_language(code, "hi", $0, $1) }), let english = name({ setu_display_language(code, "en", $0, $1) }) {
                entries.append(Entry(hindi: hindi, english: english, kind: .language))
            }
        }
        if let zones = setu_zones_open() {
            while let zone = setu_zones_next(zones) {
                if let hindi = name({ setu_exemplar_city(zone, "hi", $0, $1) }), let english = name({ setu_exemplar_city(zone, "en", $0, $1) }) {
                    entries.append(Entry(hindi: hindi, english: english, kind: .city))
                }
            }
            setu_zones_close(zones)
        }
        // A plural English country name Hindi writes with its -s as often as without (नीदरलैंड्स, मालदीव्स).
        for entry in entries where entry.kind == .country && entry.english.hasSuffix("s") && entry.hindi.unicodeScalars.last != "\u{0938}" {
            entries.append(Entry(hindi: entry.hindi + "\u{094D}\u{0938}", english: entry.english, kind: .country))
        }
        // CLDR first: where both name a place, the CLDR spelling wins.
        entries += Self.indianPlaceEntries()
        entries += Self.listEntries(Self.indianDistricts, kind: .district)
        entries += Self.listEntries(Self.rivers, kind: .region)
        entries += Self.listEntries(Self.institutions, kind: .institution)
        let folder = SearchFolder()
        var byHindi: [TextKey: Entry] = [:]
        var kept: [Entry] = []
        for entry in entries where TextCharacters.containsDevanagariLetter(entry.hindi) && !TextCharacters.containsDevanagari(entry.english) {
            let key = TextKey(folder.key(entry.hindi))
            if byHindi[key] == nil {
                byHindi[key] = entry
                kept.append(entry)
            }
        }
        var byLooseKey: [TextKey: Entry?] = [:]
        for entry in kept where entry.kind.isPlace && !entry.isCommonWord {
            let key = TextKey(Self.looseKey(folder.key(entry.hindi)))
            if let other = byLooseKey[key] {
                if other?.english != entry.english { byLooseKey[key] = .some(nil) }
            } else {
                byLooseKey[key] = entry
            }
        }
        self.byHindi = byHindi
        self.byLooseKey = byLooseKey
        self.entries = kept
    }

    /// A place by another common Hindi spelling of its name (`looseKey`): रायगढ़ा for रायगड़ा (Rayagada),
    /// केन्द्रपाडा for केंद्रपाड़ा. Only for a spelling no entry has, of five code points or more, where no
    /// other place shares the loose spelling.
    package func place(key: String) -> Entry? {
        guard byHindi[TextKey(key)] == nil, key.unicodeScalars.count >= 5, let found = byLooseKey[TextKey(Self.looseKey(key))] else { return nil }
        return found
    }

    /// A search key with the distinctions Hindi spellings of one place name blur folded away: ड़ ढ़ ढ as ड,
    /// long ी ू as short, ँ and a nasal consonant before another consonant as ं, ण as न (not श and स: शक्ति is
    /// no सक्ती).
    static func looseKey(_ key: String) -> String {
        let scalars = Array(key.unicodeScalars.map(\.value))
        var result: [UInt32] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            var scalar = scalars[index]
            switch scalar {
            case 0x093C: index += 1; continue  // nukta
            case 0x095C, 0x095D, 0x0922: scalar = 0x0921
            case 0x0940: scalar = 0x093F
            case 0x0942: scalar = 0x0941
            case 0x0901: scalar = 0x0902
            case 0x0923: scalar = 0x0928
            default: break
            }
            // न्, म्, ङ्, ण् before a consonant: an anusvara.
            if [0x0928, 0x092E, 0x0919, 0x0923].contains(scalars[index]), index + 2 < scalars.count, scalars[index + 1] == 0x094D,
                (0x0915...0x0939).contains(scalars[index + 2])
            {
                result.append(0x0902)
                index += 2
                continue
            }
            result.append(scalar)
            index += 1
        }
        return String(String.UnicodeScalarView(result.compactMap(Unicode.Scalar.init)))
    }

    /// The entry whose Hindi name is `hindi` (compared by search key). Names that are also ordinary words
    /// (गया) only with `allowingCommonWords`, where the text speaks of a place.
    package func entry(hindi: String, allowingCommonWords: Bool = false) -> Entry? {
        entry(key: SearchFolder().key(hindi), allowingCommonWords: allowingCommonWords)
    }

    /// The entry whose Hindi name has the search key `key` (`SearchFolder.key`, already computed).
    package func entry(key: String, allowingCommonWords: Bool = false) -> Entry? {
        guard let entry = byHindi[TextKey(key)] else { return nil }
        return !entry.isCommonWord || allowingCommonWords ? entry : nil
    }

    /// The entries of a list of `HINDI[|SPELLING…]=English[;common]` lines, one per Hindi spelling.
    static func listEntries(_ list: String, kind: Kind) -> [Entry] {
        var entries: [Entry] = []
        for line in list.split(separator: "\n") {
            let parts = line.split(separator: "=")
            guard parts.count == 2 else { continue }
            let fields = parts[1].split(separator: ";")
            for hindi in parts[0].split(separator: "|") {
                entries.append(Entry(hindi: String(hindi), english: String(fields[0]), kind: kind, isCommonWord: fields.dropFirst().contains("common")))
            }
        }
        return entries
    }
}
