import MaturityCore
import TerminalUI

/// The whole tree with each criterion's state; the selection stays in view.
enum OutlineView {
    enum Row { case group(Group, depth: Int), criterion(index: Int, depth: Int) }

    static func draw(_ state: WizardState, into grid: inout CellGrid) {
        guard let a = state.assessment else { return }
        let t = state.text
        let l = t.language
        HeaderBar.draw(state, title: "\(t(.outline)) · \(t.remaining(DimensionProgress.remaining(a), of: a.questionnaire.criteria.count)) · \(a.questionnaire.title[l])", into: &grid)
        let progress = Dictionary(DimensionProgress.of(a).map { ($0.groupID, $0) }, uniquingKeysWith: { first, _ in first })
        var filterLine: [(String, Style)] = [(" \(t(.filter))\(t.colon)", Styles.muted)]
        for (index, name) in t.filterNames.enumerated() {
            let key = ["a", "u", "f", "n", "b", "c", "e"][safe: index] ?? ""
            let on = state.filter.rawValue == index
            filterLine.append(("\(key) " + (on ? "[\(name)]" : name), on ? Styles.focus : .plain))
            filterLine.append(("  ", .plain))
        }
        // Whole filters only: those that do not fit are left out, and "…" says so.
        var room = grid.cols - 1
        var shown: [(String, Style)] = []
        for piece in filterLine {
            let width = DisplayWidth.of(piece.0)
            if piece.0.allSatisfy(\.isWhitespace) {
                if width <= room { shown.append(piece); room -= width }
                continue
            }
            guard width <= room else {
                shown.append(("…", Styles.muted))
                break
            }
            shown.append(piece)
            room -= width
        }
        var top = Canvas(grid, Rect(row: 1, col: 0, rows: 1, cols: grid.cols))
        top.segments(shown)
        grid = top.grid

        let visible = state.filteredIndices()
        let rows = layoutRows(a.questionnaire, visible: Set(visible))
        let body = Rect(row: 2, col: 0, rows: grid.rows - 3, cols: grid.cols)
        guard !visible.isEmpty else {
            grid.put(t(.noMatch), row: body.row + 1, col: 2, style: Styles.muted)
            StatusBar.draw(state, keys: t.outlineKeys, into: &grid)
            return
        }
        let selectedIndex = visible[min(state.outlineSelection, visible.count - 1)]
        let selectedRow = rows.firstIndex { if case let .criterion(index, _) = $0 { return index == selectedIndex }; return false } ?? 0
        // Keep the selection in the middle third: the list moves one row per key.
        let first = max(0, min(selectedRow - body.rows / 2, rows.count - body.rows))
        for (offset, row) in rows.dropFirst(first).prefix(body.rows).enumerated() {
            let y = body.row + offset
            switch row {
            case let .group(group, depth):
                // Dimensions carry their progress, answered / total criteria.
                let count = depth == 0 ? progress[group.id].map { "\($0.answered)/\($0.total)" } ?? "" : ""
                let countWidth = DisplayWidth.of(count)
                let title = DisplayWidth.fit(String(repeating: "  ", count: depth) + "\(group.id) \(group.title[l])", to: max(1, body.cols - 3 - countWidth))
                grid.put(title + " " + count, row: y, col: 1, width: body.cols - 2, style: Styles.muted)
            case let .criterion(index, depth):
                let line = criterionLine(a, index: index, depth: depth, language: l, width: body.cols - 2)
                let selected = index == selectedIndex
                grid.put(selected ? "▸" : " ", row: y, col: 0, style: Styles.focus)
                let match = state.search?.matches.contains(index) == true
                grid.put(line, row: y, col: 1, width: body.cols - 2, style: selected ? Styles.highlight : match ? Style(underline: true) : .plain)
            }
        }
        StatusBar.draw(state, keys: t.outlineKeys, into: &grid)
    }

    /// Groups are shown only when a visible criterion is under them.
    static func layoutRows(_ q: Questionnaire, visible: Set<Int>) -> [Row] {
        var rows: [Row] = []
        func visit(_ group: Group, depth: Int) {
            let ids = Set(group.allCriteria.map(\.id))
            guard q.criteria.indices.contains(where: { visible.contains($0) && ids.contains(q.criteria[$0].id) }) else { return }
            rows.append(.group(group, depth: depth))
            for criterion in group.criteria {
                if let index = q.criterionIndex[criterion.id], visible.contains(index) { rows.append(.criterion(index: index, depth: depth + 1)) }
            }
            for child in group.groups { visit(child, depth: depth + 1) }
        }
        for group in q.groups { visit(group, depth: 0) }
        return rows
    }

    /// "  12  Title ........  10 / 5  ⚑" — state in symbols, not colour.
    static func criterionLine(_ a: Assessment, index: Int, depth: Int, language l: Language, width: Int) -> String {
        let criterion = a.questionnaire.criteria[index]
        let record = a.session.answers[criterion.id]
        let ratings = criterion.questions.map { question -> String in
            switch record?.ratings[question.angle] {
            case let .rated(value)?: return String(value)
            case .notApplicable?: return "N/A"
            case nil: return "·"
            }
        }
        let complete = a.session.isComplete(criterion)
        let mark = record?.isNotApplicable == true ? "∅" : complete ? "✓" : ratings.contains { $0 != "·" } ? "◐" : "○"
        let conflict = a.session.conflicts[criterion.id] != nil ? " ≠" : ""
        let right = conflict + ratings.joined(separator: "/") + (record?.flagged == true ? " ⚑" : "  ") + (record?.note.isEmpty == false ? " ✎" : "  ")
        let rightWidth = max(14, DisplayWidth.of(right))
        let left = String(repeating: "  ", count: depth) + "\(mark) \(criterion.id)  \(criterion.title[l])"
        return DisplayWidth.fit(left, to: max(1, width - rightWidth)) + DisplayWidth.pad(right, to: rightWidth, alignment: .right)
    }
}

/// "Progress: 1.0 2/2 · 2.0 0/2 — 2 of 4 criteria remain".
enum ProgressLine {
    static func text(_ a: Assessment, _ t: UIText) -> String {
        let dimensions = DimensionProgress.of(a).map { "\($0.groupID) \($0.answered)/\($0.total)" }.joined(separator: " · ")
        return "\(t(.progress))\(t.colon)\(dimensions) — \(t.remaining(DimensionProgress.remaining(a), of: a.questionnaire.criteria.count))"
    }
}
