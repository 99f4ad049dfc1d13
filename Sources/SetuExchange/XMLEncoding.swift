import Foundation

/// The encoding an XML file says it has, for reports: from its byte order mark, else the XML
/// declaration, else UTF-8 (XML 1.0 appendix F). Decoding itself is libxml2's.
enum XMLEncoding {
    /// `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE (BOM)`, `UTF-16BE (BOM)`, `UTF-16LE`, `UTF-16BE`, or the declared name.
    static func sniff(path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "UTF-8" }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
        return sniff(head)
    }

    static func sniff(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE (BOM)" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE (BOM)" }
        if bytes.count >= 2, bytes[0] == 0x3C, bytes[1] == 0x00 { return "UTF-16LE" }
        if bytes.count >= 2, bytes[0] == 0x00, bytes[1] == 0x3C { return "UTF-16BE" }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bom ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        if let declared = declaredEncoding(text), !declared.uppercased().hasPrefix("UTF-8") { return declared.uppercased() }
        return bom ? "UTF-8 (BOM)" : "UTF-8"
    }

    static func declaredEncoding(_ text: String) -> String? {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return nil }
        let declaration = text[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
