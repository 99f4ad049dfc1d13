import CSetuICU

/// A resource-owning wrapper over an ICU break iterator (UAX #29 boundaries).
///
/// The iterator keeps a pointer to the text given to `setText`; callers keep that buffer alive and
/// unchanged until the next `setText`. Not thread-safe: use one instance per thread.
final class ICUBreakIterator {
    enum Kind: Int32 {
        case character = 0
        case word = 1
        case sentence = 3
    }

    private let handle: UnsafeMutableRawPointer

    init(_ kind: Kind, locale: String = "hi") throws(SetuTextError) {
        var status: Int32 = 0
        guard let handle = setu_break_open(kind.rawValue, locale, &status), status <= 0 else {
            throw .icu(operation: "ubrk_open", code: status)
        }
        self.handle = handle
    }

    deinit { setu_break_close(handle) }

    func setText(_ text: UnsafePointer<UInt16>, count: Int) throws(SetuTextError) {
        var status: Int32 = 0
        setu_break_set_text(handle, text, Int32(count), &status)
        guard status <= 0 else { throw .icu(operation: "ubrk_setText", code: status) }
    }

    /// The first boundary after position 0, or nil when the text is empty.
    func first() -> Int? {
        _ = setu_break_first(handle)
        return next()
    }

    /// The next boundary, or nil at the end.
    func next() -> Int? {
        let boundary = setu_break_next(handle)
        return boundary == SETU_BREAK_DONE ? nil : Int(boundary)
    }
}

/// ICU's NFC normalizer (Unicode Standard Annex #15).
struct ICUNormalizer: @unchecked Sendable {
    private let handle: UnsafeRawPointer

    static let nfc: ICUNormalizer? = {
        var status: Int32 = 0
        guard let handle = setu_nfc_instance(&status), status <= 0 else { return nil }
        return ICUNormalizer(handle: handle)
    }()

    /// Length of the prefix of `text` that is certainly NFC already.
    func normalizedPrefixLength(_ text: UnsafeBufferPointer<UInt16>) -> Int {
        guard let base = text.baseAddress, !text.isEmpty else { return 0 }
        var status: Int32 = 0
        let length = setu_normalized_prefix_length(handle, base, Int32(text.count), &status)
        return status <= 0 ? Int(length) : 0
    }

    func hasBoundaryBefore(_ scalar: UInt32) -> Bool { setu_has_boundary_before(handle, scalar) != 0 }

    /// The NFC form of `text`.
    func normalize(_ text: UnsafeBufferPointer<UInt16>) throws(SetuTextError) -> [UInt16] {
        guard let base = text.baseAddress, !text.isEmpty else { return [] }
        var capacity = text.count * 2 + 8
        while true {
            var status: Int32 = 0
            var produced: Int32 = 0
            let output = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                produced = setu_normalize(handle, base, Int32(text.count), buffer.baseAddress!, Int32(capacity), &status)
                count = status <= 0 ? Int(produced) : 0
            }
            if status <= 0 { return output }
            // U_BUFFER_OVERFLOW_ERROR: retry with the size ICU asked for.
            if status == 15, Int(produced) > capacity {
                capacity = Int(produced)
                continue
            }
            throw .icu(operation: "unorm2_normalize", code: status)
        }
    }
}

/// The version of the ICU library Setu is linked against.
public var icuVersion: String { String(cString: setu_icu_version()) }

/// The version of the Unicode Standard that ICU's data (and so its NFC) follows.
public var unicodeVersion: String { String(cString: setu_unicode_version()) }
