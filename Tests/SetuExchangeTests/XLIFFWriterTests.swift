import Foundation
import SetuCore
@testable import SetuExchange
import SetuTestSupport
import Testing

/// What `XLIFFWriter` writes is valid against the OASIS schemas and reads back through `XLIFFReader`.
@Suite("XLIFF writing")
struct XLIFFWriterTests {
    static let document = XLIFFDocument(original: "news/अस्ताना & co.txt", units: [
        XLIFFUnit(id: "s1", segmentID: 41, line: 1, kind: .headline, source: "जयशंकर और लावरोव की मुलाकात"),
        XLIFFUnit(
            id: "s2", segmentID: 42, line: 3, source: "अस्ताना में पुश्किन पार्क के पास <b> & \"बैठक\" हुई।",
            target: "A meeting was held near Pushkin Park in Astana.", targetState: .translated,
            matches: [
                XLIFFUnit.Match(similarity: 100, origin: "setu:aligned", source: "अस्ताना में पुश्किन पार्क के पास <b> & \"बैठक\" हुई।", target: "A meeting was held near Pushkin Park in Astana.", kind: "exact"),
                XLIFFUnit.Match(similarity: 87, origin: "setu:imported", source: "अस्ताना में बैठक हुई।", target: "A meeting was held in Astana.", kind: "fuzzy"),
            ],
            terms: [
                term("अस्ताना", in: "अस्ताना में पुश्किन पार्क के पास", english: "Astana", entryID: "astana"),
                term("पुश्किन पार्क", in: "अस्ताना में पुश्किन पार्क के पास", english: "Pushkin Park", entryID: "pushkin-park"),
                term("पुश्किन", in: "अस्ताना में पुश्किन पार्क के पास", english: "Pushkin", entryID: "pushkin"),  // overlaps: dropped
            ]),
        XLIFFUnit(id: "s3", line: 5, kind: .nonTranslatable, source: "2024"),
        XLIFFUnit(id: "s4", line: 6, source: "नियंत्रण वर्ण \u{0001} यहाँ", target: "a fuzzy \u{0002} proposal", targetState: .initial),
    ])

    /// The term's code point span in `text`.
    static func term(_ surface: String, in text: String, english: String, entryID: String) -> XLIFFUnit.Term {
        let scalars = Array(text.unicodeScalars)
        let target = Array(surface.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target } ?? 0
        return XLIFFUnit.Term(start: start, end: start + target.count, english: english, entryID: entryID)
    }

    static func write(_ version: XLIFFVersion) throws -> String {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("out-\(version.rawValue).xlf").path
        try Data(XLIFFWriter.document(document, version: version).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("schema-valid, and read back with the same text, languages and links", arguments: XLIFFVersion.allCases)
    func roundTrip(_ version: XLIFFVersion) throws {
        let path = try Self.write(version)
        let report = try ExchangeValidator.validate(path: path)
        #expect(report.isValid, "\(report.problems)")
        var header: XLIFFHeader?
        var segments: [XLIFFSegment] = []
        _ = try XLIFFReader(path: path).read(onHeader: { header = $0 }, onSegment: { segments.append($0) })
        #expect(header?.version == version)
        #expect(header?.writtenBySetu == true)
        // 2.0 keeps a character XML forbids as <cp/>; 1.2 has no such element and keeps it only as a code.
        let expected = Self.document.units.map { version == .v20 ? $0.source : $0.source.replacingOccurrences(of: "\u{0001}", with: "") }
        #expect(segments.map(\.source) == expected)
        #expect(segments.map(\.setuSegmentID) == [41, 42, nil, nil])
        #expect(segments.allSatisfy { $0.setuDocument == Self.document.original })
        // The exact match's target counts as translated; the fuzzy proposal does not; no match text leaks in.
        #expect(segments.map(\.isTranslated) == [false, true, false, false])
        #expect(segments[1].target == "A meeting was held near Pushkin Park in Astana.")
        #expect(segments[3].target == "a fuzzy \u{0002} proposal" || version == .v12)
    }

    @Test("2.0: matches point at the source, terms at their annotations, and overlapping terms are dropped")
    func modules() throws {
        let text = XLIFFWriter.document(Self.document, version: .v20)
        #expect(text.contains("<mtc:match id=\"match1\" ref=\"#m1\" type=\"tm\" similarity=\"100.0\" origin=\"setu:aligned\""))
        #expect(text.contains("similarity=\"87.0\""))
        #expect(text.contains("<source><mrk id=\"m1\" type=\"mtc:match\"><mrk id=\"t1\" type=\"term\">अस्ताना</mrk> में <mrk id=\"t2\" type=\"term\">पुश्किन पार्क</mrk>"))
        #expect(text.contains("<gls:glossEntry ref=\"#t2\">"))
        #expect(!text.contains("Pushkin</gls:translation>"))
        #expect(text.contains("&lt;b&gt; &amp; \"बैठक\""))
        #expect(text.contains("<cp hex=\"0001\"/>"))
        #expect(text.contains("type=\"setu:headline\""))
        #expect(text.contains("translate=\"no\""))
        #expect(text.contains("original=\"news/अस्ताना &amp; co.txt\""))
    }
}
