/// Checks that hold across the whole file once it has decoded: unique ids,
/// references that resolve, thresholds that make sense.
enum QuestionnaireValidator {
    static func check(_ q: Questionnaire, log: ProblemLog) {
        checkIDs(q, log: log)
        checkAngles(q, log: log)
        checkScoring(q, log: log)
    }

    private static func checkIDs(_ q: Questionnaire, log: ProblemLog) {
        var seen: [String: String] = [:]
        func visit(_ groups: [Group], path: String) {
            for (gi, group) in groups.enumerated() {
                let gpath = "\(path)[\(gi)]"
                if let first = seen[group.id] {
                    log.add("\(gpath).id", .duplicateID(group.id, firstAt: first))
                } else { seen[group.id] = "\(gpath).id" }
                for (ci, criterion) in group.criteria.enumerated() {
                    let cpath = "\(gpath).criteria[\(ci)].id"
                    if let first = seen[criterion.id] {
                        log.add(cpath, .duplicateID(criterion.id, firstAt: first))
                    } else { seen[criterion.id] = cpath }
                }
                visit(group.groups, path: "\(gpath).groups")
            }
        }
        visit(q.groups, path: "$.groups")
        var angleIDs = Set<String>()
        for (index, angle) in q.angles.enumerated() where !angleIDs.insert(angle.id).inserted {
            log.add("$.angles[\(index)].id", .duplicate(.angle, angle.id))
        }
    }

    private static func checkAngles(_ q: Questionnaire, log: ProblemLog) {
        let declared = Set(q.angles.map(\.id))
        for criterion in q.criteria {
            var used = Set<String>()
            for question in criterion.questions {
                if !declared.contains(question.angle) {
                    log.add(.criterion(criterion.id), .undeclaredAngle(question.angle))
                }
                if !used.insert(question.angle).inserted {
                    log.add(.criterion(criterion.id), .angleAskedTwice(question.angle))
                }
            }
        }
    }

    private static func checkScoring(_ q: Questionnaire, log: ProblemLog) {
        switch q.scoring {
        case let .levels(rules):
            var scopeIDs = Set<String>()
            for (index, scope) in rules.scopes.enumerated() {
                if !scopeIDs.insert(scope.id).inserted { log.add("$.scoring.scopes[\(index)].id", .duplicate(.scope, scope.id)) }
                for group in scope.groups where q.group(group) == nil {
                    log.add("$.scoring.scopes[\(index)].groups", .unknownGroup(group))
                }
            }
            var levelIDs: Set<String> = [rules.unrated.id]
            for (li, level) in rules.levels.enumerated() {
                if !levelIDs.insert(level.id).inserted { log.add("$.scoring.levels[\(li)].id", .duplicate(.level, level.id)) }
                if !level.unscoredConditions.isEmpty && level.meaning == nil {
                    log.add("$.scoring.levels[\(li)]", .unscoredWithoutMeaning)
                }
                for (ri, requirement) in level.requirements.enumerated() {
                    guard case let .percent(scope, angle, _) = requirement else { continue }
                    let path = "$.scoring.levels[\(li)].requirements[\(ri)]"
                    if rules.scope(scope) == nil { log.add("\(path).scope", .unknownScope(scope)) }
                    if q.angle(angle) == nil { log.add("\(path).angle", .unknownAngle(angle)) }
                }
            }
        case let .meanLevel(rules):
            if rules.levels.count != q.scale.values.count {
                log.add("$.scoring.levels", .levelCount(expected: q.scale.values.count, found: rules.levels.count))
            }
        case let .weightedBands(rules):
            for (index, weight) in rules.weights.enumerated() where q.group(weight.group) == nil {
                log.add("$.scoring.weights[\(index)].group", .unknownGroup(weight.group))
            }
            let minimums = rules.bands.map(\.minimum)
            if minimums.isEmpty || minimums != minimums.sorted(by: >) || Set(minimums).count != minimums.count {
                log.add("$.scoring.bands", .bandsNotDescending)
            }
            if minimums.last != 0 { log.add("$.scoring.bands", .lastBandNotZero) }
        case let .lowestGroup(rules):
            for (index, group) in rules.groups.enumerated() where q.group(group) == nil {
                log.add("$.scoring.groups[\(index)]", .unknownGroup(group))
            }
        }
    }
}
