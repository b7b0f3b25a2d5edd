import MaturityCore
import TerminalUI

/// A box over the screen for typing a reason, a note or a path.
enum PromptView {
    static func draw(_ prompt: Prompt, text t: UIText, into grid: inout CellGrid) -> Position? {
        let title: String
        switch prompt.purpose {
        case .notApplicableReason: title = t(.naReasonPrompt)
        case .note: title = t(.notePrompt)
        case .saveAs: title = t(.saveAsPrompt)
        case .search: title = t(.searchPrompt)
        case .reportPath: title = t(.reportPathPrompt)
        case .rename: title = t(.renamePrompt)
        }
        let width = min(grid.cols - 4, 76)
        let editorHeight = prompt.editor.isMultiline ? min(8, grid.rows - 8) : 1
        let titleLines = DisplayWidth.wrap(title, width: width - 4)
        let height = editorHeight + titleLines.count + 4 + (prompt.error == nil ? 0 : 1)
        let box = Rect(row: max(1, (grid.rows - height) / 2), col: (grid.cols - width) / 2, rows: height, cols: width)
        grid.fill(box)
        grid.box(box, line: .rounded, style: Styles.focus)
        for (offset, line) in titleLines.enumerated() { grid.put(line, row: box.row + 1 + offset, col: box.col + 2, style: Styles.title) }
        let fieldRow = box.row + 2 + titleLines.count
        let fieldWidth = width - 4
        let layout = prompt.editor.layout(width: fieldWidth, height: editorHeight)
        for offset in 0..<editorHeight {
            grid.put(DisplayWidth.pad(layout.lines[safe: offset] ?? "", to: fieldWidth), row: fieldRow + offset, col: box.col + 2, width: fieldWidth, style: Style(underline: true))
        }
        if let error = prompt.error { grid.put("✗ " + error, row: fieldRow + editorHeight + 1, col: box.col + 2, width: fieldWidth, style: Styles.bad) }
        return Position(row: fieldRow + layout.cursor.row, col: box.col + 2 + layout.cursor.col)
    }
}

/// Every key of the screen help was opened from, in the interface language.
/// Longer than a small terminal: it scrolls by key, and says which part is shown.
enum HelpView {
    static func draw(_ state: WizardState, back: ReturnScreen, into grid: inout CellGrid) {
        let t = state.text
        HeaderBar.draw(state, title: "\(t(.appName)) · \(t(.keysTitle))", into: &grid)
        let entries = HelpKeys.entries(state, back)
        let keyWidth = HelpKeys.keyWidth(entries)
        var canvas = Canvas(grid, HelpKeys.area(grid.size))
        let first = min(max(state.helpScroll, 0), HelpKeys.lastFirst(entries, size: grid.size))
        var last = first
        for (index, entry) in entries.enumerated().dropFirst(first) {
            let lines = DisplayWidth.wrap(entry.long, width: max(10, canvas.width - keyWidth))
            guard canvas.remaining >= lines.count else { break }
            canvas.segments([(DisplayWidth.fit(entry.keys, to: keyWidth), Styles.focus), (lines.first ?? "", .plain)])
            for more in lines.dropFirst() { canvas.line(more, indent: keyWidth) }
            last = index
        }
        grid = canvas.grid
        let position = t.helpPosition(first: first + 1, last: last + 1, of: entries.count)
        StatusBar.draw(state, keys: [KeyHelp(keys: position, short: "", long: "")] + t.helpKeys, into: &grid)
    }
}

/// Which keys help lists for each screen.
enum HelpKeys {
    static func entries(_ state: WizardState, _ back: ReturnScreen) -> [KeyHelp] {
        let t = state.text
        switch back {
        case .criterion: return t.criterionKeys(choices: state.assessment?.questionnaire.scale.values.count ?? 3)
        case .outline: return t.outlineKeys
        case .scorecard: return t.scorecardKeys
        case .plan: return t.planKeys
        case .start: return t.startKeys
        case .evidence: return t.evidenceKeys
        case .actions: return t.actionsKeys
        }
    }

    static func keyWidth(_ entries: [KeyHelp]) -> Int { min((entries.map { DisplayWidth.of($0.keys) }.max() ?? 14) + 2, 16) }

    static func area(_ size: Size) -> Rect { Rect(row: 2, col: 2, rows: size.rows - 4, cols: size.cols - 4) }

    /// The first entry of the last page: scrolling stops when the last key is in view.
    static func lastFirst(_ entries: [KeyHelp], size: Size) -> Int {
        let area = area(size)
        let width = max(10, area.cols - keyWidth(entries))
        var used = 0
        var first = entries.count
        while first > 0 {
            let height = DisplayWidth.wrap(entries[first - 1].long, width: width).count
            guard used + height <= area.rows else { break }
            used += height
            first -= 1
        }
        return min(first, max(entries.count - 1, 0))
    }
}
