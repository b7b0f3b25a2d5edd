import Testing
@testable import MaturityCore

/// The scorer reads answers from an `AnswerSheet` (each answer looked up
/// once, groups as ranges of criteria). These tests score random sessions
/// both that way and the way it was done before — walking the group tree
/// and looking each answer up by id for every group, scope and count — and
/// require the very same scorecard, for every scoring family and the four
/// built-in models.
@Suite struct AnswerSheetTests {
    static func questionnaires() throws -> [Questionnaire] {
        try BuiltIn.ids.map { try BuiltIn.load($0) } + [
            try Fixtures.load(GapFixtures.smallLevels()), try Fixtures.load(GapFixtures.overlappingLevels()),
            try Fixtures.load(GapFixtures.meanLevel([(id: "1", aspects: ["a", "b", "c"]), (id: "2", aspects: ["a"])])),
            try Fixtures.load(GapFixtures.bands(weights: [60, 30, 10], subItems: [3, 2, 1])),
            try Fixtures.load(GapFixtures.modules([3, 1, 2])),
        ]
    }

    /// Answers of every kind: unanswered, on the scale, off it, N/A on one
    /// angle or all; answers to criteria and angles the questionnaire lacks.
    static func randomSession(_ q: Questionnaire, _ random: inout SplitMix) -> Session {
        var session = Fixtures.session(q, years: random.next() % 4 == 0 ? nil : Int(random.next() % 12))
        let style = random.next() % 4   // 0: sparse, 1: full, 2: N/A-heavy, 3: mixed
        for criterion in q.criteria {
            let wholeNA = style == 2 ? random.next() % 3 == 0 : random.next() % 20 == 0
            for question in criterion.questions {
                let roll = random.next() % 10
                let answer: AngleAnswer?
                if wholeNA {
                    answer = .notApplicable(reason: "not offered")
                } else if style == 0 && roll < 6 || style == 3 && roll < 2 {
                    answer = nil
                } else if roll == 9 && style == 3 {
                    answer = random.next() % 2 == 0 ? .notApplicable(reason: "partly") : .rated(Int(random.next() % 7) - 1)
                } else {
                    answer = .rated(q.scale.values[Int(random.next() % UInt64(q.scale.values.count))])
                }
                if let answer { session.setAnswer(answer, criterion: criterion.id, angle: question.angle, at: "t") }
            }
            if random.next() % 15 == 0 { session.setAnswer(.rated(5), criterion: criterion.id, angle: "no-such-angle", at: "t") }
        }
        if random.next() % 3 == 0 { session.setAnswer(.rated(10), criterion: "no-such-criterion", angle: "method", at: "t") }
        return session
    }

    static func text(_ card: Scorecard) -> String {
        var out = ""
        dump(card, to: &out)
        return out
    }

    @Test func theSheetScoresAsTheTreeWalkDid() throws {
        var random = SplitMix(seed: 2026)
        for q in try Self.questionnaires() {
            for round in 0..<60 {
                let session = Self.randomSession(q, &random)
                for counting in [nil, Counting.strict, .weighted] {
                    let fast = Self.text(Scorer.score(session, with: q, counting: counting))
                    let reference = Self.text(ReferenceScoring.score(session, with: q, counting: counting))
                    #expect(fast == reference, "\(q.id) round \(round) counting \(String(describing: counting))")
                    if fast != reference { return }
                }
            }
        }
    }

    /// A group's range holds exactly its criteria and its subgroups', in reading order.
    @Test func everyGroupIsItsRunOfCriteria() throws {
        for q in try Self.questionnaires() {
            func visit(_ group: Group) {
                let range = q.layout.groupRanges[group.id]
                #expect(range.map { Array(q.layout.criterionIDs[$0]) } == q.group(group.id)?.allCriteria.map(\.id), "\(q.id) \(group.id)")
                group.groups.forEach(visit)
            }
            q.groups.forEach(visit)
            #expect(q.layout.questionCount == q.questionCount)
            #expect(q.layout.criterionIDs == q.criteria.map(\.id))
        }
    }

    /// The portfolio's answer codes come from the sheet: the same as looking each answer up.
    @Test func summaryAnswersAreTheSessionsAnswers() throws {
        var random = SplitMix(seed: 15)
        for q in try Self.questionnaires() {
            let session = Self.randomSession(q, &random)
            let summary = AssessmentSummary(session: session, questionnaire: q, file: "f", answeredVersion: q.version, counting: nil)
            var codes: [Int16] = []
            for criterion in q.criteria {
                for question in criterion.questions {
                    switch session.answers[criterion.id]?.ratings[question.angle] {
                    case let .rated(value)?: codes.append(Int16(clamping: value))
                    case .notApplicable?: codes.append(AssessmentSummary.notApplicable)
                    case nil: codes.append(AssessmentSummary.unanswered)
                    }
                }
            }
            #expect(summary.answers == codes, "\(q.id)")
            #expect(summary.notApplicableScopes == Scorer.score(session, with: q).notApplicableScopes, "\(q.id)")
        }
    }
}

/// The scorer as it was before the answer sheet: the group tree walked for
/// every group and scope, each answer looked up by criterion id and angle.
/// It feeds the same rules, so any difference is in what was collected.
enum ReferenceScoring {
    static func score(_ session: Session, with q: Questionnaire, counting override: Counting?) -> Scorecard {
        let groups = q.groups.map { Tallying.score($0, questionnaire: q, session: session) }
        let whole = Tallying.score(q.criteria, id: "", title: q.title, questionnaire: q, session: session)
        let unanswered = whole.angles.reduce(0) { $0 + $1.tally.unanswered }
        let notApplicable = whole.angles.reduce(0) { $0 + $1.tally.notApplicable }
        func answer(_ criterion: Criterion, _ question: Question) -> AngleAnswer? { session.answers[criterion.id]?.ratings[question.angle] }
        func share(_ id: String) -> Fraction? { q.group(id).map { Tallying.score($0, questionnaire: q, session: session) }?.share }
        func naCriteria(_ ids: [String], _ scopeID: String, _ title: LocalizedText, _ limit: NotApplicableLimit?) -> NotApplicableCount {
            let criteria = ids.compactMap { q.group($0) }.flatMap(\.allCriteria)
            let count = criteria.filter { c in c.questions.contains { answer(c, $0)?.isNotApplicable == true } }.count
            return NotApplicableCount(scopeID: scopeID, title: title, unit: .criteria, count: Fraction(count), outOf: criteria.count,
                                      limit: limit?.allowed(outOf: criteria.count))
        }
        let reading: Counting
        if case let .levels(rules) = q.scoring { reading = override ?? rules.counting } else { reading = override ?? .strict }
        let limits: [NotApplicableCount]
        let outcome: Outcome
        switch q.scoring {
        case let .levels(rules):
            limits = rules.scopes.map { naCriteria($0.groups, $0.id, $0.title, $0.notApplicableLimit) }
            var scopes: [String: GroupScore] = [:]
            for scope in rules.scopes {
                scopes[scope.id] = Tallying.score(scope.groups.compactMap { q.group($0) }.flatMap(\.allCriteria), id: scope.id,
                                                  title: scope.title, questionnaire: q, session: session)
            }
            outcome = .levels(LevelScoring.evaluate(rules, scopes: scopes, whole: whole, fullMaximum: q.questionCount * q.scale.top,
                                                    years: session.profile.yearsInOperation, counting: reading, limits: limits))
        case let .meanLevel(rules):
            let na = q.criteria.reduce(0) { sum, c in sum + c.questions.filter { answer(c, $0)?.isNotApplicable == true }.count }
            limits = [NotApplicableCount(scopeID: NotApplicableCount.wholeScope, title: q.title, unit: .questions, count: Fraction(na),
                                         outOf: q.questionCount, limit: rules.notApplicableLimit?.allowed(outOf: q.questionCount))]
            let criteria = q.criteria.map { c -> CriterionLevelScore in
                let values = c.questions.compactMap { answer(c, $0)?.rating }
                return CriterionLevelScore(criterionID: c.id, score: values.isEmpty ? nil : Fraction(values.reduce(0, +), values.count),
                                           answered: values.count, aspects: c.questions.count)
            }
            outcome = .meanLevel(MeanLevelScoring.evaluate(rules, scale: q.scale, criteria: criteria, limit: limits[0]))
        case let .weightedBands(rules):
            var count = Fraction(0)
            for weight in rules.weights {
                guard let group = q.group(weight.group) else { continue }
                let score = Tallying.score(group, questionnaire: q, session: session)
                let questions = score.angles.reduce(0) { $0 + $1.tally.applicable + $1.tally.notApplicable }
                if questions > 0 { count = count + Fraction(weight.points * score.angles.reduce(0) { $0 + $1.tally.notApplicable }, questions) }
            }
            let full = rules.weights.reduce(0) { $0 + $1.points }
            limits = [NotApplicableCount(scopeID: NotApplicableCount.wholeScope, title: q.title, unit: .points, count: count, outOf: full,
                                         limit: rules.notApplicableLimit?.allowed(outOf: full))]
            outcome = .bands(BandScoring.evaluate(rules, shares: rules.weights.map { share($0.group) }, limit: limits[0]))
        case let .lowestGroup(rules):
            limits = [naCriteria(rules.groups, NotApplicableCount.wholeScope, q.title, rules.notApplicableLimit)]
            outcome = .lowestGroup(LowestGroupScoring.evaluate(rules, shares: rules.groups.map(share), limit: limits[0]))
        }
        let answeredCriteria = q.criteria.filter { c in c.questions.allSatisfy { answer(c, $0) != nil } }.count
        let rule: UnansweredRule
        if case .meanLevel = q.scoring { rule = .leftOut } else { rule = .scoredZero }
        return Scorecard(questionnaireID: q.id, counting: reading, provisional: unanswered > 0, answered: q.questionCount - unanswered,
                         questions: q.questionCount, answeredCriteria: answeredCriteria, criteria: q.criteria.count, unanswered: rule,
                         notApplicable: notApplicable, notApplicableScopes: limits, total: whole.points, applicableMaximum: whole.maximum,
                         fullMaximum: q.questionCount * q.scale.top, groups: groups, outcome: outcome)
    }
}
