/// libFuzzer's own driver, for a `main` we define ourselves (see `runLibFuzzer`).
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The body of each harness's `<Module>_main`.
///
/// SwiftPM on Linux links every executable with `--defsym main=<Module>_main`
/// (so that tests can call into executables), but with `-parse-as-library`,
/// which libFuzzer needs, the compiler emits no `<Module>_main` and the link
/// fails. Each harness therefore defines `<Module>_main` itself with
/// `@_cdecl` and hands over to libFuzzer's driver here, which parses the
/// usual libFuzzer flags and calls the harness's `LLVMFuzzerTestOneInput`.
public func runLibFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}
