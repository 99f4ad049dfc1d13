import SetuText

/// The tokens of one segment as the term extractor sees them: Devanagari words (a hyphenated compound such
/// as `भारत-जापान` or `हिंद-प्रशांत`, or a name with a number such as `चंद्रयान-3`, stays one word), Latin
/// words, numbers, brackets and other punctuation.
/// Spaces are dropped; everything else is a token, so a comma or a danda separates phrases.
package struct CorpusTokens {
    package enum Kind: Equatable {
        case devanagari, latin, number, open, close, punctuation
    }

    package struct Token {
        package var kind: Kind
        /// The text as written.
        package var text: String
        /// The search key (`SearchFolder`); punctuation keeps its text.
        package var key: String
        /// Code point range in the segment.
        package var start: Int
        package var end: Int
    }

    package var tokens: [Token] = []

    /// Search keys of words, per process: a corpus repeats its words, and folding is the costly part of
    /// tokenizing a segment.
    static let keys = StringMemo<String>()

    package init(_ text: String, folder: SearchFolder) {
        var text = text
        tokens = text.withUTF8 { Self.tokens(utf8: $0, folder: folder) }
    }

    private static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>, folder: SearchFolder) -> [Token] {
        var tokens: [Token] = []
        // The code points, and where each begins in the UTF-8, so that a word's text is cut from the bytes:
        // building it code point by code point was a tenth of the time of name suggestions.
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        ValidUTF8.forEachScalar(bytes) { offset, value in
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            offsets.append(offset)
        }
        offsets.append(bytes.count)
        func word(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]]), as: UTF8.self)
        }
        func isWord(_ index: Int) -> Bool {
            let value = scalars[index].value
            if TextCharacters.isWordCharacter(value) { return true }
            // Joiners inside a Devanagari word (क्‍ष) belong to it.
            return (value == 0x200C || value == 0x200D) && index > 0 && TextCharacters.isDevanagari(scalars[index - 1].value)
        }
        func isHyphen(_ value: UInt32) -> Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if TextCharacters.isBlank(value) {
                index += 1
                continue
            }
            let start = index
            guard isWord(index) else {
                index += 1
                let kind: Kind = "([{".unicodeScalars.contains(scalars[start]) ? .open
                    : ")]}".unicodeScalars.contains(scalars[start]) ? .close : .punctuation
                let text = String(scalars[start])
                tokens.append(Token(kind: kind, text: text, key: text, start: start, end: index))
                continue
            }
            var devanagari = false
            var latin = false
            while index < scalars.count {
                if isWord(index) {
                    let scalar = scalars[index].value
                    if TextCharacters.isDevanagariLetter(scalar) { devanagari = true }
                    if TextCharacters.isLatinLetter(scalar) { latin = true }
                    index += 1
                } else if latin && !devanagari && isHyphen(scalars[index].value) && index + 1 < scalars.count
                    && (TextCharacters.isLatinLetter(scalars[index + 1].value) || TextCharacters.isDigit(scalars[index + 1].value))
                {
                    index += 1  // Latin compounds and names with a number: Indo-Pacific, Jaldrishti-1
                } else if devanagari && isHyphen(scalars[index].value) && index + 1 < scalars.count
                    && (TextCharacters.isDevanagariLetter(scalars[index + 1].value) || TextCharacters.isDigit(scalars[index + 1].value))
                {
                    // `हिंद-प्रशांत`, and names with a number: `चंद्रयान-3`, `जलदृष्टि-1`.
                    index += 1
                } else {
                    break
                }
            }
            // An initial with its dot stays one word (`आर. सेल्वकुमार`, `एस. जयशंकर`): a Hindi letter name.
            if devanagari, index < scalars.count, scalars[index] == ".", index - start <= 3,
                HindiRomanizer.decodeAcronym(scalars[start..<index].map(\.value), minimumLetters: 1)?.count == 1
            {
                index += 1
            }
            let text = word(start..<index)
            let kind: Kind = devanagari ? .devanagari : latin ? .latin : .number
            // Devanagari words only: numbers and Latin words are too varied to remember (a memo that fills is
            // emptied).
            let key = devanagari && folder.options == .search ? Self.keys.value(text) { folder.key($0) } : folder.key(text)
            tokens.append(Token(kind: kind, text: text, key: key, start: start, end: index))
        }
        return tokens
    }
}
