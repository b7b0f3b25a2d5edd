/// Names of standings that no level or module gives: below every level, and a
/// target for every module. They travel with a plan's standing like a level's
/// name does, so they are kept beside the questionnaire's own names.
public enum StandingNames {
    public static let noLevel = LocalizedText(zh: "无等级", en: "no level")
    public static let everyModule = LocalizedText(zh: "每个模块", en: "every module")
    public static let withheld = LocalizedText(zh: "不予评定（不适用超过上限）", en: "withheld (N/A over the limit)")

    /// Where a centre stands without a result: withheld for N/A, or nothing to go on.
    static func standing(withheld: Bool) -> PlanStanding {
        withheld ? PlanStanding(id: NotApplicableCount.withheldID, name: Self.withheld) : PlanStanding(id: "—", name: noLevel)
    }
}
