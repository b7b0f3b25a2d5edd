import MaturityCore
import MaturityPresentation
import TerminalUI

/// The evidence list of the current criterion.
enum EvidenceView {
    static func draw(_ state: WizardState, selection: Int, into grid: inout CellGrid) {
        let t = state.text
        let l = t.language
        guard let a = state.assessment, let criterion = state.currentCriterion else { return }
        HeaderBar.draw(state, title: "\(t(.evidenceList)) · \(criterion.id) \(criterion.title[l])", into: &grid)
        var canvas = Canvas(grid, Rect(row: 2, col: 2, rows: grid.rows - 3, cols: grid.cols - 4))
        let items = a.session.answers[criterion.id]?.evidence ?? []
        if items.isEmpty { canvas.paragraph(t(.noEvidence), style: Styles.muted) }
        for (index, item) in items.enumerated() where canvas.remaining > 1 {
            let selected = index == selection
            let facts = [t.kindName(item.kind), item.seenOn, item.seenBy].filter { !$0.isEmpty }.joined(separator: " · ")
            canvas.segments([((selected ? "▸ " : "  ") + "\(index + 1). \(item.title)", selected ? Styles.highlight : Styles.title),
                             ("  " + facts, Styles.muted)])
            if !item.location.isEmpty { canvas.line(item.location, style: Styles.muted, indent: 5) }
            if !item.note.isEmpty { canvas.paragraph(item.note.replacingAll("\n", with: " ⏎ "), indent: 5, limit: 2) }
        }
        grid = canvas.grid
        StatusBar.draw(state, keys: t.evidenceKeys, into: &grid)
    }
}

/// The action plan: the list with its sort and filters, what the live actions
/// cover of the next level's gap, and in a follow-up the baseline's actions
/// checked against this assessment.
enum ActionsView {
    static func draw(_ state: WizardState, selection: Int, into grid: inout CellGrid) {
        let t = state.text
        guard let a = state.assessment else { return }
        HeaderBar.draw(state, title: t.c(.actionPlan), into: &grid)
        var canvas = Canvas(grid, Rect(row: 2, col: 2, rows: grid.rows - 3, cols: grid.cols - 4))
        let filters = [state.actionSort == .due ? t(.sortDue) : t(.sortMade),
                       state.actionStatusFilter.map(t.statusName) ?? t(.allStatuses),
                       state.actionOwnerFilter ?? t(.allOwners)].joined(separator: " · ")
        canvas.line(filters, style: Styles.muted)
        if let line = coverageLine(a, t) { canvas.paragraph(line, style: Styles.good, limit: 2) }
        canvas.blank()
        let visible = state.visibleActions()
        if visible.isEmpty { canvas.paragraph(t(.noActions), style: Styles.muted) }
        let baselineRoom = a.baselineActions.isEmpty ? 0 : min(a.baselineActions.count + 2, canvas.remaining / 3)
        let room = max(1, canvas.remaining - baselineRoom)
        let first = max(0, min(selection - room / 2, visible.count - room))
        for (offset, action) in visible.dropFirst(first).prefix(room).enumerated() {
            let index = first + offset
            let selected = index == selection
            let ids = action.criterionIDs.joined(separator: ",")
            let facts = [t.statusName(action.status), action.owner, action.due, ids].filter { !$0.isEmpty }.joined(separator: " · ")
            canvas.segments([((selected ? "▸ " : "  ") + "\(action.id) \(action.title)", selected ? Styles.highlight : Styles.title),
                             ("  " + facts, action.status == .dropped ? Styles.muted : .plain)])
        }
        if !a.baselineActions.isEmpty {
            canvas.blank()
            canvas.line(t.c(.baselineActions, URLName.last(a.session.baseline ?? "")), style: Styles.title)
            for action in a.baselineActions where canvas.remaining > 0 {
                let progress = ActionProgress(action, in: a.session, questionnaire: a.questionnaire)
                canvas.line("\(action.id) \(action.title)  " + t.progress(progress, questionnaire: a.questionnaire, session: a.session), indent: 2)
            }
        }
        grid = canvas.grid
        StatusBar.draw(state, keys: t.actionsKeys, into: &grid)
    }

    static func coverageLine(_ a: Assessment, _ t: UIText) -> String? {
        guard let (plan, coverage) = a.coverage else { return nil }
        return ImprovementBuilder(questionnaire: a.questionnaire, session: a.session, catalog: t.c).coverageText(plan, coverage)
    }
}

/// The evidence or action form, boxed over the screen. Returns where the cursor goes.
enum FormView {
    static func draw(_ form: ItemForm, text t: UIText, into grid: inout CellGrid) -> Position? {
        let width = min(grid.cols - 4, 80)
        // The marker, the label, the "*" of a required field and a space before the field.
        let labelWidth = (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 8) + 3
        let fieldWidth = max(8, width - labelWidth - 6)
        let detailLines = form.details.isEmpty ? 0 : min(form.details.count, 4) + 1
        let height = min(grid.rows - 2, form.fields.count + detailLines + 5 + (form.error == nil ? 0 : 1))
        let box = Rect(row: max(1, (grid.rows - height) / 2), col: (grid.cols - width) / 2, rows: height, cols: width)
        grid.fill(box)
        grid.box(box, line: .rounded, style: Styles.focus)
        grid.put(form.title, row: box.row + 1, col: box.col + 2, width: width - 4, style: Styles.title)
        var cursor: Position?
        for (index, field) in form.fields.enumerated() {
            let row = box.row + 2 + index
            guard row < box.bottom - 1 else { break }
            let focused = index == form.focus
            grid.put((focused ? "▸" : " ") + field.label + (field.required ? "*" : ""), row: row, col: box.col + 2, width: labelWidth,
                     style: focused ? Styles.focus : .plain)
            let col = box.col + 2 + labelWidth
            switch field.value {
            case let .text(editor):
                let layout = editor.layout(width: fieldWidth, height: 1)
                grid.put(DisplayWidth.pad(layout.lines.first ?? "", to: fieldWidth), row: row, col: col, width: fieldWidth, style: Style(underline: true))
                if focused { cursor = Position(row: row, col: col + layout.cursor.col) }
            case let .choice(options, chosen):
                grid.put(choices(options, chosen: chosen, width: fieldWidth), row: row, col: col, width: fieldWidth, style: focused ? Styles.highlight : .plain)
            }
        }
        var row = box.row + 2 + form.fields.count
        if !form.details.isEmpty, row < box.bottom - 2 {
            grid.put(Ellipsis.fitted(t.c.labelled(t.c(.actionTargets), t.c.list(Array(form.details.prefix(4)))), to: width - 4), row: row, col: box.col + 2,
                     width: width - 4, style: Styles.muted)
            row += 1
        }
        if let error = form.error, row < box.bottom - 1 {
            grid.put(Ellipsis.fitted("✗ " + error, to: width - 4), row: row, col: box.col + 2, width: width - 4, style: Styles.bad)
        }
        grid.put(StatusBar.line(t.formKeys, width: width - 4).trimmed(), row: box.bottom - 2, col: box.col + 2,
                 width: width - 4, style: Styles.muted)
        return cursor
    }

    /// "[● document] ○ record ○ observation": all the choices where they fit,
    /// else from the chosen one on, with "…" where some are left out.
    static func choices(_ options: [String], chosen: Int, width: Int) -> String {
        let items = options.enumerated().map { $0.offset == chosen ? "[● \($0.element)]" : "○ \($0.element)" }
        let all = items.joined(separator: " ")
        guard DisplayWidth.of(all) > width else { return all }
        var shown = chosen > 0 ? "… " : ""
        for (index, item) in items.enumerated().dropFirst(chosen) {
            let more = index + 1 < items.count ? " …" : ""
            guard DisplayWidth.of(shown + item + more) <= width || index == chosen else { return shown + "…" }
            shown += item + " "
        }
        return Ellipsis.fitted(shown.trimmed(), to: width)
    }
}
