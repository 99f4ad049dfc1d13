/// Computes search keys: NFC (UAX #15) followed by the chosen `FoldOptions`, keeping a map from every
/// folded code point back to the original text.
///
/// Folding is for matching only; Setu always stores and shows the original text.
/// Complexity: O(n) in the length of the text; NFC goes through ICU only when the text is not NFC already.
///
/// ```swift
/// let folded = SearchFolder().fold("हिन्दी में गाँधी")
/// folded.string   // "हिंदी में गांधी"
/// folded.applied  // [.chandrabindu, .nasalAnusvara]
/// ```
public struct SearchFolder: Sendable {
    public var options: FoldOptions

    /// The version of the folding rules. A store records it (with the Unicode version of the linked ICU,
    /// whose NFC it relies on) beside the keys it derived by folding, and rebuilds them when it changes.
    package static let version = "fold-2"

    /// `fold-2/unicode-15.0`: the folding rules together with the Unicode version of ICU's NFC.
    package static var keyVersion: String { "\(version)/unicode-\(unicodeVersion)" }

    public init(options: FoldOptions = .search) {
        self.options = options
    }

    /// The folded form of `text` with its offset map.
    public func fold(_ text: String) -> FoldedText {
        let (scalars, certainlyNFC) = Self.decode(text)
        return fold(scalars: scalars, certainlyNFC: certainlyNFC)
    }

    /// The folded form of `text` as a string: the search key.
    public func key(_ text: String) -> String {
        // Most words are their own key (no nukta, digit, capital, nasal cluster or stray space): checked on
        // the bytes, which saves building the offset map that `fold` makes.
        if Self.foldsToItself(utf8: text) { return text }
        return fold(text).string
    }

    /// Folds code points whose offsets are counted from 0.
    /// - Parameter certainlyNFC: true when the caller has checked `isCertainlyNFC` already (`decode`).
    public func fold(scalars input: [UInt32], certainlyNFC: Bool = false) -> FoldedText {
        let (canonical, maps) = certainlyNFC ? (input, nil) : Self.canonicalize(input)
        let count = canonical.count
        // Folding never lengthens the text (a run of spaces becomes one, a fold drops or merges code points),
        // so the three arrays are written in place and cut to length at the end: appending to each was a
        // third of folding's time.
        var scalars = [UInt32](repeating: 0, count: count)
        var sourceStart = [Int32](repeating: 0, count: count)
        var sourceEnd = [Int32](repeating: 0, count: count)
        var applied: FoldOptions = []
        let options = self.options
        var written = 0
        scalars.withUnsafeMutableBufferPointer { scalars in
            sourceStart.withUnsafeMutableBufferPointer { sourceStart in
                sourceEnd.withUnsafeMutableBufferPointer { sourceEnd in
                    canonical.withUnsafeBufferPointer { canonical in
                        @inline(__always) func append(_ scalar: UInt32, _ from: Int, _ to: Int) {
                            scalars[written] = scalar
                            sourceStart[written] = Int32(truncatingIfNeeded: from)
                            sourceEnd[written] = Int32(truncatingIfNeeded: to)
                            written += 1
                        }
                        @inline(__always) func extendLast(_ to: Int) {
                            guard written > 0 else { return }
                            sourceEnd[written - 1] = max(sourceEnd[written - 1], Int32(truncatingIfNeeded: to))
                        }
                        var pendingSpace: (start: Int32, end: Int32)? = nil
                        var index = 0
                        while index < count {
                            let scalar = canonical[index]
                            let from = maps.map { Int($0.start[index]) } ?? index
                            let to = maps.map { Int($0.end[index]) } ?? index + 1
                            index += 1

                            if TextCharacters.isWhitespace(scalar) && options.contains(.whitespace) {
                                if scalar != 0x20 || pendingSpace != nil { applied.insert(.whitespace) }
                                if let pending = pendingSpace {
                                    pendingSpace = (pending.start, Int32(to))
                                } else {
                                    pendingSpace = (Int32(from), Int32(to))
                                }
                                continue
                            }
                            // A mark or joiner folded away still belongs to the letter before it: a word-final
                            // nukta (शरीफ़, लावरोफ़) stays inside the span of the folded word.
                            if TextCharacters.isInvisibleFormat(scalar) && options.contains(.joiners) {
                                applied.insert(.joiners)
                                if pendingSpace == nil { extendLast(to) }
                                continue
                            }
                            var folded = scalar
                            var foldEnd = to
                            switch scalar {
                            case 0x093C where options.contains(.nukta):
                                applied.insert(.nukta)
                                if pendingSpace == nil { extendLast(to) }
                                continue
                            case 0x0929, 0x0931, 0x0934:  // DEVANAGARI LETTER NNNA, RRA, LLLA: precomposed nukta letters
                                if options.contains(.nukta) {
                                    folded = scalar - 1
                                    applied.insert(.nukta)
                                }
                            case 0x0901 where options.contains(.chandrabindu):  // DEVANAGARI SIGN CANDRABINDU
                                folded = 0x0902
                                applied.insert(.chandrabindu)
                            case 0x0966...0x096F where options.contains(.digits):  // DEVANAGARI DIGIT ZERO…NINE
                                folded = scalar - 0x0966 + 0x30
                                applied.insert(.digits)
                            case 0x0965, 0x7C:  // DEVANAGARI DOUBLE DANDA, VERTICAL LINE used as danda
                                if options.contains(.danda) {
                                    folded = 0x0964  // DEVANAGARI DANDA
                                    applied.insert(.danda)
                                }
                            case 0x41...0x5A where options.contains(.latinCase):
                                folded = scalar + 0x20
                                applied.insert(.latinCase)
                            case 0x0919, 0x091E, 0x0923, 0x0928, 0x092E:  // NGA NYA NNA NA MA
                                // A nasal before a stop of its own place is an anusvara spelt out (हिन्दी, सम्बन्ध);
                                // न, the nasal writers reach for, also stands for it before other stops (शन्घाई,
                                // पन्जाब for शंघाई, पंजाब).
                                if options.contains(.nasalAnusvara), index + 1 < count, canonical[index] == 0x094D,
                                    Self.nasalClass(of: scalar) == Self.stopClass(of: canonical[index + 1])
                                        || (scalar == 0x0928 && Self.stopClass(of: canonical[index + 1]) >= 0)
                                {
                                    folded = 0x0902  // DEVANAGARI SIGN ANUSVARA
                                    foldEnd = maps.map { Int($0.end[index]) } ?? index + 1
                                    index += 1
                                    applied.insert(.nasalAnusvara)
                                }
                            default:
                                break
                            }
                            if let pending = pendingSpace {
                                if written > 0 { append(0x20, Int(pending.start), Int(pending.end)) }
                                pendingSpace = nil
                            }
                            append(folded, from, foldEnd)
                        }
                    }
                }
            }
        }
        scalars.removeLast(count - written)
        sourceStart.removeLast(count - written)
        sourceEnd.removeLast(count - written)
        var output = FoldedText()
        output.scalars = scalars
        output.sourceStart = sourceStart
        output.sourceEnd = sourceEnd
        output.applied = applied
        return output
    }

    // MARK: - Articulation classes

    /// Place of articulation of a nasal consonant (ङ ञ ण न म), or -1.
    static func nasalClass(of scalar: UInt32) -> Int {
        switch scalar {
        case 0x0919: return 0  // NGA: velar
        case 0x091E: return 1  // NYA: palatal
        case 0x0923: return 2  // NNA: retroflex
        case 0x0928: return 3  // NA: dental
        case 0x092E: return 4  // MA: labial
        default: return -1
        }
    }

    /// Place of articulation of a stop consonant (the four non-nasal letters of each varga), or -2.
    static func stopClass(of scalar: UInt32) -> Int {
        switch scalar {
        case 0x0915...0x0918: return 0  // KA KHA GA GHA
        case 0x091A...0x091D: return 1  // CA CHA JA JHA
        case 0x091F...0x0922: return 2  // TTA TTHA DDA DDHA
        case 0x0924...0x0927: return 3  // TA THA DA DHA
        case 0x092A...0x092D: return 4  // PA PHA BA BHA
        default: return -2
        }
    }

    // MARK: - NFC with offsets

    /// NFC of `input`, with each output code point mapped to the input range it came from; `maps` is nil
    /// when the input is already NFC (the usual case), meaning the identity.
    static func canonicalize(_ input: [UInt32]) -> (scalars: [UInt32], maps: (start: [Int32], end: [Int32])?) {
        guard let normalizer = ICUNormalizer.nfc, !input.isEmpty, !isCertainlyNFC(input) else { return (input, nil) }
        let utf16 = utf16Units(input)
        let prefix = utf16.withUnsafeBufferPointer { normalizer.normalizedPrefixLength($0) }
        if prefix == utf16.count { return (input, nil) }

        // Normalize chunk by chunk (a chunk starts where ICU reports a normalization boundary), so every
        // output code point can be traced to the chunk it came from.
        var scalars: [UInt32] = []
        var start: [Int32] = []
        var end: [Int32] = []
        scalars.reserveCapacity(input.count)
        var chunkStart = 0
        func flush(_ chunkEnd: Int) {
            guard chunkEnd > chunkStart else { return }
            if isCertainlyNFC(input[chunkStart..<chunkEnd]) {
                for offset in chunkStart..<chunkEnd {
                    scalars.append(input[offset])
                    start.append(Int32(offset))
                    end.append(Int32(offset + 1))
                }
                chunkStart = chunkEnd
                return
            }
            let chunk = Array(input[chunkStart..<chunkEnd])
            let units = utf16Units(chunk)
            let normalized = (try? units.withUnsafeBufferPointer { buffer throws(SetuTextError) in
                try normalizer.normalize(buffer)
            }) ?? units
            let outputScalars = String(decoding: normalized, as: UTF16.self).unicodeScalars.map(\.value)
            if outputScalars == chunk {
                for offset in chunkStart..<chunkEnd {
                    scalars.append(input[offset])
                    start.append(Int32(offset))
                    end.append(Int32(offset + 1))
                }
            } else {
                for value in outputScalars {
                    scalars.append(value)
                    start.append(Int32(chunkStart))
                    end.append(Int32(chunkEnd))
                }
            }
            chunkStart = chunkEnd
        }
        for offset in 1..<input.count where normalizer.hasBoundaryBefore(input[offset]) {
            flush(offset)
        }
        flush(input.count)
        return (scalars, (start, end))
    }

    /// A cheap sufficient test for NFC: no combining diacritics, no nukta (which composes with न र ळ), no
    /// precomposed nukta letters (which NFC decomposes), nothing from scripts with compositions.
    static func isCertainlyNFC<C: Collection<UInt32>>(_ input: C) -> Bool {
        var previous: UInt32 = 0
        for scalar in input {
            guard keepsNFC(scalar, after: previous) else { return false }
            previous = scalar
        }
        return true
    }

    /// The test of `isCertainlyNFC` for one code point.
    @inline(__always)
    static func keepsNFC(_ scalar: UInt32, after previous: UInt32) -> Bool {
        switch scalar {
        case 0..<0x0300: return true
        case 0x0900..<0x093C, 0x093D..<0x0958, 0x0960...0x097F: return true
        // A nukta stays separate except after न, र and ळ, which compose with it (U+0929, U+0931, U+0934).
        case 0x093C: return previous != 0x0928 && previous != 0x0930 && previous != 0x0933
        case 0x2000...0x206F, 0x20A0...0x20CF: return true
        default: return false
        }
    }

    /// The code points of `text`, decoded from its UTF-8 in one pass that also checks `isCertainlyNFC`, for
    /// `fold(scalars:certainlyNFC:)`: the two passes and `String`'s scalar view cost more than folding.
    public static func decode(_ text: String) -> (scalars: [UInt32], certainlyNFC: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var certain = true
            var previous: UInt32 = 0
            let scalars = [UInt32](unsafeUninitializedCapacity: bytes.count) { output, written in
                var count = 0
                ValidUTF8.forEachScalar(bytes) { _, scalar in
                    if certain && !keepsNFC(scalar, after: previous) { certain = false }
                    previous = scalar
                    output[count] = scalar
                    count += 1
                }
                written = count
            }
            return (scalars, certain)
        }
    }

    /// `isCertainlyNFC` read from UTF-8 directly (no scalar decoding): ASCII, Latin up to U+02FF, Devanagari
    /// without the nukta letters NFC decomposes or a nukta that composes, general punctuation.
    /// True when folding, with any options, leaves `text` as it is: it is certainly NFC (`isCertainlyNFC`),
    /// its spaces are single spaces between other characters, and it holds no code point a fold rewrites or
    /// drops (capitals, `|`, other whitespace, invisible formats, nukta and nukta letters, chandrabindu,
    /// Devanagari digits and double danda, a nasal with a virama). False answers may be wrong, true ones not.
    static func foldsToItself(utf8 text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var previous: UInt32 = 0x20  // a leading space is dropped
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x20 where previous == 0x20: return false
                    case 0x41...0x5A, 0x7C, 0x00...0x1F, 0x7F: return false
                    default: break
                    }
                    previous = UInt32(byte)
                    index += 1
                    continue
                }
                // Latin-1 and Latin Extended (U+0080…U+02FF) but not NEL, no-break space or soft hyphen.
                if byte >= 0xC2 && byte <= 0xCB {
                    guard index + 1 < count, !(byte == 0xC2 && [0x85, 0xA0, 0xAD].contains(bytes[index + 1])) else { return false }
                    previous = 0x80
                    index += 2
                    continue
                }
                // Devanagari (E0 A4 xx, E0 A5 xx) only: general punctuation holds spaces and joiners.
                guard byte == 0xE0, index + 2 < count, bytes[index + 1] == 0xA4 || bytes[index + 1] == 0xA5 else { return false }
                let scalar = UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                switch scalar {
                case 0x0901, 0x0929, 0x0931, 0x0934, 0x093C, 0x0958...0x095F, 0x0965, 0x0966...0x096F: return false
                case 0x094D where [0x0919, 0x091E, 0x0923, 0x0928, 0x092E].contains(previous): return false
                default: break
                }
                previous = scalar
                index += 3
            }
            return previous != 0x20 || count == 0  // a trailing space is dropped
        }
    }

    static func isCertainlyNFC(utf8 text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt32 = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    previous = UInt32(byte)
                    index += 1
                    continue
                }
                if byte >= 0xC2 && byte <= 0xCB {  // U+0080…U+02FF
                    previous = 0x80
                    index += 2
                    continue
                }
                guard byte == 0xE0 || byte == 0xE2, index + 2 < count else { return false }
                let scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                switch scalar {
                case 0x0900..<0x093C, 0x093D..<0x0958, 0x0960...0x097F, 0x2000...0x206F, 0x20A0...0x20CF: break
                // A nukta stays separate except after न, र and ळ, which compose with it (U+0929, U+0931, U+0934).
                case 0x093C where previous != 0x0928 && previous != 0x0930 && previous != 0x0933: break
                default: return false
                }
                previous = scalar
                index += 3
            }
            return true
        }
    }

    static func utf16Units(_ scalars: [UInt32]) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count)
        for value in scalars {
            if value < 0x10000 {
                units.append(UInt16(value))
            } else {
                let shifted = value - 0x10000
                units.append(UInt16(0xD800 + (shifted >> 10)))
                units.append(UInt16(0xDC00 + (shifted & 0x3FF)))
            }
        }
        return units
    }
}
