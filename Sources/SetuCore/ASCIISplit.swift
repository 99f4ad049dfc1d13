extension StringProtocol {
    /// The pieces of the text between `separator` bytes (ASCII: a space, a hyphen, a tab), cut on the UTF-8
    /// bytes. Splitting by Characters gives the same pieces at the cost of grapheme breaking on every letter,
    /// which a 100,000-entry glossary pays a million times over; the one difference is a separator followed
    /// by a combining mark or a joiner, one Character with it, which this cuts after the separator.
    package func splitOnASCII(_ separator: UInt8, omittingEmptySubsequences: Bool = true) -> [Substring] {
        Substring(self).utf8.split(separator: separator, omittingEmptySubsequences: omittingEmptySubsequences).map { Substring($0) }
    }

    /// The pieces between bytes for which `isSeparator` holds (ASCII bytes only).
    package func splitOnASCII(whereSeparator isSeparator: (UInt8) -> Bool) -> [Substring] {
        Substring(self).utf8.split(whereSeparator: isSeparator).map { Substring($0) }
    }
}
