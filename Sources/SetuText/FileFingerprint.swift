#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fingerprint of a file's bytes, to tell whether a document changed since it was stored.
public enum FileFingerprint {
    /// `fnv1a64:<16 hex digits>:<byte count>` of the file's contents (`StableHash`).
    /// - Throws: `SetuTextError.unreadable` when the file cannot be read.
    public static func of(path: String) throws(SetuTextError) -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var hash = StableHash()
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            for index in 0..<count { hash.combine(UInt32(buffer[index])) }
            total += count
        }
        return "fnv1a64:" + hash.hex + ":\(total)"
    }
}
