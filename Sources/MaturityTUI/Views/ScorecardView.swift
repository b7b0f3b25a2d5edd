import MaturityCore
import MaturityPresentation
import TerminalUI

/// The live scorecard: beside the question on large terminals, a screen of
/// its own (key s) on small ones. Every figure comes from the core's Scorecard.
enum ScorecardView {
    static func drawFullScreen(_ state: WizardState, into grid: inout CellGrid) {
        let t = state.text
        let summary: Bool
        if case .summary = state.screen { summary = true } else { summary = false }
        HeaderBar.draw(state, title: summary ? t(.summaryTitle) : t(.scorecard), into: &grid)
        var top = 2
        if summary, let a = state.assessment {
            // Where the assessment stands: per dimension, and what remains.
            var canvas = Canvas(grid, Rect(row: 2, col: 2, rows: 3, cols: grid.cols - 4))
            canvas.paragraph(ProgressLine.text(a, t), limit: 2)
            grid = canvas.grid
            top = canvas.row + 1
        }
        draw(state, into: &grid, rect: Rect(row: top, col: 2, rows: grid.rows - 2 - top, cols: grid.cols - 4))
        StatusBar.draw(state, keys: t.scorecardKeys, into: &grid)
    }

    static func draw(_ state: WizardState, into grid: inout CellGrid, rect: Rect) {
        guard let a = state.assessment else { return }
        let t = state.text
        let card = a.scorecard
        // Every row and figure comes from the builder `ccmm score` and the reports use.
        let builder = ScorecardBuilder(card, questionnaire: a.questionnaire, session: a.session, catalog: Catalog(t.language))
        let c = builder.c
        let na = NotApplicableWords(c, questionnaire: a.questionnaire)
        var canvas = Canvas(grid, rect)
        var head: [(String, Style)] = [(t(.scorecard), Styles.title)]
        if case .levels = card.outcome { head.append(("  " + (card.counting == .strict ? t(.readingStrict) : t(.readingWeighted)), Styles.muted)) }
        canvas.segments(head)
        if card.provisional {
            // The count and the model's rule for the rest (models.md §6).
            let count = card.unanswered == .leftOut ? c(.provisionalAspects, card.answered, card.questions)
                                                    : c(.provisionalQuestions, card.answered, card.questions)
            canvas.paragraph(count, style: Styles.warning, limit: 2)
        } else {
            canvas.line(t(.complete), style: Styles.good)
        }
        if !a.session.conflicts.isEmpty {
            canvas.paragraph("≠ " + c(.conflictsLowerCounts, a.session.conflicts.count), style: Styles.warning, limit: 2)
        }
        if let coverage = ActionsView.coverageLine(a, t) { canvas.paragraph("▶ " + coverage, style: Styles.good, limit: 2) }
        let headline = builder.headline()
        switch card.outcome {
        case let .levels(outcome):
            table(builder.groupTable(), &canvas)
            canvas.blank()
            canvas.paragraph(c.labelled(headline.label, headline.value), style: Styles.title, limit: 2)
            if let next = outcome.next {
                let name = "\(c(.nextLevel)) \(next.rule.id) \(c(next.rule.name))"
                canvas.paragraph(a.progress.map { c(.nextLevelNeeds, name, na.needs($0)) } ?? name, limit: 2)
                if let counts = outcome.nextRequirementsMet {
                    let label = " " + c(.requirementsMet, counts.met, counts.of)
                    let barWidth = max(4, min(20, canvas.width - DisplayWidth.of(label)))
                    canvas.segments([(LevelBar.text(outcome.progressToNext, width: barWidth), Styles.good), (label, .plain)])
                }
                for status in next.requirements where canvas.remaining > 0 {
                    let sentence = builder.requirements.sentence(status, level: next.rule)
                    canvas.paragraph((status.met ? "✓ " : "✗ ") + sentence, style: status.met ? Styles.muted : .plain, hanging: 2, limit: 3)
                }
            } else {
                canvas.line(c(.topLevelReached), style: Styles.good)
            }
        case let .meanLevel(outcome):
            table(builder.reportCard(outcome), &canvas)
            canvas.blank()
            // The headline says "withheld" with its reason when N/A is over the limit.
            canvas.paragraph(c.labelled(headline.label, headline.value), style: outcome.withheld == nil ? Styles.title : Styles.warning, limit: 2)
            if let meaning = outcome.level?.meaning { canvas.paragraph(c(meaning), style: Styles.muted, limit: 3) }
            if let weakest = builder.weakestField() { canvas.paragraph(c.labelled(weakest.label, weakest.value), style: Styles.warning, limit: 2) }
        case let .bands(outcome):
            table(builder.categoryTable(outcome), &canvas, limit: 3)
            canvas.paragraph(c.labelled(headline.label, headline.value), style: Styles.title, limit: 2)
            canvas.paragraph(c.labelled(c(.outcome), builder.bandText(outcome)), style: outcome.withheld == nil ? Styles.title : Styles.warning, limit: 3)
            if let meaning = outcome.band?.meaning { canvas.paragraph(c(meaning), style: Styles.muted, limit: 4) }
        case let .lowestGroup(outcome):
            table(builder.groupTable(), &canvas)
            canvas.paragraph(c.labelled(headline.label, headline.value), style: Styles.warning, limit: 2)
            if let mean = outcome.mean { canvas.paragraph(c.labelled(c(.meanOfModules), Figures.percentWithSign(mean)), limit: 2) }
        }
        if !card.notApplicableScopes.isEmpty, canvas.remaining > 0 {
            canvas.paragraph(c.labelled(c(.notApplicableLimits), na.counts(card)),
                             style: card.notApplicableScopes.contains(where: \.exceeded) ? Styles.warning : Styles.muted, limit: 3)
        }
        if let notice = a.questionnaire.notice, canvas.remaining > 2 {
            canvas.blank()
            canvas.paragraph(c(notice), style: Styles.muted, limit: canvas.remaining)
        }
        grid = canvas.grid
    }

    /// A builder's table fitted to the panel: the first column takes what the
    /// figures leave; rows stop `limit` lines before the panel's end.
    static func table(_ table: Table, _ canvas: inout Canvas, limit: Int = 0) {
        let figureColumns = table.columns.dropFirst()
        let widths = figureColumns.enumerated().map { index, column in
            min(12, max(DisplayWidth.of(column.title), table.rows.map { DisplayWidth.of($0[index + 1].plain) }.max() ?? 0,
                        table.footer.map { DisplayWidth.of($0[index + 1].plain) } ?? 0) + 1)
        }
        let nameWidth = max(6, canvas.width - widths.reduce(0, +))
        func line(_ cells: [String]) -> String {
            var text = DisplayWidth.fit(cells.first ?? "", to: nameWidth)
            for (index, width) in widths.enumerated() {
                let column = table.columns[index + 1]
                let alignment: TextAlignment = column.alignment == .trailing ? .right : column.alignment == .center ? .center : .left
                text += DisplayWidth.fit(index + 1 < cells.count ? cells[index + 1] : "", to: width, alignment: alignment)
            }
            return text
        }
        canvas.line(line(table.columns.map(\.title)), style: Styles.muted)
        for row in table.rows where canvas.remaining > limit { canvas.line(line(row.map(\.plain))) }
        if let footer = table.footer, canvas.remaining > limit { canvas.line(line(footer.map(\.plain))) }
    }
}
