import Foundation
import SetuTestSupport
import Testing

@Suite("setu glossary build, export and import")
struct GlossaryBuildCommandTests {
    static func json(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test("known terms are counted with examples; names are proposed with English and the reasons for them")
    func buildOnSeeds() throws {
        let directory = try Fixtures.temporaryDirectory()
        let corpus = directory.appendingPathComponent("corpus.txt")
        try Data("""
            विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने कहा कि बातचीत जारी रहेगी।
            प्रवक्ता रणधीर जायसवाल ने बताया कि अस्ताना में बैठक हुई।
            राष्ट्रपति कासिम-जोमार्ट तोकायेव ने अस्ताना में मेहमानों का स्वागत किया।
            राष्ट्रपति कासिम-जोमार्ट तोकायेव ने शिखर सम्मेलन की अध्यक्षता की।
            ग्रामीण विकास योजना के तहत नए घर बनेंगे। ग्रामीण विकास योजना का बजट बढ़ा।
            गांव में चापाकल मरम्मत का काम शुरू हुआ। चापाकल मरम्मत के लिए मिस्त्री बुलाए गए।
            रूस के विदेश मंत्री ने मॉस्को में भारतीय नागरिकों से मुलाकात की। भारतीय नागरिकों की सुरक्षा पर बात हुई। दूतावास ने कहा कि भारतीय नागरिक सुरक्षित हैं।
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
        func candidate(_ hindi: String) -> [String: Any]? {
            lines.first { $0["kind"] as? String == "candidate" && $0["hindi"] as? String == hindi }
        }
        let jaiswal = try #require(candidate("रणधीर जायसवाल"))
        #expect(["Randhir Jaiswal", "Randhir Jayswal", "Randheer Jaiswal"].contains(jaiswal["english"] as? String ?? ""))
        #expect(jaiswal["type"] as? String == "person")
        #expect(jaiswal["evidence"] as? String == "romanization")
        #expect((jaiswal["reasons"] as? [String])?.contains("after-title") == true)
        #expect(jaiswal["count"] as? Int == 2)
        // Exonyms come from CLDR, not from the romanizer.
        #expect(candidate("रूस")?["english"] as? String == "Russia")
        #expect(candidate("रूस")?["evidence"] as? String == "gazetteer")
        #expect(candidate("मॉस्को")?["english"] as? String == "Moscow")
        // A repeated common-noun phrase is a term; English composed from the vocabulary is a draft with its glosses,
        // and a phrase whose words the vocabulary does not know gets none.
        let scheme = try #require(candidate("ग्रामीण विकास योजना"))
        #expect(scheme["english"] as? String == "rural development scheme")
        #expect(scheme["evidence"] as? String == "vocabulary")
        let repair = try #require(candidate("चापाकल मरम्मत"))
        #expect(repair["english"] as? String == "")
        #expect(repair["status"] as? String == "needs-translation")
        let citizens = try #require(candidate("भारतीय नागरिक"))
        #expect((citizens["variants"] as? [String]) == ["भारतीय नागरिकों"])
        // Function words never start or end a candidate.
        for line in lines where line["kind"] as? String == "candidate" {
            let words = (line["hindi"] as? String ?? "").split(separator: " ")
            #expect(!["के", "की", "ने", "को", "में", "से", "कि"].contains(words.first.map(String.init) ?? ""), "\(line)")
            #expect(!["के", "की", "ने", "को", "में", "से", "कि"].contains(words.last.map(String.init) ?? ""), "\(line)")
        }

        let out = directory.appendingPathComponent("proposed.tsv")
        let written = try CLIRunner.run(["glossary", "build", "--glossary", glossary.path, "--out", out.path, corpus.path])
        #expect(written.status == 0, "\(written.stderr)")
        let check = try CLIRunner.run(["glossary", "check", out.path])
        #expect(check.status == 0, "\(check.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("रणधीर जायसवाल"))
        #expect(text.contains("\tचापाकल मरम्मत\tterm\tid=hi-chapakal-marammat\tstatus=needs-translation"))
        #expect(text.contains("status=proposed"))
        // The same candidates as TBX read back with their review states.
        let tbx = directory.appendingPathComponent("proposed.tbx")
        #expect(try CLIRunner.run(["glossary", "build", "--glossary", glossary.path, "--out", tbx.path, corpus.path]).status == 0)
        let back = directory.appendingPathComponent("back.tsv")
        let imported = try CLIRunner.run(["glossary", "import", "--out", back.path, tbx.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let again = try String(contentsOf: back, encoding: .utf8)
        #expect(again.components(separatedBy: "status=needs-translation").count == text.components(separatedBy: "status=needs-translation").count)
        #expect(again.components(separatedBy: "status=proposed").count == text.components(separatedBy: "status=proposed").count)
    }

    @Test("a corpus that cannot be read gives its error and nothing on standard output, with no file written")
    func unreadableCorpus() throws {
        let directory = try Fixtures.temporaryDirectory()
        let corpus = directory.appendingPathComponent("bad.txt")
        try Data([0xE0, 0xA4, 0x85, 0x20, 0xFF, 0x0A]).write(to: corpus)
        let out = directory.appendingPathComponent("proposed.tsv")
        let result = try CLIRunner.run(["glossary", "build", "--no-glossary", "--out", out.path, corpus.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad.txt:1") && result.stderr.contains("invalid UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a corpus of empty files is an error; an empty file beside a readable one is a note")
    func emptyCorpus() throws {
        let directory = try Fixtures.temporaryDirectory()
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let out = directory.appendingPathComponent("proposed.tsv")
        let result = try CLIRunner.run(["glossary", "build", "--no-glossary", "--out", out.path, empty.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("empty.txt: empty file, nothing read"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let text = directory.appendingPathComponent("one.txt")
        try Data("अस्ताना में बैठक हुई। अस्ताना में फिर बैठक हुई।\n".utf8).write(to: text)
        let both = try CLIRunner.run(["glossary", "build", "--no-glossary", empty.path, text.path])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stderr.contains("empty.txt: empty file"))
    }

    @Test("bilingual mode: English for terms comes from the aligned translation")
    func bilingual() throws {
        let directory = try Fixtures.temporaryDirectory()
        let hindi = directory.appendingPathComponent("a.hi.txt")
        let english = directory.appendingPathComponent("a.en.txt")
        try Data("""
            पटना। राज्य सरकार ने बुधवार को नई शिक्षा नीति लागू करने की घोषणा की।
            शिक्षा मंत्री सुधा वर्मा ने कहा कि नई शिक्षा नीति से ग्रामीण छात्रों को लाभ होगा।
            विपक्ष ने कहा कि शिक्षा नीति पर पहले शिक्षकों से बात होनी चाहिए थी।
            """.utf8).write(to: hindi)
        try Data("""
            Patna. The state government on Wednesday announced that it will implement the new education policy.
            Education minister Sudha Verma said the new education policy would benefit rural students.
            The opposition said teachers should have been consulted on the education policy first.
            """.utf8).write(to: english)
        let result = try CLIRunner.run(["glossary", "build", "--no-glossary", "--format", "jsonl", hindi.path, "--english", english.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try Self.json(result.stdout)
        let policy = try #require(lines.first { $0["hindi"] as? String == "शिक्षा नीति" })
        #expect(policy["english"] as? String == "education policy")
        #expect(policy["evidence"] as? String == "alignment")
        let verma = try #require(lines.first { $0["hindi"] as? String == "सुधा वर्मा" })
        #expect(verma["english"] as? String == "Sudha Verma")

        let mismatch = try CLIRunner.run(["glossary", "build", "--no-glossary", hindi.path, hindi.path, "--english", english.path])
        #expect(mismatch.status != 0)
        #expect(mismatch.stderr.contains("--english gives 1 file(s) for 2 Hindi file(s)"))
    }

    @Test("the same corpus gives the same glossary in every process, monolingual and bilingual")
    func deterministic() throws {
        // Each process hashes with its own seed, so a result that followed a dictionary's order would differ
        // between runs; these articles have people whose surnames and given names are spellings of them.
        let corpus = "Tests/SetuGlossaryTests/Fixtures/term-corpus/"
        let articles = ["district-flood-relief", "football-super-cup", "film-festival-goa", "bank-credit-policy"]
        let hindi = articles.map { corpus + $0 + ".hi.txt" }
        let english = articles.map { corpus + $0 + ".en.txt" }
        for arguments in [hindi, hindi + ["--english"] + english] {
            let runs = try (0..<3).map { _ in try CLIRunner.run(["glossary", "build", "--no-glossary", "--format", "jsonl"] + arguments) }
            #expect(runs.allSatisfy { $0.status == 0 })
            #expect(runs[0].stdout.split(separator: "\n").count >= 40)
            #expect(runs.allSatisfy { $0.stdout == runs[0].stdout }, "\(arguments.count) arguments")
        }
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
