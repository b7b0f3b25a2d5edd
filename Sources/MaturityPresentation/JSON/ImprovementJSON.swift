import MaturityCore

/// `ccmm evidence --format json` and `ccmm actions --format json`: the
/// session file's own shapes for items and actions, plus what was computed.
public enum ImprovementJSON {
    public static func evidence(_ checks: [EvidenceCheck], checked: Bool) -> String {
        JSONOutput.render([("evidence", .array(checks.map { check in
            var members: [(key: String, value: JSONValue)] = [("criterion", .string(check.criterionID)), ("item", .int(check.index + 1))]
            if case let .object(item) = ImprovementCodec.encode(check.item) { members += item }
            if checked {
                switch check.location {
                case .none: members.append(("check", .string("none")))
                case .url: members.append(("check", .string("url")))
                case let .file(path, exists):
                    members.append(("check", .string(exists ? "present" : "missing")))
                    members.append(("path", .string(path)))
                }
                if let digest = check.sha256 { members.append(("sha256", .string(digest))) }
            }
            return .object(members)
        }))])
    }

    public static func actions(_ session: Session, questionnaire q: Questionnaire, counting: Counting?, baseline: Session?) -> String {
        var members: [(key: String, value: JSONValue)] = [("actions", .array(session.actions.map(ImprovementCodec.encode)))]
        if !session.actions.isEmpty, let plan = try? GapPlanner.plan(session, questionnaire: q, target: .next, counting: counting),
           !plan.alreadyMet {
            let coverage = ActionCoverage(plan: plan, actions: session.actions, session: session, questionnaire: q, counting: counting)
            members.append(("coverage", .object([
                ("target", .string(plan.target.id)),
                ("covered_changes", .int(coverage.coveredChanges)), ("total_changes", .int(coverage.totalChanges)),
                ("covered_points", .int(coverage.coveredEffort)), ("total_points", .int(coverage.totalEffort)),
                ("remaining_changes", coverage.remainingChanges.map { .int($0) } ?? .null),
            ])))
        }
        if let baseline {
            members.append(("baseline_actions", .array(baseline.actions.map { action in
                let progress = ActionProgress(action, in: session, questionnaire: q)
                var entry: [(key: String, value: JSONValue)] = []
                if case let .object(fields) = ImprovementCodec.encode(action) { entry = fields }
                entry.append(("result", .string(progress.overall.rawValue)))
                entry.append(("target_states", .array(progress.targets.map { target, state in
                    var fields: [(key: String, value: JSONValue)] = [("criterion", .string(target.criterionID)), ("angle", .string(target.angle))]
                    switch state {
                    case let .reached(value): fields += [("state", .string("reached")), ("rating", .int(value))]
                    case let .below(value): fields += [("state", .string("below")), ("rating", .int(value))]
                    case .notApplicable: fields.append(("state", .string("not_applicable")))
                    case .unanswered: fields.append(("state", .string("unanswered")))
                    case .gone: fields.append(("state", .string("gone")))
                    }
                    return .object(fields)
                })))
                return .object(entry)
            })))
        }
        return JSONOutput.render(members)
    }
}
