import MaturityCore

/// The machine-readable scorecard of `ccmm score --format json` and reports.
/// Its numbers are the figures the text shows (the same formatters), as numbers.
public enum ScorecardJSON {
    public static func encode(_ card: Scorecard, questionnaire q: Questionnaire, session: Session) -> JSONValue {
        JSONOutput.versioned(members(card, questionnaire: q, session: session))
    }

    static func members(_ card: Scorecard, questionnaire q: Questionnaire, session: Session) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [
            ("questionnaire", .object([("id", .string(q.id)), ("version", .string(q.version))])),
            ("scoring", .string(q.scoring.methodName)),
            ("counting", .string(card.counting.rawValue)),
            ("provisional", .bool(card.provisional)),
            ("answered", .int(card.answered)),
            ("questions", .int(card.questions)),
            ("answered_criteria", .int(card.answeredCriteria)),
            ("total_criteria", .int(card.criteria)),
            ("unanswered", .string(card.unanswered.rawValue)),
            ("not_applicable", .object([
                ("questions", .int(card.notApplicable)),
                ("scopes", .array(card.notApplicableScopes.map(notApplicable))),
            ])),
        ]
        switch card.outcome {
        case let .levels(outcome):
            members.append(("level", .object([("id", .string(outcome.achievedID)), ("name", text(outcome.achievedName))])))
            members += pointsMembers(card, q)
            if let next = outcome.next {
                members.append(("next_level", .object([
                    ("id", .string(next.rule.id)),
                    ("name", text(next.rule.name)),
                    ("requirements", .array(next.requirements.map { requirement(in: q, $0, counting: card.counting) })),
                ])))
            } else {
                members.append(("next_level", .null))
            }
            members.append(("levels", .array(outcome.levels.map { level in
                .object([("id", .string(level.rule.id)), ("name", text(level.rule.name)), ("met", .bool(level.met)),
                         ("requirements", .array(level.requirements.map { requirement(in: q, $0, counting: card.counting) }))])
            })))
        case let .meanLevel(outcome):
            if let count = outcome.withheld {
                members.append(("level", withheld(count, q)))
            } else {
                members.append(("level", outcome.level.map { .object([("id", .string($0.id)), ("name", text($0.name))]) } ?? .null))
            }
            members.append(("overall_score", outcome.overall.map { .number(Figures.mean($0)) } ?? .null))
            members.append(("weakest", outcome.weakest.map { .string($0.criterionID) } ?? .null))
            members.append(("criteria", .array(outcome.criteria.map { score in
                .object([("id", .string(score.criterionID)),
                         ("title", q.criterion(score.criterionID).map { text($0.title) } ?? .null),
                         ("score", score.score.map { .number(Figures.mean($0)) } ?? .null),
                         ("answered", .int(score.answered)), ("aspects", .int(score.aspects))])
            })))
        case let .bands(outcome):
            members.append(("total", .number(Figures.bandTotal(outcome.total))))
            members.append(("total_rounded", .int(outcome.wholeTotal)))
            members.append(("max", .int(outcome.maximum)))
            if let band = outcome.band {
                members.append(("outcome", .object([("id", .string(band.id)), ("name", text(band.name)), ("meaning", band.meaning.map(text) ?? .null)])))
            } else if let count = outcome.withheld {
                members.append(("outcome", withheld(count, q)))
            }
            members.append(("categories", .array(outcome.categories.map { category in
                .object([("id", .string(category.groupID)), ("title", q.group(category.groupID).map { text($0.title) } ?? .null),
                         ("weight", .int(category.weight)), ("points", .number(Figures.bandTotal(category.score))),
                         ("applicable", .bool(category.applicable))])
            })))
        case let .lowestGroup(outcome):
            if let count = outcome.withheld { members.append(("result", withheld(count, q))) }
            members.append(("lowest_module", outcome.lowest.map { .string($0.groupID) } ?? .null))
            members.append(("headline_module", outcome.headline.map { .string($0.groupID) } ?? .null))
            members.append(("headline_percent", outcome.headline.map { .number(Figures.percent($0.percent)) } ?? .null))
            members.append(("mean_percent", outcome.mean.map { .number(Figures.percent($0)) } ?? .null))
            members += pointsMembers(card, q)
        }
        if let notice = q.notice { members.append(("notice", text(notice))) }
        return members
    }

    /// One scope's N/A beside its limit: `{id, title, unit, count, out_of, limit, exceeded}`;
    /// `count` is a number of points for weighted totals, else of criteria or questions.
    static func notApplicable(_ count: NotApplicableCount) -> JSONValue {
        .object([("id", .string(count.scopeID)), ("title", text(count.title)), ("unit", .string(count.unit.rawValue)),
                 ("count", naFigure(count.count, count.unit)), ("out_of", .int(count.outOf)),
                 ("limit", count.limit.map { .int($0) } ?? .null), ("exceeded", .bool(count.exceeded))])
    }

    static func naFigure(_ value: Fraction, _ unit: NotApplicableCount.Unit) -> JSONValue {
        value.denominator == 1 ? .int(value.numerator) : .number(NotApplicableWords.figure(value))
    }

    /// The result that is not given: its id, name and the reason in data and words.
    private static func withheld(_ count: NotApplicableCount, _ q: Questionnaire) -> JSONValue {
        .object([("id", .string(NotApplicableCount.withheldID)), ("name", both { $0(.withheld) }),
                 ("reason", both { NotApplicableWords($0, questionnaire: q).count(count) }),
                 ("not_applicable", notApplicable(count))])
    }

    private static func pointsMembers(_ card: Scorecard, _ q: Questionnaire) -> [(key: String, value: JSONValue)] {
        [("total", .int(card.total)), ("max", .int(card.applicableMaximum)), ("full_max", .int(card.fullMaximum)),
         ("dimensions", .array(card.groups.map { group in
            var fields: [(key: String, value: JSONValue)] = [("id", .string(group.groupID)), ("title", text(group.title))]
            for (angle, tally) in group.angles {
                fields.append(("\(angle)_percent", tally.percent(card.counting).map { .number(Figures.percent($0)) } ?? .null))
            }
            fields.append(("points", .int(group.points)))
            fields.append(("max", .int(group.maximum)))
            return .object(fields)
         }))]
    }

    private static func requirement(in q: Questionnaire, _ status: RequirementStatus, counting: Counting) -> JSONValue {
        let actual: JSONValue
        if let value = status.actual {
            if case .percent = status.requirement { actual = .number(Figures.percent(value)) } else { actual = .number(Figures.whole(value)) }
        } else {
            actual = .null
        }
        return .object([
            ("description", .string(RequirementWords(.en, questionnaire: q, counting: counting).describe(status.requirement))),
            ("description_zh", .string(RequirementWords(.zh, questionnaire: q, counting: counting).describe(status.requirement))),
            ("actual", actual),
            ("required", .number(Figures.whole(status.required))),
            ("met", .bool(status.met)),
            ("shortfall", .int(status.shortfall)),
            ("not_applicable_over_limit", status.notApplicableOverLimit.map(notApplicable) ?? .null),
        ])
    }

    /// Words of the catalog in both languages, as JSON carries questionnaire text.
    static func both(_ words: (Catalog) -> String) -> JSONValue { .object([("zh", .string(words(.zh))), ("en", .string(words(.en)))]) }

    static func text(_ name: StandingName) -> JSONValue { both { $0(name) } }

    static func text(_ value: LocalizedText) -> JSONValue { .object([("zh", .string(value.zh)), ("en", .string(value.en))]) }
}
