import FuzzSupport
import MaturityCore

/// libFuzzer entry point: the bytes are a questionnaire file. A thrown
/// `LoadError` is the expected answer to a bad file; findings are crashes,
/// hangs, sanitizer reports, and the quick reader disagreeing with the full
/// decoder (a trap, so libFuzzer keeps the input).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    precondition(QuickReaderAgreement.questionnaire(bytes), "QuestionnaireScanner and QuestionnaireDecoder disagree")
    do {
        let questionnaire = try QuestionnaireDecoder.decode(bytes: bytes, file: "fuzz.json")
        // A file that loads must also be usable: walk what the wizard and scorer walk first.
        _ = questionnaire.questionCount
        for criterion in questionnaire.criteria { _ = questionnaire.ancestry[criterion.id] }
    } catch {
        // Refused with a message: the expected outcome for almost every input.
    }
    return 0
}

/// The executable's entry point; see `runLibFuzzer` for why it is ours.
@_cdecl("FuzzQuestionnaire_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
