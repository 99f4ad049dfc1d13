/// Fast helpers over UTF-16 code units, for the hot paths of segmentation.
enum UTF16Text {
    /// Writes the UTF-8 encoding of a scalar value (not a surrogate) at `out`, advancing it; the buffer must
    /// have room for four bytes.
    @inline(__always)
    static func appendUTF8(_ value: UInt32, to bytes: UnsafeMutableBufferPointer<UInt8>, at out: inout Int) {
        if value < 0x80 {
            bytes[out] = UInt8(value)
            out += 1
        } else if value < 0x800 {
            bytes[out] = UInt8(0xC0 | (value >> 6))
            bytes[out + 1] = UInt8(0x80 | (value & 0x3F))
            out += 2
        } else if value < 0x10000 {
            bytes[out] = UInt8(0xE0 | (value >> 12))
            bytes[out + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
            bytes[out + 2] = UInt8(0x80 | (value & 0x3F))
            out += 3
        } else {
            bytes[out] = UInt8(0xF0 | (value >> 18))
            bytes[out + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
            bytes[out + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
            bytes[out + 3] = UInt8(0x80 | (value & 0x3F))
            out += 4
        }
    }

    /// A `String` from UTF-16 units, transcoded by hand: the standard library's generic decoder is several
    /// times slower on Devanagari. Unpaired surrogates become U+FFFD, as in `String(decoding:as:)`.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        if units.isEmpty { return "" }
        return String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var out = 0
            var index = 0
            let count = units.count
            while index < count {
                let unit = UInt32(units[index])
                index += 1
                if unit & 0xF800 != 0xD800 {
                    UTF16Text.appendUTF8(unit, to: bytes, at: &out)
                } else if unit < 0xDC00, index < count, units[index] & 0xFC00 == 0xDC00 {
                    let scalar = 0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                    UTF16Text.appendUTF8(scalar, to: bytes, at: &out)
                } else {
                    // Unpaired surrogate: U+FFFD REPLACEMENT CHARACTER.
                    UTF16Text.appendUTF8(0xFFFD, to: bytes, at: &out)
                }
            }
            return out
        }
    }

    /// A fast in-process 64-bit hash of UTF-16 units (multiply–xorshift over 64-bit words, then a murmur3
    /// finalizer), to spot repeated lines and to look up short words. Never stored: persistent keys use
    /// `StableHash`. Not for adversarial input.
    static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(units.count)
        var index = 0
        let count = units.count
        while index + 4 <= count {
            let word =
                UInt64(units[index]) | UInt64(units[index + 1]) << 16 | UInt64(units[index + 2]) << 32
                | UInt64(units[index + 3]) << 48
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            index += 4
        }
        while index < count {
            hash = (hash ^ UInt64(units[index])) &* 0xC4CE_B9FE_1A85_EC53
            index += 1
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    /// The light fold used for short lookups (abbreviations, boilerplate): drops nukta and joiners,
    /// maps precomposed nukta letters to their base, chandrabindu to anusvara, ASCII to lowercase when
    /// `lowercase` is set, and whitespace runs to one space. Appends to `output`.
    static func lightFold(
        _ units: UnsafeBufferPointer<UInt16>, lowercase: Bool, into output: inout [UInt16], limit: Int = .max
    ) {
        var pendingSpace = false
        for unit in units {
            if output.count >= limit { return }
            let scalar = UInt32(unit)
            if unit == 0x093C || TextCharacters.isInvisibleFormat(scalar) { continue }
            if TextCharacters.isWhitespace(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            switch unit {
            case 0x0958...0x095F: output.append(nuktaBase[Int(unit - 0x0958)])
            case 0x0929, 0x0931, 0x0934: output.append(unit - 1)
            case 0x0901: output.append(0x0902)
            case 0x41...0x5A where lowercase: output.append(unit + 0x20)
            default: output.append(unit)
            }
        }
    }

    /// Base consonants of U+0958…U+095F (QA KHHA GHHA ZA DDDHA RHA FA YYA).
    private static let nuktaBase: [UInt16] = [0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F]
}

/// A set of short words compared by their light-folded UTF-16 hash, so lookups allocate nothing.
struct FoldedWordSet: Sendable {
    private var hashes: Set<UInt64> = []

    init<Words: Sequence<String>>(_ words: Words, lowercase: Bool = false) {
        for word in words {
            let units = Array(word.utf16)
            var folded: [UInt16] = []
            units.withUnsafeBufferPointer { UTF16Text.lightFold($0, lowercase: lowercase, into: &folded) }
            hashes.insert(folded.withUnsafeBufferPointer { UTF16Text.hash($0) })
        }
    }

    func contains(folded units: UnsafeBufferPointer<UInt16>) -> Bool { hashes.contains(UTF16Text.hash(units)) }
}
