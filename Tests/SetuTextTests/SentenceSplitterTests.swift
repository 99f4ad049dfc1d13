import Foundation
import SetuCore
import SetuText
import Testing

@Suite("Sentence segmentation rules")
struct SentenceSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var expected: [String]
        var testDescription: String { input }
    }

    func texts(_ input: String) throws -> [String] {
        try DocumentSegmenter().segment(input).map(\.text)
    }

    @Test(
        "break and no-break rules",
        arguments: [
            Case(input: "भारत ने बात की है। रूस ने जवाब दिया।", expected: ["भारत ने बात की है।", "रूस ने जवाब दिया।"]),
            Case(input: "यह पहला श्लोक है॥ यह दूसरा है॥", expected: ["यह पहला श्लोक है॥", "यह दूसरा है॥"]),
            Case(input: "क्या यह सच है? हाँ, बिल्कुल!", expected: ["क्या यह सच है?", "हाँ, बिल्कुल!"]),
            Case(input: "सख्त रुख अपनाया है. कजाकिस्तान पहुंच कर बात की.", expected: ["सख्त रुख अपनाया है.", "कजाकिस्तान पहुंच कर बात की."]),
            Case(input: "बैठक खत्म हुई.अगली बैठक कल होगी.", expected: ["बैठक खत्म हुई.", "अगली बैठक कल होगी."]),
            Case(input: "बैठक हुई | अगली बैठक कल होगी |", expected: ["बैठक हुई |", "अगली बैठक कल होगी |"]),
            Case(input: "भारतीयों की जल्द हो वापसी... जयशंकर की दो टूक", expected: ["भारतीयों की जल्द हो वापसी... जयशंकर की दो टूक"]),
            Case(input: "विदेश मंत्री एस. जयशंकर ने कहा।", expected: ["विदेश मंत्री एस. जयशंकर ने कहा।"]),
            Case(input: "डॉ. मनमोहन सिंह और प्रो. यादव आए।", expected: ["डॉ. मनमोहन सिंह और प्रो. यादव आए।"]),
            Case(input: "एम. के. गांधी का जन्म 1869 ई. में हुआ।", expected: ["एम. के. गांधी का जन्म 1869 ई. में हुआ।"]),
            Case(input: "एस.सी.ओ. के सदस्य देश मिले।", expected: ["एस.सी.ओ. के सदस्य देश मिले।"]),
            Case(input: "धन्यवाद मोदी जी. अब आगे बढ़ें।", expected: ["धन्यवाद मोदी जी.", "अब आगे बढ़ें।"]),
            Case(input: "S. Jaishankar met Mr. Lavrov today.", expected: ["S. Jaishankar met Mr. Lavrov today."]),
            Case(input: "विकास दर 3.5 प्रतिशत और ७.५ प्रतिशत रही।", expected: ["विकास दर 3.5 प्रतिशत और ७.५ प्रतिशत रही।"]),
            Case(input: "बैठक 10.30 बजे 2024-25 के बजट पर हुई।", expected: ["बैठक 10.30 बजे 2024-25 के बजट पर हुई।"]),
            Case(input: "जानकारी https://mea.gov.in/Press.Release पर है।", expected: ["जानकारी https://mea.gov.in/Press.Release पर है।"]),
            Case(input: "ई-मेल info@setu.in पर भेजें। धन्यवाद।", expected: ["ई-मेल info@setu.in पर भेजें।", "धन्यवाद।"]),
            Case(input: "उन्होंने कहा, 'जोर दिया गया.' फिर चले गए.", expected: ["उन्होंने कहा, 'जोर दिया गया.'", "फिर चले गए."]),
            Case(input: "(यह बात सच है।) अगला वाक्य।", expected: ["(यह बात सच है।)", "अगला वाक्य।"]),
            Case(input: "दूरी 18 कि.मी. है।", expected: ["दूरी 18 कि.मी. है।"]),
            Case(input: "1. पहला बिंदु यह है।", expected: ["1. पहला बिंदु यह है।"]),
        ])
    func rules(_ example: Case) throws {
        #expect(try texts(example.input) == example.expected)
    }

    @Test("a line break ends a segment and an unpunctuated line is a headline")
    func linesAndHeadlines() throws {
        let segments = try DocumentSegmenter().segment("रूसी सेना में कार्यरत हैं भारतीय नागरिक\nबता दें कि दो नागरिकों की मौत हुई।")
        #expect(segments.map(\.kind) == [.headline, .sentence])
        #expect(segments.map(\.line) == [1, 2])
    }

    @Test("--join-wrapped joins the lines of a paragraph")
    func joinWrapped() throws {
        let text = "विदेश मंत्री ने कहा कि भारत\nअपने नागरिकों की वापसी चाहता है। बैठक\nसफल रही।\n\nनया अनुच्छेद"
        let segmenter = try DocumentSegmenter(options: SegmentationOptions(joinWrappedLines: true))
        let segments = try segmenter.segment(text)
        // The joined text has a space where the line broke; the span still covers the original lines.
        #expect(segments.map(\.text) == ["विदेश मंत्री ने कहा कि भारत अपने नागरिकों की वापसी चाहता है।", "बैठक सफल रही।", "नया अनुच्छेद"])
        #expect(segments.map(\.kind) == [.sentence, .sentence, .headline])
        let scalars = Array(text.unicodeScalars)
        for segment in segments {
            let span = String(String.UnicodeScalarView(scalars[segment.start..<segment.end]))
            #expect(span.replacingOccurrences(of: "\n", with: " ") == segment.text)
        }
    }

    @Test("script mix and language guess of code-mixed segments")
    func scriptAndLanguage() throws {
        let segments = try DocumentSegmenter().segment(
            "S Jaishankar in Kazakhstan: कजाकिस्तान में आयोजित एससीओ शिखर सम्मेलन में भारत शामिल हुआ.\nIndians serving in Russian Army should return soon\nभारत और रूस\n175\nSCO Summit: रूस से बात")
        #expect(segments.map(\.script) == [.mixed, .latin, .devanagari, .other, .mixed])
        #expect(segments.map(\.language) == [.hindi, .english, .hindi, .none, .mixed])
    }
}

@Suite("Document cleaning")
struct DocumentCleaningTests {
    @Test("markdown image: alt text becomes a caption, the URL is gone and explained")
    func markdownImage() throws {
        var notes: [CleaningNote] = []
        let text = "पहला वाक्य। ![मोदी और पुतिन](https://img.example.com/a.jpg?w=1) दूसरा वाक्य।"
        let segments = try DocumentSegmenter().segment(text, onNote: { notes.append($0) })
        #expect(segments.map(\.text) == ["पहला वाक्य।", "मोदी और पुतिन", "दूसरा वाक्य।"])
        #expect(segments.map(\.kind) == [.sentence, .caption, .sentence])
        #expect(notes.map(\.action) == [.removedImageURL])
        #expect(notes.first?.detail == "https://img.example.com/a.jpg?w=1")
    }

    @Test("markdown link keeps its text; the span covers the original")
    func markdownLink() throws {
        let text = "[विदेश मंत्रालय](https://mea.gov.in) ने **बयान** जारी किया।"
        let segments = try DocumentSegmenter().segment(text)
        #expect(segments.map(\.text) == ["विदेश मंत्रालय ने बयान जारी किया।"])
        #expect(segments.first?.start == 1)
        #expect(segments.first?.end == text.unicodeScalars.count)
    }

    @Test("bare URLs vanish, numbers and boilerplate stay as non-translatable, repeats point back")
    func webNoise() throws {
        var notes: [CleaningNote] = []
        let text = "https://example.com/news/1\n0\n175\nट्रेंडिंग न्यूज\nयह भी पढ़ेंः France Election Result: क्या अब?\nभारत ने बात की।\nभारत ने बात की।"
        let segments = try DocumentSegmenter().segment(text, onNote: { notes.append($0) })
        #expect(segments.map(\.text) == ["0", "175", "ट्रेंडिंग न्यूज", "यह भी पढ़ेंः France Election Result: क्या अब?", "भारत ने बात की।", "भारत ने बात की।"])
        #expect(segments.map(\.kind) == [.nonTranslatable, .nonTranslatable, .nonTranslatable, .nonTranslatable, .sentence, .sentence])
        #expect(segments.map(\.repeatOf) == [nil, nil, nil, nil, nil, 4])
        #expect(notes.map(\.action).contains(.removedURL))
        #expect(notes.filter { $0.action == .repeatedLine }.count == 1)
    }

    @Test("a sentence that merely mentions 'Also Reading' is not a teaser")
    func teaserNeedsBoundary() throws {
        let segments = try DocumentSegmenter().segment("Also Reading is a habit, सर्वे में कहा गया।")
        #expect(segments.map(\.kind) == [.sentence])
    }
}
