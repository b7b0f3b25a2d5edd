import MaturityCore

/// What a reader must know when a session was answered against another
/// version of its questionnaire: said the same by every command and report.
public enum ReconciliationNotes {
    public static func notices(_ reconciliation: Reconciliation, questionnaire q: Questionnaire, _ c: Catalog) -> [Notice] {
        guard reconciliation.questionnaireChanged else { return [] }
        var notices = [Notice(.warning, c(.reconciledNote, q.version))]
        if !reconciliation.dropped.isEmpty { notices.append(Notice(.warning, c.labelled(c(.droppedAnswers), c.list(reconciliation.dropped)))) }
        if !reconciliation.added.isEmpty { notices.append(Notice(.warning, c.labelled(c(.newCriteria), c.list(reconciliation.added)))) }
        return notices
    }

    public static func texts(_ reconciliation: Reconciliation, questionnaire q: Questionnaire, _ c: Catalog) -> [String] {
        notices(reconciliation, questionnaire: q, c).map(\.text)
    }
}
