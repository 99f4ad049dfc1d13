// Fuzz target: the TBX reader on libxml2 (2008 and 2019 element names).
import FuzzDriver
import Foundation
import SetuExchange

let path = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()) + "/setu-fuzz-\(getpid()).tbx"

func fuzzTBX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
    _ = try? TBXReader.read(path: path)
    return 0
}

exit(FuzzDriver.run(
    { data, size in fuzzTBX(data, size) }))
