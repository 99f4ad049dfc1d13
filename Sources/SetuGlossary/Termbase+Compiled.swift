import SetuCore

/// A loaded termbase as bytes, and back (`CompiledWriter`): reading a 100,000-entry glossary file parses,
/// normalizes and checks every line, reading these bytes only copies strings. `GlossaryCache`
/// (SetuWorkflows) keeps them for glossary files that loaded without errors.
extension Termbase {
    static let compiledLayout: UInt32 = 1
    private static let magic = "SETU-TERMBASE"

    public func compiled() -> [UInt8] {
        var writer = CompiledWriter()
        writer.writeHeader(magic: Self.magic, layout: Self.compiledLayout)
        writer.write(UInt64(entries.count))
        func optional(_ text: String?) {
            writer.write(text != nil)
            if let text { writer.write(text) }
        }
        func optional(_ number: Int?) { writer.write(Int64(number ?? -1)) }
        for (entry, location) in zip(entries, locations) {
            writer.write(entry.id)
            writer.write(entry.english)
            writer.write(entry.hindi)
            writer.write(entry.type.rawValue)
            writer.write(entry.status.rawValue)
            optional(entry.domain)
            optional(entry.note)
            writer.write(entry.ambiguous)
            writer.write(location.path)
            optional(location.line)
            optional(location.column)
            optional(location.byteOffset)
        }
        return writer.bytes
    }

    /// Reads back what `compiled()` wrote, from an array.
    public init(compiled bytes: [UInt8]) throws(CompiledFormatError) {
        self = try bytes.withUnsafeBytes { raw in Result { () throws(CompiledFormatError) in try Termbase(compiled: raw) } }.get()
    }

    /// Reads back what `compiled()` wrote.
    /// - Throws: `CompiledFormatError` for bytes of another layout, cut short, or with unknown values.
    public init(compiled bytes: UnsafeRawBufferPointer) throws(CompiledFormatError) {
        var reader = try CompiledReader(bytes)
        try reader.readHeader(magic: Self.magic, layout: Self.compiledLayout, what: "termbase")
        let count = Int(clamping: try reader.read(UInt64.self))
        guard count <= bytes.count else { throw CompiledFormatError(reason: "\(count) entries") }
        func optionalText() throws(CompiledFormatError) -> String? { try reader.readBool() ? try reader.readString() : nil }
        func optionalNumber() throws(CompiledFormatError) -> Int? {
            let number = try reader.read(Int64.self)
            return number < 0 ? nil : Int(number)
        }
        var entries: [TermEntry] = []
        var locations: [SourceLocation] = []
        entries.reserveCapacity(count)
        locations.reserveCapacity(count)
        for _ in 0..<count {
            let id = try reader.readString()
            let english = try reader.readStrings()
            let hindi = try reader.readStrings()
            guard let type = TermType(rawValue: try reader.readString()), let status = TermStatus(rawValue: try reader.readString()) else {
                throw CompiledFormatError(reason: "an unknown type or status at byte \(reader.offset)")
            }
            let domain = try optionalText()
            let note = try optionalText()
            let ambiguous = try reader.readBool()
            entries.append(TermEntry(
                id: id, english: english, hindi: hindi, type: type, status: status, domain: domain, note: note, ambiguous: ambiguous))
            let path = try reader.readString()
            locations.append(SourceLocation(path: path, line: try optionalNumber(), column: try optionalNumber(), byteOffset: try optionalNumber()))
        }
        guard reader.isAtEnd else { throw CompiledFormatError(reason: "data after the end") }
        self.init(entries: entries, locations: locations)
    }
}
