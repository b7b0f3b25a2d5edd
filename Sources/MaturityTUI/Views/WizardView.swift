import MaturityCore
import MaturityPresentation
import TerminalUI

/// Draws the whole screen for a state: a pure function, so every screen can
/// be checked as text in tests at any size.
public enum WizardView {
    public static let minimumSize = Size(rows: 16, cols: 60)
    /// From this size on, the scorecard stays beside the question.
    public static let sidePanelSize = Size(rows: 36, cols: 120)

    public static func render(_ state: WizardState, size: Size) -> (grid: CellGrid, cursor: Position?) {
        var grid = CellGrid(size: size)
        guard size.rows >= minimumSize.rows, size.cols >= minimumSize.cols else {
            return (TooSmallView.render(state, size: size), nil)
        }
        var cursor: Position?
        switch state.screen {
        case let .start(selection):
            StartView.draw(state, selection: selection, into: &grid)
        case let .pickModel(selection):
            StartView.drawModels(state, selection: selection, into: &grid)
        case let .profile(form):
            cursor = ProfileView.draw(form, state: state, into: &grid)
        case .criterion:
            CriterionView.draw(state, into: &grid)
        case .outline:
            OutlineView.draw(state, into: &grid)
        case .scorecard, .summary:
            ScorecardView.drawFullScreen(state, into: &grid)
        case .ladder:
            LadderView.draw(state, into: &grid)
        case let .help(back):
            HelpView.draw(state, back: back, into: &grid)
        case let .plan(selection):
            PlanView.draw(state, selection: selection, into: &grid)
        case let .evidence(selection):
            EvidenceView.draw(state, selection: selection, into: &grid)
        case let .actions(selection):
            ActionsView.draw(state, selection: selection, into: &grid)
        }
        if let form = state.form {
            cursor = FormView.draw(form, text: state.text, into: &grid)
        }
        if let prompt = state.prompt {
            cursor = PromptView.draw(prompt, text: state.text, into: &grid)
        }
        return (grid, cursor)
    }
}

enum TooSmallView {
    static func render(_ state: WizardState, size: Size) -> CellGrid {
        var grid = CellGrid(size: size)
        let need = "\(WizardView.minimumSize.cols)×\(WizardView.minimumSize.rows)"
        let now = "\(size.cols)×\(size.rows)"
        let lines = DisplayWidth.wrap(state.text(.tooSmall), width: max(size.cols, 1))
            + DisplayWidth.wrap(state.text(.tooSmallSize, need, now), width: max(size.cols, 1))
            // Keys cannot be seen acting here, so none does but quit.
            + DisplayWidth.wrap(state.text(.tooSmallOnlyQuit), width: max(size.cols, 1))
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.rows {
            let col = max(0, (size.cols - DisplayWidth.of(line)) / 2)
            grid.put(line, row: top + offset, col: col, style: offset == 0 ? Styles.warning : .plain)
        }
        return grid
    }
}

/// The top bar shared by the assessment screens.
enum HeaderBar {
    /// `pinned` (where we are, e.g. "Criterion 4/170") is never cut; the title
    /// before it gives way first on a narrow terminal.
    static func draw(_ state: WizardState, title: String, pinned: String? = nil, into grid: inout CellGrid) {
        grid.fill(Rect(row: 0, col: 0, rows: 1, cols: grid.cols), style: Styles.header)
        var right = ""
        if let a = state.assessment {
            // The scorecard already counts them (it is recomputed on every
            // answer); Session.progress walks every criterion on every frame.
            right = " \(state.text.c(.answered)) \(a.scorecard.answered)/\(a.scorecard.questions) "
        }
        let rightWidth = DisplayWidth.of(right)
        let pinnedText = pinned.map { " › " + $0 } ?? ""
        let pinnedWidth = DisplayWidth.of(pinnedText)
        let titleRoom = max(0, grid.cols - rightWidth - pinnedWidth - 2)
        let shown = " " + DisplayWidth.truncate(title, to: titleRoom) + pinnedText
        grid.put(shown, row: 0, col: 0, width: grid.cols - rightWidth - 1, style: Styles.header)
        grid.put(right, row: 0, col: grid.cols - rightWidth, style: Styles.header)
    }

    /// One line: the level held, the bar to the next, the reading, provisional.
    /// Compact when the scorecard panel beside it already says the rest.
    static func levelLine(_ state: WizardState, compact: Bool = false) -> [(String, Style)] {
        guard let a = state.assessment else { return [] }
        let t = state.text
        var pieces: [(String, Style)] = []
        switch a.scorecard.outcome {
        case let .levels(outcome):
            pieces.append(("\(t.c(.level)) \(outcome.achievedID) \(outcome.achievedName[t.language])", Styles.title))
            if let next = outcome.next {
                pieces.append(("  → " + (a.progress.map { NotApplicableWords(t.c, questionnaire: a.questionnaire).line($0) } ?? next.rule.id), .plain))
            } else {
                pieces.append(("  " + t.c(.topLevelReached), Styles.good))
            }
            if !compact { pieces.append(("  " + (a.scorecard.counting == .strict ? t(.readingStrict) : t(.readingWeighted)), Styles.muted)) }
        case let .meanLevel(outcome):
            let level = outcome.level.map { "\($0.id) \($0.name[t.language])" }
                ?? (outcome.withheld != nil ? t.c(.withheld) : "—")
            pieces.append(("\(t.c(.level)) \(level)", Styles.title))
            pieces.append(("  " + (outcome.overall.map(Figures.mean) ?? "—"), .plain))
        case let .bands(outcome):
            pieces.append(("\(t.c(.outcome)) \(outcome.band.map { $0.name[t.language] } ?? t.c(.withheld))", Styles.title))
            pieces.append(("  \(Figures.bandTotal(outcome.total))/\(outcome.maximum)", .plain))
        case let .lowestGroup(outcome):
            if outcome.withheld != nil { pieces.append(("\(t(.shortestStave)) \(t.c(.withheld))", Styles.warning)) }
            if let headline = outcome.headline {
                pieces.append(("\(t(.shortestStave)) \(headline.groupID) \(Figures.percentWithSign(headline.percent))", Styles.title))
            }
            if let mean = outcome.mean { pieces.append(("  \(t.c(.reportMean)) \(Figures.percentWithSign(mean))", .plain)) }
        }
        if a.scorecard.provisional && !compact { pieces.append(("  " + t.c(.provisionalWord), Styles.warning)) }
        return pieces
    }
}

/// The bottom line: a save failure first, then a pending question, then a
/// message, then the keys of the screen — as many as fit, most important first,
/// never one cut in half.
enum StatusBar {
    static func draw(_ state: WizardState, keys: [KeyHelp], into grid: inout CellGrid) {
        let row = grid.rows - 1
        grid.fill(Rect(row: row, col: 0, rows: 1, cols: grid.cols), style: Style(reverse: true))
        let width = grid.cols - 1
        if let error = state.saveError {
            // The keys that resolve it on the bottom line, never cut; the reason
            // on the line above, its end (what went wrong) kept when it is long.
            let style = Style(role: .bad, bold: true, reverse: true)
            grid.fill(Rect(row: row - 1, col: 0, rows: 1, cols: grid.cols), style: style)
            grid.put(" " + DisplayWidth.keepingEnd(error, to: width - 1), row: row - 1, col: 0, style: style)
        }
        if let question = state.question {
            grid.put(DisplayWidth.truncate(" ? " + text(question, state), to: width), row: row, col: 0, style: Style(role: .warning, bold: true, reverse: true))
        } else if state.saveError != nil {
            let style = Style(role: .bad, bold: true, reverse: true)
            grid.put(DisplayWidth.truncate(" ✗ \(state.text(.saveFailed)) — \(state.text(.saveFailedHelp))", to: width), row: row, col: 0, style: style)
        } else if let question = state.asking {
            grid.put(DisplayWidth.truncate(" ? " + state.text.question(question), to: width), row: row, col: 0, style: Style(role: .warning, bold: true, reverse: true))
        } else if state.confirmingClear {
            grid.put(DisplayWidth.truncate(" ? " + state.text(.confirmClear), to: width), row: row, col: 0, style: Style(role: .warning, bold: true, reverse: true))
        } else if state.confirmingRemoval {
            grid.put(DisplayWidth.truncate(" ? " + state.text(.confirmRemove), to: width), row: row, col: 0, style: Style(role: .warning, bold: true, reverse: true))
        } else if state.choosingGrouping {
            grid.put(DisplayWidth.truncate(" ? " + state.text(.groupingPrompt), to: width), row: row, col: 0, style: Style(role: .warning, bold: true, reverse: true))
        } else if let message = state.message {
            grid.put(DisplayWidth.truncate(" " + message, to: width), row: row, col: 0, style: Style(bold: true, reverse: true))
        } else if state.takeOverOffered {
            grid.put(DisplayWidth.truncate(" " + state.text(.takeOver), to: width), row: row, col: 0, style: Style(role: .warning, bold: true, reverse: true))
        } else {
            grid.put(line(keys, width: width), row: row, col: 0, style: Style(reverse: true))
        }
    }

    /// " 1-3 answer  n N/A  ? help …": whole items only, from the front.
    static func line(_ keys: [KeyHelp], width: Int) -> String {
        var text = ""
        for key in keys {
            let item = " \(key.keys) \(key.short) "
            guard DisplayWidth.of(text + item) <= width else { continue }
            text += item
        }
        return text
    }

    static func text(_ question: GuardQuestion, _ state: WizardState) -> String {
        switch question {
        case .quitUnsaved: return state.text(.quitUnsaved)
        case .replaceNotApplicable:
            let reason = state.currentCriterion.flatMap { state.assessment?.session.answers[$0.id]?.notApplicableReason } ?? ""
            return state.text(.replaceNotApplicable, reason)
        case let .restoreRecovery(path): return state.text(.recoveryFound, path)
        }
    }
}

extension DisplayWidth {
    /// The end of the text in at most `width` columns, "…" in front when cut:
    /// of "/a/long/path/s.json: read-only file system" the reason stays.
    static func keepingEnd(_ text: String, to width: Int) -> String {
        guard of(text) > width, width > 1 else { return text }
        var kept = ""
        var used = 1
        for character in text.reversed() {
            let w = of(character)
            if used + w > width { break }
            used += w
            kept.insert(character, at: kept.startIndex)
        }
        return "…" + kept
    }
}
