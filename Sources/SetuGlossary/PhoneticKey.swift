/// A rough cross-script sound key for names: the Latin spelling (English, or a Hindi word romanized by
/// `HindiRomanizer`) lowercased, similar sounds merged (w/v, ph/f, z/j, c/q/k, sh/s, aspirates), vowels after
/// the first letter dropped and doubled letters collapsed. `Lavrov` and `लावरोव` both give `lvrv`;
/// `Jaishankar` and `जयशंकर` give `jsnkr`.
public enum PhoneticKey {
    static let merges: [(String, String)] = [
        ("ph", "f"), ("sh", "s"), ("ch", "c"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("bh", "b"),
        ("ck", "k"), ("w", "v"), ("z", "j"), ("q", "k"), ("x", "ks"), ("c", "k"),
    ]

    /// The key of a Latin-script word or phrase (spaces removed). Read as bytes: the merges are applied one
    /// after another, each left to right, as `merges` lists them.
    public static func of(_ latin: String) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(latin.utf8.count)
        if latin.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in latin.utf8 {
                if byte >= 0x41 && byte <= 0x5A { text.append(byte + 0x20) } else if byte >= 0x61 && byte <= 0x7A { text.append(byte) }
            }
        } else {
            // Letters with accents (é, or e + a combining mark) are not ASCII letters as characters: left out.
            text = Array(String(latin.lowercased().filter { $0.isASCII && $0.isLetter }).utf8)
        }
        for (from, to) in mergeBytes { text = replace(text, from, to) }
        var key: [UInt8] = []
        key.reserveCapacity(text.count)
        for (index, byte) in text.enumerated() {
            if index > 0, vowels.contains(byte) { continue }
            if key.last == byte { continue }
            key.append(byte)
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static let mergeBytes: [([UInt8], [UInt8])] = merges.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)

    private static func replace(_ text: [UInt8], _ target: [UInt8], _ replacement: [UInt8]) -> [UInt8] {
        guard let first = target.first, text.contains(first) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 4)
        var index = 0
        while index < text.count {
            if index + target.count <= text.count, text[index] == first, target.indices.allSatisfy({ text[index + $0] == target[$0] }) {
                result += replacement
                index += target.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }
}
