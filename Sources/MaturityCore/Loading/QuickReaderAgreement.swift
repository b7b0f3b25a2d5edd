/// Whether a quick reader agrees with its full decoder on some bytes: where
/// the full decoder refuses a file the quick one gives up, and where it reads
/// one the quick one gives the same model or gives up. The quick readers are
/// only ever right by this property, so it is checked by their tests
/// (QuestionnaireScannerTests, SessionScannerTests) and by the fuzzers on
/// every input they try. Public for the fuzzers, which import MaturityCore
/// as a release build does.
public enum QuickReaderAgreement {
    public static func questionnaire(_ bytes: [UInt8]) -> Bool {
        let hash = ContentHash.of(bytes)
        let quick = QuestionnaireScanner.decode(bytes, hash: hash)
        guard let full = try? QuestionnaireDecoder.decodeInFull(bytes: bytes, file: "agreement.json", hash: hash) else { return quick == nil }
        return quick.map { same($0, full) } ?? true
    }

    public static func session(_ bytes: [UInt8]) -> Bool {
        let quick = SessionScanner.decode(bytes)
        guard let full = try? SessionCodec.decode(bytes: bytes, file: "agreement.json") else { return quick == nil }
        return quick == nil || quick == full
    }

    /// Questionnaire is not Equatable (its scoring rules hold tuples): every
    /// stored part is compared, the scoring rules by their full description.
    static func same(_ a: Questionnaire, _ b: Questionnaire) -> Bool {
        a.id == b.id && a.version == b.version && a.title == b.title && a.summary == b.summary && a.notice == b.notice
            && a.scale == b.scale && a.angles == b.angles && a.groups == b.groups && a.contentHash == b.contentHash
            && String(describing: a.scoring) == String(describing: b.scoring)
    }
}
