/// A dictionary key for text that is already in one normal form (search keys, folded phrases), hashed and
/// compared by its UTF-8 bytes.
///
/// `String`'s own `Hashable` works on canonical equivalence: every hash and comparison of non-ASCII text
/// checks or produces its NFC form, which was a sixth of spotting names in Devanagari. Search keys are NFC
/// by construction (`SearchFolder`), so equal bytes mean equal keys.
package struct TextKey: Hashable, Sendable {
    package let text: String

    package init(_ text: String) { self.text = text }

    package func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    package static func == (a: TextKey, b: TextKey) -> Bool {
        var (left, right) = (a.text, b.text)
        return left.withUTF8 { x in right.withUTF8 { y in x.count == y.count && x.elementsEqual(y) } }
    }
}

extension TextKey: Comparable {
    /// Byte order: a total order that needs no normalizing, for iterating keyed tables in the same order in
    /// every process (a `Dictionary`'s own order changes with each process's hash seed).
    package static func < (a: TextKey, b: TextKey) -> Bool {
        var (left, right) = (a.text, b.text)
        return left.withUTF8 { x in right.withUTF8 { y in x.lexicographicallyPrecedes(y) } }
    }
}

extension Dictionary where Key == TextKey {
    /// The entries in key byte order.
    package var inKeyOrder: [(key: Key, value: Value)] { sorted { $0.key < $1.key } }
}

extension Dictionary where Key == String {
    /// The entries in the byte order of their keys (`TextKey`), the same in every process.
    package var inKeyOrder: [(key: Key, value: Value)] { sorted { TextKey($0.key) < TextKey($1.key) } }
}

/// A set of search keys compared by their bytes (`TextKey`).
package struct KeySet: Sendable {
    private let keys: Set<TextKey>

    package init<S: Sequence<String>>(_ keys: S) { self.keys = Set(keys.map(TextKey.init)) }

    package func contains(_ key: String) -> Bool { keys.contains(TextKey(key)) }

    package var count: Int { keys.count }
}
