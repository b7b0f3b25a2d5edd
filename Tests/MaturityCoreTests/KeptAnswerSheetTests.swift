import Testing
@testable import MaturityCore

/// An opened session keeps its answers laid out for scoring, and its own
/// changes move them one criterion at a time (`KeptAnswerSheet`). On random
/// sessions and random changes of every kind the kept sheet must hold just
/// what a sheet laid out afresh holds, and score as the tree walk did.
@Suite struct KeptAnswerSheetTests {
    static func pick<T>(_ items: [T], _ random: inout SplitMix) -> T { items[Int(random.next() % UInt64(items.count))] }

    /// A rating on the scale, or now and then off it (the scorer reads what it is given).
    static func rating(_ q: Questionnaire, _ random: inout SplitMix) -> AngleAnswer {
        random.next() % 8 == 0 ? .rated(Int(random.next() % 7) - 1) : .rated(pick(q.scale.values, &random))
    }

    /// One change of the kinds the wizard, the planners and undo make, to a
    /// criterion and angle of the questionnaire or, now and then, not.
    static func change(_ session: inout Session, _ q: Questionnaire, _ random: inout SplitMix) {
        let id = pick(q.criteria.map(\.id) + ["no-such-criterion"], &random)
        let angle = pick((q.criterion(id)?.angleIDs ?? ["method"]) + ["no-such-angle"], &random)
        switch random.next() % 7 {
        case 0, 1: session.setAnswer(rating(q, &random), criterion: id, angle: angle, at: "t")
        case 2: session.setAnswer(nil, criterion: id, angle: angle, at: "t")
        case 3: session.setAnswer(.notApplicable(reason: "n"), criterion: id, angle: angle, at: "t")
        case 4:
            let value = rating(q, &random)
            session.update(criterion: id, at: "t") { record in
                record.flagged.toggle()
                if record.ratings.isEmpty { record.ratings[angle] = value } else { record.ratings = [:] }
            }
        case 5: session.settle(criterion: id, ratings: [angle: rating(q, &random)], at: "t")
        default:
            let record = random.next() % 2 == 0 ? nil : CriterionAnswer(ratings: [angle: rating(q, &random)], note: "kept")
            session.restore(record, criterion: id, at: "t")
        }
    }

    /// CC-CMM-OC and a random session of it laid out, with the generator to go on with.
    static func laidOutSession(seed: UInt64) throws -> (q: Questionnaire, session: Session, random: SplitMix) {
        var random = SplitMix(seed: seed)
        let q = try BuiltIn.load("cc-cmm-oc")
        var session = AnswerSheetTests.randomSession(q, &random)
        session.layOutAnswers(for: q)
        return (q, session, random)
    }

    /// The kept sheet, when there is one, holds what laying out afresh gives.
    static func keptMatchesFresh(_ session: Session, _ q: Questionnaire) -> Bool {
        guard let kept = session.answerSheet(for: q.layout) else { return false }
        let fresh = AnswerSheet(session, layout: q.layout)
        return kept.marks == fresh.marks && kept.values == fresh.values && kept.criterionMarks == fresh.criterionMarks
    }

    static func scoresAsTheTreeWalk(_ session: Session, _ q: Questionnaire) -> Bool {
        AnswerSheetTests.text(Scorer.score(session, with: q)) == AnswerSheetTests.text(ReferenceScoring.score(session, with: q, counting: nil))
    }

    @Test func theSessionsOwnChangesKeepTheSheetCurrent() throws {
        var random = SplitMix(seed: 16)
        for q in try AnswerSheetTests.questionnaires() {
            // Few scores: the sheets compared after every change are what
            // matters, and the tree walk in debug builds is slow.
            for round in 0..<10 {
                var session = AnswerSheetTests.randomSession(q, &random)
                session.layOutAnswers(for: q)
                for step in 0..<30 {
                    Self.change(&session, q, &random)
                    #expect(Self.keptMatchesFresh(session, q), "\(q.id) round \(round) step \(step)")
                }
                #expect(Self.scoresAsTheTreeWalk(session, q), "\(q.id) round \(round)")
            }
        }
    }

    /// A copy changed (as the gap planner changes one to try ratings) moves
    /// its own sheet and leaves the original's as it was.
    @Test func aChangedCopyLeavesTheOriginalsSheet() throws {
        var (q, original, random) = try Self.laidOutSession(seed: 17)
        var copy = original
        for _ in 0..<50 { Self.change(&copy, q, &random) }
        #expect(Self.keptMatchesFresh(original, q))
        #expect(Self.keptMatchesFresh(copy, q))
        #expect(Self.scoresAsTheTreeWalk(original, q) && Self.scoresAsTheTreeWalk(copy, q))
    }

    /// A change made to `answers` directly could be anywhere: the sheet goes,
    /// scoring lays the answers out afresh, and laying out again brings it back.
    @Test func aDirectChangeDropsTheSheet() throws {
        var random = SplitMix(seed: 18)
        for q in try AnswerSheetTests.questionnaires() {
            var session = AnswerSheetTests.randomSession(q, &random)
            session.layOutAnswers(for: q)
            let id = try #require(q.criteria.last?.id)
            let angle = try #require(q.criteria.last?.questions.first?.angle)
            session.answers[id] = CriterionAnswer(ratings: [angle: Self.rating(q, &random)])
            #expect(session.keptSheet == nil, "\(q.id)")
            #expect(Self.scoresAsTheTreeWalk(session, q), "\(q.id)")
            session.layOutAnswers(for: q)
            session.answers[id]?.ratings[angle] = .notApplicable(reason: "n")
            #expect(session.keptSheet == nil, "\(q.id)")
            #expect(Self.scoresAsTheTreeWalk(session, q), "\(q.id)")
            session.layOutAnswers(for: q)
            #expect(Self.keptMatchesFresh(session, q), "\(q.id)")
        }
    }

    /// Every command opens a session through the reconciler: it comes out laid
    /// out for the questionnaire, and equal to the same session not laid out.
    @Test func openingLaysTheAnswersOut() throws {
        var random = SplitMix(seed: 19)
        for q in try AnswerSheetTests.questionnaires() {
            let raw = ReconcileAsIsTests.randomSession(q, &random)
            guard let opened = try? SessionReconciler.reconcile(raw, with: q, file: "f").session else { continue }
            #expect(Self.keptMatchesFresh(opened, q), "\(q.id)")
            var plain = opened
            plain.answers = opened.answers
            #expect(plain.keptSheet == nil && plain == opened, "\(q.id)")
        }
    }

    /// A sheet is read only with the layout it was laid out for: not with a
    /// questionnaire whose angles were changed since, and none is kept when a
    /// criterion id comes twice (one change would belong in two places).
    @Test func aSheetIsReadOnlyWithItsOwnLayout() throws {
        var (q, session, random) = try Self.laidOutSession(seed: 20)
        var reordered = q
        reordered.angles.reverse()
        #expect(session.answerSheet(for: .of(reordered)) == nil)
        #expect(Self.scoresAsTheTreeWalk(session, reordered))

        var twice = q.groups[0]
        twice.id = "again"
        let doubled = Questionnaire(id: q.id, version: q.version, title: q.title, summary: nil, notice: nil, scale: q.scale, angles: q.angles,
                                    groups: q.groups + [twice], scoring: q.scoring, contentHash: q.contentHash)
        var repeated = AnswerSheetTests.randomSession(doubled, &random)
        repeated.layOutAnswers(for: doubled)
        #expect(repeated.keptSheet == nil)
        Self.change(&repeated, doubled, &random)
        #expect(Self.scoresAsTheTreeWalk(repeated, doubled))
    }
}
