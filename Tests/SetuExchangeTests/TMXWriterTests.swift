import Foundation
import SetuCore
import SetuExchange
import SetuTestSupport
import Testing

@Suite("TMX writer")
struct TMXWriterTests {
    static func unit(_ hindi: String, _ english: String, markup: String? = nil) -> TranslationUnit {
        TranslationUnit(
            source: UnitVariant(language: .hindi, text: hindi, markup: markup),
            target: UnitVariant(language: .english, text: english), origin: .manual,
            created: Date(timeIntervalSince1970: 1_790_000_000), creator: "test",
            properties: [UnitProperty(type: "x-client", value: "समाचार & Co <1>")], notes: ["जाँच \"ज़रूरी\""])
    }

    static func write(_ units: [TranslationUnit], to path: String) throws -> [ExchangeError] {
        let writer = try TMXWriter(path: path, header: .init(creationToolVersion: "test", sourceLanguage: .hindi))
        var errors: [ExchangeError] = []
        for (index, unit) in units.enumerated() {
            do { try writer.write(unit, id: "u\(index)") } catch { errors.append(error) }
        }
        try writer.finish()
        return errors
    }

    /// In-process validation against the TMX 1.4 DTD built into Setu.
    static func validate(_ path: String) throws -> ValidationReport {
        try ExchangeValidator.validate(path: path, as: .tmx)
    }

    @Test("escaped text, props and notes validate against the TMX 1.4 DTD and read back unchanged")
    func roundTrip() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("out.tmx").path
        let units = [
            Self.unit("कीमत < 5 & > 2 \"रुपये\" है।", "The price is < 5 & > 2 \"rupees\"."),
            Self.unit("<b>वित्त मंत्री</b> ने कहा।", "The finance minister said.",
                      markup: "<bpt i=\"1\">&lt;b&gt;</bpt>वित्त मंत्री<ept i=\"1\">&lt;/b&gt;</ept> ने कहा।"),
        ]
        #expect(try Self.write(units, to: path).isEmpty)
        let report = try Self.validate(path)
        #expect(report.isValid, "\(report.problems)")

        var header: TMXHeader?
        var read: [TranslationUnit] = []
        _ = try TMXReader(path: path).read(onHeader: { header = $0 }) { tmx in
            if let unit = try? TMXUnitConverter().convert(tmx, header: header!, document: "x").get() { read.append(unit) }
        }
        #expect(header?.attributes["creationtool"] == "Setu")
        #expect(header?.attributes["srclang"] == "hi-IN")
        #expect(read.map(\.source.text) == [units[0].source.text, "वित्त मंत्री ने कहा।"])
        #expect(read.map(\.target.text) == units.map(\.target.text))
        #expect(read.map(\.properties) == units.map(\.properties))
        #expect(read.map(\.notes) == units.map(\.notes))
        #expect(read[1].source.markup == units[1].source.markup)
        #expect(read.map(\.created) == units.map(\.created))
    }

    @Test("a unit with a control character is refused and the file stays valid")
    func forbiddenCharacter() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("out.tmx").path
        let errors = try Self.write([Self.unit("ठीक है।", "Fine."), Self.unit("गलत\u{0001}पाठ", "Bad\u{0001}text")], to: path)
        #expect(errors == [.forbiddenCharacter(unit: "u1", scalar: 1)])
        #expect(try Self.validate(path).isValid)
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    @Test("TMX dates use YYYYMMDDThhmmssZ and parse back")
    func dates() {
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(TMXDate.format(date) == "20260921T141320Z")
        #expect(TMXDate.parse("20260921T141320Z") == date)
        #expect(TMXDate.parse("2026-09-22") == nil)
    }
}
