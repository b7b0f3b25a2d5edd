import MaturityCore
import MaturityPresentation
import TerminalUI

/// One criterion: where we are, the requirement, each question with its
/// choices, guidance for the focused one, the note and the flag.
enum CriterionView {
    static func draw(_ state: WizardState, into grid: inout CellGrid) {
        guard let a = state.assessment, let criterion = state.currentCriterion else { return }
        let t = state.text
        let l = t.language
        let q = a.questionnaire
        // Numbered groups show their number ("1.1 文化与战略"); named ones ("enablers") only their title.
        let path = (q.ancestry[criterion.id] ?? []).map { $0.id.contains(where: \.isNumber) ? "\($0.id) \($0.title[l])" : $0.title[l] }
        let crumb = ([q.id.uppercased()] + path).joined(separator: " › ")
        HeaderBar.draw(state, title: crumb, pinned: t(.criterionPosition, state.current + 1, q.criteria.count), into: &grid)

        var main = Rect(row: 1, col: 0, rows: grid.rows - 2, cols: grid.cols)
        let sidePanel = grid.cols >= WizardView.sidePanelSize.cols && grid.rows >= WizardView.sidePanelSize.rows
        if sidePanel {
            let panelWidth = min(60, grid.cols * 43 / 100)
            let (left, right) = main.splitColumns(at: grid.cols - panelWidth)
            main = Rect(row: left.row, col: left.col, rows: left.rows, cols: left.cols - 1)
            grid.verticalLine(row: right.row, col: right.col, length: right.rows, style: Styles.muted)
            ScorecardView.draw(state, into: &grid, rect: Rect(row: right.row, col: right.col + 2, rows: right.rows, cols: right.cols - 3))
        }
        var canvas = Canvas(grid, main)
        canvas.segments(HeaderBar.levelLine(state, compact: sidePanel), indent: 1)
        canvas.rule()

        let record = a.session.answers[criterion.id]
        var titleLine: [(String, Style)] = [("\(criterion.id)  \(criterion.title[l])", Styles.title)]
        switch criterion.provenance {
        case .source: break
        case .reconstructed: titleLine.append(("  [" + t.c(.reportReconstructed) + "]", Styles.muted))
        case .outline: titleLine.append(("  [" + t.c(.reportUnofficialOutline) + "]", Styles.muted))
        }
        if record?.flagged == true { titleLine.append(("  ⚑ " + t.c(.reportFlaggedForReview), Styles.warning)) }
        canvas.segments(titleLine, indent: 1)
        canvas.paragraph(criterion.statement[l], indent: 1, limit: 3)
        // Both questions in full where that leaves the guidance a line per
        // level and the evidence; the blank line under the statement gives way
        // when the guidance needs its row. On a short terminal, as before,
        // only the focused question is in full.
        let guidance = GuidanceView(q, criterion, t, width: main.cols)
        var trial = canvas
        trial.measuring = true
        questionsSection(state, criterion, collapsed: false, into: &trial)
        let room = trial.remaining - 2            // less the rule and the note line
        let collapsed = room < q.scale.values.count + 1
        if !collapsed && room - 1 >= guidance.fixedHeight { canvas.blank() }
        questionsSection(state, criterion, collapsed: collapsed, into: &canvas)
        canvas.rule()
        // The note and flag come last but must not be crowded out by guidance.
        let noteText = record?.note ?? ""
        let noteLine = noteText.isEmpty ? t(.noNote) : noteText.replacingAll("\n", with: " ⏎ ")
        let guidanceRoom = max(0, canvas.remaining - 1)
        if guidanceRoom > 0 {
            var guide = Canvas(canvas.grid, Rect(row: canvas.row, col: main.col, rows: guidanceRoom, cols: main.cols))
            guidance.draw(focus: state.focus, choice: state.highlight ?? CriterionKeys.selectedChoice(state, criterion),
                          notApplicableGuide: t(.notApplicableGuide), into: &guide)
            canvas.grid = guide.grid
            canvas.row = guide.row
        }
        canvas.row = max(canvas.row, main.bottom - 1)
        // The evidence count leads the last line, so a claim without evidence shows at a glance.
        let evidenceCount = record?.evidence.count ?? 0
        canvas.segments([(t(.evidenceCount, evidenceCount) + "  ", evidenceCount == 0 ? Styles.muted : Styles.good),
                         ("\(t.c(.reportNote2))\(t.colon)", Styles.muted), (noteLine, .plain)], indent: 1)
        grid = canvas.grid
        StatusBar.draw(state, keys: t.criterionKeys(choices: q.scale.values.count), into: &grid)
    }

    /// The questions, laid out alike whatever the focus: the focus is the
    /// marker and the head's colour only. An answer moves the focus to the
    /// next question, and only the marker, the chosen mark and the guidance
    /// then change: the choices stay where the key was pressed, and the
    /// terminal is sent little more than the new guidance (bench: bytes per
    /// answer at 80×24). `collapsed` (a short terminal): the questions
    /// without the focus take one line each. Then the N/A line and any
    /// conflict between assessors.
    static func questionsSection(_ state: WizardState, _ criterion: Criterion, collapsed: Bool, into canvas: inout Canvas) {
        guard let a = state.assessment else { return }
        let t = state.text
        let l = t.language
        let q = a.questionnaire
        for (index, question) in criterion.questions.enumerated() {
            let focused = index == state.focus
            let angleTitle = q.angle(question.angle)?.title[l] ?? question.angle
            let head = "\(focused ? "▶ " : "  ")\(angleTitle)\(t.colon)"
            // Lines after the first hang under the angle's name, 2 columns in.
            let width = max(10, canvas.width - 3)
            let firstWidth = max(10, canvas.width - DisplayWidth.of(head) - 1)
            var lines = collapsed && !focused ? [Ellipsis.fitted(question.text[l], to: firstWidth)]
                : DisplayWidth.wrap(question.text[l], width: width, firstLineWidth: firstWidth)
            if lines.count > 3 { lines = Array(lines.prefix(2)) + [Ellipsis.cut(lines[2], to: width)] }
            for (offset, text) in lines.enumerated() {
                if offset == 0 {
                    canvas.segments([(head, focused ? Styles.focus : .plain), (text, .plain)], indent: 1)
                } else {
                    canvas.line(text, indent: 3)
                }
            }
            for line in choiceLines(state, criterion, question, focused: focused, width: canvas.width - 4) {
                canvas.segments(line, indent: 4)
            }
            if !q.notApplicableIsPerCriterion, case let .notApplicable(reason)? = a.session.answer(criterion.id, question.angle) {
                canvas.line(Ellipsis.cut(reason, to: canvas.width - 6), style: Styles.warning, indent: 6)
            }
        }
        if q.scale.allowsNotApplicable && q.notApplicableIsPerCriterion {
            notApplicableLine(state, criterion, into: &canvas)
        }
        if let conflict = a.session.conflicts[criterion.id] {
            // Every assessor's answer side by side, for the facilitator who settles it.
            canvas.line("≠ " + t(.conflictTitle), style: Styles.warning, indent: 1)
            for answer in conflict.answers where canvas.remaining > 4 {
                let parts = criterion.questions.map { question in
                    "\(q.angle(question.angle)?.title[l] ?? question.angle) \(AnswerWords.assessor(answer.ratings[question.angle], Catalog(l)))"
                }.joined(separator: "  ")
                canvas.line("\(answer.assessor)\(t.colon)\(parts)", indent: 3)
            }
            canvas.line(t(.settleHint), style: Styles.muted, indent: 3)
        }
    }

    /// The choices of a question, wrapped into as many lines as the width needs.
    /// The chosen answer is marked ● (not by colour alone); the highlight is reversed.
    static func choiceLines(_ state: WizardState, _ criterion: Criterion, _ question: Question, focused: Bool, width: Int) -> [[(String, Style)]] {
        guard let a = state.assessment else { return [] }
        let l = state.language
        let scale = a.questionnaire.scale
        let answer = a.session.answer(criterion.id, question.angle)
        var items: [(String, Style)] = []
        for (index, value) in scale.values.enumerated() {
            let chosen = answer == .rated(value)
            let label = scale.labels[value]?[l] ?? String(value)
            let text = scale.values == Array(1...scale.values.count) ? "\(chosen ? "●" : "○")\(index + 1) \(label)" : "\(chosen ? "●" : "○")\(index + 1) \(label)·\(value)"
            items.append((text, style(chosen: chosen, highlighted: focused && state.highlight == index)))
        }
        // Where N/A covers the whole criterion it is offered once, below the questions.
        if scale.allowsNotApplicable && !a.questionnaire.notApplicableIsPerCriterion {
            let chosen = answer?.isNotApplicable == true
            items.append(("\(chosen ? "●" : "○")n \(state.text.c(.notApplicableShort))", style(chosen: chosen, highlighted: focused && state.highlight == scale.values.count)))
        }
        var lines: [[(String, Style)]] = [[]]
        var used = 0
        for item in items {
            let w = DisplayWidth.of(item.0) + 2
            if used > 0 && used + w > width {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append((item.0, item.1))
            lines[lines.count - 1].append(("  ", .plain))
            used += w
        }
        return lines
    }

    /// The criterion's one N/A choice: offered ("○n N/A (the whole criterion)"),
    /// or chosen with its reason, which stays in view ("●n N/A: reason").
    static func notApplicableLine(_ state: WizardState, _ criterion: Criterion, into canvas: inout Canvas) {
        guard let a = state.assessment else { return }
        let t = state.text
        let highlighted = state.highlight == a.questionnaire.scale.values.count
        guard let reason = a.session.answers[criterion.id].flatMap({ $0.isNotApplicable ? $0.notApplicableReason ?? "" : nil }) else {
            canvas.segments([("○n " + t.c(.notApplicableWholeCriterion), style(chosen: false, highlighted: highlighted))], indent: 1)
            return
        }
        let head = "●n \(t.c(.notApplicableShort))\(t.colon)"
        let room = canvas.width - 1 - DisplayWidth.of(head)
        // Two lines at most, one when only the rule and the note line are left below.
        let limit = max(1, min(2, canvas.remaining - 2))
        var lines = DisplayWidth.wrap(reason.replacingAll("\n", with: " "), width: max(room, 10))
        if lines.count > limit { lines = Array(lines.prefix(limit - 1)) + [Ellipsis.cut(lines[limit - 1], to: max(room, 10))] }
        canvas.segments([(head, style(chosen: true, highlighted: highlighted)), (lines.first ?? "", Styles.warning)], indent: 1)
        for more in lines.dropFirst() { canvas.line(more, style: Styles.warning, indent: 1 + DisplayWidth.of(head)) }
    }

    static func style(chosen: Bool, highlighted: Bool) -> Style {
        var style = chosen ? Styles.chosen : Style.plain
        if highlighted { style = style.reversed }
        return style
    }
}
