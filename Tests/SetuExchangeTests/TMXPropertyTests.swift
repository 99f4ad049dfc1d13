import Foundation
import SetuCore
import SetuExchange
import SetuTestSupport
import Testing

/// TMX write → read is the identity on random units (texts, properties, notes, dates, creators).
@Suite("TMX properties")
struct TMXPropertyTests {
    @Test("write → read gives the units back", arguments: 0..<20)
    func roundTrip(_ seed: Int) throws {
        var random = RandomText(seed: UInt64(5000 + seed))
        let units = (0..<10).map { index in
            TranslationUnit(
                source: UnitVariant(language: .hindi, text: random.line(pieces: Int.random(in: 1...12, using: &random))),
                target: UnitVariant(language: .english, text: random.line(pieces: Int.random(in: 1...12, using: &random))),
                origin: .imported, created: Date(timeIntervalSince1970: TimeInterval(Int.random(in: 0...2_000_000_000, using: &random))),
                creator: random.line(pieces: 2),
                properties: [UnitProperty(type: "x-\(index)", value: random.line(pieces: 3))], notes: [random.line(pieces: 4)])
        }
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("r.tmx").path
        let writer = try TMXWriter(path: path, header: .init(creationToolVersion: "test", sourceLanguage: .hindi))
        var written: [TranslationUnit] = []
        for (index, unit) in units.enumerated() {
            // Texts with a character XML 1.0 forbids are refused, never written damaged.
            do {
                try writer.write(unit, id: "u\(index)")
                written.append(unit)
            } catch {
                guard case .forbiddenCharacter = error else { throw error }
            }
        }
        try writer.finish()
        var header = TMXHeader(attributes: [:])
        var read: [TranslationUnit] = []
        _ = try TMXReader(path: path).read(onHeader: { header = $0 }) { read.append(try TMXUnitConverter().convert($0, header: header, document: "x").get()) }
        #expect(read.map(\.source.text) == written.map(\.source.text))
        #expect(read.map(\.target.text) == written.map(\.target.text))
        #expect(read.map(\.properties) == written.map(\.properties))
        #expect(read.map(\.notes) == written.map(\.notes))
        #expect(read.map(\.creator) == written.map(\.creator))
        #expect(read.map(\.created) == written.map(\.created))
    }
}
