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
        HeaderBar.draw(state, title: "\(t(.appName)) · \(t(.pickModel))", into: &grid)
        let area = Rect(row: 2, col: 2, rows: grid.rows - 4, cols: grid.cols - 4)
        // Summaries for every model where they all fit; else only for the
        // chosen one, and the list scrolls to keep it in view.
        let full = state.models.indices.map { modelLines(state, $0, selected: $0 == selection, width: area.cols, summary: true) }
        let blocks = full.map(\.count).reduce(0, +) <= area.rows ? full
            : state.models.indices.map { modelLines(state, $0, selected: $0 == selection, width: area.cols, summary: $0 == selection) }
        let before = blocks.prefix(selection).map(\.count).reduce(0, +)
        let chosen = blocks[safe: selection]?.count ?? 0
        let total = blocks.map(\.count).reduce(0, +)
        let first = max(0, min(before - max(0, (area.rows - chosen) / 2), total - area.rows))
        var canvas = Canvas(grid, area)
        for line in blocks.joined().dropFirst(first) {
            guard canvas.segments(line.pieces, indent: line.indent) else { break }
        }
        grid = canvas.grid
        StatusBar.draw(state, keys: t.pickModelKeys, into: &grid)
    }

    /// One model in the picker: its title (cut once, at a word, keeping its
    /// code and criterion count), its summary, its notice when chosen, a blank.
    static func modelLines(_ state: WizardState, _ index: Int, selected: Bool, width: Int, summary: Bool) -> [(pieces: [(String, Style)], indent: Int)] {
        guard let q = state.models[safe: index] else { return [] }
        let t = state.text
        let l = t.language
        let count = "  " + t.paren(t(.criteriaCount, q.criteria.count)).trimmed()
        let title = ModelTitle.fit(q.title[l], to: width - 2 - DisplayWidth.of(count))
        var lines: [(pieces: [(String, Style)], indent: Int)] = [([(selected ? "▸ " : "  ", Styles.focus), (title + count, selected ? Styles.title.reversed : Styles.title)], 0)]
        func paragraph(_ text: String, _ style: Style, limit: Int) {
            var wrapped = DisplayWidth.wrap(text, width: width - 4)
            if wrapped.count > limit { wrapped = Array(wrapped.prefix(limit - 1)) + [Ellipsis.cut(wrapped[limit - 1], to: width - 4)] }
            lines += wrapped.map { ([($0, style)], 4) }
        }
        if summary, let text = q.summary { paragraph(text[l], Styles.muted, limit: 2) }
        if selected, let notice = q.notice { paragraph(notice[l], Styles.warning, limit: 3) }
        lines.append(([], 0))
        return lines
    }
}

/// A model's title in the picker's width. A trailing code in brackets
/// ("(CC-CMM-OC)", "（CCCS-OP-2003）") is what tells the models apart, so the
/// words before it give way first.
enum ModelTitle {
    /// Brackets, ASCII and full-width (U+FF08, U+FF09: punctuation, not words).
    static let opening: Set<Character> = ["(", "\u{FF08}"]
    static let closing: Set<Character> = [")", "\u{FF09}"]

    static func fit(_ title: String, to width: Int) -> String {
        guard DisplayWidth.of(title) > width else { return title }
        if let open = title.lastIndex(where: opening.contains), let last = title.last, closing.contains(last) {
            let code = String(title[open...])
            let words = String(title[..<open]).trimmed()
            let room = width - DisplayWidth.of(code) - 1
            if room >= 12 { return Ellipsis.title(words, to: room) + (code.first == "(" ? " " : "") + code }
        }
        return Ellipsis.title(title, to: width)
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
        let heading = form.editing ? t(.editProfileTitle) : t(.profileTitle)
        grid.put(" \(heading) · " + ModelTitle.fit(form.questionnaire.title[l], to: grid.cols - 5 - DisplayWidth.of(heading)), row: 0, col: 0,
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
        // Below the fields, down to the error line: what the years do to the level.
        let y = min(grid.rows - 3, 2 + labels.count * spacing)
        var below = Canvas(grid, Rect(row: y, col: 4, rows: max(1, grid.rows - 2 - y), cols: grid.cols - 6))
        if form.editing, let a = state.assessment, let change = ProfileEdit.levelChange(form, a) {
            // The effect on the level, before anything is saved.
            let text = t.yearsChange((a.session.profile.yearsInOperation, change.profile.yearsInOperation), level: (change.before, change.after))
            below.paragraph("→ " + text, style: change.before == change.after ? Styles.muted : Styles.warning, hanging: 2)
        } else if let hint = yearsHint(form.questionnaire, t) {
            below.paragraph(hint, style: Styles.muted)
        }
        grid = below.grid
        if let error = form.error {
            var bottom = Canvas(grid, Rect(row: grid.rows - 2, col: 2, rows: 1, cols: grid.cols - 4))
            bottom.line("✗ " + error, style: Styles.bad)
            grid = bottom.grid
        }
        grid.fill(Rect(row: grid.rows - 1, col: 0, rows: 1, cols: grid.cols), style: Style(reverse: true))
        grid.put(t(.profileKeyLine), row: grid.rows - 1, col: 0, style: Style(reverse: true))
        return cursor
    }

    /// Whether the model's level rules read the years in operation.
    /// Which levels the years in operation decide, read from the questionnaire's
    /// level rules (never from its id); nil when no level asks for years.
    static func yearsHint(_ q: Questionnaire, _ t: UIText) -> String? {
        guard case let .levels(rules) = q.scoring else { return nil }
        let levels = rules.levels.compactMap { level -> String? in
            let years = level.requirements.compactMap { requirement -> Int? in
                if case let .years(atLeast) = requirement { return atLeast }
                return nil
            }.max()
            return years.map { t(.yearsHintLevel, level.id, $0) }
        }
        return levels.isEmpty ? nil : t(.yearsHint, t.c.list(levels))
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

    /// The header, the rows and the width of each column shown (two spaces between columns).
    static func layout(_ sessions: [SessionSummary], text t: UIText, width: Int) -> (header: String, rows: [String], widths: [Int]) {
        let time: (String) -> String = { String($0.prefix(16)).replacingAll("T", with: " ") }
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
        return (line(columns.map(\.header)), rows, widths)
    }
}
