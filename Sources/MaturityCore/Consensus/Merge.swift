/// One assessor's session and the file it came from.
public struct MergeInput: Sendable {
    public var session: Session
    /// Named in messages, and the assessor's name when the profile gives none.
    public var file: String

    public init(session: Session, file: String) {
        self.session = session
        self.file = file
    }
}

/// Why sessions could not be merged, naming the files concerned; the
/// presentation layer words it.
public enum MergeError: Error, Sendable {
    /// Fewer than two sessions.
    case tooFew(Int)
    /// Two files answered against different questionnaires, versions or texts.
    case differentQuestionnaires(file: String, QuestionnaireReference, otherFile: String, QuestionnaireReference)
    /// An input is itself a merge with conflicts left to settle.
    case unsettledConflicts(file: String, count: Int)
}

/// A consensus session and what the merge found.
public struct MergeResult: Sendable {
    public var session: Session
    /// One per input, in input order, as they appear in conflicts.
    public var assessors: [String]
    public var agreement: AgreementReport
    /// Things the user should know that are not conflicts (profiles that differ…).
    public var remarks: [MergeRemark]
}

/// Consolidates several assessors' sessions of the same questionnaire.
///
/// Per criterion and angle: the answers of the assessors who answered it are
/// compared (an assessor who left it unanswered gives no opinion). When they
/// are all the same category (the same scale value, or all N/A) that answer is
/// taken. When they differ the criterion is in conflict on that angle, every
/// assessor's answer and note is kept, and the merged answer is the lowest
/// rating given (N/A against a rating is a disagreement, and the rating
/// counts), so that scoring never credits more than the most cautious
/// assessor until a facilitator settles it. Where N/A must cover a whole
/// criterion (points models) and the merged angles would mix N/A with ratings,
/// the N/A angles are left unanswered (scored 0) and marked in conflict.
public enum Consensus {
    /// Refuses inputs answered against different questionnaires (id, version or content).
    public static func checkSameQuestionnaire(_ inputs: [MergeInput]) throws(MergeError) {
        guard let first = inputs.first else { return }
        for other in inputs.dropFirst() {
            let a = first.session.questionnaire, b = other.session.questionnaire
            guard a.id != b.id || a.version != b.version || a.contentHash != b.contentHash else { continue }
            throw MergeError.differentQuestionnaires(file: first.file, a, otherFile: other.file, b)
        }
    }

    /// Each input's assessor: the profile's name, else the file name without
    /// folder and ".json"; names given twice get their file name added.
    public static func assessorNames(_ inputs: [MergeInput]) -> [String] {
        let files = inputs.map { fileStem($0.file) }
        var names = zip(inputs, files).map { input, file in
            let name = trim(input.session.profile.assessor)
            return name.isEmpty ? file : name
        }
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        for index in names.indices where (counts[names[index]] ?? 0) > 1 && names[index] != files[index] {
            names[index] += " (\(files[index]))"
        }
        var seen: [String: Int] = [:]
        for index in names.indices {
            seen[names[index], default: 0] += 1
            if let count = seen[names[index]], count > 1 { names[index] += " #\(count)" }
        }
        return names
    }

    static func trim(_ text: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, first.isWhitespace { rest = rest.dropFirst() }
        while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
        return String(rest)
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".json") && name.count > 5 ? String(name.dropLast(5)) : name
    }

    /// Merges two or more sessions, already reconciled with `questionnaire`.
    public static func merge(_ inputs: [MergeInput], questionnaire q: Questionnaire, at time: String) throws(MergeError) -> MergeResult {
        guard inputs.count >= 2 else { throw MergeError.tooFew(inputs.count) }
        try checkSameQuestionnaire(inputs)
        for input in inputs where !input.session.conflicts.isEmpty {
            throw MergeError.unsettledConflicts(file: input.file, count: input.session.conflicts.count)
        }
        let names = assessorNames(inputs)
        var answers: [String: CriterionAnswer] = [:]
        var conflicts: [String: CriterionConflict] = [:]
        for criterion in q.criteria {
            let records = inputs.map { $0.session.answers[criterion.id] }
            guard records.contains(where: { $0 != nil }) else { continue }
            var merged = CriterionAnswer()
            var disputed: [String] = []
            for angle in criterion.angleIDs {
                let given = zip(names, records).compactMap { name, record in record?.ratings[angle].map { (name, $0) } }
                guard let first = given.first else { continue }
                if given.allSatisfy({ AgreementCategory($0.1) == AgreementCategory(first.1) }) {
                    merged.ratings[angle] = first.1.isNotApplicable ? .notApplicable(reason: combinedReason(given)) : first.1
                } else {
                    disputed.append(angle)
                    merged.ratings[angle] = given.compactMap { $0.1.rating }.min().map(AngleAnswer.rated)
                }
            }
            if q.notApplicableIsPerCriterion, merged.ratings.values.contains(where: \.isNotApplicable),
               merged.ratings.count < criterion.questions.count || !merged.ratings.values.allSatisfy(\.isNotApplicable) {
                for angle in criterion.angleIDs where merged.ratings[angle]?.isNotApplicable == true {
                    merged.ratings[angle] = nil
                    if !disputed.contains(angle) { disputed.append(angle) }
                }
                disputed = criterion.angleIDs.filter(disputed.contains)
            }
            merged.note = combinedNote(zip(names, records).map { ($0, $1?.note ?? "") })
            merged.flagged = records.contains { $0?.flagged == true }
            // Every assessor's evidence is kept, each item once.
            for item in records.flatMap({ $0?.evidence ?? [] }) where !merged.evidence.contains(item) {
                merged.evidence.append(item)
            }
            merged.changedAt = time
            if !disputed.isEmpty {
                conflicts[criterion.id] = CriterionConflict(
                    answers: zip(names, records).map { AssessorAnswer(assessor: $0, ratings: $1?.ratings ?? [:], note: $1?.note ?? "") },
                    angles: disputed)
            }
            if !merged.isEmpty { answers[criterion.id] = merged }
        }
        var remarks: [MergeRemark] = []
        let profile = mergedProfile(inputs, names: names, date: String(time.prefix(10)), remarks: &remarks)
        var dropped: [String: CriterionAnswer] = [:]
        for input in inputs {
            for (id, answer) in input.session.droppedAnswers where dropped[id] == nil { dropped[id] = answer }
        }
        if !dropped.isEmpty {
            remarks.append(.droppedAnswersKept(dropped.count))
        }
        let session = Session(questionnaire: QuestionnaireReference(q), profile: profile, answers: answers,
                              createdAt: time, updatedAt: time, droppedAnswers: dropped, conflicts: conflicts)
        let agreement = Agreement.report(inputs.map(\.session), assessors: names, questionnaire: q)
        return MergeResult(session: session, assessors: names, agreement: agreement, remarks: remarks)
    }

    /// The same reason from everyone stays as it is; different reasons are listed by assessor.
    static func combinedReason(_ given: [(String, AngleAnswer)]) -> String {
        let reasons = given.compactMap { name, answer -> (String, String)? in
            if case let .notApplicable(reason) = answer { return (name, reason) }
            return nil
        }
        if let first = reasons.first, reasons.allSatisfy({ $0.1 == first.1 }) { return first.1 }
        return reasons.map { "\($0): \($1)" }.joined(separator: "; ")
    }

    /// Every assessor's note on its own line after the assessor's name; the
    /// same note from several assessors is written once, after all their names.
    static func combinedNote(_ notes: [(String, String)]) -> String {
        var grouped: [(names: [String], note: String)] = []
        for (name, note) in notes where !trim(note).isEmpty {
            if let index = grouped.firstIndex(where: { $0.note == note }) {
                grouped[index].names.append(name)
            } else {
                grouped.append(([name], note))
            }
        }
        let text = grouped.map { "\($0.names.joined(separator: ", ")): \($0.note)" }.joined(separator: "\n")
        guard text.count > maximumNoteLength else { return text }
        return String(text.prefix(maximumNoteLength - 1)) + "…"
    }

    private static func mergedProfile(_ inputs: [MergeInput], names: [String], date: String, remarks: inout [MergeRemark]) -> Profile {
        let profiles = inputs.map(\.session.profile)
        func agreed(_ field: KeyPath<Profile, String>, _ remark: ([String]) -> MergeRemark) -> String {
            var values: [String] = []
            for value in profiles.map({ trim($0[keyPath: field]) }) where !value.isEmpty && !values.contains(value) {
                values.append(value)
            }
            if values.count > 1 {
                remarks.append(remark(values))
            }
            return values.first ?? ""
        }
        var profile = Profile(language: profiles.first?.language ?? .zh)
        profile.centre = agreed(\.centre, MergeRemark.differentCentres)
        profile.site = agreed(\.site, MergeRemark.differentSites)
        profile.assessor = names.joined(separator: ", ")
        profile.date = date
        let years = profiles.compactMap(\.yearsInOperation)
        profile.yearsInOperation = years.min()
        if let low = years.min(), let high = years.max(), low != high {
            remarks.append(.differentYears(low: low, high: high))
        }
        return profile
    }
}

/// Something a reader of a merge must know; the presentation layer says it.
public enum MergeRemark: Sendable, Equatable {
    /// The assessors named the centre differently; the first is used.
    case differentCentres([String])
    case differentSites([String])
    /// The assessors gave different years in operation; the lower is used.
    case differentYears(low: Int, high: Int)
    /// Answers to criteria the questionnaire no longer has, kept from the first file that has them.
    case droppedAnswersKept(Int)
}

/// What an answer says for agreement purposes: a scale value, or N/A (whatever the reason).
enum AgreementCategory: Hashable {
    case value(Int)
    case notApplicable

    init(_ answer: AngleAnswer) {
        switch answer {
        case let .rated(value): self = .value(value)
        case .notApplicable: self = .notApplicable
        }
    }
}
