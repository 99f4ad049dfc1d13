import Foundation
import SetuCore

/// Streaming TMX 1.4b writer.
///
/// Writes to `path.partial` and renames it over `path` in `finish()`, so an interrupted export never leaves
/// a truncated file behind. Memory is constant: each unit is written as it comes. Text is escaped; a unit
/// holding a character XML 1.0 forbids is refused with `ExchangeError.forbiddenCharacter` and nothing of
/// it is written.
public final class TMXWriter {
    public let path: String
    private let partialPath: String
    private let handle: FileHandle
    private var buffer = ""
    public private(set) var unitsWritten = 0

    /// Header attributes Setu writes (TMX 1.4b §3.2 requires all of these).
    public struct Header: Sendable {
        public var creationToolVersion: String
        public var sourceLanguage: LanguageTag
        public var adminLanguage = "en"
        /// Setu's name for the format it exports from (`o-tmf`).
        public var originalFormat = "setu-sqlite"
        public var properties: [UnitProperty] = []
        public var notes: [String] = []

        public init(creationToolVersion: String, sourceLanguage: LanguageTag) {
            self.creationToolVersion = creationToolVersion
            self.sourceLanguage = sourceLanguage
        }
    }

    /// The temporary file an export to `path` writes before it is complete.
    public static func partialPath(for path: String) -> String { path + ".partial" }

    public init(path: String, header: Header) throws(ExchangeError) {
        self.path = path
        partialPath = Self.partialPath(for: path)
        guard FileManager.default.createFile(atPath: partialPath, contents: nil),
            let handle = FileHandle(forWritingAtPath: partialPath)
        else { throw .unwritable(path: path, reason: "cannot create \(partialPath)") }
        self.handle = handle
        buffer += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        buffer += "  <header creationtool=\"Setu\" creationtoolversion=\"\(XMLEscaping.escape(header.creationToolVersion, attribute: true))\""
        buffer += " segtype=\"sentence\" o-tmf=\"\(XMLEscaping.escape(header.originalFormat, attribute: true))\""
        buffer += " adminlang=\"\(XMLEscaping.escape(header.adminLanguage, attribute: true))\" srclang=\"\(header.sourceLanguage.value)\""
        buffer += " datatype=\"plaintext\" creationdate=\"\(TMXDate.format(Date()))\""
        if header.properties.isEmpty && header.notes.isEmpty {
            buffer += "/>\n"
        } else {
            buffer += ">\n"
            writeNotesAndProperties(header.notes, header.properties, indent: "    ")
            buffer += "  </header>\n"
        }
        buffer += "  <body>\n"
    }

    /// Writes one unit. Only the source variant is written when `target` is nil (an untranslated segment).
    /// - Parameter extraProperties: Setu's provenance and term properties, written after the unit's own.
    public func write(_ unit: TranslationUnit, includeTarget: Bool = true, extraProperties: [UnitProperty] = [], id: String)
        throws(ExchangeError)
    {
        let variants = [unit.source] + (includeTarget ? [unit.target] + unit.extraVariants : [])
        let texts = variants.flatMap { [$0.text, $0.markup ?? ""] + $0.notes + $0.properties.map(\.value) }
            + unit.notes + (unit.properties + extraProperties).map(\.value)
        for text in texts {
            if let scalar = XMLEscaping.forbiddenScalar(in: text) { throw .forbiddenCharacter(unit: id, scalar: scalar) }
        }
        buffer += "    <tu tuid=\"\(XMLEscaping.escape(unit.externalID ?? id, attribute: true))\""
        buffer += " creationdate=\"\(TMXDate.format(unit.created))\" changedate=\"\(TMXDate.format(unit.changed))\""
        if let creator = unit.creator { buffer += " creationid=\"\(XMLEscaping.escape(creator, attribute: true))\"" }
        buffer += ">\n"
        writeNotesAndProperties(unit.notes, unit.properties + extraProperties, indent: "      ")
        for variant in variants {
            buffer += "      <tuv xml:lang=\"\(variant.language.value)\">\n"
            writeNotesAndProperties(variant.notes, variant.properties, indent: "        ")
            buffer += "        <seg>" + (variant.markup ?? XMLEscaping.escape(variant.text)) + "</seg>\n"
            buffer += "      </tuv>\n"
        }
        buffer += "    </tu>\n"
        unitsWritten += 1
        if buffer.utf8.count >= 1 << 16 { try flush() }
    }

    private func writeNotesAndProperties(_ notes: [String], _ properties: [UnitProperty], indent: String) {
        for note in notes { buffer += "\(indent)<note>\(XMLEscaping.escape(note))</note>\n" }
        for property in properties {
            buffer += "\(indent)<prop type=\"\(XMLEscaping.escape(property.type, attribute: true))\">\(XMLEscaping.escape(property.value))</prop>\n"
        }
    }

    private func flush() throws(ExchangeError) {
        do {
            try handle.write(contentsOf: Data(buffer.utf8))
        } catch {
            throw .unwritable(path: path, reason: "\(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Closes the document and moves it into place.
    public func finish() throws(ExchangeError) {
        buffer += "  </body>\n</tmx>\n"
        try flush()
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw .unwritable(path: path, reason: "\(error.localizedDescription)")
        }
        // rename(2) replaces the destination in one step: readers see the old file or the new one.
        guard rename(partialPath, path) == 0 else {
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Removes the partial output after a failure.
    public func abandon() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: partialPath)
    }
}
