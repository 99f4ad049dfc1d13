import Foundation
import SetuCore
import SetuTestSupport
import SetuText
import Testing

@Suite("Reading input")
struct InputTests {
    func write(_ bytes: [UInt8]) throws -> String {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("input.txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test(
        "invalid UTF-8 names the byte offset",
        arguments: [
            ([0xE0, 0xA4, 0xAD, 0xFF], 3),  // "भ" then a byte that never occurs
            ([0x61, 0x0A, 0x62, 0x80], 3),  // stray continuation byte
            ([0xC0, 0xAF], 0),  // overlong "/"
            ([0xED, 0xA0, 0x80], 0),  // UTF-16 surrogate encoded in UTF-8
            ([0xE0, 0xA4], 0),  // truncated at end of file
        ] as [([UInt8], Int)])
    func invalidUTF8(_ bytes: [UInt8], offset: Int) throws {
        let path = try write(bytes)
        #expect {
            _ = try InputValidator.validateUTF8(at: path)
        } throws: { error in
            guard case let .invalidUTF8(location, _) = error as? SetuTextError else { return false }
            return location.byteOffset == offset && location.path == path
        }
    }

    @Test("empty, missing and directory inputs")
    func badPaths() throws {
        let empty = try write([])
        #expect(try InputValidator.validateUTF8(at: empty) == 0)
        #expect(try DocumentSegmenter().segmentFile(at: empty, onSegment: { _ in }).segments == 0)
        #expect(throws: SetuTextError.unreadable(path: "/nonexistent/x.txt", reason: "No such file or directory")) {
            try DocumentSegmenter().segmentFile(at: "/nonexistent/x.txt", onSegment: { _ in })
        }
        let directory = try Fixtures.temporaryDirectory().path
        #expect(throws: SetuTextError.isDirectory(path: directory)) {
            try DocumentSegmenter().segmentFile(at: directory, onSegment: { _ in })
        }
    }

    @Test("CRLF, CR and a BOM keep code point offsets exact")
    func lineEndings() throws {
        let text = "\u{FEFF}पहली पंक्ति\r\nदूसरी पंक्ति\rतीसरी 🙏 पंक्ति।"
        let path = try write(Array(text.utf8))
        var segments: [Segment] = []
        try DocumentSegmenter().segmentFile(at: path, onSegment: { segments.append($0) })
        let scalars = Array(text.unicodeScalars)
        #expect(segments.map(\.text) == ["पहली पंक्ति", "दूसरी पंक्ति", "तीसरी 🙏 पंक्ति।"])
        for segment in segments {
            #expect(String(String.UnicodeScalarView(scalars[segment.start..<segment.end])) == segment.text)
        }
    }

    @Test("a 3 MB line without breaks streams through in small chunks")
    func hugeLine() throws {
        let sentence = "भारत और रूस के बीच द्विपक्षीय वार्ता हुई। "
        let text = String(repeating: sentence, count: 25_000)
        let path = try write(Array(text.utf8))
        var count = 0
        var last: Segment? = nil
        try DocumentSegmenter().segmentFile(at: path, onSegment: { count += 1; last = $0 })
        #expect(count == 25_000)
        #expect(last?.end == text.unicodeScalars.count - 1)
    }
}

@Suite("Seed articles")
struct SeedTests {
    @Test("seeds segment exactly as checked by hand", arguments: ["000_5a3696012ead648c", "001_b0c5e96b4392f483"])
    func seed(_ name: String) throws {
        let expected = try String(contentsOf: Fixtures.url("seed-\(name).expected.tsv", target: "SetuTextTests"), encoding: .utf8)
            .split(separator: "\n").map { line -> (String, String, String) in
                let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                return (fields[0], fields[1], fields[2])
            }
        var segments: [Segment] = []
        let path = Fixtures.repositoryFile("seeds/\(name).txt").path
        try DocumentSegmenter().segmentFile(at: path, onSegment: { segments.append($0) })
        #expect(segments.count == expected.count)
        for (segment, (kind, repeatOf, text)) in zip(segments, expected) {
            #expect(segment.text == text)
            #expect(segment.kind.rawValue == kind)
            #expect(segment.repeatOf.map(String.init) ?? "" == repeatOf)
        }
    }
}
