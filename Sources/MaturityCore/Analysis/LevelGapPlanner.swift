/// Gap plans for cumulative level rules (CC-CMM-OC, models.md §1).
enum LevelGapPlanner {
    static func plan(_ session: Session, _ q: Questionnaire, rules: LevelRules, target: PlanTarget,
                     counting: Counting?) throws(GapPlanError) -> GapPlan {
        let card = Scorer.score(session, with: q, counting: counting)
        guard case let .levels(outcome) = card.outcome else { throw GapPlanError(.wrongFamily(questionnaire: q.id)) }
        guard !outcome.levels.isEmpty else { throw GapPlanError(.nothingToAimFor(questionnaire: q.id)) }
        let achieved = outcome.achievedIndex ?? -1
        let targetIndex: Int
        switch target {
        case .next:
            targetIndex = min(achieved + 1, outcome.levels.count - 1)
        case let .named(name):
            guard let index = GapTargets.index(of: name, in: outcome.levels.map(\.rule.id)) else {
                throw GapPlanError(.unknownTarget(questionnaire: q.id, name: name, expected: outcome.levels.map(\.rule.id)))
            }
            targetIndex = index
        case .percent:
            throw GapPlanError(.percentOnlyForModules(example: outcome.levels.last?.rule.id ?? "L1"))
        }
        let current = PlanStanding(id: outcome.achievedID, name: outcome.achievedName)
        var plan = GapPlan(questionnaireID: q.id, questionnaireVersion: q.version, family: q.scoring.family,
                           counting: card.counting, provisional: card.provisional, current: current,
                           target: PlanStanding(id: outcome.levels[targetIndex].rule.id, name: outcome.levels[targetIndex].rule.name),
                           alreadyMet: targetIndex <= achieved, gaps: [], changes: [], optimality: .exact)
        guard !plan.alreadyMet else { return plan }

        plan.gaps = gaps(outcome, upTo: targetIndex, applicableMaximum: card.applicableMaximum)
        let (cells, totalShortfall) = demand(plan.gaps, rules: rules, q: q)
        let candidates = RaiseCandidates.collect(q, session, includeUnanswered: true)
        let membership = Self.membership(candidates, cells: cells)
        let raises: [(candidate: RaiseCandidate, to: Int)]
        if membership.contains(where: { $0.count > 1 }) {
            raises = greedy(candidates, membership: membership, cells: cells, totalShortfall: totalShortfall, counting: card.counting)
            plan.optimality = .greedy
        } else if let exact = exact(candidates, membership: membership, cells: cells, totalShortfall: totalShortfall, counting: card.counting) {
            raises = exact
        } else {
            // A questionnaire too large for the exact tables (far beyond the
            // shipped ones); reachability was checked above.
            raises = greedy(candidates, membership: membership, cells: cells, totalShortfall: totalShortfall, counting: card.counting)
            plan.optimality = .greedy
        }
        plan.changes = GapOrdering.order(raises.map { raise in
            PlannedChange(criterionID: raise.candidate.criterionID, angle: raise.candidate.angle, from: raise.candidate.from, to: raise.to,
                          serves: serves(raise, gaps: plan.gaps, rules: rules, q: q, counting: card.counting))
        }, in: q)
        return plan
    }

    struct Cell {
        var scope: String
        var angle: String
        var members: Set<String>
        var shortfall: Int
    }

    /// The unmet requirements of levels 0…target, each with its blocker. A
    /// requirement repeated by a higher level (L4 restating L3's method 100%)
    /// is listed once, under the first level that asks for it.
    static func gaps(_ outcome: LevelOutcome, upTo targetIndex: Int, applicableMaximum: Int) -> [PlanGap] {
        var listed: [Requirement] = []
        var result: [PlanGap] = []
        for level in outcome.levels[0...targetIndex] {
            for status in level.requirements where !status.met && !listed.contains(status.requirement) {
                listed.append(status.requirement)
                result.append(PlanGap(kind: .level(rule: level.rule, status: status), blocker: blocker(status, applicableMaximum: applicableMaximum)))
            }
        }
        return result
    }

    /// What the actionable gaps demand: per (scope, angle) the largest
    /// shortfall (criteria at the top, or rating points), and total points.
    static func demand(_ gaps: [PlanGap], rules: LevelRules, q: Questionnaire) -> (cells: [Cell], totalShortfall: Int) {
        var cells: [Cell] = []
        var totalShortfall = 0
        for gap in gaps where gap.isActionable {
            guard case let .level(_, status) = gap.kind else { continue }
            switch status.requirement {
            case let .percent(scope, angle, _):
                if let index = cells.firstIndex(where: { $0.scope == scope && $0.angle == angle }) {
                    cells[index].shortfall = max(cells[index].shortfall, status.shortfall)
                } else {
                    let members = rules.scope(scope).map { RaiseCandidates.criteria(under: $0.groups, in: q) } ?? []
                    cells.append(Cell(scope: scope, angle: angle, members: members, shortfall: status.shortfall))
                }
            case .total:
                totalShortfall = max(totalShortfall, status.shortfall)
            case .years:
                break
            }
        }
        return (cells, totalShortfall)
    }

    /// For each candidate, the cells it counts toward.
    static func membership(_ candidates: [RaiseCandidate], cells: [Cell]) -> [[Int]] {
        candidates.map { candidate in
            cells.indices.filter { cells[$0].angle == candidate.angle && cells[$0].members.contains(candidate.criterionID) }
        }
    }

    /// The fewest changes alone, without building the plan (the exact tables
    /// are too slow to rebuild on every keystroke). With cells that do not
    /// share questions, the most points n changes can add while meeting every
    /// cell is: each cell's quota taken from its largest raises, then the
    /// largest of all the rest; so the fewest changes are found greedily.
    /// Nil when the cells share questions (the plan must decide) or the
    /// demand is out of reach.
    static func fewestChanges(_ candidates: [RaiseCandidate], membership: [[Int]], cells: [Cell], totalShortfall: Int,
                              counting: Counting) -> Int? {
        guard !membership.contains(where: { $0.count > 1 }) else { return nil }
        func gain(_ index: Int) -> Int { candidates[index].top - candidates[index].current }
        var changes = 0, gained = 0
        var rest = candidates.indices.filter { membership[$0].isEmpty }.map(gain)
        for (cellIndex, cell) in cells.enumerated() {
            let ranked = candidates.indices.filter { membership[$0].first == cellIndex }.map(gain).sorted(by: >)
            var taken = 0, points = 0
            if counting == .strict {
                taken = cell.shortfall
            } else {
                while points < cell.shortfall, taken < ranked.count { points += ranked[taken]; taken += 1 }
                guard points >= cell.shortfall else { return nil }
            }
            guard taken <= ranked.count else { return nil }
            changes += taken
            gained += ranked.prefix(taken).reduce(0, +)
            rest += ranked.dropFirst(taken)
        }
        for next in rest.sorted(by: >) where gained < totalShortfall {
            changes += 1
            gained += next
        }
        return gained >= totalShortfall ? changes : nil
    }

    static func blocker(_ status: RequirementStatus, applicableMaximum: Int) -> GapBlocker? {
        if let count = status.notApplicableOverLimit { return .notApplicableLimit(count) }
        switch status.requirement {
        case .years: return status.actual == nil ? .yearsNotGiven : .yearsInOperation
        case .total: return status.required > Fraction(applicableMaximum) ? .unreachable : nil
        case .percent: return nil
        }
    }

    /// Each cell's questions form a group with its own quota; the rest form a
    /// free group that only the total can call on. The groups' exact tables
    /// are combined over the total's shortfall.
    static func exact(_ candidates: [RaiseCandidate], membership: [[Int]], cells: [Cell], totalShortfall: Int,
                      counting: Counting) -> [(candidate: RaiseCandidate, to: Int)]? {
        let unit = RaiseCandidates.unit(candidates)
        var tables: [RaiseTable] = []
        var groupOptions: [[(points: Int, changes: Int)]] = []
        for index in cells.indices {
            let members = candidates.indices.filter { membership[$0].first == index }.map { candidates[$0] }
            let strict = counting == .strict
            guard RaiseTable.cost(members, unit: unit, quota: strict ? cells[index].shortfall : 0) <= RaiseTable.budget else { return nil }
            let table = RaiseTable(members, unit: unit, quota: strict ? cells[index].shortfall : 0)
            let minimum = strict ? 0 : (cells[index].shortfall + unit - 1) / unit
            tables.append(table)
            groupOptions.append(table.options.filter { $0.points >= minimum })
        }
        if totalShortfall > 0 {
            let free = candidates.indices.filter { membership[$0].isEmpty }.map { candidates[$0] }
            guard RaiseTable.cost(free, unit: unit, quota: 0) <= RaiseTable.budget else { return nil }
            let table = RaiseTable(free, unit: unit, quota: 0)
            tables.append(table)
            groupOptions.append(table.options)
        }
        guard let chosen = RaiseCombiner.choose(groupOptions, demand: (totalShortfall + unit - 1) / unit) else { return nil }
        return zip(tables, chosen).flatMap { table, points in table.raises(points: points) }
    }

    /// For scopes that share criteria (or tables over the size budget): meet each cell in turn with the
    /// cheapest raises (questions counting toward several cells first), then
    /// the total with the largest. Every requirement is met; minimality is not proven.
    static func greedy(_ candidates: [RaiseCandidate], membership: [[Int]], cells: [Cell], totalShortfall: Int,
                       counting: Counting) -> [(candidate: RaiseCandidate, to: Int)] {
        var planned = candidates.map(\.current)
        for (cellIndex, cell) in cells.enumerated() {
            let inCell = candidates.indices.filter { membership[$0].contains(cellIndex) }
            var gained = 0
            while gained < cell.shortfall {
                let open = inCell.filter { planned[$0] < candidates[$0].top }
                let pick: Int?
                if counting == .strict {
                    pick = open.min { a, b in
                        let (ca, cb) = (candidates[a].top - planned[a], candidates[b].top - planned[b])
                        if ca != cb { return ca < cb }
                        if membership[a].count != membership[b].count { return membership[a].count > membership[b].count }
                        return a < b
                    }
                } else {
                    pick = open.min { a, b in
                        let (ca, cb) = (candidates[a].top - planned[a], candidates[b].top - planned[b])
                        return ca != cb ? ca > cb : a < b
                    }
                }
                guard let pick else { break }
                gained += counting == .strict ? 1 : candidates[pick].top - planned[pick]
                planned[pick] = candidates[pick].top
            }
        }
        var added = zip(planned, candidates).reduce(0) { $0 + $1.0 - $1.1.current }
        while added < totalShortfall {
            let open = candidates.indices.filter { planned[$0] < candidates[$0].top }
            guard let pick = open.max(by: { a, b in
                let (ga, gb) = (candidates[a].top - planned[a], candidates[b].top - planned[b])
                return ga != gb ? ga < gb : a > b
            }) else { break }
            added += candidates[pick].top - planned[pick]
            planned[pick] = candidates[pick].top
        }
        return candidates.indices.compactMap { planned[$0] > candidates[$0].current ? (candidates[$0], planned[$0]) : nil }
    }

    static func serves(_ raise: (candidate: RaiseCandidate, to: Int), gaps: [PlanGap], rules: LevelRules, q: Questionnaire,
                       counting: Counting) -> [Int] {
        gaps.indices.filter { index in
            guard gaps[index].isActionable, case let .level(_, status) = gaps[index].kind else { return false }
            switch status.requirement {
            case let .percent(scope, angle, _):
                guard angle == raise.candidate.angle, let found = rules.scope(scope),
                      RaiseCandidates.criteria(under: found.groups, in: q).contains(raise.candidate.criterionID) else { return false }
                return counting == .weighted || raise.to == q.scale.top
            case .total: return true
            case .years: return false
            }
        }
    }
}

/// Resolves `--target` names and orders changes for display.
enum GapTargets {
    /// Matches "L3", "l3", or "3" against ids such as "L3" or "3".
    static func index(of name: String, in ids: [String]) -> Int? {
        let wanted = String(name.filter { !$0.isWhitespace }).lowercased()
        if let index = ids.firstIndex(where: { $0.lowercased() == wanted }) { return index }
        let bare = wanted.hasPrefix("l") ? String(wanted.dropFirst()) : "l" + wanted
        return ids.firstIndex { $0.lowercased() == bare }
    }
}

enum GapOrdering {
    /// Cheapest criterion first (least total effort), then reading order;
    /// within a criterion, its questions' order.
    static func order(_ changes: [PlannedChange], in q: Questionnaire) -> [PlannedChange] {
        var effort: [String: Int] = [:]
        for change in changes { effort[change.criterionID, default: 0] += change.effort }
        func position(_ change: PlannedChange) -> (Int, Int) {
            let criterion = q.criterionIndex[change.criterionID] ?? Int.max
            let angle = q.criterion(change.criterionID)?.angleIDs.firstIndex(of: change.angle) ?? Int.max
            return (criterion, angle)
        }
        return changes.sorted { a, b in
            let (ea, eb) = (effort[a.criterionID] ?? 0, effort[b.criterionID] ?? 0)
            if ea != eb { return ea < eb }
            return position(a) < position(b)
        }
    }
}
