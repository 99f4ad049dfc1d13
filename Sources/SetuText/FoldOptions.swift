/// The search folds Setu applies to text before matching (never for display).
///
/// Each fold is a named option, so a match can say which folds it needed. All folds together form
/// `FoldOptions.search`, Setu's default match key.
public struct FoldOptions: OptionSet, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Drops the nukta (U+093C DEVANAGARI SIGN NUKTA): क़→क, ज़→ज, फ़→फ, ड़→ड.
    public static let nukta = FoldOptions(rawValue: 1 << 0)
    /// Chandrabindu (U+0901) becomes anusvara (U+0902): गाँधी→गांधी.
    public static let chandrabindu = FoldOptions(rawValue: 1 << 1)
    /// A nasal consonant + virama before a consonant of the same class becomes anusvara:
    /// हिन्दी→हिंदी, सम्बन्ध→संबंध, पञ्जाब→पंजाब, कण्ठ→कंठ, गङ्गा→गंगा.
    public static let nasalAnusvara = FoldOptions(rawValue: 1 << 2)
    /// Removes the invisible format characters (`TextCharacters.isInvisibleFormat`): ZERO WIDTH JOINER/NON-JOINER,
    /// ZERO WIDTH SPACE, WORD JOINER, SOFT HYPHEN and BOM.
    public static let joiners = FoldOptions(rawValue: 1 << 3)
    /// Devanagari digits (U+0966–U+096F) become ASCII digits: २०२४→2024.
    public static let digits = FoldOptions(rawValue: 1 << 4)
    /// Double danda (U+0965) and `|` used as a danda become danda (U+0964).
    public static let danda = FoldOptions(rawValue: 1 << 5)
    /// Runs of whitespace (including no-break and other Unicode spaces) become one space; ends are trimmed.
    public static let whitespace = FoldOptions(rawValue: 1 << 6)
    /// ASCII letters become lowercase, so `Lavrov` matches `LAVROV`.
    public static let latinCase = FoldOptions(rawValue: 1 << 7)

    /// Every fold: the key Setu uses for term matching and fuzzy lookup.
    public static let search: FoldOptions = [
        .nukta, .chandrabindu, .nasalAnusvara, .joiners, .digits, .danda, .whitespace, .latinCase,
    ]

    /// Names of the folds, in declaration order (`nukta`, `chandrabindu`, …).
    public static let names: [(FoldOptions, String)] = [
        (.nukta, "nukta"), (.chandrabindu, "chandrabindu"), (.nasalAnusvara, "nasal-anusvara"),
        (.joiners, "joiners"), (.digits, "digits"), (.danda, "danda"), (.whitespace, "whitespace"),
        (.latinCase, "latin-case"),
    ]

    /// The names of the folds in this set, in declaration order.
    public var foldNames: [String] { Self.names.filter { contains($0.0) }.map(\.1) }

    public var description: String { foldNames.joined(separator: ",") }
}
