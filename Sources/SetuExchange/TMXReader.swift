import Foundation
import SetuCore

/// Streaming TMX reader (TMX 1.4b, also the 1.1–1.3 `lang` attribute) on libxml2's pull reader
/// (`XMLStreamReader`).
///
/// Memory is bounded by the largest unit, whatever the file size: units are handed to the caller one at a
/// time. Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, or what the XML declaration names.
/// Inline elements (`bpt`, `ept`, `ph`, `it`, `hi`, `ut`, `sub`; TMX 1.4b §3.7) are kept as markup and left
/// out of the plain text, except the content of `hi`, which is text. Entity declarations are refused and
/// nothing is fetched (see `XMLStreamReader`).
public final class TMXReader {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// What a read found.
    public struct Summary: Sendable, Hashable {
        public var encoding: String
        public var units = 0
    }

    /// Reads the file, calling `onHeader` once and then `onUnit` for each `<tu>` in order.
    /// - Throws: `ExchangeError` for unreadable, malformed, hostile or invalid input (with line and column),
    ///   or whatever a callback throws, unchanged.
    public func read(onHeader: (TMXHeader) throws -> Void, onUnit: (TMXUnit) throws -> Void) throws -> Summary {
        let reader = try XMLStreamReader(path: path)
        var state = TMXParseState(path: path)
        while let event = try reader.next() {
            switch event {
            case let .start(name, attributes, isEmpty):
                try state.start(name, attributes, at: reader.location, onHeader: onHeader)
                if isEmpty { try state.end(name, at: reader.location, onUnit: onUnit) }
            case let .end(name):
                try state.end(name, at: reader.location, onUnit: onUnit)
            case let .text(text):
                state.text(text)
            }
        }
        guard state.sawEnd else {
            throw ExchangeError.malformed(reader.location, underlying: "the document ends before </tmx>")
        }
        return Summary(encoding: XMLEncoding.sniff(path: path), units: state.unitCount)
    }
}

/// The state machine behind `TMXReader`: the element stack and the unit being read.
struct TMXParseState {
    let path: String
    var sawEnd = false
    var unitCount = 0

    private var stack: [String] = []
    private var header: TMXHeader?
    private var unit: TMXUnit?
    private var variant: TMXVariant?
    private var propertyType: String?
    private var text = ""
    private var inSegment = false
    private var codeDepth = 0
    private var markup = ""

    static let inlineElements: Set<String> = ["bpt", "ept", "ph", "it", "hi", "ut", "sub"]
    static let codeElements: Set<String> = ["bpt", "ept", "ph", "it", "ut"]

    init(path: String) {
        self.path = path
    }

    private func invalid(_ location: SourceLocation, _ reason: String) -> ExchangeError {
        .invalid(location, reason: reason)
    }

    mutating func start(
        _ name: String, _ attributes: [String: String], at location: SourceLocation, onHeader: (TMXHeader) throws -> Void
    ) throws {
        let parent = stack.last
        stack.append(name)
        if inSegment {
            guard Self.inlineElements.contains(name) else {
                throw invalid(location, "unexpected <\(name)> inside <seg>; TMX allows bpt, ept, ph, it, hi, ut and sub")
            }
            markup += "<" + name
            for key in attributes.keys.sorted() {
                markup += " \(key)=\"\(XMLEscaping.escape(attributes[key] ?? "", attribute: true))\""
            }
            markup += ">"
            variant?.tagCount += 1
            if Self.codeElements.contains(name) || (name == "sub" && codeDepth > 0) { codeDepth += 1 }
            return
        }
        switch name {
        case "tmx":
            guard parent == nil else { throw invalid(location, "<tmx> inside <\(parent ?? "")>") }
        case "header":
            guard parent == "tmx" else { throw invalid(location, "<header> must be a child of <tmx>") }
            guard let source = attributes["srclang"], !source.isEmpty else {
                throw invalid(location, "<header> lacks the required srclang attribute (TMX 1.4b §3.2)")
            }
            header = TMXHeader(attributes: attributes)
        case "body":
            guard let header else { throw invalid(location, "<body> before <header>") }
            try onHeader(header)
        case "tu":
            guard parent == "body" else { throw invalid(location, "<tu> must be a child of <body>") }
            unit = TMXUnit(attributes: attributes, properties: [], notes: [], variants: [], location: location)
        case "tuv":
            guard parent == "tu" else { throw invalid(location, "<tuv> must be a child of <tu>") }
            guard let language = attributes["xml:lang"] ?? attributes["lang"], !language.isEmpty else {
                throw invalid(location, "<tuv> lacks the required xml:lang attribute (TMX 1.4b §3.5)")
            }
            variant = TMXVariant(
                rawLanguage: language, attributes: attributes, text: "", markup: nil, properties: [], notes: [], tagCount: 0)
        case "seg":
            guard parent == "tuv" else { throw invalid(location, "<seg> must be a child of <tuv>") }
            inSegment = true
            text = ""
            markup = ""
            codeDepth = 0
        case "prop":
            guard let type = attributes["type"], !type.isEmpty else {
                throw invalid(location, "<prop> lacks the required type attribute (TMX 1.4b §3.13)")
            }
            propertyType = type
            text = ""
        case "note":
            text = ""
        case "ude", "map":
            break
        default:
            if parent == nil { throw invalid(location, "not a TMX file: the root element is <\(name)>, expected <tmx>") }
            throw invalid(location, "unknown element <\(name)> in <\(parent ?? "document")>")
        }
    }

    mutating func text(_ string: String) {
        if inSegment {
            markup += XMLEscaping.escape(string)
            if codeDepth == 0 { text += string }
        } else if propertyType != nil || stack.last == "note" {
            text += string
        }
    }

    mutating func end(_ name: String, at location: SourceLocation, onUnit: (TMXUnit) throws -> Void) throws {
        stack.removeLast()
        if inSegment && name != "seg" {
            markup += "</\(name)>"
            if Self.codeElements.contains(name) || (name == "sub" && codeDepth > 0) { codeDepth -= 1 }
            return
        }
        switch name {
        case "seg":
            inSegment = false
            variant?.text = text
            if variant?.tagCount ?? 0 > 0 { variant?.markup = markup }
        case "tuv":
            if let variant { unit?.variants.append(variant) }
            variant = nil
        case "tu":
            guard let finished = unit else { return }
            unit = nil
            guard !finished.variants.isEmpty else { throw invalid(finished.location, "<tu> without any <tuv>") }
            unitCount += 1
            try onUnit(finished)
        case "prop":
            guard let type = propertyType else { return }
            let property = UnitProperty(type: type, value: text)
            if variant != nil {
                variant?.properties.append(property)
            } else if unit != nil {
                unit?.properties.append(property)
            } else {
                header?.properties.append(property)
            }
            propertyType = nil
        case "note":
            if variant != nil {
                variant?.notes.append(text)
            } else if unit != nil {
                unit?.notes.append(text)
            } else {
                header?.notes.append(text)
            }
        case "tmx":
            sawEnd = true
        default:
            break
        }
    }
}
