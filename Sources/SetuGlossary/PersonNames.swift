import SetuText

/// Indian given names and surnames with the spelling Indian English uses for them (अनुपमा → Anupama,
/// श्रीवास्तव → Srivastava, हेगड़े → Hegde, उरांव → Oraon), and the words of names English keeps in Hindi
/// (योजना → Yojana), for the romanizer: letter rules cannot know where a name keeps its schwa, which final -a a
/// surname writes, or that a southern ड़ is a d.
///
/// Looked up by search key (`SearchFolder`), so nukta, chandrabindu and half-nasal spellings share an
/// entry. The list is data (`PersonNames+Words.swift`); a word in it that is also a Hindi common noun is
/// only read as a name where the romanizer is asked for a name's English.
public struct PersonNames: Sendable {
    private let englishByKey: [TextKey: String]
    /// Keys of the given names and surnames (not the words of institutions' names).
    private let personKeys: Set<TextKey>

    public static let shared = PersonNames()

    private init() {
        let folder = SearchFolder()
        var table: [TextKey: String] = [:]
        var people = Set<TextKey>()
        for line in (Self.table + "\n" + Self.moreTable + "\n" + Self.regionalTable + "\n" + Self.nameWordsTable).split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            let key = TextKey(folder.key(String(fields[0])))
            if table[key] == nil { table[key] = String(fields[1]) }
            if fields.count >= 3, fields[2] == "given" || fields[2] == "surname" { people.insert(key) }
        }
        englishByKey = table
        personKeys = people
    }

    /// The English spelling of a given name or surname, or nil when the list does not have it.
    public func english(_ hindi: String) -> String? { englishByKey[TextKey(SearchFolder().key(hindi))] }

    /// The English of a name written as one word of two listed names (रामनरेश → Ramnaresh, नूरजहां →
    /// Noorjahan, भंवरलाल → Bhanwarlal): the letter rules would delete the schwa at the seam (Ramanresh).
    /// Cut only before a consonant or an independent vowel, each part three code points or more; the
    /// longest first part wins. Nil when no cut gives two listed names.
    public func compoundEnglish(_ hindi: String) -> String? {
        // Seven code points or more: shorter words are common words as often (अनुमान is not Anu + Mann); at
        // most 24, a long name's length, so that a word of any length costs no more than that.
        guard hindi.utf8.count <= 24 * 4 else { return nil }
        let scalars = Array(SearchFolder().key(hindi).unicodeScalars)
        guard (7...24).contains(scalars.count) else { return nil }
        for cut in stride(from: scalars.count - 3, through: 3, by: -1) {
            let next = scalars[cut].value
            guard (0x0904...0x0939).contains(next) || (0x0958...0x095F).contains(next) || (0x0960...0x0961).contains(next),
                scalars[cut - 1].value != 0x094D
            else { continue }
            let first = String(String.UnicodeScalarView(scalars[..<cut]))
            let second = String(String.UnicodeScalarView(scalars[cut...]))
            guard let head = englishByKey[TextKey(first)], let tail = englishByKey[TextKey(second)] else { continue }
            return head + tail.lowercased()
        }
        return nil
    }

    /// True when the search key `key` is a given name or surname of the list.
    public func isPersonName(key: String) -> Bool { personKeys.contains(TextKey(key)) }

    /// Number of distinct names.
    public var count: Int { englishByKey.count }
}
