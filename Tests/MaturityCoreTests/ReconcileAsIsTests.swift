import Testing
@testable import MaturityCore

/// The reconciler skips its ordered pass over the answers when the session
/// fits as it is (`fitsAsIs`). On random sessions — foreign criteria and
/// angles, ratings off the scale, N/A on part of a criterion — the skip must
/// happen exactly when the ordered pass would move nothing and find nothing.
@Suite struct ReconcileAsIsTests {
    static func randomSession(_ q: Questionnaire, _ random: inout SplitMix) -> Session {
        var session = AnswerSheetTests.randomSession(q, &random)
        // Mostly clean sessions, so that both sides of the property are seen.
        if random.next() % 2 == 0 {
            for (id, answer) in session.answers {
                guard let criterion = q.criterion(id) else {
                    session.answers[id] = nil
                    continue
                }
                var ratings = answer.ratings.filter { angle, rating in criterion.question(for: angle) != nil && q.check(rating) == nil }
                if ratings.values.contains(where: \.isNotApplicable) {
                    ratings = Dictionary(uniqueKeysWithValues: criterion.questions.map { ($0.angle, AngleAnswer.notApplicable(reason: "n")) })
                }
                session.answers[id]?.ratings = ratings
            }
        }
        return session
    }

    @Test func theOrderedPassIsSkippedOnlyWhenItWouldDoNothing() throws {
        var random = SplitMix(seed: 7)
        var skipped = 0, walked = 0
        for q in try AnswerSheetTests.questionnaires() {
            for _ in 0..<40 {
                let session = Self.randomSession(q, &random)
                for changed in [false, true] {
                    var result = session
                    var dropped: [String] = [], problems: [Problem] = []
                    SessionReconciler.matchInOrder(session, q, changed: changed, file: "f", into: &result, dropped: &dropped, problems: &problems)
                    let nothing = problems.isEmpty && dropped.isEmpty && result == session
                    #expect(SessionReconciler.fitsAsIs(session, q) == nothing, "\(q.id) changed \(changed)")
                    if nothing { skipped += 1 } else { walked += 1 }
                }
            }
        }
        #expect(skipped > 50 && walked > 50)
    }
}
