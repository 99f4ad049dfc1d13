import SetuCore
import SetuTestSupport
import SetuText
import Testing

/// Properties that hold for any input, checked on seeded random web text.
@Suite("Segmentation properties")
struct SegmentationPropertyTests {
    @Test("segment spans lie inside the text, in order, without overlap, and give their text back", arguments: 0..<40)
    func spansCoverTextInOrder(_ seed: Int) throws {
        var random = RandomText(seed: UInt64(seed))
        let text = random.document(lines: 12)
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for segment in try DocumentSegmenter().segment(text) {
            #expect(segment.start >= previousEnd && segment.start < segment.end && segment.end <= scalars.count)
            previousEnd = segment.end
            if let offsets = segment.textOffsets {
                #expect(offsets.count == segment.text.unicodeScalars.count)
                for (offset, scalar) in zip(offsets, segment.text.unicodeScalars) { #expect(scalars[Int(offset)] == scalar) }
            } else if segment.kind != .caption {
                #expect(String(String.UnicodeScalarView(scalars[segment.start..<segment.end])) == segment.text)
            }
        }
    }

    @Test("no letter is lost: every letter of the input is in a segment, a removed URL or removed markup", arguments: 0..<40)
    func lettersKept(_ seed: Int) throws {
        var random = RandomText(seed: UInt64(1000 + seed))
        let text = random.document(lines: 8)
        var covered = [Bool](repeating: false, count: text.unicodeScalars.count)
        for segment in try DocumentSegmenter().segment(text, onNote: { note in
            for index in note.start..<note.end where index < covered.count { covered[index] = true }
        }) {
            for index in segment.start..<segment.end { covered[index] = true }
        }
        for (index, scalar) in text.unicodeScalars.enumerated() where scalar.properties.isAlphabetic {
            #expect(covered[index], "letter \(scalar) at \(index) is in no segment")
        }
    }
}
