import SetuAlign
import SetuCore
import SetuGlossary
import SetuText

/// The ingest policy: what the store keeps for a segment besides its text — its language tag and the
/// glossary terms found in it — and the inline translations found on a line.
struct DocumentPreparer: Sendable {
    /// The glossary's matcher and the inline-translation detector that uses it, built on a thread of their
    /// own while the command opens its store and reads its first file (`BackgroundValue`); the first
    /// segment waits for them. Loops over many segments take `ready` once.
    private let parts: BackgroundValue<Ready>

    init(termbase: Termbase?) {
        parts = BackgroundValue { Ready(termbase: termbase) }
    }

    /// The preparer's parts, once built.
    var ready: Ready { parts.value }

    var matcher: TermMatcher? { ready.matcher }

    /// The BCP 47 tag stored for a segment: Hindi and code-mixed text count as `hi-IN`, text without words
    /// as `zxx`.
    static func language(of segment: Segment) -> LanguageTag {
        switch segment.language {
        case .hindi, .mixed: return .hindi
        case .english: return .english
        case .none: return LanguageTag("zxx") ?? .hindi
        }
    }

    func terms(in segment: Segment) -> [TermOccurrence] { ready.terms(in: segment) }

    func terms(inText text: String) -> [TermOccurrence] { ready.terms(inText: text) }

    func inlineUnit(in segment: Segment, document: String) -> TranslationUnit? { ready.inlineUnit(in: segment, document: document) }

    /// The built parts (a class, so handing them out does not copy the matcher's tables).
    final class Ready: Sendable {
        let matcher: TermMatcher?
        let inline: InlineTranslationDetector

        init(termbase: Termbase?) {
            matcher = termbase.map(GlossaryCache.shared.matcher(for:))
            inline = InlineTranslationDetector(anchors: AnchorExtractor(matcher: matcher))
        }

        /// Glossary terms of a segment; none for a non-translatable one.
        func terms(in segment: Segment) -> [TermOccurrence] {
            guard segment.kind != .nonTranslatable else { return [] }
            return terms(inText: segment.text)
        }

        /// Glossary terms of a text (an imported or hand-typed source).
        func terms(inText text: String) -> [TermOccurrence] {
            guard let matcher else { return [] }
            return matcher.matches(in: text).map {
                TermOccurrence(entryID: $0.entryID, start: $0.start, end: $0.end, kind: $0.kind.rawValue, confidence: $0.confidence)
            }
        }

        /// A low-confidence unit for a line that holds Hindi followed by its English rendering.
        func inlineUnit(in segment: Segment, document: String) -> TranslationUnit? {
            guard segment.script == .mixed, let pair = inline.detect(in: segment.text) else { return nil }
            return TranslationUnit(
                source: UnitVariant(language: .hindi, text: pair.hindi),
                target: UnitVariant(language: .english, text: pair.english),
                origin: .inline, alignment: "1-1", confidence: pair.confidence, creator: "setu", document: document,
                properties: [UnitProperty(type: "x-setu-anchors", value: pair.anchors.joined(separator: " "))])
        }
    }
}
