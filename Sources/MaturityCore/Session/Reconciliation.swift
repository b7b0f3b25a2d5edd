/// What changed when a session meets the questionnaire it is used with.
public struct Reconciliation: Sendable {
    public var session: Session
    /// True when the session was answered against another version or text of the questionnaire.
    public var questionnaireChanged: Bool
    /// Criterion ids (or `id.angle`) whose answers no longer have a place; kept in `droppedAnswers`.
    public var dropped: [String]
    /// Criteria the questionnaire has now that it did not have then.
    public var added: [String]

    public var hasChanges: Bool { !dropped.isEmpty || !added.isEmpty }
}

extension Questionnaire {
    /// Points models mark a whole criterion N/A (it leaves every denominator);
    /// level models such as SEE-CMM mark single aspects.
    public var notApplicableIsPerCriterion: Bool {
        if case .meanLevel = scoring { return false }
        return true
    }

    /// Checks one answer against the scale, naming what was expected.
    public func check(_ answer: AngleAnswer) -> ProblemKind? {
        switch answer {
        case let .rated(value) where !scale.contains(value):
            return .notOnScale(value, allowed: scale.values, notApplicable: scale.allowsNotApplicable)
        case .notApplicable where !scale.allowsNotApplicable:
            return .notApplicableNotAllowed
        case let .notApplicable(reason) where reason.allSatisfy(\.isWhitespace):
            return .notApplicableNeedsReason
        default:
            return nil
        }
    }
}

public enum SessionReconciler {
    /// Matches a session's answers to a questionnaire by criterion id.
    ///
    /// Against the very questionnaire text it was saved with, an answer that
    /// does not fit is damage and is refused with its place. Against another
    /// version, answers to criteria that no longer exist move to
    /// `droppedAnswers` (nothing is deleted) and the user is told.
    public static func reconcile(_ session: Session, with q: Questionnaire, file: String) throws(LoadError) -> Reconciliation {
        guard session.questionnaire.id == q.id else {
            throw LoadError(file: file, location: "$.questionnaire.id",
                            kind: .answeredOtherQuestionnaire(answered: session.questionnaire.id, given: q.id))
        }
        let changed = session.questionnaire.contentHash != q.contentHash || session.questionnaire.version != q.version
        var problems: [Problem] = []
        var result = session
        var dropped: [String] = []
        // The usual session fits as it is: nothing to move or report, so the
        // answers need not be put in order (the sorts were most of the time
        // a portfolio of thousands of sessions spent here).
        if !fitsAsIs(session, q) { matchInOrder(session, q, changed: changed, file: file, into: &result, dropped: &dropped, problems: &problems) }
        // Action targets name criteria too. Against the same text they must fit;
        // against another version a target whose criterion is gone is kept, and
        // the follow-up shows it as no longer assessable.
        if !changed { problems += actionTargetProblems(session.actions, q, file: file) }
        problems += conflictProblems(session.conflicts, q, sameText: !changed, file: file)
        guard problems.isEmpty else { throw LoadError(problems) }
        var added: [String] = []
        if changed, let before = session.questionnaire.criterionIDs {
            let old = Set(before)
            added = q.criteria.map(\.id).filter { !old.contains($0) }
        }
        result.questionnaire = QuestionnaireReference(q)
        if let position = result.position, q.criterion(position) == nil { result.position = nil }
        // Every command that opens a session goes through here, and most of
        // them score it, some several times: the answers are laid out once.
        result.layOutAnswers(for: q)
        return Reconciliation(session: result, questionnaireChanged: changed, dropped: dropped, added: added)
    }
}

extension SessionReconciler {
    /// Each answer in id order: moved aside when its criterion or angle is gone
    /// from another version, a problem with its place against the same text.
    static func matchInOrder(_ session: Session, _ q: Questionnaire, changed: Bool, file: String,
                             into result: inout Session, dropped: inout [String], problems: inout [Problem]) {
        for (id, answer) in session.answers.sorted(by: { naturalIDLess($0.key, $1.key) }) {
            let path = "$.answers[\"\(id)\"]"
            guard let criterion = q.criterion(id) else {
                if changed {
                    result.answers[id] = nil
                    result.droppedAnswers[id] = answer
                    dropped.append(id)
                } else {
                    problems.append(Problem(file: file, location: path, kind: .noSuchCriterion(id, questionnaire: q.id, version: q.version)))
                }
                continue
            }
            for (angle, rating) in answer.ratings.sorted(by: { $0.key < $1.key }) {
                guard criterion.question(for: angle) != nil else {
                    if changed {
                        result.answers[id]?.ratings[angle] = nil
                        var kept = result.droppedAnswers[id] ?? CriterionAnswer()
                        kept.ratings[angle] = rating
                        result.droppedAnswers[id] = kept
                        dropped.append("\(id).\(angle)")
                    } else {
                        let expected = criterion.angleIDs
                        problems.append(Problem(file: file, location: "\(path).ratings.\(angle)",
                                                kind: .noSuchAngle(criterion: id, angle: angle, expected: expected)))
                    }
                    continue
                }
                if let kind = q.check(rating) {
                    problems.append(Problem(file: file, location: "\(path).ratings.\(angle)", kind: kind))
                }
            }
            if q.notApplicableIsPerCriterion, let ratings = result.answers[id]?.ratings,
               ratings.values.contains(where: \.isNotApplicable), !ratings.values.allSatisfy(\.isNotApplicable) || ratings.count < criterion.questions.count {
                problems.append(Problem(file: file, location: "\(path).ratings",
                                        kind: .notApplicableWholeCriterion))
            }
        }
    }

    /// True when every answer has its criterion and angles, every rating fits
    /// the scale and N/A the model's rule: exactly when the ordered pass
    /// would drop nothing and find no problem in the answers.
    static func fitsAsIs(_ session: Session, _ q: Questionnaire) -> Bool {
        let perCriterion = q.notApplicableIsPerCriterion
        for (id, answer) in session.answers {
            guard let index = q.criterionIndex[id] else { return false }
            let questions = q.criteria[index].questions
            var notApplicable = 0
            for (angle, rating) in answer.ratings {
                guard questions.contains(where: { $0.angle == angle }), q.check(rating) == nil else { return false }
                if rating.isNotApplicable { notApplicable += 1 }
            }
            if perCriterion, notApplicable > 0, notApplicable < answer.ratings.count || answer.ratings.count < questions.count { return false }
        }
        return true
    }

    /// The assessors' ratings kept in a merged session are ratings too: on the
    /// scale (a hand-edited 1000 is refused like any other), and against the
    /// same text on criteria and angles that exist.
    static func conflictProblems(_ conflicts: [String: CriterionConflict], _ q: Questionnaire, sameText: Bool, file: String) -> [Problem] {
        var problems: [Problem] = []
        for (id, conflict) in conflicts.sorted(by: { naturalIDLess($0.key, $1.key) }) {
            let path = "$.conflicts[\"\(id)\"]"
            let criterion = q.criterion(id)
            if criterion == nil && sameText {
                problems.append(Problem(file: file, location: path, kind: .noSuchCriterion(id, questionnaire: q.id, version: q.version)))
            }
            for (index, answer) in conflict.answers.enumerated() {
                for (angle, rating) in answer.ratings.sorted(by: { $0.key < $1.key }) {
                    let place = "\(path).answers[\(index)].ratings.\(angle)"
                    if let criterion, sameText, criterion.question(for: angle) == nil {
                        problems.append(Problem(file: file, location: place, kind: .noSuchAngle(criterion: id, angle: angle, expected: criterion.angleIDs)))
                    } else if let kind = q.check(rating) {
                        problems.append(Problem(file: file, location: place, kind: kind))
                    }
                }
            }
        }
        return problems
    }

    static func actionTargetProblems(_ actions: [ImprovementAction], _ q: Questionnaire, file: String) -> [Problem] {
        var problems: [Problem] = []
        for (index, action) in actions.enumerated() {
            for (position, target) in action.targets.enumerated() {
                let path = "$.actions[\(index)].targets[\(position)]"
                guard let criterion = q.criterion(target.criterionID) else {
                    problems.append(Problem(file: file, location: "\(path).criterion",
                                            kind: .noSuchCriterion(target.criterionID, questionnaire: q.id, version: q.version)))
                    continue
                }
                if criterion.question(for: target.angle) == nil {
                    problems.append(Problem(file: file, location: "\(path).angle",
                                            kind: .noSuchAngle(criterion: criterion.id, angle: target.angle, expected: criterion.angleIDs)))
                }
                if let kind = q.check(.rated(target.rating)) {
                    problems.append(Problem(file: file, location: "\(path).rating", kind: kind))
                }
            }
        }
        return problems
    }
}
