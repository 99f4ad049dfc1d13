/// Recognizes what a file really is from its first bytes, so that a file Setu cannot read as UTF-8 text
/// gets an error naming its real kind (UTF-16, a Word or Excel file, a PDF) instead of a message about
/// one bad byte.
package enum FileSniffer {
    package enum Kind: Sendable, Equatable {
        /// UTF-8 (or plain ASCII), with `hasBOM` when it starts with EF BB BF.
        case utf8(hasBOM: Bool)
        /// UTF-16 with a byte order mark.
        case utf16(bigEndian: Bool)
        /// UTF-16 without a byte order mark (every other byte zero in ASCII text).
        case utf16WithoutBOM(bigEndian: Bool)
        /// A binary format, named (`a ZIP archive (.docx, .xlsx, .odt …)`, `a PDF document`).
        case binary(String)
    }

    /// The kind of a file starting with `bytes` (the first few hundred bytes are enough).
    package static func kind<C: Collection<UInt8>>(of bytes: C) -> Kind where C.Index == Int {
        let head = Array(bytes.prefix(512))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8(hasBOM: true) }
        if head.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false) }
        if head.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .binary("a ZIP archive (a .docx, .xlsx or .odt file?)") }
        if head.starts(with: Array("%PDF-".utf8)) { return .binary("a PDF document") }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .binary("an old Microsoft Office file (.doc or .xls)") }
        if head.starts(with: [0x1F, 0x8B]) { return .binary("a gzip-compressed file") }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) || head.starts(with: [0xFF, 0xD8, 0xFF]) {
            return .binary("an image")
        }
        if head.starts(with: Array("SQLite format 3".utf8)) { return .binary("a SQLite database") }
        // ASCII text in UTF-16 without a BOM: zero bytes at every even (big-endian) or odd (little-endian) offset.
        if head.count >= 8 {
            let pairs = head.count / 2
            let evenZeros = stride(from: 0, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
            let oddZeros = stride(from: 1, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
            if oddZeros * 10 >= pairs * 9 && evenZeros == 0 { return .utf16WithoutBOM(bigEndian: false) }
            if evenZeros * 10 >= pairs * 9 && oddZeros == 0 { return .utf16WithoutBOM(bigEndian: true) }
        }
        if head.contains(0) { return .binary("a binary file (it contains NUL bytes)") }
        return .utf8(hasBOM: false)
    }

    /// Why a file of this kind is not UTF-8 text, with what to do, or nil for UTF-8.
    package static func problem(_ kind: Kind) -> String? {
        switch kind {
        case .utf8: return nil
        case let .utf16(bigEndian):
            return "the file is UTF-16 (\(bigEndian ? "big" : "little")-endian, with a byte order mark), not UTF-8; "
                + "convert it, e.g. `iconv -f UTF-16 -t UTF-8`"
        case let .utf16WithoutBOM(bigEndian):
            return "the file looks like UTF-16 (\(bigEndian ? "big" : "little")-endian) without a byte order mark, "
                + "not UTF-8; convert it, e.g. `iconv -f UTF-16\(bigEndian ? "BE" : "LE") -t UTF-8`"
        case let .binary(name):
            return "the file is \(name), not UTF-8 text; save or export it as plain text (UTF-8)"
        }
    }
}
