/// The name of a standing: the questionnaire's own (a level, band or module),
/// or one of the standings no questionnaire names, which the presentation
/// layer words in the reader's language.
public enum StandingName: Sendable, Equatable {
    case named(LocalizedText)
    /// Below every level, or nothing answered to go on.
    case noLevel
    /// No result: N/A over its limit (models.md §6).
    case withheld
    /// A lowest-module target: every module at the percentage.
    case everyModule
}

extension PlanStanding {
    /// Where a centre stands without a result: withheld for N/A, or nothing to go on.
    static func standing(withheld: Bool) -> PlanStanding {
        withheld ? PlanStanding(id: NotApplicableCount.withheldID, name: .withheld) : PlanStanding(id: "—", name: .noLevel)
    }
}
