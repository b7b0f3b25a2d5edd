import MaturityCore
import MaturityPresentation
import TerminalUI

/// What each rating means for the focused question, and the evidence an
/// auditor would ask for, below the criterion's questions.
///
/// Where the room allows, every level keeps the same rows for both questions
/// (as many as the wordier of the two needs, up to 3), so when an answer moves
/// the focus the level names and "Evidence:" stay where they were: the eye
/// finds them in the same place, and the terminal is sent only the words that
/// differ. Where it does not, the chosen (or highlighted) level gets room
/// first, 3 lines, the others 2.
struct GuidanceView {
    /// Per question, per level: the wrapped lines, the first beginning with
    /// the column where the chosen level's "▸" goes.
    let levels: [[[String]]]
    /// Per question: the evidence paragraph, wrapped.
    let evidence: [[String]]
    /// Per level: the rows it keeps whichever question has the focus.
    let fixedRows: [Int]
    let width: Int

    init(_ q: Questionnaire, _ criterion: Criterion, _ t: UIText, width: Int) {
        let l = t.language
        let scale = q.scale
        self.width = width
        levels = criterion.questions.map { question in
            scale.values.map { value in
                let label = scale.labels[value]?[l] ?? String(value)
                let text = " \(label)\(t.paren(String(value)))\(t.colon)" + (question.guidance[value]?[l] ?? "")
                return DisplayWidth.wrap(text, width: max(10, width - 4))
            }
        }
        evidence = criterion.questions.map { question in
            DisplayWidth.wrap("\(t(.auditEvidence))\(t.colon)" + question.evidence[l], width: max(1, width - 1))
        }
        let levels = levels
        fixedRows = scale.values.indices.map { index in levels.map { min(3, $0[index].count) }.max() ?? 1 }
    }

    /// Rows taken when every level keeps its place.
    var fixedHeight: Int { fixedRows.reduce(0, +) + (evidence.map { min(2, $0.count) }.max() ?? 0) }

    /// Draws the guidance of question `focus`; `choice` is the level marked
    /// (the index past the last level is N/A).
    func draw(focus: Int, choice: Int?, notApplicableGuide: String, into guide: inout Canvas) {
        guard let blocks = levels[safe: focus], let evidenceLines = evidence[safe: focus] else { return }
        let guideLines = choice == blocks.count ? min(2, DisplayWidth.wrap(notApplicableGuide, width: max(1, width - 1)).count) : 0
        let rows = fixedHeight + guideLines <= guide.remaining ? fixedRows : roomByChoice(blocks, choice: choice, budget: guide.remaining - 2)
        for (index, lines) in blocks.enumerated() {
            let shown = rows[index]
            var visible = Array(lines.prefix(shown))
            if lines.count > shown, let last = visible.last { visible[visible.count - 1] = Ellipsis.cut(last, to: max(10, width - 4)) }
            if index == choice, let first = visible.first { visible[0] = "▸" + first.dropFirst() }
            for (offset, line) in visible.enumerated() {
                // The first line starts with the marker's column, the rest hang 2 in from it.
                guide.line(line, style: index == choice ? Styles.title : .plain, indent: offset == 0 ? 1 : 3)
            }
            for _ in visible.count..<max(shown, visible.count) { guide.blank() }
        }
        if guideLines > 0 {
            guide.paragraph(notApplicableGuide, style: Styles.title, indent: 1, limit: 2)
        }
        let shown = min(2, guide.remaining)
        var visible = Array(evidenceLines.prefix(shown))
        if evidenceLines.count > shown, let last = visible.last { visible[visible.count - 1] = Ellipsis.cut(last, to: max(1, width - 1)) }
        for line in visible { guide.line(line, style: Styles.muted, indent: 1) }
    }

    /// The rows per level when not all fit: the chosen level first (3 lines),
    /// then the others in order (2), each keeping at least one.
    private func roomByChoice(_ blocks: [[String]], choice: Int?, budget: Int) -> [Int] {
        let budget = max(budget, blocks.count)
        let order = blocks.indices.sorted { a, b in (a == choice ? 0 : 1, a) < (b == choice ? 0 : 1, b) }
        var rows = Array(repeating: 0, count: blocks.count)
        var used = 0
        for (position, index) in order.enumerated() {
            let room = max(1, min(index == choice ? 3 : 2, budget - used - (blocks.count - position - 1)))
            rows[index] = min(room, blocks[index].count)
            used += rows[index]
        }
        return rows
    }
}
