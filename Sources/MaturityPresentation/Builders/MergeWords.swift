import MaturityCore

/// Sessions that cannot be merged or compared, in the catalog's language.
extension ProblemWords {
    public static func describe(_ error: MergeError, _ c: Catalog) -> String {
        switch error {
        case let .tooFew(count): return c(.mergeTooFew, count)
        case let .unsettledConflicts(file, count): return c(.mergeUnsettled, file, count)
        case let .differentQuestionnaires(file, a, otherFile, b):
            let references = (reference(a, c), reference(b, c))
            if a.id != b.id { return c(.mergeDifferentQuestionnaires, file, otherFile, references.0, references.1) }
            let key: Phrase = a.version != b.version ? .mergeDifferentVersions : .mergeDifferentTexts
            return c(key, file, otherFile, a.id, a.version, references.0, references.1)
        }
    }

    public static func describe(_ error: ComparisonError, _ c: Catalog) -> String {
        switch error {
        case let .differentQuestionnaires(baselineFile, baselineID, followUpFile, followUpID):
            return c(.compareDifferentQuestionnaires, baselineFile, baselineID, followUpFile, followUpID)
        case let .otherQuestionnaire(answered, given): return c(.compareOtherQuestionnaire, answered, given)
        case let .answersDoNotFit(error): return describe(error, c)
        }
    }

    /// "cc-cmm-oc 1.0 (hash 3f…)".
    static func reference(_ reference: QuestionnaireReference, _ c: Catalog) -> String {
        c(.questionnaireReference, reference.id, reference.version, reference.contentHash)
    }
}
