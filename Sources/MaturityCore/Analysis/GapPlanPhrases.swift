/// Plain words for gap plans, shared by `ccmm plan`, the wizard and reports.
/// Level requirements are worded by `RequirementPhrases`, so every output
/// describes them alike.
public enum GapPlanPhrases {
    static let noLevel = LocalizedText(zh: "无等级", en: "no level")
    static let everyModule = LocalizedText(zh: "每个模块", en: "every module")
    static let withheld = LocalizedText(zh: "不予评定（不适用超过上限）", en: "withheld (N/A over the limit)")

    /// Where a centre stands without a result: withheld for N/A, or nothing to go on.
    static func standing(withheld: Bool) -> PlanStanding {
        withheld ? PlanStanding(id: NotApplicablePhrases.withheldID, name: Self.withheld) : PlanStanding(id: "—", name: noLevel)
    }

    /// "Method ≥ 90% in 1.0–4.0", "Overall mean ≥ 3", "Total ≥ 60.5 (rounds to 61)", "M3 Strategy ≥ 63.4%".
    public static func describe(_ gap: PlanGap, in q: Questionnaire, _ language: Language) -> String {
        let zh = language == .zh
        switch gap.kind {
        case let .level(_, status):
            return RequirementPhrases.describe(status.requirement, in: q, language)
        case let .meanLevel(level, _, required):
            let value = required.formatted(places: 0)
            return zh ? "总体得分 ≥ \(value)（等级 \(level.id) \(level.name.zh)）" : "Overall score ≥ \(value) (level \(level.id) \(level.name.en))"
        case let .band(band, _, required):
            let value = required.formatted(places: 1)
            return zh ? "总分 ≥ \(value)（四舍五入为 \(band.minimum)，\(band.name.zh)）"
                      : "Total ≥ \(value) (rounds to \(band.minimum), \(band.name.en))"
        case let .groupPercent(groupID, title, _, required):
            return "\(groupID) \(title[language]) ≥ \(required.formatted(places: 1))%"
        case let .notApplicable(count):
            return NotApplicablePhrases.limitRule(count, language)
        }
    }

    /// The value now, as people read it.
    public static func actual(_ gap: PlanGap, _ language: Language) -> String {
        switch gap.kind {
        case let .level(_, status): return RequirementPhrases.actual(status, language)
        case let .meanLevel(_, actual, _):
            return actual?.truncated(places: 2) ?? (language == .zh ? "尚无作答" : "nothing answered")
        case let .band(_, actual, _): return actual.formatted(places: 1)
        case let .groupPercent(_, _, actual, _):
            return actual.map { $0.formatted(places: 1) + "%" } ?? (language == .zh ? "全部不适用" : "all N/A")
        case let .notApplicable(count): return NotApplicablePhrases.figure(count.count, unit: count.unit)
        }
    }

    /// The value the target needs.
    public static func required(_ gap: PlanGap, _ language: Language) -> String {
        switch gap.kind {
        case let .level(_, status): return RequirementPhrases.required(status, language)
        case let .meanLevel(_, _, required): return required.formatted(places: 2)
        case let .band(_, _, required): return required.formatted(places: 1)
        case let .groupPercent(_, _, _, required): return required.formatted(places: 1) + "%"
        case let .notApplicable(count): return count.limit.map { "≤ \($0)" } ?? "—"
        }
    }

    /// What is missing, in the requirement's own unit ("12 more criteria at 10").
    public static func shortfall(_ gap: PlanGap, in q: Questionnaire, counting: Counting, _ language: Language) -> String? {
        let zh = language == .zh
        switch gap.kind {
        case let .level(_, status):
            return RequirementPhrases.shortfall(status, in: q, counting: counting, language)
        case let .meanLevel(_, actual, required):
            guard let actual else { return zh ? "请先作答" : "answer the questionnaire first" }
            let missing = difference(required, actual).formatted(places: 2)
            return zh ? "还差 \(missing)" : "\(missing) short"
        case let .band(_, actual, required):
            let missing = difference(required, actual)
            return zh ? "还差 \(missing.formatted(places: 2)) 分" : "\(missing.formatted(places: 2)) points short"
        case let .groupPercent(_, _, actual, required):
            guard let actual else { return nil }
            let missing = difference(required, actual).formatted(places: 1)
            return zh ? "还差 \(missing) 个百分点" : "\(missing) percentage points short"
        case .notApplicable:
            return nil
        }
    }

    /// Why no rating change meets it; nil when the plan does.
    public static func blocker(_ gap: PlanGap, _ language: Language) -> String? {
        let zh = language == .zh
        switch gap.blocker {
        case nil: return nil
        case .yearsInOperation?:
            if case let .level(_, status) = gap.kind, !status.met {
                let n = status.shortfall
                return zh ? "评分无法改变：还需运营 \(n) 年" : "no rating changes this: \(n) more \(n == 1 ? "year" : "years") of operation"
            }
            return zh ? "评分无法改变" : "no rating changes this"
        case .yearsNotGiven?:
            return zh ? "评分无法改变：请在档案中填写运营年限" : "no rating changes this: enter the years in operation in the profile"
        case .unreachable?:
            if case .meanLevel(_, nil, _) = gap.kind {
                return zh ? "尚无作答，无法计算" : "nothing is answered yet"
            }
            return zh ? "即使所有适用题目都评为最高分也无法达到" : "out of reach even with every applicable answer at the top"
        case let .notApplicableLimit(count)?:
            return (zh ? "评分无法改变：" : "no rating changes this: ") + NotApplicablePhrases.resolve(count, language)
        }
    }

    /// "Method 5 → 10", "执行 未答 → 10".
    public static func change(_ change: PlannedChange, in q: Questionnaire, _ language: Language) -> String {
        "\(angleName(change.angle, in: q, language)) \(from(change, language)) → \(change.to)"
    }

    public static func from(_ change: PlannedChange, _ language: Language) -> String {
        change.from.map(String.init) ?? (language == .zh ? "未答" : "unanswered")
    }

    public static func angleName(_ angle: String, in q: Questionnaire, _ language: Language) -> String {
        q.angle(angle)?.title[language] ?? angle
    }

    /// One line that says what "smallest" meant for this plan.
    public static func optimality(_ plan: GapPlan, _ language: Language) -> String {
        let zh = language == .zh
        switch plan.optimality {
        case .exact:
            return zh ? "最小方案：改动项数最少；项数相同时提升的分数最少（5→10 先于 0→10；未答按 0 计；不适用的题目不改动）。"
                      : "Smallest plan: fewest changes; among those, fewest rating points raised (5 → 10 before 0 → 10; unanswered counts as 0; N/A questions are never changed)."
        case .fewestChanges:
            return zh ? "改动项数最少（按提升幅度从大到小选取，再把最后几项降到刚好够用）；提升的分数不保证最少。"
                      : "Fewest changes (largest gains first, then the last ones lowered to just enough); the rating points raised are not guaranteed least."
        case .greedy:
            return zh ? "此问卷的百分比范围有重叠，方案满足全部要求，但不保证最小。"
                      : "This questionnaire's percent scopes overlap: the plan meets every requirement but is not proven smallest."
        }
    }
}
