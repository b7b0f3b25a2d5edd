import MaturityCore

/// The machine-readable comparison of `ccmm compare --format json` and reports.
///
///     { "questionnaire": {id, version}, "scoring", "counting",
///       "baseline": {date, centre, assessor, answered_against, level: {id, name}, provisional},
///       "follow_up": { … same … }, "direction": "up"|"down"|"same"|null,
///       "measures": [{key, before, after, change}],
///       "rows": [{id, title, points: {before, after, change}, max: {before, after},
///                 "<angle>_percent": {before, after, change}, score: {…}}],
///       "improved" | "regressed" | "other_changes": [{criterion, angle, before, after}],
///       "questionnaire_change": {changed, new_since_baseline, new_since_follow_up,
///                                dropped_from_baseline, dropped_from_follow_up} }
///
/// An answer is a number, {"na": reason} or null (unanswered). Numbers are
/// rounded for display (percent and totals to one decimal, scores to two).
public enum ComparisonJSON {
    public static func encode(_ comparison: Comparison) -> JSONValue {
        let c = comparison
        return JSONOutput.versioned([
            ("questionnaire", .object([("id", .string(c.questionnaireID)), ("version", .string(c.questionnaireVersion))])),
            ("scoring", .string(c.scoringMethod)),
            ("counting", .string(c.counting.rawValue)),
            ("baseline", side(c.baseline)),
            ("follow_up", side(c.followUp)),
            ("direction", c.direction.map { .string($0.rawValue) } ?? .null),
            ("measures", .array(c.measures.map { measure in
                var members: [(key: String, value: JSONValue)] = [("key", .string(measure.key)), ("label", ScorecardJSON.both { ComparisonBuilder.label(measure.kind, $0) })]
                members += delta(measure.delta, places: measure.places, truncating: measure.kind == .overall)
                return .object(members)
            })),
            ("rows", .array(c.rows.map { row in
                var members: [(key: String, value: JSONValue)] = [("id", .string(row.id)), ("title", ScorecardJSON.text(row.title))]
                if let points = row.points { members.append(("points", .object(delta(points, places: 0)))) }
                if let maximum = row.maximum { members.append(("max", .object([("before", .int(maximum.before)), ("after", .int(maximum.after))]))) }
                for angle in row.angles { members.append(("\(angle.angle)_percent", .object(delta(angle.percent, places: 1)))) }
                if let score = row.score {
                    let mean = c.family == .meanLevel
                    members.append(("score", .object(delta(score, places: mean ? 2 : 1, truncating: mean))))
                }
                return .object(members)
            })),
            ("improved", .array(c.improved.map(change))),
            ("regressed", .array(c.regressed.map(change))),
            ("other_changes", .array(c.otherChanges.map(change))),
            ("questionnaire_change", .object([
                ("changed", .bool(c.questionnaireChange.changed)),
                ("new_since_baseline", .array(c.questionnaireChange.newSinceBaseline.map(JSONValue.string))),
                ("new_since_follow_up", .array(c.questionnaireChange.newSinceFollowUp.map(JSONValue.string))),
                ("dropped_from_baseline", .array(c.questionnaireChange.droppedFromBaseline.map(dropped))),
                ("dropped_from_follow_up", .array(c.questionnaireChange.droppedFromFollowUp.map(dropped))),
            ])),
        ])
    }

    static func side(_ side: Comparison.Side) -> JSONValue {
        let p = side.profile
        return .object([
            ("date", .string(p.date)), ("centre", .string(p.centre)), ("assessor", .string(p.assessor)),
            ("years_in_operation", p.yearsInOperation.map { .int($0) } ?? .null),
            ("answered_against", .object([("version", .string(side.answeredAgainst.version)), ("hash", .string(side.answeredAgainst.contentHash))])),
            ("level", .object([("id", .string(side.standing.id)), ("name", ScorecardJSON.text(side.standing.name))])),
            ("provisional", .bool(side.scorecard.provisional)),
            ("answered", .int(side.scorecard.answered)), ("questions", .int(side.scorecard.questions)),
        ])
    }

    /// The values as the text shows them (truncated: a figure never looks
    /// higher than the level read from it); the change is between those figures.
    static func delta(_ delta: Comparison.Delta, places: Int, truncating: Bool = true) -> [(key: String, value: JSONValue)] {
        let value: (Fraction?) -> JSONValue = { $0.map { .number(Figures.unsigned($0, places: places)) } ?? .null }
        var change: JSONValue = .null
        if let before = delta.before, let after = delta.after {
            change = .number(Figures.unsigned(difference(Figures.cut(after, places: places), Figures.cut(before, places: places)), places: places))
        }
        return [("before", value(delta.before)), ("after", value(delta.after)), ("change", change)]
    }

    static func answer(_ answer: AngleAnswer?) -> JSONValue {
        switch answer {
        case let .rated(value)?: return .int(value)
        case let .notApplicable(reason)?: return .object([("na", .string(reason))])
        case nil: return .null
        }
    }

    static func change(_ change: Comparison.AnswerChange) -> JSONValue {
        .object([("criterion", .string(change.criterionID)), ("angle", .string(change.angle)),
                 ("before", answer(change.before)), ("after", answer(change.after))])
    }

    static func dropped(_ dropped: Comparison.DroppedAnswer) -> JSONValue {
        .object([("criterion", .string(dropped.criterionID)), ("angle", .string(dropped.angle)), ("answer", answer(dropped.answer))])
    }
}
