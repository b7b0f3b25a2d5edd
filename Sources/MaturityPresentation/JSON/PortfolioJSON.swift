import MaturityCore

/// `ccmm portfolio --format json`: the whole portfolio for scripts. Keys are
/// English and stable; figures a level is read from are truncated like
/// everywhere else (percent to one decimal, mean scores to two).
///
///     { "format_version": 1, "files_read",
///       "models": [{ "questionnaire": {id, version}, "scoring", "counting",
///         "centres": [{ "centre", "site", "rank_change", "headline_change",
///                       "assessments": [{ file, date, answered_version, level: {id, rank},
///                                         headline, total, applicable_max, provisional,
///                                         answered, questions,
///                                         not_applicable: { questions, scopes } as in `score` }] }],
///         "heat_map": { "groups": [{id}], "centres": [{centre, site}],
///                       "cells": [[{method_percent, execution_percent, points_percent} | null]] },
///         "weakest": [{ criterion, mean, rated, below_top, centres_below_top }],
///         "distribution": [{ id, rank, centres }],
///         "reconciled": [{ file, answered_version, scored_version, dropped, added }] }],
///       "set_aside": [{ file, reason, problems: [{location, message}] }] }
public enum PortfolioJSON {
    public static func encode(_ portfolio: Portfolio) -> JSONValue {
        JSONOutput.versioned([
            ("files_read", .int(portfolio.filesRead)),
            ("models", .array(portfolio.models.map(model))),
            ("set_aside", .array(portfolio.setAside.map(setAside))),
        ])
    }

    static func model(_ m: ModelPortfolio) -> JSONValue {
        let places = headlinePlaces(m.questionnaire)
        return .object([
            ("questionnaire", .object([("id", .string(m.questionnaire.id)), ("version", .string(m.questionnaire.version))])),
            ("scoring", .string(m.questionnaire.scoring.methodName)),
            ("counting", .string(m.counting.rawValue)),
            ("centres", .array(m.centres.map { centre in
                .object([
                    ("centre", .string(centre.key.centre)), ("site", .string(centre.key.site)),
                    ("rank_change", centre.rankChange.map { .int($0) } ?? .null),
                    ("headline_change", centre.headlineChange.map { .number($0.truncated(places: places)) } ?? .null),
                    ("assessments", .array(centre.assessments.map { assessment($0, places: places) })),
                ])
            })),
            ("heat_map", .object([
                ("groups", .array(m.heatMap.groups.map { .object([("id", .string($0.id))]) })),
                ("centres", .array(m.heatMap.centres.map { .object([("centre", .string($0.centre)), ("site", .string($0.site))]) })),
                ("cells", .array(m.heatMap.cells.map { row in
                    .array(row.map { cell in
                        guard cell != nil else { return .null }
                        return .object(HeatMap.Measure.allCases.map { measure in
                            ("\(measure.rawValue)_percent", HeatMap.percent(cell, measure, counting: m.counting).map { .number($0.truncated(places: 1)) } ?? .null)
                        })
                    })
                })),
            ])),
            ("weakest", .array(m.weakest.map { w in
                .object([("criterion", .string(w.criterionID)), ("mean", w.mean.map { .number($0.truncated(places: 2)) } ?? .null),
                         ("rated", .int(w.rated)), ("below_top", .int(w.belowTop)), ("centres_below_top", .int(w.centresBelowTop))])
            })),
            ("distribution", .array(m.distribution.map { count in
                .object([("id", .string(count.standing.id)), ("rank", count.standing.rank.map { .int($0) } ?? .null), ("centres", .int(count.centres))])
            })),
            ("reconciled", .array(m.reconciled.map { note in
                .object([("file", .string(note.file)), ("answered_version", .string(note.answeredVersion)), ("scored_version", .string(note.scoredVersion)),
                         ("dropped", .array(note.dropped.map(JSONValue.string))), ("added", .array(note.added.map(JSONValue.string)))])
            })),
        ])
    }

    static func assessment(_ a: AssessmentSummary, places: Int) -> JSONValue {
        .object([
            ("file", .string(a.file)), ("date", .string(a.date)), ("answered_version", .string(a.answeredVersion)),
            ("level", .object([("id", .string(a.standing.id)), ("rank", a.standing.rank.map { .int($0) } ?? .null)])),
            ("headline", a.headline.map { .number($0.truncated(places: places)) } ?? .null),
            ("total", .int(a.total)), ("applicable_max", .int(a.applicableMaximum)), ("provisional", .bool(a.provisional)),
            ("answered", .int(a.answered)), ("questions", .int(a.questions)),
            ("not_applicable", .object([("questions", .int(a.notApplicable)),
                                        ("scopes", .array(a.notApplicableScopes.map(ScorecardJSON.notApplicable)))])),
        ])
    }

    /// Decimals of the model's headline: whole points, a two-decimal mean, a
    /// one-decimal total or percent.
    static func headlinePlaces(_ q: Questionnaire) -> Int {
        switch q.scoring {
        case .levels: return 0
        case .meanLevel: return 2
        case .weightedBands, .lowestGroup: return 1
        }
    }

    static func setAside(_ item: SetAsideFile) -> JSONValue {
        let (reason, problems): (String, [Problem]) = {
            switch item.reason {
            case .notJSONFile: return ("not_json_file", [])
            case let .unreadable(error): return ("unreadable", error.problems)
            case let .notJSON(error): return ("not_json", error.problems)
            case let .notASession(error): return ("not_a_session", error.problems)
            case let .unknownQuestionnaire(_, error): return ("unknown_questionnaire", error.problems)
            case .otherModel: return ("other_model", [])
            case let .doesNotFit(error): return ("does_not_fit", error.problems)
            }
        }()
        var members: [(key: String, value: JSONValue)] = [("file", .string(item.file)), ("reason", .string(reason))]
        if case let .otherModel(id) = item.reason { members.append(("questionnaire", .string(id))) }
        if case let .unknownQuestionnaire(id, _) = item.reason { members.append(("questionnaire", .string(id))) }
        members.append(("problems", .array(problems.map { .object([("location", .string($0.location)), ("message", .string(ProblemWords.message($0.kind, .en)))]) })))
        return .object(members)
    }
}
