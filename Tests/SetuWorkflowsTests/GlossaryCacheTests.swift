import Foundation
import SetuCore
import SetuGlossary
import SetuTestSupport
import Testing

@testable import SetuWorkflows

/// The on-disk glossary cache: what it stores, that what it reads back equals a fresh load, and that an
/// edited glossary, a damaged file or another build never yields stale entries.
@Suite("Glossary cache")
struct GlossaryCacheTests {
    /// A cache in a fresh folder that caches every glossary, however small.
    static func cache(build: String = "test-build") throws -> GlossaryCache {
        var cache = GlossaryCache(directory: try Fixtures.temporaryDirectory().path, build: build)
        cache.minimumBytes = 0
        cache.minimumEntries = 0
        return cache
    }

    static func files(in cache: GlossaryCache) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: try #require(cache.directory)).sorted()
    }

    static func glossary(_ rows: [String]) throws -> String {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("g.tsv").path
        try ("english\thindi\ttype\n" + rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a second load reads the stored termbase and matcher, with the same entries and matches")
    func reuse() throws {
        let cache = try Self.cache()
        let path = Fixtures.repositoryFile("glossaries").path
        let fresh = try GlossaryFiles.load(path, cache: GlossaryCache(directory: nil))
        let first = try GlossaryFiles.load(path, cache: cache)
        let firstMatcher = cache.matcher(for: first)
        let stored = try Self.files(in: cache)
        #expect(stored.count == 2)
        #expect(stored.contains { $0.hasPrefix("matcher-") } && stored.contains { $0.hasPrefix("termbase-") })
        let second = try GlossaryFiles.load(path, cache: cache)
        #expect(second.entries == fresh.entries && second.locations == fresh.locations)
        let text = "शंघाई सहयोग संगठन की बैठक के लिए विदेश मंत्री एस जयशंकर अस्ताना पहुंचे, जहां एससीओ के महासचिव ने उनका स्वागत किया।"
        let expected = TermMatcher(termbase: fresh).matches(in: text)
        #expect(expected.count >= 4)
        #expect(firstMatcher.matches(in: text) == expected)
        #expect(cache.matcher(for: second).matches(in: text) == expected)
        #expect(try Self.files(in: cache) == stored)
    }

    @Test("an edited glossary is read again, not taken from the cache")
    func edited() throws {
        let cache = try Self.cache()
        let path = try Self.glossary(["Astana\tअस्ताना\tplace", "SCO\tएससीओ\torganization"])
        let before = try GlossaryFiles.load(path, cache: cache)
        #expect(cache.matcher(for: before).matches(in: "अस्ताना में एससीओ").map(\.english) == ["Astana", "SCO"])
        try "english\thindi\ttype\nAstana\tअस्ताना\tplace\nSCO\tएससीओ\torganization\nPushkin Park\tपुश्किन पार्क\tplace\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let after = try GlossaryFiles.load(path, cache: cache)
        #expect(after.entries.map(\.preferredEnglish) == ["Astana", "SCO", "Pushkin Park"])
        #expect(cache.matcher(for: after).matches(in: "पुश्किन पार्क में एससीओ").map(\.english) == ["Pushkin Park", "SCO"])
    }

    @Test("a damaged cache file is rebuilt; a glossary with errors is refused and not stored")
    func damaged() throws {
        let cache = try Self.cache()
        let directory = try #require(cache.directory)
        let path = Fixtures.repositoryFile("glossaries").path
        let fresh = try GlossaryFiles.load(path, cache: cache)
        _ = cache.matcher(for: fresh)
        for name in try Self.files(in: cache) {
            let file = directory + "/" + name
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: file))
        }
        let reread = try GlossaryFiles.load(path, cache: cache)
        #expect(reread.entries == fresh.entries)
        let text = "एससीओ की बैठक अस्ताना में हुई।"
        #expect(cache.matcher(for: reread).matches(in: text) == TermMatcher(termbase: fresh).matches(in: text))
        for name in try Self.files(in: cache) {
            let size = try #require(try FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? Int)
            #expect(size > 1_000, "\(name) was rewritten whole")
        }

        let broken = try Self.glossary(["Astana\tअस्ताना\tplace", "Astana City\tअस्ताना\tplace"])
        let empty = try Self.cache()
        #expect(throws: WorkflowError.self) { try GlossaryFiles.load(broken, cache: empty) }
        #expect(try Self.files(in: empty).isEmpty)
    }

    @Test("another build of Setu does not read this build's files and replaces them")
    func otherBuild() throws {
        let cache = try Self.cache(build: "build-a")
        var other = cache
        other = GlossaryCache(directory: cache.directory, build: "build-b")
        other.minimumBytes = 0
        other.minimumEntries = 0
        let path = Fixtures.repositoryFile("glossaries").path
        _ = cache.matcher(for: try GlossaryFiles.load(path, cache: cache))
        #expect(try Self.files(in: cache).allSatisfy { $0.hasSuffix("-build-a.bin") })
        _ = other.matcher(for: try GlossaryFiles.load(path, cache: other))
        let files = try Self.files(in: other)
        #expect(files.count == 2 && files.allSatisfy { $0.hasSuffix("-build-b.bin") })
    }

    @Test("the oldest files go beyond the byte budget; the newest stays and results do not change")
    func budget() throws {
        var cache = try Self.cache()
        cache.keptBytes = 1
        let path = Fixtures.repositoryFile("glossaries").path
        let termbase = try GlossaryFiles.load(path, cache: cache)
        let text = "एससीओ की बैठक अस्ताना में हुई।"
        #expect(cache.matcher(for: termbase).matches(in: text) == TermMatcher(termbase: termbase).matches(in: text))
        let files = try Self.files(in: cache)
        #expect(files.count == 1 && files[0].hasPrefix("matcher-"))
        #expect(try GlossaryFiles.load(path, cache: cache).entries == termbase.entries)
    }

    @Test("the environment chooses the folder, and SETU_CACHE_DIR=off turns the cache off")
    func environment() {
        #expect(GlossaryCache.fromEnvironment(["SETU_CACHE_DIR": "/tmp/x", "HOME": "/home/u"]).directory == "/tmp/x")
        #expect(GlossaryCache.fromEnvironment(["SETU_CACHE_DIR": "off", "HOME": "/home/u"]).directory == nil)
        #expect(GlossaryCache.fromEnvironment(["XDG_CACHE_HOME": "/c", "HOME": "/home/u"]).directory == "/c/setu")
        #expect(GlossaryCache.fromEnvironment(["HOME": "/home/u"]).directory == "/home/u/.cache/setu")
        #expect(GlossaryCache(directory: "/tmp/x", build: "unknown").directory == nil)
    }
}
