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
                    log.add("\(gpath).id", "duplicate id \"\(group.id)\"; first used at \(first)")
                } else { seen[group.id] = "\(gpath).id" }
                for (ci, criterion) in group.criteria.enumerated() {
                    let cpath = "\(gpath).criteria[\(ci)].id"
                    if let first = seen[criterion.id] {
                        log.add(cpath, "duplicate id \"\(criterion.id)\"; first used at \(first)")
                    } else { seen[criterion.id] = cpath }
                }
                visit(group.groups, path: "\(gpath).groups")
            }
        }
        visit(q.groups, path: "$.groups")
        var angleIDs = Set<String>()
        for (index, angle) in q.angles.enumerated() where !angleIDs.insert(angle.id).inserted {
            log.add("$.angles[\(index)].id", "duplicate angle id \"\(angle.id)\"")
        }
    }

    private static func checkAngles(_ q: Questionnaire, log: ProblemLog) {
        let declared = Set(q.angles.map(\.id))
        for criterion in q.criteria {
            var used = Set<String>()
            for question in criterion.questions {
                if !declared.contains(question.angle) {
                    log.add("criterion \"\(criterion.id)\"", "the question's angle \"\(question.angle)\" is not declared in $.angles")
                }
                if !used.insert(question.angle).inserted {
                    log.add("criterion \"\(criterion.id)\"", "the angle \"\(question.angle)\" is asked twice")
                }
            }
        }
    }

    private static func checkScoring(_ q: Questionnaire, log: ProblemLog) {
        switch q.scoring {
        case let .levels(rules):
            var scopeIDs = Set<String>()
            for (index, scope) in rules.scopes.enumerated() {
                if !scopeIDs.insert(scope.id).inserted { log.add("$.scoring.scopes[\(index)].id", "duplicate scope id \"\(scope.id)\"") }
                for group in scope.groups where q.group(group) == nil {
                    log.add("$.scoring.scopes[\(index)].groups", "the scope names the group \"\(group)\", which is not in the questionnaire")
                }
            }
            var levelIDs: Set<String> = [rules.unrated.id]
            for (li, level) in rules.levels.enumerated() {
                if !levelIDs.insert(level.id).inserted { log.add("$.scoring.levels[\(li)].id", "duplicate level id \"\(level.id)\"") }
                if !level.unscoredConditions.isEmpty && level.meaning == nil {
                    log.add("$.scoring.levels[\(li)]", "the level lists unscored_conditions but no meaning; the conditions are parts of the level's definition, so give it as \"meaning\"")
                }
                for (ri, requirement) in level.requirements.enumerated() {
                    guard case let .percent(scope, angle, _) = requirement else { continue }
                    let path = "$.scoring.levels[\(li)].requirements[\(ri)]"
                    if rules.scope(scope) == nil { log.add("\(path).scope", "the level rule names the scope \"\(scope)\", which is not declared in $.scoring.scopes") }
                    if q.angle(angle) == nil { log.add("\(path).angle", "the level rule names the angle \"\(angle)\", which is not declared in $.angles") }
                }
            }
        case let .meanLevel(rules):
            if rules.levels.count != q.scale.values.count {
                log.add("$.scoring.levels", "expected one level per scale value (\(q.scale.values.count)), found \(rules.levels.count)")
            }
        case let .weightedBands(rules):
            for (index, weight) in rules.weights.enumerated() where q.group(weight.group) == nil {
                log.add("$.scoring.weights[\(index)].group", "the weight names the group \"\(weight.group)\", which is not in the questionnaire")
            }
            let minimums = rules.bands.map(\.minimum)
            if minimums.isEmpty || minimums != minimums.sorted(by: >) || Set(minimums).count != minimums.count {
                log.add("$.scoring.bands", "expected bands from the highest minimum down, each minimum different")
            }
            if minimums.last != 0 { log.add("$.scoring.bands", "the last band must have min 0, so that every total has a band") }
        case let .lowestGroup(rules):
            for (index, group) in rules.groups.enumerated() where q.group(group) == nil {
                log.add("$.scoring.groups[\(index)]", "the rule names the group \"\(group)\", which is not in the questionnaire")
            }
        }
    }
}
