/// What kind of thing an assessor saw when judging a criterion.
public enum EvidenceKind: String, Sendable, CaseIterable {
    case document, record, observation, interview
}

/// One piece of evidence behind a criterion's rating: what was seen, where,
/// when and by whom, so that a later reader can find it again and judge it.
public struct EvidenceItem: Sendable, Equatable {
    public var title: String
    public var kind: EvidenceKind
    /// A file path (relative to the session file's folder, or absolute) or a
    /// URL; empty when the evidence has no location (an interview, say).
    public var location: String
    /// The day it was seen, YYYY-MM-DD; empty when not recorded.
    public var seenOn: String
    public var seenBy: String
    public var note: String

    public init(title: String, kind: EvidenceKind, location: String = "", seenOn: String = "",
                seenBy: String = "", note: String = "") {
        self.title = title
        self.kind = kind
        self.location = location
        self.seenOn = seenOn
        self.seenBy = seenBy
        self.note = note
    }
}

extension Session {
    /// Every criterion with evidence, in the questionnaire's order, then any others.
    public func evidenceByCriterion(order: [String]) -> [(criterionID: String, items: [EvidenceItem])] {
        let known = order.filter { !(answers[$0]?.evidence.isEmpty ?? true) }
        let knownSet = Set(known)
        let rest = answers.keys.filter { !knownSet.contains($0) && !(answers[$0]?.evidence.isEmpty ?? true) }
            .sorted { naturalIDLess($0, $1) }
        return (known + rest).map { ($0, answers[$0]?.evidence ?? []) }
    }

    /// Criteria rated at the top of the scale (10 of 10) on at least one angle
    /// that carry no evidence: the claims an auditor would ask to see first.
    public func topRatedWithoutEvidence(in questionnaire: Questionnaire) -> [String] {
        let top = questionnaire.scale.top
        return questionnaire.criteria.compactMap { criterion in
            guard let record = answers[criterion.id], record.evidence.isEmpty else { return nil }
            return record.ratings.values.contains { $0.rating == top } ? criterion.id : nil
        }
    }
}
