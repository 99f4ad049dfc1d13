import Foundation
import SetuCore

/// Reads XLIFF 2.0 and 1.2 files as written by Setu or by CAT tools (Okapi, OmegaT, Trados, memoQ),
/// streaming segment by segment over `XMLStreamReader` (no entities, no DTDs, no network).
///
/// **Segments.** 2.0: each `<segment>` of a `<unit>`; `<ignorable>` never is one. 1.2: each
/// `<mrk mtype="seg">` of a `<seg-source>`, its target the `mrk` with the same `mid` in the `<target>`
/// (possibly inside `<g>`, as SDLXLIFF writes); without `<seg-source>`, the `trans-unit`. A unit whose source
/// holds only inline codes is structural and gives no segment.
///
/// **Text.** Inline codes are removed with their content (1.2 `x bx ex ph bpt ept it`, 2.0 `ph sc ec sm
/// em`); the content of `<g>`, `<pc>` and `<mrk>` is kept; 2.0 `<cp hex>` becomes its character. When codes
/// were present, the segment is also kept as TMX inline markup (`<ph>`, `<bpt>`/`<ept>`), which TMX export
/// writes back.
///
/// **Never a target:** `<alt-trans>` (1.2), `<mtc:match>` (2.0) and any element of another namespace
/// (memoQ's historical units, SDL's definitions) are skipped with everything inside them.
///
/// **Translated?** Never in a unit marked `translate="no"`. 2.0: `state` `translated`, `reviewed` or `final`
/// and a non-empty target (no state means `initial`). 1.2: a non-empty target whose `state` is absent or not one of the `new`/`needs-…` values,
/// and not a draft (`x-sdl-draft` or any `x-…draft…` state: Trados's unconfirmed segments); a memoQ
/// `mq:status` of `NotStarted` or `PartiallyEdited` means the translator has not finished the segment,
/// whatever `state` says.
public struct XLIFFReader {
    public struct Summary: Sendable, Hashable {
        public var version: XLIFFVersion
        public var segments = 0
        public var translated = 0
    }

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Reads the file, calling `onHeader` once and `onSegment` for every segment in document order.
    /// - Throws: `ExchangeError` for unreadable, malformed or hostile files, an XLIFF version other than
    ///   1.x or 2.x, or a missing source language; whatever the callbacks throw.
    public func read(onHeader: (XLIFFHeader) throws -> Void, onSegment: (XLIFFSegment) throws -> Void) throws -> Summary {
        let reader = try XMLStreamReader(path: path)
        var parser: XLIFFParser?
        var summary: Summary?
        while let event = try reader.next() {
            if parser == nil {
                guard case let .start(name, attributes, _) = event else { continue }
                guard name == "xliff" else {
                    throw ExchangeError.invalid(reader.location, reason: "not an XLIFF file: the root element is <\(name.prefix(40))>")
                }
                let created = try XLIFFParser(attributes: attributes, location: reader.location)
                parser = created
                summary = Summary(version: created.version)
                try onHeader(created.header)
                continue
            }
            try parser?.handle(event, location: reader.location) { segment in
                summary?.segments += 1
                if segment.isTranslated { summary?.translated += 1 }
                try onSegment(segment)
            }
        }
        guard let summary else { throw ExchangeError.malformed(SourceLocation(path: path, line: 1), underlying: "no root element") }
        return summary
    }
}

/// The state machine behind `XLIFFReader`.
struct XLIFFParser {
    let version: XLIFFVersion
    var header: XLIFFHeader
    let setuPrefix: String?

    /// Elements (by depth) skipped with their content.
    private var skipDepth: Int?
    private var depth = 1

    // File and unit context.
    private var file = ""
    private var fileSource = ""
    private var fileTarget: String?
    private var unit = ""
    private var unitLine = 0
    private var unitAttributes: [String: String] = [:]
    private var notes: [String] = []
    private var noteText: String?

    // 2.0 segment.
    private var segmentID: String?
    private var segmentState: String?
    private var segmentLine = 0
    private var pending: [XLIFFSegment] = []

    // Text capture.
    private enum Side { case source, target }
    private var side: Side?
    private var inSegSource = false
    private var codeDepth = 0
    /// 1.2: the `mid` of the `mrk mtype="seg"` being read, and the `mrk` nesting to find its end.
    private var currentMid: String?
    private var mrkStack: [Bool] = []
    private var pairedCodes: [(name: String, id: Int)] = []
    private var nextCodeID = 0

    private struct Buffer {
        var plain = ""
        var markup = ""
        var hasCodes = false
    }
    private var source = Buffer()
    private var target = Buffer()
    /// 1.2 `seg-source` and target segments by `mid`, in order.
    private var segmentSources: [(mid: String, buffer: Buffer)] = []
    private var segmentTargets: [String: Buffer] = [:]
    private var targetState: String?
    private var hasSegSource = false

    init(attributes: [String: String], location: SourceLocation) throws {
        let declared = attributes["version"] ?? ""
        let namespace = attributes["xmlns"] ?? ""
        if declared.hasPrefix("2.") || (declared.isEmpty && namespace == XLIFFNamespace.v20) {
            guard declared.isEmpty || ["2.0", "2.1"].contains(declared) else {
                throw ExchangeError.invalid(location, reason: "unsupported XLIFF version \(declared.prefix(20)); Setu reads 1.2 and 2.0")
            }
            version = .v20
        } else if ["1.0", "1.1", "1.2"].contains(declared) || (declared.isEmpty && namespace == XLIFFNamespace.v12) {
            version = .v12
        } else {
            throw ExchangeError.invalid(
                location, reason: "unsupported XLIFF version \(declared.isEmpty ? "(none)" : String(declared.prefix(20))); Setu reads 1.2 and 2.0")
        }
        setuPrefix = attributes.first { $0.key.hasPrefix("xmlns:") && $0.value == XLIFFWriter.setuNamespace }.map { String($0.key.dropFirst(6)) }
        if version == .v20 {
            guard let source = attributes["srcLang"], !source.isEmpty else {
                throw ExchangeError.invalid(location, reason: "XLIFF 2.0 root has no srcLang")
            }
            fileSource = source
            fileTarget = attributes["trgLang"]
        }
        header = XLIFFHeader(
            version: version, sourceLanguage: fileSource, targetLanguage: fileTarget, writtenBySetu: setuPrefix != nil,
            line: location.line ?? 1)
    }

    static let codes20: Set<String> = ["ph", "sc", "ec", "sm", "em"]
    static let codes12: Set<String> = ["x", "bx", "ex", "ph", "bpt", "ept", "it"]
    static let skipped12: Set<String> = ["alt-trans", "header", "context-group", "count-group", "prop-group", "bin-unit", "phase-group"]
    static let skipped20: Set<String> = ["ignorable", "originalData"]
    static let untranslated12: Set<String> = [
        "new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation", "needs-review-adaptation",
        "needs-review-l10n",
    ]
    /// memoQ states that say the translator has not finished the segment.
    static let memoQUnfinished: Set<String> = ["NotStarted", "PartiallyEdited"]

    mutating func handle(_ event: XMLStreamReader.Event, location: SourceLocation, emit: (XLIFFSegment) throws -> Void) throws {
        switch event {
        case let .start(name, attributes, isEmpty):
            if skipDepth != nil {
                if !isEmpty { depth += 1 }
                return
            }
            // Elements of other namespaces (mtc:, gls:, sdl:, mq:, okp:…) and non-content elements are skipped whole.
            if name.utf8.contains(0x3A) || (version == .v12 ? Self.skipped12 : Self.skipped20).contains(name) {
                if !isEmpty {
                    depth += 1
                    skipDepth = depth
                }
                return
            }
            if !isEmpty { depth += 1 }
            try start(name, attributes, isEmpty: isEmpty, location: location)
            if isEmpty { try end(name, location: location, emit: emit) }
        case let .end(name):
            if let skip = skipDepth {
                if depth == skip { skipDepth = nil }
                depth -= 1
                return
            }
            depth -= 1
            try end(name, location: location, emit: emit)
        case let .text(text):
            guard skipDepth == nil else { return }
            if noteText != nil { noteText! += text }
            // The content of a code (native data) is not text, and TMX markup keeps the code without it.
            guard side != nil, codeDepth == 0 else { return }
            append(text)
        }
    }

    private mutating func start(_ name: String, _ attributes: [String: String], isEmpty: Bool, location: SourceLocation) throws {
        switch name {
        case "file":
            if version == .v12 {
                file = attributes["original"] ?? ""
                guard let source = attributes["source-language"], !source.isEmpty else {
                    throw ExchangeError.invalid(location, reason: "XLIFF 1.2 <file> has no source-language")
                }
                fileSource = source
                fileTarget = attributes["target-language"]
                if header.sourceLanguage.isEmpty {
                    header.sourceLanguage = source
                    header.targetLanguage = fileTarget
                }
            } else {
                file = attributes["original"] ?? attributes["id"] ?? ""
            }
        case "unit", "trans-unit":
            unit = attributes["id"] ?? ""
            unitLine = location.line ?? 0
            unitAttributes = attributes
            notes = []
            pending = []
            segmentSources = []
            segmentTargets = [:]
            hasSegSource = false
            source = Buffer()
            target = Buffer()
            targetState = nil
        case "segment" where version == .v20:
            segmentID = attributes["id"]
            segmentState = attributes["state"]
            segmentLine = location.line ?? unitLine
            source = Buffer()
            target = Buffer()
        case "source" where side == nil:
            side = .source
            nextCodeID = 0
        case "seg-source" where version == .v12:
            side = .source
            inSegSource = true
            hasSegSource = true
        case "target" where side == nil:
            side = .target
            if version == .v12 { targetState = attributes["state"] }
        case "note":
            noteText = ""
        case "cp" where version == .v20 && side != nil && codeDepth == 0:
            if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                append(String(scalar))
            }
        case "mrk" where side != nil:
            let isSegment = version == .v12 && attributes["mtype"] == "seg"
            mrkStack.append(isSegment)
            if isSegment {
                currentMid = attributes["mid"] ?? String(segmentSources.count)
                if side == .source && inSegSource { segmentSources.append((currentMid!, Buffer())) }
                if side == .target { segmentTargets[currentMid!] = Buffer() }
            }
        default:
            guard side != nil else { return }
            let isCode = version == .v20 ? Self.codes20.contains(name) : Self.codes12.contains(name)
            if isCode {
                if codeDepth == 0 { code(name, attributes, isEmpty: isEmpty) }
                if !isEmpty { codeDepth += 1 }
            } else if name == "g" || name == "pc" {
                nextCodeID += 1
                pairedCodes.append((name, nextCodeID))
                append(markupOnly: "<bpt i=\"\(nextCodeID)\" x=\"\(XMLEscaping.escape(attributes["id"] ?? "", attribute: true))\"/>")
            }
        }
    }

    /// Records an inline code in the TMX markup (its text is not part of the plain text).
    private mutating func code(_ name: String, _ attributes: [String: String], isEmpty: Bool) {
        nextCodeID += 1
        let id = XMLEscaping.escape(attributes["id"] ?? attributes["rid"] ?? "\(nextCodeID)", attribute: true)
        switch name {
        case "bx", "sc", "bpt": append(markupOnly: "<bpt i=\"\(id)\"/>")
        case "ex", "ec", "ept": append(markupOnly: "<ept i=\"\(XMLEscaping.escape(attributes["startRef"] ?? attributes["rid"] ?? id, attribute: true))\"/>")
        case "it": append(markupOnly: "<it pos=\"\(attributes["pos"] == "close" || attributes["pos"] == "end" ? "end" : "begin")\"/>")
        default: append(markupOnly: "<ph x=\"\(id)\"/>")
        }
    }

    private mutating func end(_ name: String, location: SourceLocation, emit: (XLIFFSegment) throws -> Void) throws {
        switch name {
        case "source" where side == .source && !inSegSource, "target" where side == .target:
            side = nil
        case "seg-source":
            side = nil
            inSegSource = false
        case "note":
            if let text = noteText?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty { notes.append(text) }
            noteText = nil
        case "mrk" where side != nil:
            if mrkStack.popLast() == true { currentMid = nil }
        case "g", "pc":
            guard side != nil, let open = pairedCodes.popLast() else { return }
            append(markupOnly: "<ept i=\"\(open.id)\"/>")
        case "segment" where version == .v20:
            let translated = ["translated", "reviewed", "final"].contains(segmentState ?? "initial")
                && !target.plain.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            pending.append(segment(id: segmentID, line: segmentLine, source: source, target: target, state: segmentState, translated: translated))
        case "unit" where version == .v20:
            for var segment in pending {
                segment.notes = notes
                if !segment.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { try emit(segment) }
            }
            pending = []
        case "trans-unit":
            try emitTransUnit(emit)
        default:
            if side != nil && codeDepth > 0 && (version == .v20 ? Self.codes20.contains(name) : Self.codes12.contains(name)) {
                codeDepth -= 1
            }
        }
    }

    private mutating func emitTransUnit(_ emit: (XLIFFSegment) throws -> Void) throws {
        let mqStatus = unitAttributes.first { $0.key.hasSuffix(":status") && $0.key.hasPrefix("mq") }?.value
        func translated(_ buffer: Buffer) -> Bool {
            guard !buffer.plain.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return false }
            if let state = targetState {
                if Self.untranslated12.contains(state) || (state.hasPrefix("x-") && state.lowercased().contains("draft")) { return false }
            }
            if let mqStatus, Self.memoQUnfinished.contains(mqStatus) { return false }
            return true
        }
        var segments: [XLIFFSegment] = []
        if hasSegSource {
            for (mid, buffer) in segmentSources {
                let targetBuffer = segmentTargets[mid] ?? Buffer()
                segments.append(segment(id: mid, line: unitLine, source: buffer, target: targetBuffer, state: targetState, translated: translated(targetBuffer)))
            }
        } else {
            segments.append(segment(id: nil, line: unitLine, source: source, target: target, state: targetState, translated: translated(target)))
        }
        for var segment in segments where !segment.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            segment.notes = notes
            try emit(segment)
        }
    }

    private func segment(id: String?, line: Int, source: Buffer, target: Buffer, state: String?, translated: Bool) -> XLIFFSegment {
        func setu(_ key: String) -> String? { setuPrefix.flatMap { unitAttributes["\($0):\(key)"] } }
        // A unit marked not for translation is context, whatever its target holds.
        let translated = translated && unitAttributes["translate"] != "no"
        return XLIFFSegment(
            file: file, sourceLanguage: fileSource, targetLanguage: fileTarget, unit: unit, segment: id, line: line,
            source: source.plain, target: target.plain, sourceMarkup: source.hasCodes ? source.markup : nil,
            targetMarkup: target.hasCodes ? target.markup : nil, state: state, isTranslated: translated,
            setuSegmentID: setu("segment").flatMap { Int64($0) }, setuDocument: setuPrefix == nil ? nil : file,
            creator: nil, changed: nil, notes: [])
    }

    /// Adds text to the buffer being read: the segment's own, or in 1.2 `seg-source`/`target`, the `mrk`
    /// segment's.
    private mutating func append(_ text: String) {
        mutateBuffer { $0.plain += text; $0.markup += XMLEscaping.escape(text) }
    }

    private mutating func append(markupOnly markup: String) {
        mutateBuffer { $0.markup += markup; $0.hasCodes = true }
    }

    private mutating func mutateBuffer(_ body: (inout Buffer) -> Void) {
        guard let side else { return }
        if version == .v12 && (hasSegSource || side == .target) && (inSegSource || (side == .target && !segmentSources.isEmpty)) {
            guard let mid = currentMid else { return }  // text between 1.2 segments
            if side == .source, let index = segmentSources.lastIndex(where: { $0.mid == mid }) {
                body(&segmentSources[index].buffer)
            } else if side == .target {
                body(&segmentTargets[mid, default: Buffer()])
            }
            return
        }
        switch side {
        case .source: body(&source)
        case .target: body(&target)
        }
    }
}
