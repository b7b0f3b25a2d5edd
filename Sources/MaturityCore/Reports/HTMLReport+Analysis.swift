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
                b.element("h3", words.t("未满足的要求", "Unmet requirements"))
                b.table(gaps)
            }
            if let changes = words.planChanges(plan, q) {
                b.element("h3", words.t("需要改动的评分", "Ratings to raise"))
                b.table(changes)
                b.element("p", GapPlanPhrases.optimality(plan, input.language), class: "detail")
            }
        }
        b.raw("</section>\n")
    }

    static func comparison(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords) {
        guard let c = input.comparison else { return }
        let q = input.questionnaire, l = input.language
        b.raw("<section class=\"comparison\">\n")
        b.element("h2", words.t("与基线比较", "Compared with the baseline"))
        for line in words.comparisonParagraphs(c) { b.element("p", line) }
        b.table(words.comparisonMeasures(c))
        b.element("h3", words.t("各维度变化", "Change by dimension"))
        b.table(words.comparisonRows(c, q))
        let then = words.t("基线", "Baseline"), now = words.t("本次", "Now")
        let chartRows = c.rows.map { row -> SVGCharts.Row in
            let label = row.id.contains(where: \.isNumber) ? "\(row.id) \(row.title[l])" : row.title[l]
            if let score = row.score {
                let maximum = Double(q.scale.top)
                return SVGCharts.Row(label: label, values: [score.before.map { $0.doubleValue * 100 / maximum }, score.after.map { $0.doubleValue * 100 / maximum }],
                                     valueLabels: [score.before?.formatted(places: 2) ?? "—", score.after?.formatted(places: 2) ?? "—"], marker: nil)
            }
            let shares = [(row.points?.before, row.maximum?.before), (row.points?.after, row.maximum?.after)].map { points, maximum -> Fraction? in
                guard let points, let maximum, maximum > 0 else { return nil }
                return points * Fraction(100, maximum)
            }
            return SVGCharts.Row(label: label, values: shares.map { $0?.doubleValue },
                                 valueLabels: shares.map { $0.map { $0.formatted(places: 1) + "%" } ?? "—" }, marker: nil)
        }
        if !chartRows.isEmpty {
            let scored = c.rows.contains { $0.score != nil }
            b.raw(SVGCharts.bars(id: "compare", title: words.t("基线与本次", "Baseline and now"), series: [then, now], rows: chartRows,
                                 maximum: 100, ticks: [0, 25, 50, 75, 100], tickLabel: { "\(Int($0))%" }))
            b.element("p", scored ? words.t("条形为得分占最高水平的比例。", "Bars show the score as a share of the top level.")
                                  : words.t("条形为得分占适用满分的比例。", "Bars show points as a share of the applicable maximum."), class: "detail")
        }
        if let improved = words.comparisonAnswers(c.improved, q) {
            b.element("h3", words.t("改善的答案", "Answers improved"))
            b.table(improved)
        }
        if let regressed = words.comparisonAnswers(c.regressed, q) {
            b.element("h3", words.t("退步的答案", "Answers regressed"))
            b.table(regressed)
        }
        if let other = words.comparisonAnswers(c.otherChanges, q) {
            b.element("h3", words.t("其他变化", "Other changes"))
            b.table(other)
        }
        for line in words.questionnaireChangeLines(c) { b.element("p", line, class: "detail") }
        b.raw("</section>\n")
    }
}
