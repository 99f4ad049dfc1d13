import Foundation
import SetuCore

/// Writes a pre-translated document as XLIFF 2.0 (OASIS XLIFF Version 2.0, core with the Translation
/// Candidates and Glossary modules) or XLIFF 1.2, for CAT tools to open.
///
/// XLIFF 2.0: one `<unit>` per segment in document order, id `s<position>` (stable across runs of the same
/// document). The best match is the `<target>`, with `state="translated"` for an exact or context match and
/// `initial` otherwise; every match is an `mtc:match` (similarity, origin, source and target) whose `ref`
/// points at an `<mrk type="mtc:match">` spanning the source (Matches module §2.3); every glossary term is a
/// `gls:glossEntry` whose `ref` points at the `<mrk type="term">` around its span in the source. Headlines
/// and captions carry `type="setu:headline"`/`setu:caption`; non-translatable segments are units with
/// `translate="no"`. Setu's own links (stored segment id, document line) are attributes in the
/// `urn:setu:xliff` namespace, which the core schema admits on `file` and `unit`. A character XML 1.0
/// forbids is written as `<cp hex="…"/>` (XLIFF 2.0 §4.7.3).
///
/// XLIFF 1.2: `trans-unit` per segment, `alt-trans` with `match-quality` per match, terms as
/// `<mrk mtype="term">` in the source and a `note from="setu-glossary"` listing their English; `state`
/// `translated` or `needs-review-translation` with `state-qualifier` `exact-match`/`fuzzy-match`.
///
/// Devanagari is written as raw UTF-8.
public enum XLIFFWriter {
    public static let setuNamespace = "urn:setu:xliff"

    /// The document as XLIFF text.
    public static func document(_ document: XLIFFDocument, version: XLIFFVersion) -> String {
        switch version {
        case .v20: return version20(document)
        case .v12: return version12(document)
        }
    }

    static func attribute(_ text: String) -> String { XMLEscaping.escape(text, attribute: true) }

    // MARK: - 2.0

    static func version20(_ document: XLIFFDocument) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" \
            xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" xmlns:setu="\(setuNamespace)" version="2.0" \
            srcLang="\(attribute(document.sourceLanguage.value))" trgLang="\(attribute(document.targetLanguage.value))">
             <file id="f1" original="\(attribute(document.original))" setu:tool="Setu">

            """
        for unit in document.units {
            var attributes = "id=\"\(attribute(unit.id))\""
            switch unit.kind {
            case .headline: attributes += " type=\"setu:headline\""
            case .caption: attributes += " type=\"setu:caption\""
            case .nonTranslatable: attributes += " translate=\"no\" type=\"setu:non-translatable\""
            case .sentence: break
            }
            if let segmentID = unit.segmentID { attributes += " setu:segment=\"\(segmentID)\"" }
            if let line = unit.line { attributes += " setu:line=\"\(line)\"" }
            xml += "  <unit \(attributes)>\n"
            let matchMarker = unit.matches.isEmpty ? nil : "m1"
            if !unit.matches.isEmpty {
                xml += "   <mtc:matches>\n"
                for (index, match) in unit.matches.enumerated() {
                    xml += "    <mtc:match id=\"match\(index + 1)\" ref=\"#m1\" type=\"tm\" similarity=\"\(similarity(match.similarity))\""
                    xml += " origin=\"\(attribute(match.origin))\" subType=\"setu:\(attribute(match.kind))\">\n"
                    xml += "     <source>\(content20(match.source))</source>\n"
                    xml += "     <target>\(content20(match.target))</target>\n"
                    xml += "    </mtc:match>\n"
                }
                xml += "   </mtc:matches>\n"
            }
            let terms = nonOverlapping(unit.terms, length: unit.source.unicodeScalars.count)
            if !terms.isEmpty {
                xml += "   <gls:glossary>\n"
                for (index, term) in terms.enumerated() {
                    let surface = String(String.UnicodeScalarView(Array(unit.source.unicodeScalars)[term.start..<term.end]))
                    xml += "    <gls:glossEntry ref=\"#t\(index + 1)\">\n"
                    xml += "     <gls:term source=\"\(attribute("setu:" + term.entryID))\">\(content20(surface))</gls:term>\n"
                    xml += "     <gls:translation>\(content20(term.english))</gls:translation>\n"
                    xml += "    </gls:glossEntry>\n"
                }
                xml += "   </gls:glossary>\n"
            }
            var source = annotated(
                unit.source, terms: terms, open: { index in "<mrk id=\"t\(index + 1)\" type=\"term\">" }, close: { "</mrk>" },
                escape: content20)
            if let matchMarker { source = "<mrk id=\"\(matchMarker)\" type=\"mtc:match\">" + source + "</mrk>" }
            let state = unit.target == nil ? "" : " state=\"\(unit.targetState.rawValue)\""
            xml += "   <segment id=\"\(attribute(unit.id))-1\"\(state)>\n    <source>\(source)</source>\n"
            if let target = unit.target { xml += "    <target>\(content20(target))</target>\n" }
            xml += "   </segment>\n  </unit>\n"
        }
        xml += " </file>\n</xliff>\n"
        return xml
    }

    /// 2.0 content: escaped text, forbidden characters as `<cp/>`.
    static func content20(_ text: String) -> String {
        guard XMLEscaping.forbiddenScalar(in: text) != nil else { return XMLEscaping.escape(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if XMLEscaping.isForbidden(scalar.value) {
                result += "<cp hex=\"\(String(format: "%04X", scalar.value))\"/>"
            } else {
                result += XMLEscaping.escape(String(scalar))
            }
        }
        return result
    }

    static func similarity(_ value: Double) -> String {
        String(format: "%.1f", min(100, max(0, value)))
    }

    // MARK: - 1.2

    static func version12(_ document: XLIFFDocument) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:setu="\(setuNamespace)" version="1.2">
             <file original="\(attribute(document.original))" source-language="\(attribute(document.sourceLanguage.value))" \
            target-language="\(attribute(document.targetLanguage.value))" datatype="plaintext" tool-id="setu">
              <header><tool tool-id="setu" tool-name="Setu"/></header>
              <body>

            """
        for unit in document.units {
            var attributes = "id=\"\(attribute(unit.id))\""
            switch unit.kind {
            case .headline: attributes += " restype=\"x-setu-headline\""
            case .caption: attributes += " restype=\"x-setu-caption\""
            case .nonTranslatable: attributes += " translate=\"no\" restype=\"x-setu-non-translatable\""
            case .sentence: break
            }
            if let segmentID = unit.segmentID { attributes += " setu:segment=\"\(segmentID)\"" }
            if let line = unit.line { attributes += " setu:line=\"\(line)\"" }
            let language = attribute(document.sourceLanguage.value)
            let terms = nonOverlapping(unit.terms, length: unit.source.unicodeScalars.count)
            let source = annotated(unit.source, terms: terms, open: { _ in "<mrk mtype=\"term\">" }, close: { "</mrk>" }, escape: content12)
            xml += "   <trans-unit \(attributes)>\n    <source xml:lang=\"\(language)\">\(source)</source>\n"
            if let target = unit.target {
                let exact = unit.targetState == .translated
                xml += "    <target xml:lang=\"\(attribute(document.targetLanguage.value))\" state=\"\(exact ? "translated" : "needs-review-translation")\""
                xml += " state-qualifier=\"\(exact ? "exact-match" : "fuzzy-match")\">\(content12(target))</target>\n"
            }
            if !terms.isEmpty {
                let scalars = Array(unit.source.unicodeScalars)
                let listing = terms.map { term in
                    String(String.UnicodeScalarView(scalars[term.start..<term.end])) + " = " + term.english
                }.joined(separator: "; ")
                xml += "    <note from=\"setu-glossary\" annotates=\"source\">\(content12(listing))</note>\n"
            }
            for match in unit.matches {
                xml += "    <alt-trans match-quality=\"\(Int(match.similarity.rounded()))\" origin=\"\(attribute(match.origin))\">\n"
                xml += "     <source xml:lang=\"\(language)\">\(content12(match.source))</source>\n"
                xml += "     <target xml:lang=\"\(attribute(document.targetLanguage.value))\">\(content12(match.target))</target>\n"
                xml += "    </alt-trans>\n"
            }
            xml += "   </trans-unit>\n"
        }
        xml += "  </body>\n </file>\n</xliff>\n"
        return xml
    }

    /// 1.2 content: escaped text; a character XML 1.0 forbids becomes a placeholder naming it.
    static func content12(_ text: String) -> String {
        guard XMLEscaping.forbiddenScalar(in: text) != nil else { return XMLEscaping.escape(text) }
        var result = ""
        var placeholder = 0
        for scalar in text.unicodeScalars {
            if XMLEscaping.isForbidden(scalar.value) {
                placeholder += 1
                result += "<ph id=\"cp\(placeholder)\" ctype=\"x-setu-codepoint\">U+\(String(format: "%04X", scalar.value))</ph>"
            } else {
                result += XMLEscaping.escape(String(scalar))
            }
        }
        return result
    }

    // MARK: - Terms

    /// Terms sorted by start, overlapping ones dropped (the first, longest one kept).
    static func nonOverlapping(_ terms: [XLIFFUnit.Term], length: Int) -> [XLIFFUnit.Term] {
        var kept: [XLIFFUnit.Term] = []
        for term in terms.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) })
        where term.start >= 0 && term.end <= length && term.start < term.end {
            if let last = kept.last, term.start < last.end { continue }
            kept.append(term)
        }
        return kept
    }

    /// The text with each term wrapped in an annotation.
    static func annotated(
        _ text: String, terms: [XLIFFUnit.Term], open: (Int) -> String, close: () -> String, escape: (String) -> String
    ) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var position = 0
        for (index, term) in terms.enumerated() {
            result += escape(String(String.UnicodeScalarView(scalars[position..<term.start])))
            result += open(index) + escape(String(String.UnicodeScalarView(scalars[term.start..<term.end]))) + close()
            position = term.end
        }
        result += escape(String(String.UnicodeScalarView(scalars[position...])))
        return result
    }
}
