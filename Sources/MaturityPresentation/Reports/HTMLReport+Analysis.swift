import MaturityCore

/// The gap plan and the baseline comparison sections of the HTML report.
extension HTMLReport {
    static func gapPlan(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords) {
        guard let plan = input.gapPlan else { return }
        let q = input.questionnaire
        b.raw("<section class=\"plan\">\n")
        b.element("h2", words.planTitle(plan))
        for line in words.planParagraphs(plan, q) { b.element("p", line) }
        if !plan.alreadyMet {
            if let gaps = words.planGaps(plan, q) {
                b.element("h3", words.say(.unmetRequirementsHeading))
                b.table(gaps)
            }
            if let changes = words.planChanges(plan, q) {
                b.element("h3", words.say(.reportRatingsToRaise))
                b.table(changes)
                b.element("p", PlanWords(plan, questionnaire: input.questionnaire, catalog: Catalog(input.language)).optimality, class: "detail")
            }
        }
        b.raw("</section>\n")
    }

    static func comparison(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords) {
        guard let c = input.comparison else { return }
        let q = input.questionnaire, l = input.language
        b.raw("<section class=\"comparison\">\n")
        b.element("h2", words.say(.reportComparedWithTheBaseline))
        for line in words.comparisonParagraphs(c) { b.element("p", line) }
        b.table(words.comparisonMeasures(c))
        b.element("h3", words.say(.reportChangeByDimension))
        b.table(words.comparisonRows(c, q))
        let then = words.say(.baseline), now = words.say(.reportNow)
        let chartRows = c.rows.map { row -> SVGCharts.Row in
            let label = row.id.contains(where: \.isNumber) ? "\(row.id) \(row.title[l])" : row.title[l]
            if let score = row.score {
                let maximum = Double(q.scale.top)
                return SVGCharts.Row(label: label, values: [score.before.map { $0.doubleValue * 100 / maximum }, score.after.map { $0.doubleValue * 100 / maximum }],
                                     valueLabels: [score.before?.shownMean ?? "—", score.after?.shownMean ?? "—"], marker: nil)
            }
            let shares = [(row.points?.before, row.maximum?.before), (row.points?.after, row.maximum?.after)].map { points, maximum -> Fraction? in
                guard let points, let maximum, maximum > 0 else { return nil }
                return points * Fraction(100, maximum)
            }
            return SVGCharts.Row(label: label, values: shares.map { $0?.doubleValue },
                                 valueLabels: shares.map { $0.map { $0.shownPercent + "%" } ?? "—" }, marker: nil)
        }
        if !chartRows.isEmpty {
            let scored = c.rows.contains { $0.score != nil }
            b.raw(SVGCharts.bars(id: "compare", title: words.say(.reportBaselineAndNow), series: [then, now], rows: chartRows,
                                 maximum: 100, ticks: [0, 25, 50, 75, 100], tickLabel: { "\(Int($0))%" }))
            b.element("p", scored ? words.say(.reportBarsShowTheScoreAs)
                                  : words.say(.reportBarsShowPointsAsA), class: "detail")
        }
        if let improved = words.comparisonAnswers(c.improved, q) {
            b.element("h3", words.say(.reportAnswersImproved))
            b.table(improved)
        }
        if let regressed = words.comparisonAnswers(c.regressed, q) {
            b.element("h3", words.say(.reportAnswersRegressed))
            b.table(regressed)
        }
        if let other = words.comparisonAnswers(c.otherChanges, q) {
            b.element("h3", words.say(.reportOtherChanges))
            b.table(other)
        }
        for line in words.questionnaireChangeLines(c) { b.element("p", line, class: "detail") }
        b.raw("</section>\n")
    }
}
