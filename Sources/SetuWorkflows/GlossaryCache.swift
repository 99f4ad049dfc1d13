import Foundation
import SetuGlossary
import SetuText

/// Large glossaries kept on disk in their loaded and built forms, so that a glossary is parsed and its
/// matcher built once per glossary and per build of Setu, not once per command: for 100,000 entries,
/// parsing and checking the file takes about half a second and building the matcher two seconds; reading
/// both back takes a fifth of a second.
///
/// Two kinds of file: `termbase-KEY-BUILD.bin`, the entries of glossary files that loaded without errors
/// (KEY hashes the files' paths and bytes), and `matcher-FINGERPRINT-BUILD.bin`, a built `TermMatcher`
/// (FINGERPRINT hashes the entries, wherever they came from). BUILD is the running executable's size and
/// modification time, so an edited glossary or a rebuilt Setu never reads a stale file; each file also
/// records its layout (and a matcher its fingerprint) and is refused when they differ. A file that cannot
/// be read is rebuilt and replaced. Files appear under their final name only when complete (written to a
/// temporary name, then renamed); files of other builds for the same glossary are removed, and the oldest
/// beyond `keptFiles` of each kind or `keptBytes` in all. The cache only saves time: when it cannot be written, commands go on
/// unaffected, with the same results.
///
/// Where: `$SETU_CACHE_DIR`, else `$XDG_CACHE_HOME/setu`, else `~/.cache/setu`; `SETU_CACHE_DIR=off`
/// turns it off. Small glossaries are not cached (`minimumEntries`, `minimumBytes`): they load in
/// milliseconds.
public struct GlossaryCache: Sendable {
    /// The folder, or nil when caching is off.
    public var directory: String?
    /// Matchers of glossaries with fewer entries are built directly.
    public var minimumEntries = 2_000
    /// Glossary files of fewer bytes in all are parsed directly.
    public var minimumBytes = 200_000
    public var keptFiles = 6
    /// At most this many bytes of cache files in all (the newest are kept).
    public var keptBytes = 600 << 20
    /// The running executable's identity, part of every file name.
    let build: String

    public init(directory: String?, build: String = GlossaryCache.executableIdentity()) {
        // Without an identity a rebuilt Setu could read files an older one wrote: no cache then.
        self.directory = build == "unknown" ? nil : directory
        self.build = build
    }

    /// The cache as the environment configures it.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> GlossaryCache {
        if let value = environment["SETU_CACHE_DIR"], !value.isEmpty {
            return GlossaryCache(directory: value == "off" ? nil : value)
        }
        if let value = environment["XDG_CACHE_HOME"], value.hasPrefix("/") {
            return GlossaryCache(directory: value + "/setu")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return GlossaryCache(directory: home + "/.cache/setu")
        }
        return GlossaryCache(directory: nil)
    }

    /// The process's cache (`fromEnvironment()`), used by every workflow that loads or matches a glossary.
    public static let shared = GlossaryCache.fromEnvironment()

    // MARK: Termbases

    /// The key of glossary files: two independent 64-bit hashes over their paths and bytes, or nil when
    /// they are too small to cache.
    func key(of files: [(path: String, data: Data)]) -> String? {
        guard directory != nil, files.reduce(0, { $0 + $1.data.count }) >= minimumBytes else { return nil }
        var hash = PairHash()
        for (path, data) in files {
            hash.feed(path)
            data.withUnsafeBytes { hash.feed($0) }
        }
        return hash.hex
    }

    /// The termbase stored under `key`, if any can be read.
    func termbase(key: String?) -> Termbase? {
        guard let key, let directory else { return nil }
        return read(directory + "/termbase-\(key)-\(build).bin") { bytes throws(CompiledFormatError) in try Termbase(compiled: bytes) }
    }

    func store(_ termbase: Termbase, key: String?) {
        guard let key, let directory else { return }
        store(termbase.compiled(), kind: "termbase", name: key, in: directory)
    }

    // MARK: Matchers

    /// The matcher of `termbase`: read from the cache when a file for it exists, else built (and stored
    /// when the glossary is large enough).
    public func matcher(for termbase: Termbase) -> TermMatcher {
        guard let directory, termbase.entries.count >= minimumEntries else { return TermMatcher(termbase: termbase) }
        let fingerprint = TermMatcher.fingerprint(of: termbase)
        if let matcher = read(directory + "/matcher-\(fingerprint)-\(build).bin", { bytes throws(CompiledFormatError) in
            try TermMatcher(compiled: bytes, termbase: termbase)
        }) {
            return matcher
        }
        let matcher = TermMatcher(termbase: termbase)
        store(matcher.compiled(), kind: "matcher", name: fingerprint, in: directory)
        return matcher
    }

    // MARK: Files

    /// Reads a cache file through `decode`, mapped rather than copied; nil when it is missing or unreadable.
    private func read<T>(_ path: String, _ decode: (UnsafeRawBufferPointer) throws(CompiledFormatError) -> T) -> T? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return try? data.withUnsafeBytes { bytes throws(CompiledFormatError) in try decode(bytes) }
    }

    private func store(_ bytes: [UInt8], kind: String, name: String, in directory: String) {
        let files = FileManager.default
        guard (try? files.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return }
        let path = directory + "/\(kind)-\(name)-\(build).bin"
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).partial"
        guard files.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
        prune(kind: kind, name: name, in: directory)
    }

    /// Removes files of other builds for the same glossary, the least recently written files of the kind
    /// beyond `keptFiles`, and the least recently written files of any kind beyond `keptBytes` in all (the
    /// file just written stays).
    private func prune(kind: String, name: String, in directory: String) {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: directory) else { return }
        var all: [(path: String, kind: Bool, date: Date, size: Int)] = []
        for file in names where (file.hasPrefix("matcher-") || file.hasPrefix("termbase-")) && file.hasSuffix(".bin") {
            let path = directory + "/" + file
            if file.hasPrefix("\(kind)-\(name)-") && file != "\(kind)-\(name)-\(build).bin" {
                unlink(path)
            } else if let attributes = try? files.attributesOfItem(atPath: path), let date = attributes[.modificationDate] as? Date {
                all.append((path, file.hasPrefix(kind + "-"), date, (attributes[.size] as? Int) ?? 0))
            }
        }
        all.sort { $0.date > $1.date }
        var ofKind = 0
        var bytes = 0
        for (index, file) in all.enumerated() {
            if file.kind { ofKind += 1 }
            bytes += file.size
            if index > 0 && ((file.kind && ofKind > keptFiles) || bytes > keptBytes) { unlink(file.path) }
        }
    }

    /// Size and modification time of the running executable, as hex: a rebuilt Setu (whose parser or
    /// matcher may derive other data) gets files of its own.
    public static func executableIdentity() -> String {
        var info = stat()
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath ?? ""
        guard !path.isEmpty, stat(path, &info) == 0 else { return "unknown" }
        #if os(Linux)
            let modified = info.st_mtim
        #else
            let modified = info.st_mtimespec
        #endif
        return String(UInt64(info.st_size), radix: 16) + "-" + String(UInt64(modified.tv_sec), radix: 16) + "-"
            + String(UInt64(modified.tv_nsec), radix: 16)
    }
}
