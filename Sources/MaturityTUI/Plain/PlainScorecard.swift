import MaturityCore
import MaturityPresentation

/// The scorecard for the plain front: the same document `ccmm score` prints
/// (ScorecardBuilder), written line by line without table rules, bars or marks.
enum PlainScorecard {
    static func text(_ state: WizardState) -> String {
        guard let a = state.assessment else { return "" }
        let catalog = Catalog(state.language)
        let document = ScorecardBuilder(a.scorecard, questionnaire: a.questionnaire, session: a.session, catalog: catalog).document()
        var text = PlainWriter.write(document, catalog)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
