// Fuzz target: the TMX reader on libxml2 and the unit converter. Input is written to a file in memory
// (/dev/shm when present) because the reader streams from a path, as `setu import` does.
import FuzzDriver
import Foundation
import SetuExchange

let path = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()) + "/setu-fuzz-\(getpid()).tmx"

func fuzzTMX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
    var header = TMXHeader(attributes: [:])
    _ = try? TMXReader(path: path).read(onHeader: { header = $0 }) { unit in
        _ = TMXUnitConverter().convert(unit, header: header, document: path)
    }
    _ = try? ExchangeValidator.validate(path: path, as: .tmx)
    return 0
}

exit(FuzzDriver.run(
    { data, size in fuzzTMX(data, size) }))
