import MaturityCore
import TerminalUI

/// What the next level needs, in words, and the fewest changes that get there.
enum PlanView {
    static func draw(_ state: WizardState, selection: Int, into grid: inout CellGrid) {
        let t = state.text
        let l = t.language
        HeaderBar.draw(state, title: t.planTitle, into: &grid)
        guard let a = state.assessment else { return }
        var canvas = Canvas(grid, Rect(row: 2, col: 2, rows: grid.rows - 3, cols: grid.cols - 4))
        guard let plan = state.plan else {
            canvas.paragraph(state.planError ?? "", style: Styles.bad)
            grid = canvas.grid
            StatusBar.draw(state, keys: t.planKeys, into: &grid)
            return
        }
        let q = a.questionnaire
        canvas.line("\(plan.current.id) \(plan.current.name[l])  →  \(plan.target.id) \(plan.target.name[l])", style: Styles.title)
        if plan.alreadyMet { canvas.line(t.planNothing, style: Styles.good) }
        for gap in plan.gaps where canvas.remaining > 4 {
            var text = "✗ \(GapPlanPhrases.describe(gap, in: q, l))\(t.colon)\(GapPlanPhrases.actual(gap, l)) / \(GapPlanPhrases.required(gap, l))"
            if let why = GapPlanPhrases.blocker(gap, l) {
                text += " — " + why
            } else if let missing = GapPlanPhrases.shortfall(gap, in: q, counting: plan.counting, l) {
                text += " — " + missing
            }
            canvas.paragraph(text, style: gap.isActionable ? .plain : Styles.warning, hanging: 2, limit: 2)
        }
        if !plan.changes.isEmpty {
            canvas.blank()
            canvas.line(l == .zh ? "最少改动：\(plan.byCriterion.count) 条条目、\(plan.changes.count) 处评分，共 +\(plan.totalEffort) 分"
                                 : "Fewest changes: \(plan.changes.count) answers in \(plan.byCriterion.count) criteria, +\(plan.totalEffort) points",
                        style: Styles.muted)
        }
        let rows = plan.byCriterion
        let visible = max(1, canvas.remaining)
        let first = max(0, min(selection - visible / 2, rows.count - visible))
        for (offset, item) in rows.dropFirst(first).prefix(visible).enumerated() {
            let index = first + offset
            let title = q.criterion(item.criterionID)?.title[l] ?? ""
            let changes = item.changes.map { GapPlanPhrases.change($0, in: q, l) }.joined(separator: l == .zh ? "，" : ", ")
            let line = DisplayWidth.truncate((index == selection ? "▸ " : "  ") + DisplayWidth.fit("\(item.criterionID)  \(title)", to: max(10, canvas.width / 2))
                + "  " + changes, to: canvas.width)
            canvas.line(line, style: index == selection ? Styles.highlight : .plain)
        }
        grid = canvas.grid
        StatusBar.draw(state, keys: t.planKeys, into: &grid)
    }
}
