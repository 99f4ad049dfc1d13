import Foundation
import SetuCore

/// Reads TBX-Basic glossaries, with the 2008 element names (`martif`, `termEntry`, `langSet`, `tig`/`ntig`)
/// or the 2019 ones (`tbx`, `conceptEntry`, `langSec`, `termSec`), on libxml2's pull reader.
///
/// A language section whose `xml:lang` starts with `hi` gives Hindi spellings, one starting with `en` English
/// forms; other languages are ignored. `administrativeStatus` sets the status, `subjectField` the domain,
/// notes become the note (except Setu's own `setu-type:` and `setu-ambiguous:` notes). Entity declarations
/// are refused, as for TMX; a file that ends before its root element closes is malformed, and nothing of it
/// is returned.
public enum TBXReader {
    public static func read(path: String) throws(ExchangeError) -> [TermEntry] {
        let reader = try XMLStreamReader(path: path)
        var state = TBXParseState()
        while let event = try reader.next() {
            switch event {
            case let .start(name, attributes, isEmpty):
                try state.start(name, attributes, at: reader.location)
                if isEmpty { try state.end(name, at: reader.location) }
            case let .end(name):
                try state.end(name, at: reader.location)
            case let .text(text):
                if state.capture != nil { state.text += text }
            }
        }
        guard state.sawRoot else {
            throw .invalid(SourceLocation(path: path, line: 1, column: 1), reason: "not a TBX file: expected <martif> or <tbx>")
        }
        guard state.sawRootEnd else { throw .malformed(reader.location, underlying: "the document ends before its root element closes") }
        return state.entries
    }
}

struct TBXParseState {
    var entries: [TermEntry] = []
    var sawRoot = false
    var sawRootEnd = false
    var text = ""
    var capture: String?

    private var depth = 0
    private var entry: TermEntry?
    private var entryLocation: SourceLocation?
    private var language: String?
    private var termText: String?
    private var termStatus: TermStatus?
    private var reviewStatus: TermStatus?
    private var terms: [(language: String, text: String, status: TermStatus?)] = []

    mutating func start(_ name: String, _ attributes: [String: String], at location: SourceLocation) throws(ExchangeError) {
        depth += 1
        if depth == 1 {
            guard name == "martif" || name == "tbx" else {
                throw .invalid(location, reason: "not a TBX file: the root element is <\(name.prefix(40))>, expected <martif> or <tbx>")
            }
            sawRoot = true
        }
        switch name {
        case "termEntry", "conceptEntry":
            entry = TermEntry(id: attributes["id"], english: [], hindi: [], type: .term)
            reviewStatus = nil
            entryLocation = location
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

    mutating func end(_ name: String, at location: SourceLocation) throws(ExchangeError) {
        depth -= 1
        if depth == 0 { sawRootEnd = true }
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
            } else if note.hasPrefix("setu-status:") {
                reviewStatus = TermStatus(rawValue: note.dropFirst("setu-status:".count).trimmingCharacters(in: .whitespaces))
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
            finished.status = statuses.contains(.forbidden) ? .forbidden
                : statuses.contains(.preferred) || statuses.isEmpty ? .preferred : .admitted
            if let reviewStatus, reviewStatus.isReview { finished.status = reviewStatus }
            if finished.english.isEmpty && finished.status == .needsTranslation && !finished.hindi.isEmpty {
                // An entry waiting for its translation: no English yet, by design.
            } else if finished.english.isEmpty || finished.hindi.isEmpty {
                throw .invalid(
                    entryLocation ?? location,
                    reason: "entry \(finished.id) lacks an English or a Hindi term; Setu glossaries need both")
            }
            if finished.id.isEmpty { finished.id = TermEntry.defaultID(for: finished.english.first ?? finished.hindi[0]) }
            entries.append(finished)
            entry = nil
        default:
            break
        }
        if ["term", "note", "descrip", "termNote"].contains(name) { capture = nil }
    }
}
