import MaturityCore

/// The machine-readable gap plan of `ccmm plan --format json` and reports.
///
///     { "questionnaire": {id, version}, "scoring", "counting", "provisional",
///       "current": {id, name}, "target": {id, name}, "already_met", "optimality",
///       "definition": {zh, en},
///       "gaps": [{ "level", "kind", "description", "description_zh", "actual", "required",
///                  "shortfall", "actionable", "blocker", ["not_applicable"] }],
///       "summary": { "changes", "criteria", "effort" },
///       "criteria": [{ "id", "title": {zh, en}, "provenance", "changes": [{ "angle", "from", "to", "effort", "serves" }] }] }
///
/// `from` is null for an unanswered question; `serves` lists indexes into
/// `gaps`. A gap's `shortfall` is in its own unit: for level requirements
/// criteria at the top (strict percent), rating points (weighted percent,
/// total) or years; otherwise the score, total or percentage points missing.
/// `level` is the level or band that asks for it (null for a module). A gap
/// blocked by the N/A limit (`blocker` "not_applicable_limit") carries the
/// scope's `not_applicable` count and limit, as in `ccmm score --format json`.
public enum GapPlanJSON {
    public static func encode(_ plan: GapPlan, questionnaire q: Questionnaire) -> JSONValue {
        JSONOutput.versioned([
            ("questionnaire", .object([("id", .string(plan.questionnaireID)), ("version", .string(plan.questionnaireVersion))])),
            ("scoring", .string(plan.scoringMethod)),
            ("counting", .string(plan.counting.rawValue)),
            ("provisional", .bool(plan.provisional)),
            ("current", standing(plan.current)),
            ("target", standing(plan.target)),
            ("already_met", .bool(plan.alreadyMet)),
            ("optimality", .string(plan.optimality.rawValue)),
            ("definition", .object([("zh", .string(PlanWords(plan, questionnaire: q, catalog: .zh).optimality)),
                                    ("en", .string(PlanWords(plan, questionnaire: q, catalog: .en).optimality))])),
            ("gaps", .array(plan.gaps.map { gap(in: q, $0, plan: plan) })),
            ("summary", .object([("changes", .int(plan.changes.count)), ("criteria", .int(plan.byCriterion.count)),
                                 ("effort", .int(plan.totalEffort))])),
            ("criteria", .array(plan.byCriterion.map { entry in
                .object([
                    ("id", .string(entry.criterionID)),
                    ("title", q.criterion(entry.criterionID).map { ScorecardJSON.text($0.title) } ?? .null),
                    ("provenance", q.criterion(entry.criterionID).map { .string($0.provenance.rawValue) } ?? .null),
                    ("changes", .array(entry.changes.map { change in
                        .object([("angle", .string(change.angle)), ("from", change.from.map { .int($0) } ?? .null),
                                 ("to", .int(change.to)), ("effort", .int(change.effort)), ("serves", .array(change.serves.map { .int($0) }))])
                    })),
                ])
            })),
        ])
    }

    static func standing(_ standing: PlanStanding) -> JSONValue {
        .object([("id", .string(standing.id)), ("name", ScorecardJSON.text(standing.name))])
    }

    static func gap(in q: Questionnaire, _ gap: PlanGap, plan: GapPlan) -> JSONValue {
        // The figures the text shows (truncated where a level or band is read
        // from them); shortfalls rounded up, so they never promise too much.
        let number: (Fraction?, Int) -> JSONValue = { value, places in value.map { .number(Figures.unsigned($0, places: places)) } ?? .null }
        let missing: (Fraction?, Int) -> JSONValue = { value, places in value.map { .number(Figures.shortfall($0, places: places)) } ?? .null }
        var level: JSONValue = .null
        let kind: String
        let actual: JSONValue, required: JSONValue, shortfall: JSONValue
        switch gap.kind {
        case let .level(rule, status):
            level = .string(rule.id)
            switch status.requirement {
            case .percent: kind = "percent"
            case .total: kind = "total"
            case .years: kind = "years"
            }
            actual = number(status.actual, kind == "percent" ? 1 : 0)
            required = number(status.required, 0)
            shortfall = .int(status.shortfall)
        case let .meanLevel(named, value, needed):
            level = .string(named.id)
            kind = "mean"
            actual = number(value, 2)
            required = number(needed, 2)
            shortfall = missing(value.map { difference(needed, $0) }, 2)
        case let .band(band, value, needed):
            level = .string(band.id)
            kind = "band_total"
            actual = number(value, 1)
            required = number(needed, 1)
            shortfall = missing(difference(needed, value), 2)
        case let .groupPercent(_, _, value, needed):
            kind = "module_percent"
            actual = number(value, 1)
            required = number(needed, 1)
            shortfall = missing(value.map { difference(needed, $0) }, 1)
        case let .notApplicable(count):
            kind = "not_applicable"
            actual = ScorecardJSON.naFigure(count.count, count.unit)
            required = count.limit.map { .int($0) } ?? .null
            shortfall = ScorecardJSON.naFigure(count.excess, count.unit)
        }
        let blocker: JSONValue
        switch gap.blocker {
        case nil: blocker = .null
        case .yearsInOperation?: blocker = .string("years_in_operation")
        case .yearsNotGiven?: blocker = .string("years_not_given")
        case .unreachable?: blocker = .string("unreachable")
        case .notApplicableLimit?: blocker = .string("not_applicable_limit")
        }
        var members: [(key: String, value: JSONValue)] = [("level", level), ("kind", .string(kind))]
        if case let .groupPercent(groupID, _, _, _) = gap.kind { members.append(("module", .string(groupID))) }
        members += [
            ("description", .string(PlanWords(plan, questionnaire: q, catalog: .en).describe(gap))),
            ("description_zh", .string(PlanWords(plan, questionnaire: q, catalog: .zh).describe(gap))),
            ("actual", actual), ("required", required), ("shortfall", shortfall),
            ("actionable", .bool(gap.isActionable)), ("blocker", blocker),
        ]
        if case let .notApplicableLimit(count)? = gap.blocker { members.append(("not_applicable", ScorecardJSON.notApplicable(count))) }
        return .object(members)
    }
}
