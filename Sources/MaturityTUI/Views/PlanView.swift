import MaturityCore
import MaturityPresentation
import TerminalUI

/// What the next level needs, in words, and the fewest changes that get there.
/// Every phrase and figure comes from the presentation layer's `PlanWords`,
/// the same that `ccmm plan` and the reports use.
enum PlanView {
    static func draw(_ state: WizardState, selection: Int, into grid: inout CellGrid) {
        let t = state.text
        let l = t.language
        HeaderBar.draw(state, title: t.c(.gapPlanTitle), into: &grid)
        guard let a = state.assessment else { return }
        var canvas = Canvas(grid, Rect(row: 2, col: 2, rows: grid.rows - 3, cols: grid.cols - 4))
        guard let plan = state.plan else {
            canvas.paragraph(state.planError ?? "", style: Styles.bad)
            grid = canvas.grid
            StatusBar.draw(state, keys: t.planKeys, into: &grid)
            return
        }
        let q = a.questionnaire
        let words = PlanWords(plan, questionnaire: q, catalog: Catalog(l),
                              notApplicableCriteria: RequirementWords.notApplicableCriteria(a.session))
        canvas.line("\(words.standing(plan.current))  →  \(words.standing(plan.target))", style: Styles.title)
        if plan.alreadyMet { canvas.paragraph(words.alreadyMet, style: Styles.good, limit: 2) }
        for gap in plan.gaps where canvas.remaining > 4 {
            var text = "✗ \(words.describe(gap))\(t.colon)\(words.actual(gap)) / \(words.required(gap))"
            if let why = words.blocker(gap) {
                text += " — " + why
            } else if let missing = words.shortfall(gap) {
                text += " — " + missing
            }
            canvas.paragraph(text, style: gap.isActionable ? .plain : Styles.warning, hanging: 2, limit: 2)
        }
        if !plan.changes.isEmpty {
            canvas.blank()
            canvas.paragraph(words.summary, style: Styles.muted, limit: 2)
        }
        let rows = plan.byCriterion
        let visible = max(1, canvas.remaining)
        let first = max(0, min(selection - visible / 2, rows.count - visible))
        for (offset, item) in rows.dropFirst(first).prefix(visible).enumerated() {
            let index = first + offset
            let title = words.title(item.criterionID)
            let changes = item.changes.map(words.change).joined(separator: Catalog(l)(.changeSeparator))
            let line = DisplayWidth.truncate((index == selection ? "▸ " : "  ") + DisplayWidth.fit("\(item.criterionID)  \(title)", to: max(10, canvas.width / 2))
                + "  " + changes, to: canvas.width)
            canvas.line(line, style: index == selection ? Styles.highlight : .plain)
        }
        grid = canvas.grid
        StatusBar.draw(state, keys: t.planKeys, into: &grid)
    }
}
