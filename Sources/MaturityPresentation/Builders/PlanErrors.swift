import MaturityCore

/// A refused plan target in words.
public enum PlanErrors {
    public static func message(_ error: GapPlanError, _ c: Catalog) -> String {
        switch error.kind {
        case let .wrongFamily(questionnaire): return c(.planErrorWrongFamily, questionnaire)
        case let .nothingToAimFor(questionnaire): return c(.planErrorNothingToAimFor, questionnaire)
        case let .unknownTarget(questionnaire, name, expected): return c(.planErrorUnknownTarget, questionnaire, name, c.list(expected))
        case let .percentOnlyForModules(example): return c(.planErrorPercentOnly, example)
        case let .percentOutOfRange(value): return c(.planErrorPercentRange, value)
        case let .namedTargetForModules(questionnaire, name): return c(.planErrorNamedForModules, questionnaire, name)
        }
    }
}
