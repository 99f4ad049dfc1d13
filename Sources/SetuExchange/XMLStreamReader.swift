import CSetuXML
import Foundation
import SetuCore

/// A pull reader over libxml2's streaming `xmlTextReader`, set up for files from anywhere: no network, no
/// DTD loading, no entity substitution; a document type that declares entities is refused before any
/// reference could be expanded, and a reference to an undeclared entity is an error rather than silently
/// dropped text. Every malformed byte is a parse error with line and column. libxml2's limits on nesting
/// depth (256) and text node size (10 MB) stay on.
///
/// Memory is bounded by the current node, whatever the file size. Not thread-safe: one per thread.
final class XMLStreamReader {
    /// What the reader found next.
    enum Event: Equatable {
        /// An element start tag. `isEmpty` is true for `<x/>`, which has no matching `.end`.
        case start(name: String, attributes: [String: String], isEmpty: Bool)
        case end(name: String)
        /// Character data (CDATA sections included), whitespace too.
        case text(String)
    }

    let path: String
    private let handle: OpaquePointer
    /// Element and attribute names by libxml2's interned pointer, so each name becomes a `String` once.
    private var names: [UnsafeRawPointer: String] = [:]
    private var memory: [CChar]?

    /// Opens a file.
    /// - Throws: `ExchangeError.unreadable` for a missing file, a directory or an unreadable file.
    init(path: String) throws(ExchangeError) {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
        guard access(path, R_OK) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard info.st_size > 0 else {
            throw .malformed(SourceLocation(path: path, line: 1, column: 1), underlying: "empty file")
        }
        guard let handle = setu_xml_reader_open_file(path) else {
            throw .unreadable(path: path, reason: "libxml2 could not open it")
        }
        self.handle = handle
    }

    /// Reads a document held in memory; `name` stands for its path in messages.
    init(bytes: [UInt8], name: String) throws(ExchangeError) {
        path = name
        guard !bytes.isEmpty else { throw .malformed(SourceLocation(path: name, line: 1, column: 1), underlying: "empty document") }
        let copy = bytes.map { CChar(bitPattern: $0) }
        memory = copy
        guard let handle = copy.withUnsafeBufferPointer({ setu_xml_reader_open_memory($0.baseAddress, Int32($0.count), name) })
        else { throw .unreadable(path: name, reason: "libxml2 could not read it") }
        self.handle = handle
    }

    deinit { setu_xml_reader_close(handle) }

    /// Where the reader is: the line of the current node.
    var location: SourceLocation {
        SourceLocation(path: path, line: Int(setu_xml_reader_line(handle)))
    }

    /// Bytes of input consumed so far.
    var bytesConsumed: Int64 { setu_xml_reader_bytes_consumed(handle) }

    /// The next event, or nil at the end of a well-formed document.
    /// - Throws: `ExchangeError.malformed` (with libxml2's line and column) or `.refused` for entities.
    func next() throws(ExchangeError) -> Event? {
        while true {
            let status = setu_xml_reader_next(handle)
            if status == 0 { return nil }
            if status < 0 { throw failure() }
            switch setu_xml_reader_node_type(handle) {
            case Int32(SETU_XML_ELEMENT):
                let name = interned(setu_xml_reader_name(handle))
                let isEmpty = setu_xml_reader_is_empty_element(handle) == 1
                var attributes: [String: String] = [:]
                while setu_xml_reader_next_attribute(handle) == 1 {
                    attributes[interned(setu_xml_reader_name(handle))] = string(setu_xml_reader_value(handle))
                }
                setu_xml_reader_move_to_element(handle)
                return .start(name: name, attributes: attributes, isEmpty: isEmpty)
            case Int32(SETU_XML_END_ELEMENT):
                return .end(name: interned(setu_xml_reader_name(handle)))
            case Int32(SETU_XML_TEXT), Int32(SETU_XML_CDATA), Int32(SETU_XML_WHITESPACE),
                Int32(SETU_XML_SIGNIFICANT_WHITESPACE):
                return .text(string(setu_xml_reader_value(handle)))
            case Int32(SETU_XML_ENTITY_REFERENCE):
                let name = string(setu_xml_reader_name(handle))
                throw .refused(location, reason: "reference to entity '&\(name.prefix(60));', which Setu does not expand")
            case Int32(SETU_XML_DOCUMENT_TYPE):
                var external: Int32 = 0
                var first: UnsafePointer<CChar>?
                if setu_xml_reader_declared_entities(handle, &external, &first) > 0 {
                    let name = first.map { String(cString: $0) } ?? "?"
                    throw Self.entityRefusal(declarationLocation(name) ?? location, external: external != 0, name: name)
                }
            default:
                continue  // comments, processing instructions
            }
        }
    }

    private func interned(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let name = names[key] { return name }
        let name = String(cString: pointer)
        names[key] = name
        return name
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    static func entityRefusal(_ location: SourceLocation, external: Bool, name: String) -> ExchangeError {
        .refused(
            location,
            reason: external
                ? "the DOCTYPE declares an external entity ('\(name.prefix(60))'); Setu never loads external entities (XXE)"
                : "the DOCTYPE declares entities ('\(name.prefix(60))'); Setu does not expand DTD entities (entity-expansion attacks)")
    }

    /// The reader's first error as an `ExchangeError`, with libxml2's message made readable.
    private func failure() -> ExchangeError {
        let raw = setu_xml_reader_error_message(handle).map { String(cString: $0) } ?? "the XML parser stopped"
        let line = Int(setu_xml_reader_error_line(handle))
        let column = Int(setu_xml_reader_error_column(handle))
        let location = SourceLocation(path: path, line: line > 0 ? line : nil, column: column > 0 ? column : nil)
        let code = setu_xml_reader_error_code(handle)
        switch code {
        case 26, 27:  // XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY
            return .refused(location, reason: "\(Self.readable(raw)); Setu does not expand entities, and dropping it would lose text")
        case 89:  // XML_ERR_ENTITY_LOOP: libxml2's own guard, should an expansion start before the DOCTYPE is seen
            return .refused(location, reason: "the DOCTYPE declares entities that expand without bound (entity-expansion attack); Setu does not expand DTD entities")
        default:
            return .malformed(location, underlying: Self.readable(raw))
        }
    }

    /// Where `<!ENTITY name` is declared, found in the file's first megabyte (libxml2 keeps no line for
    /// declarations). Only locates what libxml2 already refused; the decision is libxml2's.
    private func declarationLocation(_ name: String) -> SourceLocation? {
        let bytes: [UInt8]
        if let memory {
            bytes = memory.prefix(1 << 20).map { UInt8(bitPattern: $0) }
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            bytes = [UInt8]((try? handle.read(upToCount: 1 << 20)) ?? Data())
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let declaration = text.range(of: "<!ENTITY") else { return nil }
        let before = text[..<declaration.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
        return SourceLocation(path: path, line: line, column: column)
    }

    /// libxml2's message on one line, with the encoding error named plainly.
    static func readable(_ message: String) -> String {
        let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first else { return message }
        if first.hasPrefix("Input is not proper UTF-8") {
            let bytes = lines.dropFirst().first.map { " (\($0.lowercased()))" } ?? ""
            return "invalid UTF-8\(bytes); save the file as UTF-8, or declare its encoding in the XML declaration"
        }
        if first.hasPrefix("Premature end of data") || first.hasPrefix("EndTag: '</' not found") {
            return "the document ends early (truncated?): \(first)"
        }
        return lines.joined(separator: "; ")
    }
}
