import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// What an answer changes on the criterion screen, on every criterion of the
/// shipped CC-CMM-OC at 80×24 in both languages: the answer moves the focus
/// to the next question, and the screen must not shift under the user (nor
/// make the terminal redraw what it already shows): the questions and their
/// choices stay put, only the focus marker and the chosen mark move; the
/// guidance's level names stay on their rows wherever the room allows.
struct AnswerRedrawTests: PressesKeys {
    @Test(arguments: [Language.en, .zh])
    func answeringMovesOnlyTheMarksAndTheGuidance(_ language: Language) throws {
        var state = try LadderScreenTests.state(language)
        state.screen = .criterion
        guard let q = state.assessment?.questionnaire else { Issue.record("no assessment"); return }
        let t = state.text
        var steady = 0
        for index in q.criteria.indices {
            state.current = index
            state.focus = 0
            state.highlight = nil
            let before = WizardView.render(state, size: Size(rows: 24, cols: 80)).grid.text()
            _ = press(chars("2"), &state)
            #expect(state.current == index && state.focus == 1, "criterion \(index + 1): the answer did not move the focus on")
            let after = WizardView.render(state, size: Size(rows: 24, cols: 80)).grid.text()
            guard let rule = before.indices.dropFirst(3).first(where: { before[$0].hasPrefix("────") }) else {
                Issue.record("criterion \(index + 1): no rule above the guidance")
                continue
            }
            // Rows 0 and 1 are the live progress and level line: they may change.
            func unmarked(_ line: String) -> String {
                line.replacingOccurrences(of: "▶", with: " ").replacingOccurrences(of: "●", with: "○")
            }
            for row in 2...rule where unmarked(before[row]) != unmarked(after[row]) {
                Issue.record("criterion \(index + 1), row \(row) shifted:\n\(before[row])\n\(after[row])")
            }
            // The level names, where the fixed layout fits (the note line is row 22).
            let criterion = q.criteria[index]
            let guidance = GuidanceView(q, criterion, t, width: 80)
            guard guidance.fixedHeight <= 22 - (rule + 1) else { continue }
            steady += 1
            for value in q.scale.values {
                let name = (q.scale.labels[value]?[language] ?? "") + t.paren(String(value))
                let rowBefore = before.firstIndex { $0.dropFirst(2).hasPrefix(name) }
                let rowAfter = after.firstIndex { $0.dropFirst(2).hasPrefix(name) }
                #expect(rowBefore != nil && rowBefore == rowAfter, "criterion \(index + 1): \(name) moved from \(String(describing: rowBefore)) to \(String(describing: rowAfter))")
            }
        }
        // Most criteria keep their level names in place: 131 of 170 in English
        // and all in Chinese (shorter) when this was written.
        #expect(steady * 4 >= q.criteria.count * (language == .zh ? 4 : 3), "\(steady) of \(q.criteria.count)")
    }

    /// On the smallest terminal the question without the focus shrinks to one
    /// line, so both questions' choices stay in view, with the focus on either.
    @Test(arguments: [Language.en, .zh])
    func theSmallestTerminalKeepsEveryChoiceInView(_ language: Language) throws {
        var state = try LadderScreenTests.state(language)
        state.screen = .criterion
        guard let q = state.assessment?.questionnaire else { Issue.record("no assessment"); return }
        for index in q.criteria.indices {
            state.current = index
            for focus in 0..<2 {
                state.focus = focus
                let text = WizardView.render(state, size: WizardView.minimumSize).grid.text().joined(separator: "\n")
                let marks = text.filter { $0 == "○" || $0 == "●" }.count
                #expect(marks >= 2 * q.scale.values.count, "criterion \(index + 1), focus \(focus):\n\(text)")
            }
        }
    }
}
