import Foundation
import SetuCore
import SetuExchange
import SetuTestSupport
import Testing

@Suite("TBX glossary exchange")
struct TBXTests {
    static let entries = [
        TermEntry(english: ["SCO", "Shanghai Cooperation Organisation"], hindi: ["एससीओ", "शंघाई सहयोग संगठन", "एस.सी.ओ."], type: .organization, domain: "diplomacy"),
        TermEntry(english: ["Astana"], hindi: ["अस्ताना"], type: .place, note: "capital of Kazakhstan & seat of <summit>"),
        TermEntry(id: "russian-adjective", english: ["Russian"], hindi: ["रूसी"], type: .term, status: .admitted, ambiguous: true),
        TermEntry(english: ["Kazakistan"], hindi: ["कज़ाकस्तान"], type: .place, status: .forbidden),
    ]

    @Test("TBX-Basic export is well-formed and reads back to the same entries")
    func roundTrip() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("glossary.tbx")
        try Data(TBXWriter.document(Self.entries).utf8).write(to: url)
        let report = try ExchangeValidator.validate(path: url.path)
        #expect(report.format == .tbx)
        #expect(report.isValid, "\(report.problems)")
        #expect(try TBXReader.read(path: url.path) == Self.entries)
    }

    @Test("TBX 2019 element names (conceptEntry, langSec, termSec) are read")
    func tbx2019() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("v3.tbx")
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>client termbase</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="c1">
                  <descrip type="subjectField">diplomacy</descrip>
                  <langSec xml:lang="en-US"><termSec><term>Pushkin Park</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
                  <langSec xml:lang="hi-IN"><termSec><term>पुश्किन पार्क</term></termSec><termSec><term>पुश्‍किन पार्क</term></termSec></langSec>
                  <langSec xml:lang="fr"><termSec><term>parc Pouchkine</term></termSec></langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """.utf8).write(to: url)
        let entries = try TBXReader.read(path: url.path)
        #expect(entries.count == 1)
        #expect(entries.first?.id == "c1")
        #expect(entries.first?.english == ["Pushkin Park"])
        #expect(entries.first?.hindi.count == 2)
        #expect(entries.first?.domain == "diplomacy")
    }

    @Test("entity declarations in a TBX file are refused")
    func hostile() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("bomb.tbx")
        try Data("""
            <?xml version="1.0"?>
            <!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>
            """.utf8).write(to: url)
        #expect {
            try TBXReader.read(path: url.path)
        } throws: { error in
            guard case let .refused(location, reason) = error as? ExchangeError else { return false }
            return location.line == 2 && reason.contains("declares entities")
        }
    }

    @Test("a truncated TBX file yields nothing, not the entries before the cut")
    func truncated() throws {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("cut.tbx")
        let whole = TBXWriter.document(Self.entries)
        try Data(whole.utf8.prefix(whole.utf8.count * 2 / 3)).write(to: url)
        #expect {
            try TBXReader.read(path: url.path)
        } throws: { error in
            guard case .malformed = error as? ExchangeError else { return false }
            return true
        }
    }
}
