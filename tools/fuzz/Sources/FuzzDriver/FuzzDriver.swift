#if canImport(Glibc)
    import Glibc
#endif

/// libFuzzer's driver, called from an ordinary `main`: SwiftPM gives executables their own entry point,
/// so the targets call `LLVMFuzzerRunDriver` (libFuzzer ≥ 11) instead of relying on libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments and `callback` as the fuzz target.
    public static func run(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        return LLVMFuzzerRunDriver(&argc, &argv, callback)
    }
}
