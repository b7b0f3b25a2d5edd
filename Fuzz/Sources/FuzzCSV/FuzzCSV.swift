import FuzzSupport
import MaturityCore

/// libFuzzer entry point: the bytes are an answers CSV, imported against both
/// fixture questionnaires (the points header and the level header differ, so
/// each input mostly exercises one of them past the header). Thrown errors
/// are the expected answer to a bad file; only crashes, hangs and sanitizer
/// reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for questionnaire in [FuzzFixtures.points, FuzzFixtures.levels] {
        _ = try? AnswerImport.answers(csv: bytes, file: "fuzz.csv", questionnaire: questionnaire, time: "2026-01-01T00:00:00Z")
    }
    return 0
}

/// The executable's entry point; see `runLibFuzzer` for why it is ours.
@_cdecl("FuzzCSV_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
