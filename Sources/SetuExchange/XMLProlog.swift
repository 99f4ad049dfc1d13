import Foundation
import SetuCore

/// What the start of an XML file says about itself: its encoding (from the byte order mark or the XML
/// declaration) and whether its document type declares entities.
///
/// Setu refuses any `<!ENTITY` declaration in a DOCTYPE: internal entities are how expansion bombs
/// (billion laughs) are built, and external ones how files are read off the machine (XXE). TMX never needs
/// either. The scan reads only up to the root element.
struct XMLProlog {
    /// `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE (BOM)`, `UTF-16BE (BOM)`, or the declared name.
    var encoding: String

    static let scanLimit = 1 << 20

    static func inspect(path: String, root: String) throws(ExchangeError) -> XMLProlog {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw .unreadable(path: path, reason: !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "permission denied")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: scanLimit)) ?? Data()
        guard !head.isEmpty else {
            throw .malformed(SourceLocation(path: path, line: 1, column: 1), underlying: "empty file, expected a <\(root)> document")
        }
        let bytes = [UInt8](head)
        var encoding = "UTF-8"
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = "UTF-16LE (BOM)"
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = "UTF-16BE (BOM)"
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: true)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = "UTF-8 (BOM)"
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        } else if bytes.count >= 2, bytes[0] == 0x3C, bytes[1] == 0x00 {
            encoding = "UTF-16LE"
            text = decodeUTF16(bytes[...], bigEndian: false)
        } else if bytes.count >= 2, bytes[0] == 0x00, bytes[1] == 0x3C {
            encoding = "UTF-16BE"
            text = decodeUTF16(bytes[...], bigEndian: true)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        if let declared = declaredEncoding(text), !encoding.contains("BOM") || !declared.uppercased().hasPrefix("UTF") {
            encoding = declared.uppercased()
        }
        // Only the prolog matters: stop at the root element (the first `<` followed by a letter).
        var prologEnd = text.endIndex
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "<") {
            let next = text.index(after: open)
            if next < text.endIndex, text[next].isLetter {
                prologEnd = open
                break
            }
            index = next
        }
        let prolog = String(text[..<prologEnd])
        if let entity = prolog.range(of: "<!ENTITY") {
            let before = prolog[..<entity.lowerBound]
            let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            let external = prolog[entity.lowerBound...].prefix(300).contains("SYSTEM") || prolog[entity.lowerBound...].prefix(300).contains("PUBLIC")
            throw .refused(
                SourceLocation(path: path, line: line, column: column),
                reason: external
                    ? "the DOCTYPE declares an external entity; Setu never loads external entities (XXE)"
                    : "the DOCTYPE declares entities; Setu does not expand DTD entities (entity-expansion attacks)")
        }
        return XMLProlog(encoding: encoding)
    }

    static func declaredEncoding(_ text: String) -> String? {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return nil }
        let declaration = text[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
