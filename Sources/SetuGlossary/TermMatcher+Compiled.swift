import SetuCore
import SetuText

/// A built matcher as bytes, and back: building one from a 100,000-entry glossary takes seconds (every
/// spelling is folded, tokenized, inflected, spelled out and indexed), reading the built tables back takes
/// milliseconds. The bytes hold the tables only; the termbase is passed in again and must be the one the
/// matcher was built from (its `fingerprint` is recorded and checked). `GlossaryCache` (SetuWorkflows)
/// keeps such files per glossary and per build of Setu.
extension TermMatcher {
    /// Bumped whenever the layout below changes; a file of another layout is refused.
    static let compiledLayout: UInt32 = 2
    private static let magic = "SETU-TERM-MATCHER"

    /// Two independent 64-bit hashes over everything in the termbase that building reads, as 32 hex
    /// digits: equal termbases (the same entries in the same order) have equal fingerprints. Eight bytes
    /// at a time (a 100,000-entry glossary in about 10 ms); not for adversarial input.
    public static func fingerprint(of termbase: Termbase) -> String {
        var hash = PairHash()
        for entry in termbase.entries {
            hash.feed(entry.id)
            for form in entry.english { hash.feed(form) }
            hash.feed("\u{1}")
            for form in entry.hindi { hash.feed(form) }
            hash.feed("\u{1}")
            hash.feed(entry.type.rawValue)
            hash.feed(entry.status.rawValue)
            hash.feed(entry.ambiguous ? "a" : "-")
            hash.feed(entry.domain ?? "\u{2}")
            hash.feed(entry.note ?? "\u{2}")
        }
        return hash.hex
    }

    /// The built tables as bytes (`init(compiled:termbase:)` reads them back). The same termbase gives the
    /// same bytes.
    public func compiled() -> [UInt8] {
        var writer = CompiledWriter()
        writer.writeHeader(magic: Self.magic, layout: Self.compiledLayout)
        writer.write(Self.fingerprint(of: termbase))
        writer.write(UInt64(termbase.entries.count))

        wordIDs.write(to: &writer)
        edges.write(to: &writer)
        writer.write(UInt32(terminals.count))
        for node in terminals {
            writer.write(UInt32(node.count))
            for terminal in node {
                writer.write(terminal.entry)
                writer.write(terminal.variants)
                writer.write(terminal.isEnglish)
                writer.write(terminal.dottedOnly)
                writer.write(terminal.isSurname)
            }
        }
        writer.write(neighbours.map(\.key))
        writer.write(neighbours.map(\.word))
        neighbourFilter.write(to: &writer)
        typoWordFilter.write(to: &writer)
        writer.write(wordLengths)
        writer.write(UInt32(wordScalars.count))
        for scalars in wordScalars { writer.write(scalars) }
        for words in [fuzzyWords, phraseWords, shortNameWords, phraseHeads] { writer.write(words.sorted()) }
        for table in [surnames, latinSurnames] {
            let keys = table.keys.sorted()
            writer.write(keys)
            writer.write(keys.map { Int64(table[$0] ?? 0) })
        }
        writer.write(givenNames.sorted())
        writer.write(latinGivenNames.sorted())
        let people = entryGivenNames.keys.sorted()
        writer.write(people.map(Int64.init))
        for person in people {
            let names = entryGivenNames[person] ?? []
            writer.write(UInt32(names.count))
            for name in names { writer.write(name) }
        }
        soundAlikes.write(to: &writer)
        transcribedPhrases.write(to: &writer)
        writer.write(transcribedPrefixes.sorted())
        transcribedWords.write(to: &writer)
        transcribedStarts.write(to: &writer)
        writer.write(Int64(longestFuzzyWord))
        startFilter.write(to: &writer)
        typoStartFilter.write(to: &writer)
        return writer.bytes
    }

    /// Reads back what `compiled()` wrote for this `termbase`, from an array.
    public static func reading(compiled bytes: [UInt8], termbase: Termbase) throws(CompiledFormatError) -> TermMatcher {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(CompiledFormatError) in try TermMatcher(compiled: raw, termbase: termbase) }
        }.get()
    }

    /// Reads back what `compiled()` wrote for this `termbase`.
    /// - Throws: `CompiledFormatError` when the bytes are of another layout, for another termbase, cut
    ///   short, or inconsistent (an index pointing outside its table).
    public init(compiled bytes: UnsafeRawBufferPointer, termbase: Termbase) throws(CompiledFormatError) {
        var reader = try CompiledReader(bytes)
        try reader.readHeader(magic: Self.magic, layout: Self.compiledLayout, what: "term matcher")
        guard try reader.readString() == Self.fingerprint(of: termbase),
            try reader.read(UInt64.self) == UInt64(termbase.entries.count)
        else { throw CompiledFormatError(reason: "built from another glossary") }
        self.termbase = termbase
        let entries = Int32(clamping: termbase.entries.count)

        wordIDs = try KeyTable(reading: &reader)
        edges = try KeyTable(reading: &reader)
        let nodeCount = try reader.readCount()
        guard nodeCount >= 1, nodeCount <= bytes.count else { throw CompiledFormatError(reason: "\(nodeCount) trie nodes") }
        var terminals: [[Terminal]] = []
        terminals.reserveCapacity(nodeCount)
        for _ in 0..<nodeCount {
            let count = try reader.readCount()
            var node: [Terminal] = []
            for _ in 0..<count {
                let entry = try reader.read(Int32.self)
                guard (0..<entries).contains(entry) else { throw CompiledFormatError(reason: "entry \(entry) of \(entries)") }
                node.append(Terminal(
                    entry: entry, variants: try reader.readStrings(), isEnglish: try reader.readBool(),
                    dottedOnly: try reader.readBool(), isSurname: try reader.readBool()))
            }
            terminals.append(node)
        }
        self.terminals = terminals
        let neighbourKeys: [UInt64] = try reader.readArray()
        let neighbourWords: [Int32] = try reader.readArray()
        guard neighbourKeys.count == neighbourWords.count else { throw CompiledFormatError(reason: "typo index halves differ") }
        neighbours = zip(neighbourKeys, neighbourWords).map { (key: $0, word: $1) }
        neighbourFilter = try KeyFilter(reading: &reader)
        typoWordFilter = try KeyFilter(reading: &reader)
        wordLengths = try reader.readArray()
        let wordCount = try reader.readCount()
        guard wordCount == wordLengths.count else { throw CompiledFormatError(reason: "word tables differ in length") }
        var wordScalars: [[UInt32]] = []
        wordScalars.reserveCapacity(wordCount)
        for index in 0..<wordCount {
            let scalars: [UInt32] = try reader.readArray()
            guard scalars.count == Int(wordLengths[index]) else { throw CompiledFormatError(reason: "word \(index) is not as long as recorded") }
            wordScalars.append(scalars)
        }
        self.wordScalars = wordScalars
        let words = 0..<Int32(clamping: wordCount)
        var wordSets: [Set<Int32>] = []
        for _ in 0..<4 {
            let members: [Int32] = try reader.readArray()
            guard members.allSatisfy(words.contains) else { throw CompiledFormatError(reason: "a word set outside the word table") }
            wordSets.append(Set(members))
        }
        (fuzzyWords, phraseWords, shortNameWords, phraseHeads) = (wordSets[0], wordSets[1], wordSets[2], wordSets[3])
        var people: [[String: Int]] = []
        for _ in 0..<2 {
            let keys = try reader.readStrings()
            let values: [Int64] = try reader.readArray()
            guard keys.count == values.count, values.allSatisfy({ (0..<Int64(entries)).contains($0) }) else {
                throw CompiledFormatError(reason: "a surname table does not fit the glossary")
            }
            people.append(Dictionary(zip(keys, values.map { Int($0) }), uniquingKeysWith: { first, _ in first }))
        }
        (surnames, latinSurnames) = (people[0], people[1])
        givenNames = Set(try reader.readStrings())
        latinGivenNames = Set(try reader.readStrings())
        var entryGivenNames: [Int: [[UInt32]]] = [:]
        for person in try reader.readArray(Int64.self) {
            guard (0..<Int64(entries)).contains(person) else { throw CompiledFormatError(reason: "given names of entry \(person)") }
            let count = try reader.readCount()
            var names: [[UInt32]] = []
            for _ in 0..<count { names.append(try reader.readArray()) }
            entryGivenNames[Int(person)] = names
        }
        self.entryGivenNames = entryGivenNames
        soundAlikes = try KeyTable(reading: &reader)
        transcribedPhrases = try KeyTable(reading: &reader)
        transcribedPrefixes = Set(try reader.readArray(UInt64.self))
        transcribedWords = try KeyTable(reading: &reader)
        transcribedStarts = try KeyFilter(reading: &reader)
        longestFuzzyWord = Int(try reader.read(Int64.self))
        startFilter = try KeyFilter(reading: &reader)
        typoStartFilter = try KeyFilter(reading: &reader)
        guard reader.isAtEnd else { throw CompiledFormatError(reason: "data after the end") }

        let nodes = 0..<Int32(clamping: nodeCount)
        guard wordIDs.valuesLie(in: words), edges.valuesLie(in: nodes), soundAlikes.valuesLie(in: words),
            neighbourWords.allSatisfy(words.contains),
            transcribedPhrases.valuesLie(in: -1..<entries), transcribedWords.valuesLie(in: -1..<entries)
        else { throw CompiledFormatError(reason: "an index points outside its table") }
    }
}
