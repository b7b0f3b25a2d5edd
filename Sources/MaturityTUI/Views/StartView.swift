import MaturityCore
import TerminalUI

/// Saved assessments (newest first) and "new assessment"; then the model picker.
enum StartView {
    static func draw(_ state: WizardState, selection: Int, into grid: inout CellGrid) {
        let t = state.text
        HeaderBar.draw(state, title: "\(t(.appName)) · \(t(.startTitle))", into: &grid)
        let body = Rect(row: 2, col: 2, rows: grid.rows - 5, cols: grid.cols - 4)
        let readable = state.sessions.filter { $0.problem == nil }
        let table = SessionTable.layout(readable, text: t, width: body.cols - 2)
        grid.put(table.header, row: body.row, col: body.col + 2, width: body.cols - 2, style: Styles.muted)
        var lines: [(String, Style)] = [(t(.newAssessment), Styles.focus)]
        var rows = table.rows.makeIterator()
        for summary in state.sessions {
            if let problem = summary.problem {
                lines.append((DisplayWidth.truncate("\(URLName.last(summary.path))  — \(t(.unreadable)): \(problem)", to: body.cols - 2), Styles.bad))
            } else {
                lines.append((rows.next() ?? "", .plain))
            }
        }
        let visibleRows = body.rows - 1
        let first = max(0, min(selection - visibleRows / 2, lines.count - visibleRows))
        for (offset, line) in lines.dropFirst(first).prefix(visibleRows).enumerated() {
            let index = first + offset
            let y = body.row + 1 + offset
            grid.put(index == selection ? "▸" : " ", row: y, col: body.col, style: Styles.focus)
            grid.put(line.0, row: y, col: body.col + 2, width: body.cols - 2, style: index == selection ? line.1.reversed : line.1)
        }
        if state.sessions.isEmpty { grid.put(t(.noSessions), row: body.row + 3, col: body.col + 2, style: Styles.muted) }
        // The selected session's file, so the manager knows where it lives.
        if let summary = state.sessions[safe: selection - 1] {
            grid.put(DisplayWidth.keepingEnd(t.c.labelled(t.c.portfolio(.file), summary.path), to: grid.cols - 4), row: grid.rows - 2, col: 2, style: Styles.muted)
        }
        StatusBar.draw(state, keys: t.startKeys, into: &grid)
    }

    static func drawModels(_ state: WizardState, selection: Int, into grid: inout CellGrid) {
        let t = state.text
        let l = t.language
        HeaderBar.draw(state, title: "\(t(.appName)) · \(t(.pickModel))", into: &grid)
        var canvas = Canvas(grid, Rect(row: 2, col: 2, rows: grid.rows - 4, cols: grid.cols - 4))
        for (index, q) in state.models.enumerated() {
            let selected = index == selection
            canvas.segments([(selected ? "▸ " : "  ", Styles.focus),
                             ("\(q.title[l])  (\(t(.criteriaCount, q.criteria.count)))", selected ? Styles.title.reversed : Styles.title)])
            if let summary = q.summary { canvas.paragraph(summary[l], style: Styles.muted, indent: 4, limit: 2) }
            if let notice = q.notice, selected { canvas.paragraph(notice[l], style: Styles.warning, indent: 4, limit: 3) }
            canvas.blank()
        }
        grid = canvas.grid
        StatusBar.draw(state, keys: t.pickModelKeys, into: &grid)
    }
}

enum URLName {
    static func last(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// The new-assessment profile form. Returns where the cursor goes.
enum ProfileView {
    static func draw(_ form: ProfileForm, state: WizardState, into grid: inout CellGrid) -> Position? {
        let t = UIText(form.language)
        let l = t.language
        grid.fill(Rect(row: 0, col: 0, rows: 1, cols: grid.cols), style: Styles.header)
        grid.put(" \(form.editing ? t(.editProfileTitle) : t(.profileTitle)) · \(form.questionnaire.title[l])", row: 0, col: 0,
                 width: grid.cols - 1, style: Styles.header)
        let labels: [(ProfileForm.Field, String, LineEditor?)] = [
            (.centre, t.c(.centre), form.centre), (.site, t.c(.site), form.site), (.assessor, t.c(.assessor), form.assessor),
            (.date, t.c(.date), form.date), (.years, t.c(.yearsInOperation), form.years), (.language, t(.languageField), nil), (.start, "", nil),
        ]
        let labelWidth = labels.map { DisplayWidth.of($0.1) }.max().map { $0 + 2 } ?? 12
        let fieldCol = 4 + labelWidth
        let fieldWidth = max(10, min(50, grid.cols - fieldCol - 4))
        var cursor: Position?
        // A blank line between fields where there is room; none on a 16-row terminal.
        let spacing = grid.rows >= 2 + labels.count * 2 + 4 ? 2 : 1
        for (offset, item) in labels.enumerated() {
            let y = 2 + offset * spacing
            guard y < grid.rows - 2 else { break }
            let focused = form.focus == item.0
            grid.put(focused ? "▸" : " ", row: y, col: 2, style: Styles.focus)
            switch item.0 {
            case .language:
                grid.put(item.1, row: y, col: 4, style: focused ? Styles.focus : .plain)
                // Each language named in the interface's own: no Chinese in the English UI.
                let zh = (form.language == .zh ? "[● " : "[○ ") + t(.languageChinese) + "]"
                let en = (form.language == .en ? "[● " : "[○ ") + t(.languageEnglish) + "]"
                grid.put("\(zh)  \(en)", row: y, col: fieldCol, style: focused ? Styles.highlight : .plain)
            case .start:
                grid.put("[ \(form.editing ? t(.saveProfileButton) : t(.startButton)) ]", row: y, col: fieldCol, style: focused ? Styles.highlight.bolded : Styles.title)
            default:
                guard let editor = item.2 else { continue }
                grid.put(item.1, row: y, col: 4, style: focused ? Styles.focus : .plain)
                let layout = editor.layout(width: fieldWidth, height: 1)
                grid.put(DisplayWidth.pad(layout.lines.first ?? "", to: fieldWidth), row: y, col: fieldCol, width: fieldWidth, style: Style(underline: true))
                if focused { cursor = Position(row: y, col: fieldCol + layout.cursor.col) }
            }
        }
        if form.editing, let a = state.assessment, let change = ProfileEdit.levelChange(form, a) {
            // The effect on the level, before anything is saved.
            let y = min(grid.rows - 3, 2 + labels.count * spacing)
            let text = t.yearsChange((a.session.profile.yearsInOperation, change.profile.yearsInOperation), level: (change.before, change.after))
            grid.put("→ " + text, row: y, col: 4, width: grid.cols - 6, style: change.before == change.after ? Styles.muted : Styles.warning)
        } else if form.questionnaire.id == "cc-cmm-oc" || containsYears(form.questionnaire) {
            let y = min(grid.rows - 3, 2 + labels.count * spacing)
            grid.put(t(.yearsHint), row: y, col: 4, width: grid.cols - 6, style: Styles.muted)
        }
        if let error = form.error { grid.put("✗ " + error, row: grid.rows - 2, col: 2, width: grid.cols - 4, style: Styles.bad) }
        grid.fill(Rect(row: grid.rows - 1, col: 0, rows: 1, cols: grid.cols), style: Style(reverse: true))
        grid.put(t(.profileKeyLine), row: grid.rows - 1, col: 0, style: Style(reverse: true))
        return cursor
    }

    /// Whether the model's level rules read the years in operation.
    static func containsYears(_ q: Questionnaire) -> Bool {
        guard case let .levels(rules) = q.scoring else { return false }
        return rules.levels.contains { $0.requirements.contains { if case .years = $0 { return true }; return false } }
    }
}

/// The columns of the session list. Each column is as wide as its widest
/// cell (capped), columns are two spaces apart, and when they do not all fit
/// the least important go first — columns never touch or overlap.
enum SessionTable {
    struct Column {
        var header: String
        var cells: [String]
        var alignment: TextAlignment
        /// Lower goes first when room runs out.
        var priority: Int
        var cap: Int
    }

    static let gap = 2

    static func layout(_ sessions: [SessionSummary], text t: UIText, width: Int) -> (header: String, rows: [String]) {
        let time: (String) -> String = { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") }
        var columns = [
            Column(header: t.c(.centre), cells: sessions.map(\.centre), alignment: .left, priority: 9, cap: 30),
            Column(header: t.c(.site), cells: sessions.map(\.site), alignment: .left, priority: 2, cap: 16),
            Column(header: t.c(.assessor), cells: sessions.map(\.assessor), alignment: .left, priority: 3, cap: 12),
            Column(header: t(.modelColumn), cells: sessions.map(\.model), alignment: .left, priority: 5, cap: 16),
            Column(header: t.c(.answered), cells: sessions.map { "\($0.answered)/\($0.questions)" }, alignment: .right, priority: 8, cap: 9),
            Column(header: t.c(.level), cells: sessions.map(\.level), alignment: .left, priority: 7, cap: 12),
            Column(header: t.c(.date), cells: sessions.map(\.date), alignment: .left, priority: 4, cap: 10),
            Column(header: t(.lastChange), cells: sessions.map { time($0.updatedAt) }, alignment: .left, priority: 6, cap: 16),
        ].filter { column in column.priority == 9 || column.cells.contains { !$0.isEmpty } }
        var widths = columns.map { column in min(column.cap, ([column.header] + column.cells).map { DisplayWidth.of($0) }.max() ?? 0) }
        func total() -> Int { widths.reduce(0, +) + gap * max(widths.count - 1, 0) }
        while total() > width, columns.count > 1 {
            guard let drop = columns.indices.filter({ columns[$0].priority != 9 }).min(by: { columns[$0].priority < columns[$1].priority }) else { break }
            columns.remove(at: drop)
            widths.remove(at: drop)
        }
        // Whatever is left over narrows the centre (cut with "…"), never the gaps.
        if total() > width, let centre = columns.firstIndex(where: { $0.priority == 9 }) {
            widths[centre] = max(4, widths[centre] - (total() - width))
        }
        let separator = String(repeating: " ", count: gap)
        func line(_ cells: [String]) -> String {
            zip(cells, zip(widths, columns)).map { DisplayWidth.fit($0, to: $1.0, alignment: $1.1.alignment) }.joined(separator: separator)
        }
        let rows = sessions.indices.map { index in line(columns.map { $0.cells[index] }) }
        return (line(columns.map(\.header)), rows)
    }
}
