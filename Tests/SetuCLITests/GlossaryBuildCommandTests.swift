import Foundation
import SetuTestSupport
import Testing

@Suite("setu glossary build, export and import")
struct GlossaryBuildCommandTests {
    static func json(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test("known terms are counted with examples; names after titles are proposed with English forms")
    func buildOnSeeds() throws {
        let directory = try Fixtures.temporaryDirectory()
        let corpus = directory.appendingPathComponent("corpus.txt")
        try Data("""
            विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने कहा कि बातचीत जारी रहेगी।
            प्रवक्ता रणधीर जायसवाल ने बताया कि अस्ताना में बैठक हुई।
            राष्ट्रपति कासिम-जोमार्ट तोकायेव ने अस्ताना में मेहमानों का स्वागत किया।
            राष्ट्रपति कासिम-जोमार्ट तोकायेव ने शिखर सम्मेलन की अध्यक्षता की।
            ग्रामीण विकास योजना के तहत नए घर बनेंगे। ग्रामीण विकास योजना का बजट बढ़ा।
            """.utf8).write(to: corpus)
        // A glossary without Randhir Jaiswal, so the builder has a name to find.
        let glossary = directory.appendingPathComponent("small.tsv")
        try Data("Astana\tअस्ताना\tplace\nMinistry of External Affairs | MEA\tविदेश मंत्रालय\torganization\nspokesperson\tप्रवक्ता\ttitle\n".utf8).write(to: glossary)
        let result = try CLIRunner.run(["glossary", "build", "--format", "jsonl", "--glossary", glossary.path, corpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try Self.json(result.stdout)
        let astana = try #require(lines.first { $0["kind"] as? String == "known" && $0["entry"] as? String == "astana" })
        #expect(astana["count"] as? Int == 2)
        #expect((astana["example"] as? String)?.contains("अस्ताना") == true)
        let jaiswal = try #require(lines.first { $0["kind"] as? String == "candidate" && ($0["surface"] as? String) == "रणधीर जायसवाल" })
        let english = try #require(jaiswal["english"] as? String)
        #expect(["Randhir Jaiswal", "Randhir Jayswal", "Randheer Jaiswal"].contains(english))
        #expect(jaiswal["count"] as? Int == 2)
        #expect(lines.contains { ($0["surface"] as? String) == "ग्रामीण विकास योजना" && $0["source"] as? String == "repeated-ngram" })

        let out = directory.appendingPathComponent("proposed.tsv")
        let written = try CLIRunner.run(["glossary", "build", "--glossary", glossary.path, "--out", out.path, corpus.path])
        #expect(written.status == 0)
        let check = try CLIRunner.run(["glossary", "check", out.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).contains("रणधीर जायसवाल"))
    }

    @Test("export to TBX and import it back gives the same glossary")
    func tbxRoundTrip() throws {
        let directory = try Fixtures.temporaryDirectory()
        let tbx = directory.appendingPathComponent("core.tbx").path
        #expect(try CLIRunner.run(["glossary", "export", "--tbx", tbx]).status == 0)
        let imported = directory.appendingPathComponent("core.tsv").path
        let result = try CLIRunner.run(["glossary", "import", "--out", imported, tbx])
        #expect(result.status == 0, "\(result.stderr)")
        let original = try CLIRunner.run(["glossary", "check", "glossaries/core.tsv"]).stdout
        let again = try CLIRunner.run(["glossary", "check", imported]).stdout
        // "PATH: N entries, M Hindi spellings, …": the counts must agree.
        #expect(original.split(separator: ":").dropFirst().joined() == again.split(separator: ":").dropFirst().joined())
        let csv = directory.appendingPathComponent("core.csv").path
        #expect(try CLIRunner.run(["glossary", "export", "--csv", csv]).status == 0)
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("english,hindi,type,status,domain,note,id,ambiguous\n"))
    }
}
