// Fuzz target: the UTF-8 reader, the web-text cleaner and the sentence splitter. Any byte string must be
// either refused with an error or segmented into spans that lie inside the input, in order, without
// overlap, each giving its text back. Search folding's byte-level shortcuts must agree with folding.
import FuzzDriver
import Foundation
import SetuCore
import SetuText

nonisolated(unsafe) let segmenter = try! DocumentSegmenter()

func fuzzSegment(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard (try? InputValidator.validateUTF8(bytes: bytes, name: "fuzz")) != nil else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    // Search folding's shortcuts agree with the long way: one-pass decoding, and a word folding leaves alone.
    let decoded = SearchFolder.decode(text)
    precondition(decoded.scalars == text.unicodeScalars.map(\.value), "decoding differs from the scalar view")
    precondition(SearchFolder().key(text) == SearchFolder().fold(scalars: text.unicodeScalars.map(\.value)).string, "search key differs from folding")
    guard let segments = try? segmenter.segment(text, document: "fuzz") else { return 0 }
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for segment in segments {
        precondition(segment.start >= previousEnd && segment.start < segment.end && segment.end <= scalars.count, "span out of order")
        previousEnd = segment.end
        let count = segment.text.unicodeScalars.count
        if let offsets = segment.textOffsets {
            precondition(offsets.count == count, "one offset per code point")
            for (offset, scalar) in zip(offsets, segment.text.unicodeScalars) {
                precondition(scalars[Int(offset)] == scalar, "text offset points elsewhere")
            }
        } else if segment.kind != .caption {
            precondition(String(String.UnicodeScalarView(scalars[segment.start..<segment.end])) == segment.text, "span is not the text")
        }
    }
    return 0
}

exit(FuzzDriver.run(
    { data, size in fuzzSegment(data, size) }))
