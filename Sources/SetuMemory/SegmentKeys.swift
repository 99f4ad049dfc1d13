import SetuText

/// The keys the store derives from a segment's text, and the versions of the code that derives them.
///
/// - `exactHash`: `StableHash` of `TextNormalizer.normalize(text)`, the exact-lookup index key.
/// - `indexKey`: the concordance key, `SearchFolder` with every fold but Latin case (FTS5's trigram
///   tokenizer folds case itself). Recomputed from the text when a row is removed (see `SegmentIndexer`).
/// - `sketchScalars`: the full search key (the index key with ASCII lowercased), from which
///   `FuzzySketch` takes the fuzzy-index n-grams.
///
/// The text itself is never changed: Setu stores what it was given and compares these keys.
package struct SegmentKeys: Sendable {
    package let normalized: String
    package let exactHash: Int64
    package let indexKey: String
    package let sketchScalars: [UInt32]

    /// The folds of the concordance key.
    package static let indexFolds = FoldOptions.search.subtracting(.latinCase)

    package init(_ text: String) {
        normalized = TextNormalizer.normalize(text)
        exactHash = Self.exactHash(ofNormalized: normalized)
        let folded = SearchFolder(options: Self.indexFolds).fold(text)
        indexKey = folded.string
        sketchScalars = folded.scalars.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// The full search key (`FoldOptions.search`) as a string.
    package var searchKey: String { String(String.UnicodeScalarView(sketchScalars.compactMap(Unicode.Scalar.init))) }

    /// The exact-lookup key of text that is already normalized.
    package static func exactHash(ofNormalized normalized: String) -> Int64 {
        Int64(bitPattern: StableHash.of(utf8: normalized))
    }

    /// The concordance key of `text`, as `indexKey` computes it.
    package static func indexKey(_ text: String) -> String { SearchFolder(options: indexFolds).key(text) }

    /// The fuzzy-index scalars for a stored concordance key (ASCII lowercased).
    package static func sketchScalars(indexKey: String) -> [UInt32] {
        indexKey.unicodeScalars.map { $0.value >= 0x41 && $0.value <= 0x5A ? $0.value + 0x20 : $0.value }
    }
}

/// The versions of the code behind each family of keys the store derives from text. The store records
/// them (table `derived_key`); a store whose versions differ from this build's has keys this build would
/// not compute, and is rebuilt (`setu reindex`, or any write command) before it is trusted.
package struct DerivedKeyVersions: Sendable, Hashable, CustomStringConvertible {
    /// Exact-match hash: the text normalizer and the hash.
    package var exact: String
    /// Concordance key: the folding rules and the Unicode version of ICU's NFC.
    package var index: String
    /// Fuzzy sketch: the sketch scheme over the folding rules.
    package var sketch: String

    package static var current: DerivedKeyVersions {
        DerivedKeyVersions(
            exact: TextNormalizer.version + "+fnv1a64",
            index: SearchFolder.keyVersion + "+nocase",
            sketch: FuzzySketch.version + "+" + SearchFolder.keyVersion)
    }

    package var description: String { "exact \(exact), index \(index), sketch \(sketch)" }

    /// The names of the key families whose versions differ.
    package func stale(comparedWith other: DerivedKeyVersions) -> [String] {
        var names: [String] = []
        if exact != other.exact { names.append("exact") }
        if index != other.index { names.append("index") }
        if sketch != other.sketch { names.append("sketch") }
        return names
    }
}
