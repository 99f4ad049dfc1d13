import SetuText
import Testing

@Suite("Word and character counts")
struct WordCountTests {
    @Test("words: tokens with a letter in any script; numbers and punctuation alone are not words", arguments: [
        ("भारत ने रूस से बात की।", 6),
        ("67.4 प्रतिशत मतदान — रिकॉर्ड", 3),
        ("हिंद-प्रशांत क्षेत्र", 2),
        ("G20 शिखर सम्मेलन 2024 में", 4),
        ("S Jaishankar met Sergey Lavrov.", 5),
        ("१२३ ४५६", 0),
        ("  ", 0),
        ("कोविड-19 के मामले", 3),
    ])
    func words(text: String, expected: Int) {
        #expect(WordCount.words(in: text) == expected)
    }

    @Test("characters: grapheme clusters other than spaces; an akshara counts once")
    func characters() {
        #expect(WordCount.characters(in: "क्षेत्र") == 2)  // क्षे + त्र
        #expect(WordCount.characters(in: "भारत ने") == 4)  // भा र त ने
        #expect(WordCount.characters(in: "S Jaishankar") == 11)
        #expect(WordCount.characters(in: " \u{00A0}\t") == 0)
    }
}
