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
        HeaderBar.draw(state, title: summary ? t.summaryTitle : t.scorecard, into: &grid)
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
        let l = t.language
        let card = a.scorecard
        let q = a.questionnaire
        let c = Catalog(l)
        let na = NotApplicableWords(c, questionnaire: q)
        var canvas = Canvas(grid, rect)
        var head: [(String, Style)] = [(t.scorecard, Styles.title)]
        if case .levels = card.outcome { head.append(("  " + (card.counting == .strict ? t.readingStrict : t.readingWeighted), Styles.muted)) }
        canvas.segments(head)
        if card.provisional {
            // The count and the model's rule for the rest (models.md §6).
            let count = card.unanswered == .leftOut ? c(.provisionalAspects, card.answered, card.questions)
                                                    : c(.provisionalQuestions, card.answered, card.questions)
            canvas.paragraph(count, style: Styles.warning, limit: 2)
        } else {
            canvas.line(t.complete, style: Styles.good)
        }
        if !a.session.conflicts.isEmpty {
            canvas.paragraph("≠ " + ConsensusPhrases.lowerCounts(a.session.conflicts.count, l), style: Styles.warning, limit: 2)
        }
        if let coverage = ActionsView.coverageLine(a, t) { canvas.paragraph("▶ " + coverage, style: Styles.good, limit: 2) }
        switch card.outcome {
        case let .levels(outcome):
            groupTable(card, q, l, &canvas)
            canvas.line("\(t.total) \(card.total) / \(card.applicableMaximum)")
            canvas.blank()
            canvas.line("\(t.level)\(t.colon)\(outcome.achievedID) \(outcome.achievedName[l])", style: Styles.title)
            if let next = outcome.next {
                let name = "\(t.nextLevel) \(next.rule.id) \(next.rule.name[l])"
                canvas.paragraph(a.progress.map { c(.nextLevelNeeds, name, na.needs($0)) } ?? name, limit: 2)
                if let counts = outcome.nextRequirementsMet {
                    let label = " " + c(.requirementsMet, counts.met, counts.of)
                    let barWidth = max(4, min(20, canvas.width - DisplayWidth.of(label)))
                    canvas.segments([(LevelBar.text(outcome.progressToNext, width: barWidth), Styles.good), (label, .plain)])
                }
                for status in next.requirements where canvas.remaining > 0 {
                    let sentence = RequirementPhrases.sentence(status, level: next.rule, in: q, counting: card.counting, l)
                    canvas.paragraph((status.met ? "✓ " : "✗ ") + sentence, style: status.met ? Styles.muted : .plain, hanging: 2, limit: 3)
                }
            } else {
                canvas.line(t.topLevelReached, style: Styles.good)
            }
        case let .meanLevel(outcome):
            reportCard(outcome, q, a.session, l, &canvas)
            canvas.blank()
            if let count = outcome.withheld {
                canvas.paragraph("\(t.level)\(t.colon)" + na.withheld(count), style: Styles.warning, limit: 3)
            }
            if let overall = outcome.overall, let level = outcome.level {
                canvas.line("\(t.level)\(t.colon)\(level.id) \(level.name[l])  (\(overall.truncated(places: 2)))", style: Styles.title)
                if let meaning = level.meaning { canvas.paragraph(meaning[l], style: Styles.muted, limit: 3) }
            }
            if let weakest = outcome.weakest, let c = q.criterion(weakest.criterionID), let score = weakest.score {
                canvas.line("\(t.weakest)\(t.colon)\(c.id) \(c.title[l]) (\(score.formatted(places: 2)))", style: Styles.warning)
            }
        case let .bands(outcome):
            for category in outcome.categories where canvas.remaining > 3 {
                let title = q.group(category.groupID)?.title[l] ?? category.groupID
                let value = category.applicable ? "\(category.score.formatted(places: 1))/\(category.weight)" : "N/A"
                canvas.line(DisplayWidth.fit("\(category.groupID) \(title)", to: canvas.width - 12) + DisplayWidth.pad(value, to: 12, alignment: .right))
            }
            canvas.line("\(t.total) \(outcome.total.formatted(places: 1)) / \(outcome.maximum)", style: Styles.title)
            if let band = outcome.band {
                canvas.line("\(t.outcome)\(t.colon)\(band.name[l])", style: Styles.title)
                if let meaning = band.meaning { canvas.paragraph(meaning[l], style: Styles.muted, limit: 4) }
            } else if let count = outcome.withheld {
                canvas.paragraph("\(t.outcome)\(t.colon)" + na.withheld(count), style: Styles.warning, limit: 3)
            }
        case let .lowestGroup(outcome):
            groupTable(card, q, l, &canvas)
            if let count = outcome.withheld {
                canvas.paragraph("\(t.shortestStave)\(t.colon)" + na.withheld(count), style: Styles.warning, limit: 3)
            }
            if let headline = outcome.headline {
                canvas.line("\(t.shortestStave)\(t.colon)\(headline.groupID) \(q.group(headline.groupID)?.title[l] ?? "") \(headline.percent.formatted(places: 1))%", style: Styles.warning)
            }
            if let mean = outcome.mean { canvas.line("\(t.mean)\(t.colon)\(mean.formatted(places: 1))%") }
        }
        if !card.notApplicableScopes.isEmpty, canvas.remaining > 0 {
            canvas.paragraph(c.labelled(c(.notApplicableLimits), na.counts(card)),
                             style: card.notApplicableScopes.contains(where: \.exceeded) ? Styles.warning : Styles.muted, limit: 3)
        }
        if let notice = q.notice, canvas.remaining > 2 {
            canvas.blank()
            canvas.paragraph(notice[l], style: Styles.muted, limit: canvas.remaining)
        }
        grid = canvas.grid
    }

    /// Per top-level group: each angle's percent and the points.
    static func groupTable(_ card: Scorecard, _ q: Questionnaire, _ l: Language, _ canvas: inout Canvas) {
        let angles = q.angles.filter { angle in card.groups.contains { $0.tally(angle.id) != nil } }
        let numberWidth = min(10, max(7, (angles.map { DisplayWidth.of($0.title[l]) }.max() ?? 0) + 1))
        let pointsWidth = 10
        let nameWidth = max(6, canvas.width - angles.count * numberWidth - pointsWidth)
        var header = DisplayWidth.fit("", to: nameWidth)
        for angle in angles { header += DisplayWidth.fit(angle.title[l], to: numberWidth, alignment: .right) }
        header += DisplayWidth.pad(l == .zh ? "得分" : "Points", to: pointsWidth, alignment: .right)
        canvas.line(header, style: Styles.muted)
        for group in card.groups {
            var row = DisplayWidth.fit("\(group.groupID) \(group.title[l])", to: nameWidth)
            for angle in angles {
                let value = group.tally(angle.id)?.percent(card.counting).map { $0.formatted(places: 1) } ?? "—"
                row += DisplayWidth.pad(value, to: numberWidth, alignment: .right)
            }
            row += DisplayWidth.pad("\(group.points)/\(group.maximum)", to: pointsWidth, alignment: .right)
            canvas.line(row)
        }
    }

    /// SEE-CMM's report card: a row per criterion, a column per level, a mark per aspect.
    static func reportCard(_ outcome: MeanLevelOutcome, _ q: Questionnaire, _ session: Session, _ l: Language, _ canvas: inout Canvas) {
        let columns = q.scale.values
        let cellWidth = 7
        let nameWidth = max(8, canvas.width - columns.count * cellWidth - 6)
        var header = DisplayWidth.fit("", to: nameWidth)
        for value in columns { header += DisplayWidth.pad(String(value), to: cellWidth, alignment: .center) }
        canvas.line(header + DisplayWidth.pad("", to: 6), style: Styles.muted)
        for (criterion, score) in zip(q.criteria, outcome.criteria) {
            let record = session.answers[criterion.id]
            var row = DisplayWidth.fit("\(criterion.id) \(criterion.title[l])", to: nameWidth)
            for value in columns {
                let marks = criterion.questions.filter { record?.ratings[$0.angle] == .rated(value) }.count
                row += DisplayWidth.pad(String(repeating: "●", count: marks), to: cellWidth, alignment: .center)
            }
            row += DisplayWidth.pad(score.score?.formatted(places: 2) ?? "—", to: 6, alignment: .right)
            canvas.line(row)
        }
    }
}
