extension Comparison {
    /// Compares a baseline session with a follow-up.
    ///
    /// - Parameters:
    ///   - baseline, followUp: sessions as read from their files
    ///     (`SessionStore.loadUnchecked`); they are matched to `questionnaire` here.
    ///   - questionnaire: the questionnaire both are scored against; it must have
    ///     the sessions' questionnaire id (any version of it).
    ///   - counting: the percent reading for level models; nil uses the questionnaire's.
    ///   - baselineFile, followUpFile: the files' names, for messages.
    /// - Throws: `ComparisonError` when the sessions belong to different
    ///   questionnaires, or an answer does not fit the questionnaire.
    public static func compare(baseline: Session, followUp: Session, questionnaire q: Questionnaire, counting: Counting? = nil,
                               baselineFile: String = "baseline", followUpFile: String = "follow-up") throws(ComparisonError) -> Comparison {
        guard baseline.questionnaire.id == followUp.questionnaire.id else {
            throw ComparisonError.differentQuestionnaires(baselineFile: baselineFile, baselineID: baseline.questionnaire.id,
                                                          followUpFile: followUpFile, followUpID: followUp.questionnaire.id)
        }
        guard baseline.questionnaire.id == q.id else {
            throw ComparisonError.otherQuestionnaire(answered: baseline.questionnaire.id, given: q.id)
        }
        let before: Reconciliation
        let after: Reconciliation
        do {
            before = try SessionReconciler.reconcile(baseline, with: q, file: baselineFile)
            after = try SessionReconciler.reconcile(followUp, with: q, file: followUpFile)
        } catch {
            throw ComparisonError.answersDoNotFit(error)
        }
        let cardBefore = Scorer.score(before.session, with: q, counting: counting)
        let cardAfter = Scorer.score(after.session, with: q, counting: counting)
        let change = QuestionnaireChange(
            changed: before.questionnaireChanged || after.questionnaireChanged
                || baseline.questionnaire.version != followUp.questionnaire.version
                || baseline.questionnaire.contentHash != followUp.questionnaire.contentHash,
            newSinceBaseline: before.added, newSinceFollowUp: after.added,
            droppedFromBaseline: dropped(before.session, q), droppedFromFollowUp: dropped(after.session, q))
        let answers = answerChanges(before.session, after.session, q, skipping: Set(before.added + after.added))
        return Comparison(
            questionnaireID: q.id, questionnaireVersion: q.version, family: q.scoring.family, counting: cardAfter.counting,
            baseline: Side(session: before.session, answeredAgainst: baseline.questionnaire, scorecard: cardBefore, standing: standing(cardBefore, q)),
            followUp: Side(session: after.session, answeredAgainst: followUp.questionnaire, scorecard: cardAfter, standing: standing(cardAfter, q)),
            measures: measures(cardBefore, cardAfter), rows: rows(cardBefore, cardAfter, q),
            improved: answers.improved, regressed: answers.regressed, otherChanges: answers.other, questionnaireChange: change)
    }

    /// No result for too much N/A: no rank, so no "up" or "down" is claimed against it.
    static let withheld = Standing(id: NotApplicableCount.withheldID, name: .withheld, rank: nil)

    static func standing(_ card: Scorecard, _ q: Questionnaire) -> Standing {
        switch card.outcome {
        case let .levels(outcome):
            return Standing(id: outcome.achievedID, name: outcome.achievedName, rank: (outcome.achievedIndex ?? -1) + 1)
        case let .meanLevel(outcome):
            if outcome.withheld != nil { return withheld }
            guard let level = outcome.level, case let .meanLevel(rules) = q.scoring else {
                return Standing(id: "—", name: .noLevel, rank: nil)
            }
            return Standing(id: level.id, name: level.name, rank: rules.levels.firstIndex { $0.id == level.id })
        case let .bands(outcome):
            guard let band = outcome.band else { return withheld }
            guard case let .weightedBands(rules) = q.scoring else { return Standing(id: band.id, name: band.name, rank: nil) }
            let ascending = rules.bands.reversed().map(\.id)
            return Standing(id: band.id, name: band.name, rank: ascending.firstIndex(of: band.id))
        case let .lowestGroup(outcome):
            if outcome.withheld != nil { return withheld }
            guard let headline = outcome.headline else { return Standing(id: "—", name: .noLevel, rank: nil) }
            return Standing(id: headline.groupID, name: q.group(headline.groupID)?.title ?? LocalizedText(zh: headline.groupID, en: headline.groupID), rank: nil)
        }
    }

    static func measures(_ a: Scorecard, _ b: Scorecard) -> [Measure] {
        let totalPoints = Measure(kind: .totalPoints, places: 0, suffix: "",
                                  delta: Delta(before: Fraction(a.total), after: Fraction(b.total)))
        switch (a.outcome, b.outcome) {
        case let (.meanLevel(x), .meanLevel(y)):
            return [Measure(kind: .overall, places: 2, suffix: "",
                            delta: Delta(before: x.overall, after: y.overall))]
        case let (.bands(x), .bands(y)):
            return [Measure(kind: .bandTotal, places: 1, suffix: "",
                            delta: Delta(before: x.total, after: y.total))]
        case let (.lowestGroup(x), .lowestGroup(y)):
            return [Measure(kind: .lowestModule, places: 1, suffix: "%",
                            delta: Delta(before: x.headline?.percent, after: y.headline?.percent)),
                    Measure(kind: .meanModule, places: 1, suffix: "%",
                            delta: Delta(before: x.mean, after: y.mean)),
                    totalPoints]
        default:
            return [totalPoints]
        }
    }

    static func rows(_ a: Scorecard, _ b: Scorecard, _ q: Questionnaire) -> [RowDelta] {
        if case let .meanLevel(x) = a.outcome, case let .meanLevel(y) = b.outcome {
            return zip(x.criteria, y.criteria).map { before, after in
                RowDelta(id: before.criterionID, title: q.criterion(before.criterionID)?.title ?? LocalizedText(zh: before.criterionID, en: before.criterionID),
                         points: nil, maximum: nil, angles: [], score: Delta(before: before.score, after: after.score))
            }
        }
        return zip(a.groups, b.groups).map { before, after in
            let angles = q.angles.compactMap { angle -> AngleDelta? in
                let (x, y) = (before.tally(angle.id), after.tally(angle.id))
                guard x != nil || y != nil else { return nil }
                return AngleDelta(angle: angle.id, percent: Delta(before: x?.percent(a.counting), after: y?.percent(b.counting)))
            }
            var score: Delta?
            switch (a.outcome, b.outcome) {
            case let (.bands(x), .bands(y)):
                score = Delta(before: x.categories.first { $0.groupID == before.groupID }?.score,
                              after: y.categories.first { $0.groupID == after.groupID }?.score)
            case (.lowestGroup, .lowestGroup):
                score = Delta(before: before.share.map { $0 * Fraction(100) }, after: after.share.map { $0 * Fraction(100) })
            default:
                score = nil
            }
            return RowDelta(id: before.groupID, title: before.title, points: Delta(before: Fraction(before.points), after: Fraction(after.points)),
                            maximum: (before.maximum, after.maximum), angles: angles, score: score)
        }
    }

    /// Answer by answer in reading order. The value compared is the one the
    /// scorer uses: an unanswered question is 0 in points models and absent in
    /// mean_level models; an N/A is absent in both.
    static func answerChanges(_ a: Session, _ b: Session, _ q: Questionnaire,
                              skipping: Set<String>) -> (improved: [AnswerChange], regressed: [AnswerChange], other: [AnswerChange]) {
        var improved: [AnswerChange] = [], regressed: [AnswerChange] = [], other: [AnswerChange] = []
        let unansweredIsZero: Bool
        if case .meanLevel = q.scoring { unansweredIsZero = false } else { unansweredIsZero = true }
        func value(_ answer: AngleAnswer?) -> Int? {
            switch answer {
            case let .rated(v)?: return v
            case .notApplicable?: return nil
            case nil: return unansweredIsZero ? 0 : nil
            }
        }
        for criterion in q.criteria where !skipping.contains(criterion.id) {
            for question in criterion.questions {
                let (x, y) = (a.answer(criterion.id, question.angle), b.answer(criterion.id, question.angle))
                if x == y { continue }
                if x?.isNotApplicable == true && y?.isNotApplicable == true { continue }   // only the reason changed
                let change = AnswerChange(criterionID: criterion.id, angle: question.angle, before: x, after: y)
                if let v = value(x), let w = value(y), v != w {
                    if w > v { improved.append(change) } else { regressed.append(change) }
                } else {
                    other.append(change)
                }
            }
        }
        return (improved, regressed, other)
    }

    /// Criteria in natural order, angles in the questionnaire's order (unknown ones last, by name).
    static func dropped(_ session: Session, _ q: Questionnaire) -> [DroppedAnswer] {
        let rank = { (angle: String) in q.angles.firstIndex { $0.id == angle } ?? q.angles.count }
        return session.droppedAnswers.sorted { naturalIDLess($0.key, $1.key) }.flatMap { id, answer in
            answer.ratings.sorted { rank($0.key) != rank($1.key) ? rank($0.key) < rank($1.key) : $0.key < $1.key }
                .map { DroppedAnswer(criterionID: id, angle: $0.key, answer: $0.value) }
        }
    }
}
