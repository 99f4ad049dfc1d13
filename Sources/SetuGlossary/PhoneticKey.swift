/// A rough cross-script sound key for names: the Latin spelling (English, or a Hindi word romanized by
/// `HindiRomanizer`) lowercased, similar sounds merged (w/v, ph/f, z/j, c/q/k, sh/s, aspirates), vowels after
/// the first letter dropped and doubled letters collapsed. `Lavrov` and `लावरोव` both give `lvrv`;
/// `Jaishankar` and `जयशंकर` give `jsnkr`.
public enum PhoneticKey {
    static let merges: [(String, String)] = [
        ("ph", "f"), ("sh", "s"), ("ch", "c"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("bh", "b"),
        ("ck", "k"), ("w", "v"), ("z", "j"), ("q", "k"), ("x", "ks"), ("c", "k"),
    ]

    /// The key of a Latin-script word or phrase (spaces removed).
    public static func of(_ latin: String) -> String {
        var text = latin.lowercased().filter { $0.isASCII && $0.isLetter }
        for (from, to) in merges { text = replace(text, from, to) }
        var key = ""
        for (index, character) in text.enumerated() {
            if index > 0, "aeiouy".contains(character) { continue }
            if key.last == character { continue }
            key.append(character)
        }
        return key
    }

    private static func replace(_ text: String, _ target: String, _ replacement: String) -> String {
        guard text.contains(target) else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix(target) {
                result += replacement
                index = text.index(index, offsetBy: target.count)
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }
}
