/// A session's answers laid out in one questionnaire's reading order, kept
/// with the session from the moment it is opened and changed with it one
/// criterion at a time. Scoring then reads flat arrays front to back.
///
/// Laying the answers out looks each criterion up by id in the answers
/// dictionary and reads its own ratings dictionary: two reads scattered over
/// memory per criterion. With tens of thousands of criteria those no longer
/// fit in the caches and each costs a trip to memory, so a sheet made afresh
/// for every score took three times as long per criterion at 100,000 as at
/// 1,000. Kept, that work is done once when the session is opened.
struct KeptAnswerSheet: Sendable {
    private(set) var sheet: AnswerSheet
    /// Each criterion id's place in reading order: the questionnaire's own
    /// index (shared, not copied), used only when every id is distinct.
    private let positions: [String: Int]

    /// Nil when the questionnaire has a criterion id twice: one change would
    /// then belong in two places, and such a session is scored the long way.
    init?(_ session: Session, for q: Questionnaire) {
        let layout = ScoringLayout.of(q)
        // Only the layout made with `q` is known to share `criterionIndex`'s order.
        guard layout.isSame(as: q.layout), q.criterionIndex.count == layout.criterionCount else { return nil }
        sheet = AnswerSheet(session, layout: layout)
        positions = q.criterionIndex
    }

    func isLaidOut(for layout: ScoringLayout) -> Bool { sheet.layout.isSame(as: layout) }

    /// A criterion's record changed: its questions take the new ratings.
    /// Ids the questionnaire lacks have no place and change nothing, as a
    /// fresh sheet would leave them out too.
    mutating func enter(_ record: CriterionAnswer?, criterion id: String) {
        guard let index = positions[id] else { return }
        sheet.enter(record?.ratings, criterion: index)
    }
}

/// Where a session keeps its sheet. The sheet is derived from the answers,
/// which `Session`'s equality already compares: two sessions with the same
/// answers are equal whether or not either was laid out, so this always is.
struct KeptSheetSlot: Sendable, Equatable {
    var sheet: KeptAnswerSheet?

    static func == (lhs: KeptSheetSlot, rhs: KeptSheetSlot) -> Bool { true }
}

extension Session {
    /// Lays the answers out for scoring with `q` and keeps them so, unless
    /// they already are: opening a session does this once, and the session's
    /// own changes (`setAnswer`, `update`, `restore`, `settle`) keep the sheet current.
    /// Any other change to `answers` drops it, and scoring then lays the
    /// answers out afresh each time until this is called again.
    public mutating func layOutAnswers(for q: Questionnaire) {
        if let keptSheet, keptSheet.isLaidOut(for: .of(q)) { return }
        keptSheet = KeptAnswerSheet(self, for: q)
    }

    /// The kept sheet, when it was laid out for `layout`.
    func answerSheet(for layout: ScoringLayout) -> AnswerSheet? {
        guard let keptSheet, keptSheet.isLaidOut(for: layout) else { return nil }
        return keptSheet.sheet
    }

    /// Stores a criterion's record and moves the kept sheet with it. The sheet
    /// is taken out first, so that its arrays are changed in place rather
    /// than copied, and put back after the write to `answers` (which drops it).
    mutating func store(_ record: CriterionAnswer?, criterion: String) {
        var kept = keptSheet
        keptSheet = nil
        answers[criterion] = record
        kept?.enter(record, criterion: criterion)
        keptSheet = kept
    }
}
