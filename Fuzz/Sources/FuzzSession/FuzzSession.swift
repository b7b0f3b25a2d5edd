import FuzzSupport
import MaturityCore

/// libFuzzer entry point: the bytes are a session file. It is decoded, then
/// matched against both fixture questionnaires (a session names one of them
/// by id; the other refuses it at once, which is cheap). Thrown errors are
/// the expected answer to a bad file; findings are crashes, hangs, sanitizer
/// reports, and the portfolio's quick reader disagreeing with the codec.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    precondition(QuickReaderAgreement.session(bytes), "SessionScanner and SessionCodec disagree")
    guard let session = try? SessionCodec.decode(bytes: bytes, file: "fuzz.json") else { return 0 }
    for questionnaire in [FuzzFixtures.points, FuzzFixtures.levels] {
        guard let reconciled = try? SessionReconciler.reconcile(session, with: questionnaire, file: "fuzz.json") else { continue }
        // What loads is saved again by the wizard: the round trip must not trap either.
        _ = SessionCodec.encode(reconciled.session, order: questionnaire.criteria.map(\.id))
    }
    return 0
}

/// The executable's entry point; see `runLibFuzzer` for why it is ours.
@_cdecl("FuzzSession_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
