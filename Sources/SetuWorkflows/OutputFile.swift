import Foundation

/// Writing output files safely: only regular files are replaced (a device such as `/dev/null`, a folder
/// or a symbolic link is refused rather than turned into a regular file), and a file appears under its
/// final name only when it is complete.
enum OutputFile {
    /// Refuses a destination that is not a regular file (when it exists).
    static func checkDestination(_ path: String) throws(WorkflowError) {
        guard !path.isEmpty else { throw .unwritable(path: path, reason: "empty path") }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFLNK: throw .unwritable(path: path, reason: "is a symbolic link; give the path of its target, Setu does not write through links")
        case S_IFDIR: throw .unwritable(path: path, reason: "is a folder")
        default: throw .unwritable(path: path, reason: "is not a regular file (a device or pipe?)")
        }
    }

    /// Writes `data` to `path` (a new temporary name), refusing to follow links.
    static func write(_ data: Data, to path: String) throws(WorkflowError) {
        try checkDestination(path)
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw .unwritable(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    /// Moves a complete temporary file over the destination (atomic `rename` on one file system).
    static func moveIntoPlace(_ temporary: String, _ path: String) throws(WorkflowError) {
        try checkDestination(path)
        guard rename(temporary, path) == 0 else {
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
