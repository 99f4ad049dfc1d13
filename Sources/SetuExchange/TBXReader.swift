import Foundation
import SetuCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads TBX-Basic glossaries, with the 2008 element names (`martif`, `termEntry`, `langSet`, `tig`/`ntig`)
/// or the 2019 ones (`tbx`, `conceptEntry`, `langSec`, `termSec`).
///
/// A language section whose `xml:lang` starts with `hi` gives Hindi spellings, one starting with `en` English
/// forms; other languages are ignored. `administrativeStatus` sets the status, `subjectField` the domain,
/// notes become the note (except Setu's own `setu-type:` and `setu-ambiguous:` notes). DTD entity
/// declarations are refused, as for TMX.
public enum TBXReader {
    public static func read(path: String) throws(ExchangeError) -> [TermEntry] {
        _ = try XMLProlog.inspect(path: path, root: "martif")
        guard let stream = InputStream(fileAtPath: path) else { throw .unreadable(path: path, reason: "cannot open") }
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        let handler = TBXParseHandler(path: path)
        parser.delegate = handler
        let succeeded = parser.parse()
        parser.delegate = nil
        if let failure = handler.failure { throw failure }
        guard succeeded else {
            let location = handler.errorLocation ?? SourceLocation(path: path, line: parser.lineNumber, column: parser.columnNumber)
            throw .malformed(location, underlying: parser.parserError.map { TMXReader.describe($0) } ?? "parse failed")
        }
        guard handler.sawRoot else {
            throw .invalid(SourceLocation(path: path, line: 1, column: 1), reason: "not a TBX file: expected <martif> or <tbx>")
        }
        return handler.entries
    }
}

final class TBXParseHandler: NSObject, XMLParserDelegate {
    let path: String
    var entries: [TermEntry] = []
    var failure: ExchangeError?
    var errorLocation: SourceLocation?
    var sawRoot = false

    private var entry: TermEntry?
    private var entryLocation: SourceLocation?
    private var language: String?
    private var termText: String?
    private var termStatus: TermStatus?
    private var terms: [(language: String, text: String, status: TermStatus?)] = []
    private var text = ""
    private var capture: String?

    init(path: String) {
        self.path = path
    }

    private func location(_ parser: XMLParser) -> SourceLocation {
        SourceLocation(path: path, line: parser.lineNumber, column: parser.columnNumber)
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "martif", "tbx":
            sawRoot = true
        case "termEntry", "conceptEntry":
            entry = TermEntry(id: attributes["id"], english: [], hindi: [], type: .term)
            entryLocation = location(parser)
            terms = []
        case "langSet", "langSec":
            language = (attributes["xml:lang"] ?? attributes["lang"])?.lowercased()
        case "tig", "ntig", "termSec":
            termText = nil
            termStatus = nil
        case "term", "note", "descrip", "termNote":
            text = ""
            capture = name == "descrip" || name == "termNote" ? attributes["type"] ?? "" : name
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capture != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "term":
            termText = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case "termNote" where capture == "administrativeStatus":
            let value = text.trimmingCharacters(in: .whitespaces)
            termStatus = value.hasPrefix("preferred") ? .preferred
                : value.hasPrefix("admitted") ? .admitted
                : value.hasPrefix("deprecated") || value.hasPrefix("superseded") ? .forbidden : nil
        case "descrip" where capture == "subjectField":
            entry?.domain = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case "note":
            let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if note.hasPrefix("setu-type:") {
                entry?.type = TermType(rawValue: note.dropFirst("setu-type:".count).trimmingCharacters(in: .whitespaces)) ?? .term
            } else if note.hasPrefix("setu-ambiguous:") {
                entry?.ambiguous = note.hasSuffix("yes")
            } else if !note.isEmpty {
                let earlier = entry?.note
                entry?.note = earlier.map { $0 + "; " + note } ?? note
            }
        case "tig", "ntig", "termSec":
            if let termText, !termText.isEmpty, let language { terms.append((language, termText, termStatus)) }
        case "termEntry", "conceptEntry":
            guard var finished = entry else { break }
            finished.english = terms.filter { $0.language.hasPrefix("en") }.map(\.text)
            finished.hindi = terms.filter { $0.language.hasPrefix("hi") }.map(\.text)
            let statuses = terms.compactMap(\.status)
            finished.status = statuses.contains(.forbidden) ? .forbidden : statuses.contains(.preferred) || statuses.isEmpty ? .preferred : .admitted
            if finished.english.isEmpty || finished.hindi.isEmpty {
                failure = .invalid(
                    entryLocation ?? location(parser),
                    reason: "entry \(finished.id) lacks an English or a Hindi term; Setu glossaries need both")
                parser.abortParsing()
                return
            }
            if finished.id.isEmpty { finished.id = TermEntry.defaultID(for: finished.preferredEnglish) }
            entries.append(finished)
            entry = nil
        default:
            break
        }
        if ["term", "note", "descrip", "termNote"].contains(name) { capture = nil }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorLocation == nil { errorLocation = location(parser) }
    }
}
