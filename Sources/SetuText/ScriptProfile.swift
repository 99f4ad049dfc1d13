import SetuCore

/// Counts the words of each script in a piece of text, to report a segment's script mix and guess its
/// language (Hindi, English or code-mixed).
///
/// A word is a maximal run of letters (and combining marks) of one script. Complexity: O(n).
public struct ScriptProfile: Sendable, Hashable {
    public private(set) var devanagariWords = 0
    public private(set) var latinWords = 0

    /// Profiles a string.
    public init(_ text: String) {
        let units = Array(text.utf16)
        self = units.withUnsafeBufferPointer { ScriptProfile(units: $0) }
    }

    /// Profiles UTF-16 text.
    public init(units: UnsafeBufferPointer<UInt16>) {
        var previous = Script.none
        for unit in units {
            let script = Self.script(of: unit)
            if script != previous {
                if script == .devanagari { devanagariWords += 1 }
                if script == .latin { latinWords += 1 }
                previous = script
            }
        }
    }

    /// Which scripts occur.
    public var scriptMix: ScriptMix {
        switch (devanagariWords > 0, latinWords > 0) {
        case (true, true): return .mixed
        case (true, false): return .devanagari
        case (false, true): return .latin
        case (false, false): return .other
        }
    }

    /// `hi` when at least 70 % of the words are Devanagari, `en` when at most 30 % are, `mixed` between,
    /// `zxx` when there are no words.
    public var language: LanguageGuess {
        let total = devanagariWords + latinWords
        guard total > 0 else { return .none }
        let share = Double(devanagariWords) / Double(total)
        if share >= 0.7 { return .hindi }
        if share <= 0.3 { return .english }
        return .mixed
    }

    enum Script { case none, devanagari, latin }

    @inline(__always) static func script(of unit: UInt16) -> Script {
        let scalar = UInt32(unit)
        if TextCharacters.isLatinLetter(scalar) { return .latin }
        // Danda, double danda, digits and the abbreviation sign are not letters.
        if TextCharacters.isDevanagariLetter(scalar) { return .devanagari }
        return .none
    }
}
