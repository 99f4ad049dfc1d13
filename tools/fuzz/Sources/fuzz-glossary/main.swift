// Fuzz target: the glossary reader (Setu format, TSV/CSV tables, UTF-8/UTF-16, any line ends), the
// consistency checks and the term matcher built from whatever entries parse.
import FuzzDriver
import Foundation
import SetuCore
import SetuGlossary

func fuzzGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parsed = GlossaryParser.parse(bytes: bytes, path: "fuzz.tsv")
    let (termbase, _) = Termbase.assemble([(parsed.entries, "fuzz.tsv")], diagnostics: parsed.diagnostics, source: "fuzz.tsv")
    let matcher = TermMatcher(termbase: termbase)
    let sample = "भारत और रूस के विदेश मंत्रियों ने अस्ताना में एस.सी.ओ. बैठक की। " + String(decoding: bytes.prefix(200), as: UTF8.self)
    for match in matcher.matches(in: sample) {
        precondition(match.start < match.end && match.end <= sample.unicodeScalars.count, "match outside the text")
    }
    return 0
}

exit(FuzzDriver.run(
    { data, size in fuzzGlossary(data, size) }))
