import MaturityCore
import MaturityPresentation

/// The evidence register's and the action plan's words the wizard chooses by
/// a value; the words themselves are the catalog's (the builder's tables and
/// `ccmm actions` say them alike).
extension UIText {
    func kindName(_ kind: EvidenceKind) -> String { c.evidenceKind(kind) }
    func statusName(_ status: ActionStatus) -> String { c.actionStatus(status) }

    /// A baseline action with whether its criteria reached their targets now,
    /// in the words of `ccmm actions` and the reports.
    func progress(_ progress: ActionProgress, questionnaire q: Questionnaire, session: Session) -> String {
        let mark: String
        switch progress.overall {
        case .reached: mark = "✓"
        case .partly: mark = "◐"
        case .notReached: mark = "✗"
        case .nothingToCheck: mark = "—"
        }
        return mark + " " + ImprovementBuilder(questionnaire: q, session: session, catalog: c).resultText(progress)
    }
}
