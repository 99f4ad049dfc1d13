import CSetuXML
import Foundation
import SetuCore

/// The exchange formats Setu reads and writes.
public enum ExchangeFormat: String, Sendable, Hashable, CaseIterable {
    case tmx
    case tbx
    case xliff20 = "xliff-2.0"
    case xliff12 = "xliff-1.2"
}

/// One problem a validation found.
public struct ValidationProblem: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public var description: String { "\(location): \(message)" }
}

/// The result of validating a file.
public struct ValidationReport: Sendable, Hashable {
    public var path: String
    public var format: ExchangeFormat
    /// What the file was checked against (`TMX 1.4 DTD`, `XLIFF 2.0 core + matches + glossary schemas` …).
    public var standard: String
    /// At most the first 100 problems.
    public var problems: [ValidationProblem]

    public var isValid: Bool { problems.isEmpty }
}

/// Validates exchange files in-process with libxml2: TMX against the TMX 1.4 DTD, XLIFF 2.0 against the
/// OASIS core schema with the Translation Candidates, Glossary and Metadata modules, XLIFF 1.2 against the
/// OASIS transitional schema, and TBX by reading it with `TBXReader` (TBX-Basic's own constraints). The
/// DTD and schemas are built into Setu; nothing is fetched. Entity declarations are refused as when
/// reading.
public enum ExchangeValidator {
    /// The format of a file, from its root element (and, for XLIFF, its namespace or `version`).
    /// - Throws: `ExchangeError` when the file cannot be read or its root is none of Setu's formats.
    public static func detectFormat(path: String) throws(ExchangeError) -> ExchangeFormat {
        let reader = try XMLStreamReader(path: path)
        while let event = try reader.next() {
            guard case let .start(name, attributes, _) = event else { continue }
            switch name {
            case "tmx": return .tmx
            case "martif", "tbx": return .tbx
            case "xliff":
                if let version = attributes["version"] {
                    if version.hasPrefix("2.") { return .xliff20 }
                    if version.hasPrefix("1.") { return .xliff12 }
                }
                if attributes["xmlns"] == XLIFFNamespace.v20 { return .xliff20 }
                if attributes["xmlns"] == XLIFFNamespace.v12 { return .xliff12 }
                throw .invalid(reader.location, reason: "XLIFF version \(attributes["version"] ?? "(none)") is not 1.2 or 2.0")
            default:
                throw .invalid(reader.location, reason: "the root element <\(name.prefix(40))> is not TMX, TBX or XLIFF")
            }
        }
        throw .malformed(SourceLocation(path: path, line: 1), underlying: "no root element")
    }

    /// Validates `path` as `format` (detected from the file when nil).
    /// - Throws: `ExchangeError` when the file cannot be read at all; problems with its content are in the report.
    public static func validate(path: String, as format: ExchangeFormat? = nil) throws(ExchangeError) -> ValidationReport {
        let detected: ExchangeFormat
        if let format { detected = format } else { detected = try detectFormat(path: path) }
        switch detected {
        case .tmx:
            let problems = try runValidation(path: path) { path, report, context in
                EmbeddedSchemas.tmxDTD.withCString { dtd in
                    setu_xml_validate_dtd(path, dtd, Int32(strlen(dtd)), report, context)
                }
            }
            return ValidationReport(path: path, format: .tmx, standard: "TMX 1.4 DTD", problems: problems)
        case .xliff20:
            let problems = try runValidation(path: path, schema: "xliff_2.0_with_modules.xsd")
            return ValidationReport(
                path: path, format: .xliff20, standard: "XLIFF 2.0 core + matches + glossary + metadata schemas",
                problems: problems)
        case .xliff12:
            let problems = try runValidation(path: path, schema: "xliff-core-1.2-transitional.xsd")
            return ValidationReport(path: path, format: .xliff12, standard: "XLIFF 1.2 transitional schema", problems: problems)
        case .tbx:
            var problems: [ValidationProblem] = []
            do {
                _ = try TBXReader.read(path: path)
            } catch {
                switch error {
                case let .malformed(location, message), let .refused(location, message), let .invalid(location, message):
                    problems.append(ValidationProblem(location: location, message: message))
                default:
                    throw error
                }
            }
            return ValidationReport(path: path, format: .tbx, standard: "TBX-Basic (2008 or 2019 names)", problems: problems)
        }
    }

    /// Collects the problems the C validator reports.
    private final class Collector {
        let path: String
        var problems: [ValidationProblem] = []
        init(path: String) { self.path = path }
    }

    private static func runValidation(
        path: String,
        _ call: (UnsafePointer<CChar>, setu_xml_report, UnsafeMutableRawPointer) -> Int32
    ) throws(ExchangeError) -> [ValidationProblem] {
        _ = try XMLStreamReader(path: path)  // a readable, non-empty file, or a clear error
        let collector = Collector(path: path)
        let report: setu_xml_report = { context, line, column, message in
            guard let context, let message else { return }
            let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
            collector.problems.append(ValidationProblem(
                location: SourceLocation(path: collector.path, line: line > 0 ? Int(line) : nil, column: column > 0 ? Int(column) : nil),
                message: XMLStreamReader.readable(String(cString: message))))
        }
        let status = withExtendedLifetime(collector) {
            path.withCString { call($0, report, Unmanaged.passUnretained(collector).toOpaque()) }
        }
        if status < 0 { throw .unreadable(path: path, reason: "Setu's built-in schema could not be loaded") }
        if status > 0 && collector.problems.isEmpty {
            collector.problems.append(ValidationProblem(location: SourceLocation(path: path), message: "not valid"))
        }
        return collector.problems
    }

    /// Validates against one of the built-in XML Schemas, written with its imports to a temporary folder
    /// for the duration of the call (libxml2 resolves imports by file name).
    private static func runValidation(path: String, schema: String) throws(ExchangeError) -> [ValidationProblem] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setu-schemas-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in EmbeddedSchemas.files {
                try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name))
            }
        } catch {
            throw .unwritable(path: folder.path, reason: "cannot write the schemas for validation: \(error.localizedDescription)")
        }
        let schemaPath = folder.appendingPathComponent(schema).path
        return try runValidation(path: path) { path, report, context in
            setu_xml_validate_schema(path, schemaPath, report, context)
        }
    }
}

/// XLIFF namespace names.
enum XLIFFNamespace {
    static let v12 = "urn:oasis:names:tc:xliff:document:1.2"
    static let v20 = "urn:oasis:names:tc:xliff:document:2.0"
    static let matches = "urn:oasis:names:tc:xliff:matches:2.0"
    static let glossary = "urn:oasis:names:tc:xliff:glossary:2.0"
    static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
}
