import Foundation
import SetuCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Streaming TMX reader (TMX 1.4b, also the 1.1–1.3 `lang` attribute) on Foundation's `XMLParser`.
///
/// Memory is bounded by the largest unit, whatever the file size: units are handed to the caller one at a
/// time. Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, or what the XML declaration names.
/// Inline elements (`bpt`, `ept`, `ph`, `it`, `hi`, `ut`, `sub`; TMX 1.4b §3.7) are kept as markup and left
/// out of the plain text, except the content of `hi`, which is text. Files that declare DTD entities are
/// refused before parsing (see `XMLProlog`), and external entities are never resolved.
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
    ///   or rethrows what a callback threw, wrapped as `TMXReader.CallbackError`.
    public func read(
        onHeader: (TMXHeader) throws -> Void, onUnit: (TMXUnit) throws -> Void
    ) throws -> Summary {
        let prolog = try XMLProlog.inspect(path: path, root: "tmx")
        guard let stream = InputStream(fileAtPath: path) else {
            throw ExchangeError.unreadable(path: path, reason: "cannot open")
        }
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        return try withoutActuallyEscaping(onHeader) { onHeader in
            try withoutActuallyEscaping(onUnit) { onUnit in
                let handler = TMXParseHandler(path: path, onHeader: onHeader, onUnit: onUnit)
                parser.delegate = handler
                defer { parser.delegate = nil }
                return try finish(parser, handler, prolog)
            }
        }
    }

    private func finish(_ parser: XMLParser, _ handler: TMXParseHandler, _ prolog: XMLProlog) throws -> Summary {
        let succeeded = parser.parse()
        if let failure = handler.failure { throw failure }
        if !succeeded || !handler.sawEnd {
            let location = handler.errorLocation ?? SourceLocation(path: path, line: parser.lineNumber, column: parser.columnNumber)
            let message = (handler.parseError ?? parser.parserError).map { Self.describe($0) } ?? "the document ends before </tmx>"
            throw ExchangeError.malformed(location, underlying: message)
        }
        return Summary(encoding: prolog.encoding, units: handler.unitCount)
    }

    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSLocalizedDescriptionKey] as? String, !detail.isEmpty,
            !detail.hasPrefix("The operation could not be completed")
        {
            return detail
        }
        let known: [Int: String] = [
            4: "the document is empty", 5: "the document ends early, or has content after the root element",
            9: "invalid character", 26: "reference to an undeclared entity", 38: "unterminated attribute value",
            39: "attribute without a value", 41: "malformed attribute", 64: "malformed XML declaration",
            68: "element name expected", 73: "'>' expected", 76: "opening and closing tags do not match",
            77: "the document ends inside an element (truncated?)",
        ]
        return (known[nsError.code] ?? "XML parser error") + " (libxml2 code \(nsError.code))"
    }

    /// An error thrown by a caller's callback, passed through the reader unchanged.
    public struct CallbackError: Error {
        public let underlying: any Error
    }
}

/// The SAX state machine behind `TMXReader`.
final class TMXParseHandler: NSObject, XMLParserDelegate {
    let path: String
    let onHeader: (TMXHeader) throws -> Void
    let onUnit: (TMXUnit) throws -> Void
    var failure: (any Error)?
    var parseError: (any Error)?
    var errorLocation: SourceLocation?
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

    init(path: String, onHeader: @escaping (TMXHeader) throws -> Void, onUnit: @escaping (TMXUnit) throws -> Void) {
        self.path = path
        self.onHeader = onHeader
        self.onUnit = onUnit
    }

    private func location(_ parser: XMLParser) -> SourceLocation {
        SourceLocation(path: path, line: parser.lineNumber, column: parser.columnNumber)
    }

    private func fail(_ parser: XMLParser, _ error: any Error) {
        guard failure == nil else { return }
        failure = error
        parser.abortParsing()
    }

    private func invalid(_ parser: XMLParser, _ reason: String) {
        fail(parser, ExchangeError.invalid(location(parser), reason: reason))
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        let parent = stack.last
        stack.append(name)
        if inSegment {
            guard Self.inlineElements.contains(name) else {
                invalid(parser, "unexpected <\(name)> inside <seg>; TMX allows bpt, ept, ph, it, hi, ut and sub")
                return
            }
            markup += "<" + name
            for key in attributes.keys.sorted() {
                markup += " \(key)=\"\(XMLEscaping.escape(attributes[key]!, attribute: true))\""
            }
            markup += ">"
            variant?.tagCount += 1
            if Self.codeElements.contains(name) || (name == "sub" && codeDepth > 0) { codeDepth += 1 }
            return
        }
        switch name {
        case "tmx":
            guard parent == nil else { return invalid(parser, "<tmx> inside <\(parent!)>") }
        case "header":
            guard parent == "tmx" else { return invalid(parser, "<header> must be a child of <tmx>") }
            guard let source = attributes["srclang"], !source.isEmpty else {
                return invalid(parser, "<header> lacks the required srclang attribute (TMX 1.4b §3.2)")
            }
            _ = source
            header = TMXHeader(attributes: attributes)
        case "body":
            guard let header else { return invalid(parser, "<body> before <header>") }
            do { try onHeader(header) } catch { fail(parser, TMXReader.CallbackError(underlying: error)) }
        case "tu":
            guard parent == "body" else { return invalid(parser, "<tu> must be a child of <body>") }
            unit = TMXUnit(attributes: attributes, properties: [], notes: [], variants: [], location: location(parser))
        case "tuv":
            guard parent == "tu" else { return invalid(parser, "<tuv> must be a child of <tu>") }
            guard let language = attributes["xml:lang"] ?? attributes["lang"], !language.isEmpty else {
                return invalid(parser, "<tuv> lacks the required xml:lang attribute (TMX 1.4b §3.5)")
            }
            variant = TMXVariant(
                rawLanguage: language, attributes: attributes, text: "", markup: nil, properties: [], notes: [], tagCount: 0)
        case "seg":
            guard parent == "tuv" else { return invalid(parser, "<seg> must be a child of <tuv>") }
            inSegment = true
            text = ""
            markup = ""
            codeDepth = 0
        case "prop":
            guard let type = attributes["type"], !type.isEmpty else {
                return invalid(parser, "<prop> lacks the required type attribute (TMX 1.4b §3.13)")
            }
            propertyType = type
            text = ""
        case "note":
            text = ""
        case "ude", "map":
            break
        default:
            invalid(parser, "unknown element <\(name)> in <\(parent ?? "document")>")
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        if inSegment {
            markup += XMLEscaping.escape(string)
            if codeDepth == 0 { text += string }
        } else if propertyType != nil || stack.last == "note" {
            text += string
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
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
            guard !finished.variants.isEmpty else { return invalid(parser, "<tu> without any <tuv>") }
            unitCount += 1
            do { try onUnit(finished) } catch { fail(parser, TMXReader.CallbackError(underlying: error)) }
        case "prop":
            guard let type = propertyType else { return }
            let property = UnitProperty(type: type, value: text)
            if variant != nil { variant?.properties.append(property) }
            else if unit != nil { unit?.properties.append(property) }
            else { header?.properties.append(property) }
            propertyType = nil
        case "note":
            if variant != nil { variant?.notes.append(text) }
            else if unit != nil { unit?.notes.append(text) }
            else { header?.notes.append(text) }
        case "tmx":
            sawEnd = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
        guard parseError == nil else { return }
        parseError = error
        errorLocation = location(parser)
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, ExchangeError.refused(location(parser), reason: "the DOCTYPE declares entity '\(name)'; Setu does not expand DTD entities"))
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        fail(parser, ExchangeError.refused(location(parser), reason: "the DOCTYPE declares external entity '\(name)'; Setu never loads external entities"))
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail(parser, ExchangeError.refused(location(parser), reason: "external entity '\(name)' refused"))
        return nil
    }
}
