// Fuzz target: the XLIFF 2.0/1.2 reader on libxml2, the writer on what was read, and schema validation.
// Input is written to a file in memory (/dev/shm when present) because the reader streams from a path, as
// `setu import` does.
import FuzzDriver
import Foundation
import SetuCore
import SetuExchange

let path = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()) + "/setu-fuzz-\(getpid()).xlf"

func fuzzXLIFF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
    var units: [XLIFFUnit] = []
    _ = try? XLIFFReader(path: path).read(onHeader: { _ in }) { segment in
        // Whatever was read must be writable again.
        units.append(XLIFFUnit(id: "s\(units.count + 1)", source: segment.source, target: segment.target.isEmpty ? nil : segment.target))
    }
    for version in XLIFFVersion.allCases { _ = XLIFFWriter.document(XLIFFDocument(original: path, units: units), version: version) }
    _ = try? ExchangeValidator.validate(path: path)
    return 0
}

exit(FuzzDriver.run(
    { data, size in fuzzXLIFF(data, size) }))
