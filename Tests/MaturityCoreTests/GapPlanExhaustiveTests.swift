import Testing
@testable import MaturityCore

/// "Smallest" checked against exhaustive search: on small questionnaires with
/// random answers, every combination of single-angle raises is tried, and the
/// planner's change count (and, where it claims it, its effort) must equal the
/// best found. The search evaluates the rules itself, independently of the
/// planner, and each plan is re-scored by `Scorer` to see the target reached.
@Suite struct GapPlanExhaustiveTests {
    typealias A = GapFixtures.A

    /// One question as the search sees it.
    struct Slot {
        var criterion: String
        var angle: String
        var answer: AngleAnswer?
        /// The value the scorer uses now: 0 when unanswered (points models).
        var value: Int
        var options: [Int]
    }

    static func slots(_ q: Questionnaire, _ s: Session, raiseUnanswered: Bool = true) -> [Slot] {
        q.criteria.flatMap { criterion in
            criterion.questions.map { question -> Slot in
                let answer = s.answer(criterion.id, question.angle)
                switch answer {
                case .notApplicable?: return Slot(criterion: criterion.id, angle: question.angle, answer: answer, value: 0, options: [])
                case let .rated(v)?: return Slot(criterion: criterion.id, angle: question.angle, answer: answer, value: v, options: q.scale.values.filter { $0 > v })
                case nil: return Slot(criterion: criterion.id, angle: question.angle, answer: nil, value: 0,
                                      options: raiseUnanswered ? q.scale.values.filter { $0 > 0 } : [])
                }
            }
        }
    }

    /// Calls `visit` with every assignment (values, changes, effort); returns
    /// false without visiting when there are more than `limit`.
    static func enumerate(_ slots: [Slot], limit: Int, _ visit: ([Int], Int, Int) -> Void) -> Bool {
        let size = slots.reduce(1) { $0 * ($1.options.count + 1) }
        guard size <= limit else { return false }
        var values = slots.map(\.value)
        func walk(_ index: Int, _ changes: Int, _ effort: Int) {
            guard index < slots.count else { visit(values, changes, effort); return }
            walk(index + 1, changes, effort)
            for option in slots[index].options {
                values[index] = option
                walk(index + 1, changes + 1, effort + option - slots[index].value)
            }
            values[index] = slots[index].value
        }
        walk(0, 0, 0)
        return true
    }

    struct Best: Equatable, CustomStringConvertible {
        var changes: Int
        var effort: Int
        var description: String { "\(changes) changes, effort \(effort)" }
        static func < (a: Best, b: Best) -> Bool { a.changes != b.changes ? a.changes < b.changes : a.effort < b.effort }
    }

    static func randomAnswer(_ rng: inout SplitMix, scale: [Int], unanswered: Double = 0.1) -> A? {
        let roll = Double(rng.next() % 1000) / 1000
        if roll < unanswered { return nil }
        return .r(scale[Int(rng.next() % UInt64(scale.count))])
    }

    // MARK: levels

    /// One rating requirement as the search checks it: the questions it
    /// counts and the comparison, computed here from the rules, not by the planner.
    struct Check {
        enum Kind { case strict, weighted, total }
        var kind: Kind
        var cell: [Int]
        var atLeast: Int
    }

    /// For each level, its checks under a reading (years are left out: no rating meets them).
    static func checks(_ slots: [Slot], rules: LevelRules, q: Questionnaire, counting: Counting) -> [[Check]] {
        let applicable = slots.indices.filter { !(slots[$0].answer?.isNotApplicable ?? false) }
        return rules.levels.map { level in
            level.requirements.compactMap { requirement -> Check? in
                switch requirement {
                case let .percent(scope, angle, atLeast):
                    let members = RaiseCandidates.criteria(under: rules.scope(scope)?.groups ?? [], in: q)
                    let cell = applicable.filter { slots[$0].angle == angle && members.contains(slots[$0].criterion) }
                    return cell.isEmpty ? nil : Check(kind: counting == .strict ? .strict : .weighted, cell: cell, atLeast: atLeast)
                case let .total(atLeast): return Check(kind: .total, cell: applicable, atLeast: atLeast)
                case .years: return nil
                }
            }
        }
    }

    static func meets(_ values: [Int], _ checks: [Check], top: Int, fullMaximum: Int) -> Bool {
        for check in checks {
            switch check.kind {
            case .strict:
                var have = 0
                for index in check.cell where values[index] == top { have += 1 }
                if have * 100 < check.atLeast * check.cell.count { return false }
            case .weighted:
                var have = 0
                for index in check.cell { have += values[index] }
                if have * 100 < check.atLeast * check.cell.count * top { return false }
            case .total:
                var total = 0
                for index in check.cell { total += values[index] }
                // total ≥ ⌈atLeast × applicable max ÷ full max⌉
                if total * fullMaximum < check.atLeast * check.cell.count * top { return false }
            }
        }
        return true
    }

    @Test(arguments: [Counting.strict, Counting.weighted])
    func levelPlansAreSmallest(counting: Counting) throws {
        let q = try Fixtures.load(GapFixtures.smallLevels())
        guard case let .levels(rules) = q.scoring else { Issue.record("not levels"); return }
        var rng = SplitMix(seed: counting == .strict ? 7 : 11)
        var checked = 0, withChanges = 0
        while checked < 40 {
            var s = Fixtures.session(q, years: 5)
            for criterion in q.criteria {
                if rng.next() % 20 == 0 {
                    GapFixtures.answer(&s, criterion.id, ["method", "execution"], [.na, .na])
                } else {
                    GapFixtures.answer(&s, criterion.id, ["method", "execution"],
                                       [Self.randomAnswer(&rng, scale: [0, 5, 10, 10]), Self.randomAnswer(&rng, scale: [0, 5, 10, 10])])
                }
            }
            let slots = Self.slots(q, s)
            var best = [Best?](repeating: nil, count: rules.levels.count)
            let levelChecks = Self.checks(slots, rules: rules, q: q, counting: counting)
            let (top, fullMaximum) = (q.scale.top, slots.count * q.scale.top)
            let complete = Self.enumerate(slots, limit: 60_000) { values, changes, effort in
                // Cumulative: level t needs levels 0…t.
                for target in rules.levels.indices {
                    guard Self.meets(values, levelChecks[target], top: top, fullMaximum: fullMaximum) else { break }
                    let found = Best(changes: changes, effort: effort)
                    if best[target].map({ found < $0 }) ?? true { best[target] = found }
                }
            }
            guard complete else { continue }
            checked += 1
            for target in rules.levels.indices {
                let plan = try GapPlanner.plan(s, questionnaire: q, target: .named(rules.levels[target].id), counting: counting)
                #expect(plan.optimality == .exact)
                let found = Best(changes: plan.changes.count, effort: plan.totalEffort)
                #expect(found == best[target], "target \(rules.levels[target].id), \(counting), session \(checked)")
                // The progress count, found without the plan, is the same fewest number.
                let card = Scorer.score(s, with: q, counting: counting)
                guard case let .levels(now) = card.outcome else { continue }
                let gaps = LevelGapPlanner.gaps(now, upTo: target, applicableMaximum: card.applicableMaximum)
                let (cells, shortfall) = LevelGapPlanner.demand(gaps, rules: rules, q: q)
                let candidates = RaiseCandidates.collect(q, s, includeUnanswered: true)
                let quick = LevelGapPlanner.fewestChanges(candidates, membership: LevelGapPlanner.membership(candidates, cells: cells),
                                                          cells: cells, totalShortfall: shortfall, counting: counting)
                #expect(quick == best[target]?.changes, "quick count, target \(rules.levels[target].id), \(counting), session \(checked)")
                if !plan.changes.isEmpty { withChanges += 1 }
                // The plan really reaches the target (years are 5, so nothing blocks).
                let after = GapPlanner.apply(plan, to: s, at: "t")
                guard case let .levels(outcome) = Scorer.score(after, with: q, counting: counting).outcome else { continue }
                #expect((outcome.achievedIndex ?? -1) >= target)
                // N/A questions are never changed; no question is changed twice.
                #expect(plan.changes.allSatisfy { s.answer($0.criterionID, $0.angle)?.isNotApplicable != true })
                #expect(Set(plan.changes.map { "\($0.criterionID).\($0.angle)" }).count == plan.changes.count)
            }
        }
        #expect(withChanges > 40)   // the search was not trivially "nothing to do"
    }

    // MARK: mean_level

    @Test func meanLevelPlansHaveTheFewestChanges() throws {
        let q = try Fixtures.load(GapFixtures.meanLevel([("c1", ["a", "b"]), ("c2", ["a", "b", "c"]), ("c3", ["a", "b"])]))
        var rng = SplitMix(seed: 3)
        var checked = 0
        while checked < 40 {
            var s = Fixtures.session(q)
            for criterion in q.criteria {
                GapFixtures.answer(&s, criterion.id, criterion.angleIDs,
                                   criterion.angleIDs.map { _ in rng.next() % 25 == 0 ? .na : Self.randomAnswer(&rng, scale: [1, 1, 2, 2, 3, 4]) })
            }
            let slots = Self.slots(q, s, raiseUnanswered: false)
            var best = [Int?](repeating: nil, count: 4)
            // The overall mean, computed here: per criterion the mean of its rated aspects.
            let rated = q.criteria.map { criterion in
                slots.indices.filter { slots[$0].criterion == criterion.id && slots[$0].answer?.rating != nil }
            }.filter { !$0.isEmpty }
            let complete = Self.enumerate(slots, limit: 20_000) { values, changes, _ in
                var sum = Fraction(0), scored = 0
                for indices in rated {
                    sum = sum + Fraction(indices.reduce(0) { $0 + values[$1] }, indices.count)
                    scored += 1
                }
                guard scored > 0 else { return }
                let overall = sum / scored
                for level in 0..<4 where overall >= Fraction(level + 1) {
                    if best[level].map({ changes < $0 }) ?? true { best[level] = changes }
                }
            }
            guard complete else { continue }
            checked += 1
            for level in 0..<4 {
                let plan = try GapPlanner.plan(s, questionnaire: q, target: .named(String(level + 1)))
                if plan.gaps.first?.blocker != nil {
                    #expect(best[level] == nil)
                    continue
                }
                #expect(plan.changes.count == best[level], "level \(level + 1), session \(checked)")
                guard case let .meanLevel(outcome) = Scorer.score(GapPlanner.apply(plan, to: s, at: "t"), with: q).outcome else { continue }
                #expect((outcome.overall ?? Fraction(0)) >= Fraction(level + 1))
            }
        }
    }

    // MARK: weighted_bands

    @Test func bandPlansHaveTheFewestChanges() throws {
        let q = try Fixtures.load(GapFixtures.bands(weights: [25, 35, 40], subItems: [2, 2, 1]))
        guard case let .weightedBands(rules) = q.scoring else { Issue.record("not bands"); return }
        var rng = SplitMix(seed: 5)
        var checked = 0
        while checked < 40 {
            var s = Fixtures.session(q)
            for criterion in q.criteria {
                if rng.next() % 12 == 0 {
                    GapFixtures.answer(&s, criterion.id, ["method", "execution"], [.na, .na])
                } else {
                    GapFixtures.answer(&s, criterion.id, ["method", "execution"],
                                       [Self.randomAnswer(&rng, scale: [0, 0, 5, 10]), Self.randomAnswer(&rng, scale: [0, 0, 5, 10])])
                }
            }
            let slots = Self.slots(q, s)
            var best = [String: Int]()
            let cells = rules.weights.map { weight -> (points: Int, cell: [Int]) in
                let members = RaiseCandidates.criteria(under: [weight.group], in: q)
                return (weight.points, slots.indices.filter { members.contains(slots[$0].criterion) && slots[$0].answer?.isNotApplicable != true })
            }
            let complete = Self.enumerate(slots, limit: 20_000) { values, changes, _ in
                // The total as models.md §3 and the README define it (wholly N/A categories left out, the rest scaled).
                var sum = Fraction(0), applicableWeight = 0
                for (points, cell) in cells {
                    guard !cell.isEmpty else { continue }
                    let weight = (points: points, cell: cell)
                    applicableWeight += weight.points
                    sum = sum + Fraction(weight.points * cell.reduce(0) { $0 + values[$1] }, cell.count * q.scale.top)
                }
                guard applicableWeight > 0 else { return }
                let total = sum * Fraction(rules.weights.reduce(0) { $0 + $1.points }, applicableWeight)
                for band in rules.bands where total.roundedHalfUp >= band.minimum {
                    if best[band.id].map({ changes < $0 }) ?? true { best[band.id] = changes }
                }
            }
            guard complete else { continue }
            checked += 1
            for band in rules.bands {
                let plan = try GapPlanner.plan(s, questionnaire: q, target: .named(band.id))
                if plan.gaps.first?.blocker != nil {
                    #expect(best[band.id] == nil)
                    continue
                }
                #expect(plan.changes.count == best[band.id], "band \(band.id), session \(checked)")
                guard case let .bands(outcome) = Scorer.score(GapPlanner.apply(plan, to: s, at: "t"), with: q).outcome else { continue }
                #expect(outcome.wholeTotal >= band.minimum)
            }
        }
    }

    // MARK: lowest_group

    @Test func lowestModulePlansAreSmallest() throws {
        let q = try Fixtures.load(GapFixtures.modules([2, 2, 1]))
        guard case let .lowestGroup(rules) = q.scoring else { Issue.record("not lowest group"); return }
        var rng = SplitMix(seed: 13)
        var checked = 0
        while checked < 40 {
            var s = Fixtures.session(q)
            for criterion in q.criteria {
                GapFixtures.answer(&s, criterion.id, ["method", "execution"],
                                   [Self.randomAnswer(&rng, scale: [0, 5, 5, 10]), Self.randomAnswer(&rng, scale: [0, 5, 10, 10])])
            }
            let slots = Self.slots(q, s)
            let targets = [40, 60, 75, 90, 100]
            var best = [Int: Best]()
            let cells = rules.groups.map { group -> [Int] in
                let members = RaiseCandidates.criteria(under: [group], in: q)
                return slots.indices.filter { members.contains(slots[$0].criterion) }
            }
            let top = q.scale.top
            let complete = Self.enumerate(slots, limit: 20_000) { values, changes, effort in
                // Every module's points ≥ target% of its maximum, in whole numbers.
                let points = cells.map { cell in (cell.reduce(0) { $0 + values[$1] }, cell.count * top) }
                for target in targets where points.allSatisfy({ 100 * $0.0 >= target * $0.1 }) {
                    let found = Best(changes: changes, effort: effort)
                    if best[target].map({ found < $0 }) ?? true { best[target] = found }
                }
            }
            guard complete else { continue }
            checked += 1
            for target in targets {
                let plan = try GapPlanner.plan(s, questionnaire: q, target: .percent(target))
                #expect(plan.optimality == .exact)
                #expect(Best(changes: plan.changes.count, effort: plan.totalEffort) == best[target], "\(target)%, session \(checked)")
            }
        }
    }
}
