import MaturityCore
import MaturityPresentation
import TerminalUI

/// The level ladder with each level's definition (models.md §6), a screen of
/// its own (key l on the scorecard): whether each level is held, what it
/// stands for, and the conditions only the certifying body checks. The words
/// come from the same builder as `ccmm score`'s; the screen scrolls.
enum LadderView {
    typealias Line = (text: String, style: Style)

    /// Every line of the ladder at a width, before scrolling.
    static func lines(_ state: WizardState, width: Int) -> [Line] {
        guard let a = state.assessment, case let .levels(outcome) = a.scorecard.outcome,
              case let .levels(rules) = a.questionnaire.scoring else { return [] }
        let c = Catalog(state.language)
        let definitions = LevelDefinitionsBuilder(rules, catalog: c)
        let width = max(width, 10)
        var out: [Line] = []
        func wrapped(_ text: String, indent: Int, bullet: String = "", style: Style) {
            let lead = String(repeating: " ", count: indent)
            for (index, line) in DisplayWidth.wrap(text, width: width - indent - DisplayWidth.of(bullet)).enumerated() {
                out.append((lead + (index == 0 ? bullet : String(repeating: " ", count: DisplayWidth.of(bullet))) + line, style))
            }
        }
        out.append(("\(c.labelled(c(.level), "\(outcome.achievedID) \(c(outcome.achievedName))"))", Styles.title))
        out.append(("", .plain))
        for (index, status) in outcome.levels.enumerated() {
            let held = outcome.achievedIndex.map { index <= $0 } ?? false
            let unmet = status.requirements.filter { !$0.met }.count
            let head = (held ? "✓ " : "✗ ") + "\(status.rule.id) \(c(status.rule.name))"
                + (held ? "" : "  " + c.labelled(c(.unmetRequirements), String(unmet)))
            out.append((DisplayWidth.truncate(head, to: width), held ? Styles.good : Styles.title))
            if let meaning = status.rule.meaning { wrapped(c(meaning), indent: 2, style: .plain) }
            if !status.rule.unscoredConditions.isEmpty {
                wrapped(definitions.unscoredLabel, indent: 2, style: Styles.muted)
                for condition in status.rule.unscoredConditions { wrapped(c(condition), indent: 2, bullet: "• ", style: Styles.muted) }
            }
            out.append(("", .plain))
        }
        if out.last?.text.isEmpty == true { out.removeLast() }
        return out
    }

    /// The last first line: exact on the smallest screen (60×16), where the
    /// text is longest; larger screens clamp further when they draw.
    static func lastScroll(_ state: WizardState) -> Int {
        let size = WizardView.minimumSize
        return max(0, lines(state, width: size.cols - 4).count - (size.rows - 3))
    }

    static func draw(_ state: WizardState, into grid: inout CellGrid) {
        let c = Catalog(state.language)
        HeaderBar.draw(state, title: c(.levelLadder) + " · " + c(.levelDefinitions), into: &grid)
        let all = lines(state, width: grid.cols - 4)
        let rows = grid.rows - 3
        let first = min(max(state.ladderScroll, 0), max(0, all.count - rows))
        for (offset, line) in all.dropFirst(first).prefix(rows).enumerated() {
            grid.put(line.text, row: 1 + offset, col: 2, width: grid.cols - 4, style: line.style)
        }
        if first + rows < all.count {
            grid.put("↓", row: grid.rows - 2, col: grid.cols - 2, style: Styles.muted)
        }
        StatusBar.draw(state, keys: state.text.ladderKeys, into: &grid)
    }
}

/// The ladder scrolls line by line; any key that does not scroll goes back to the scorecard.
enum LadderKeys {
    static func handle(_ key: TerminalUI.Key, _ state: inout WizardState) -> [Effect] {
        if let scrolled = HelpScroll.scrolled(key, from: state.ladderScroll, last: LadderView.lastScroll(state)) {
            state.ladderScroll = scrolled
            return []
        }
        switch key {
        case .character("q"): return [.quit]
        default:
            state.ladderScroll = 0
            state.screen = .scorecard
        }
        return []
    }

    /// From the scorecard: only a levels model has a ladder.
    static func open(_ state: inout WizardState) -> Bool {
        guard let a = state.assessment, case .levels = a.scorecard.outcome else { return false }
        state.ladderScroll = 0
        state.screen = .ladder
        return true
    }
}
