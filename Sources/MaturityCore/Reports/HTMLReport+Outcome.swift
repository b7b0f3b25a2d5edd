/// The result section: the level (or outcome) and what it rests on, per model.
extension HTMLReport {
    static func outcome(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords) {
        b.raw("<section class=\"outcome\">\n")
        b.element("h2", words.t("评估结果", "Result"))
        switch input.scorecard.outcome {
        case let .levels(outcome): levels(&b, input, words, outcome)
        case let .meanLevel(outcome): meanLevel(&b, input, words, outcome)
        case let .bands(outcome): bands(&b, input, words, outcome)
        case let .lowestGroup(outcome): lowestGroup(&b, input, words, outcome)
        }
        b.raw("</section>\n")
    }

    private static func headline(_ b: inout HTMLBuffer, what: String, value: String) {
        b.raw("<p class=\"headline\"><span class=\"what\">")
        b.text(what)
        b.raw("</span>")
        b.text(value)
        b.raw("</p>\n")
    }

    // MARK: CC-CMM-OC: cumulative levels

    private static func levels(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: LevelOutcome) {
        let q = input.questionnaire, l = input.language, card = input.scorecard
        headline(&b, what: words.t("所达等级", "Level held"), value: "\(outcome.achievedID) \(outcome.achievedName[l])")
        if let next = outcome.next {
            let unmet = next.requirements.filter { !$0.met }
            b.element("p", words.t("下一级 \(next.rule.id) \(next.rule.name[l])：尚有 \(unmet.count) 项要求未满足。",
                                   "Next level \(next.rule.id) \(next.rule.name[l]): \(unmet.count) of \(next.requirements.count) requirements not met yet."))
        } else {
            b.element("p", words.t("已达到最高等级。", "The highest level is held."))
        }
        var steps = [SVGCharts.Step(id: outcome.unrated.id, name: outcome.unrated.name[l], met: true,
                                    held: outcome.achievedIndex == nil, next: false)]
        for (index, level) in outcome.levels.enumerated() {
            let held = outcome.achievedIndex.map { index <= $0 } ?? false
            steps.append(SVGCharts.Step(id: level.rule.id, name: level.rule.name[l], met: held,
                                        held: outcome.achievedIndex == index, next: index == (outcome.achievedIndex ?? -1) + 1))
        }
        b.element("h3", words.t("等级阶梯", "Level ladder"))
        b.raw(SVGCharts.ladder(title: words.t("等级阶梯，当前为 ", "Level ladder; held: ") + outcome.achievedID,
                               steps: steps, heldWord: words.t("当前等级", "held"), nextWord: words.t("下一级", "next")))
        b.element("p", words.t("✓ 已达到（等级逐级累积：达到某级须同时满足以下各级的全部要求）；✗ 未达到。",
                               "✓ held (levels are cumulative: a level needs every requirement of the levels below it too); ✗ not held."),
                  class: "detail")
        levelDefinitions(&b, input, words, outcome)
        b.element("h3", words.t("等级依据：每项要求的实际值与要求值", "What the level rests on: each requirement, actual against required"))
        b.raw("<table><thead><tr>")
        for header in [words.t("等级", "Level"), words.t("要求", "Requirement"), words.t("实际", "Actual"), words.t("要求值", "Required"), words.t("状态", "Status")] {
            b.element("th", header)
        }
        b.raw("</tr></thead><tbody>\n")
        for (index, level) in outcome.levels.enumerated() {
            for (position, status) in level.requirements.enumerated() {
                let held = outcome.achievedIndex.map { index <= $0 } ?? false
                var classes: [String] = []
                if position == 0 { classes.append("level-first") }
                if held { classes.append("held-row") }
                b.raw(classes.isEmpty ? "<tr>" : "<tr class=\"\(classes.joined(separator: " "))\">")
                b.element("td", position == 0 ? "\(level.rule.id) \(level.rule.name[l])" : "")
                b.element("td", RequirementPhrases.describe(status.requirement, in: q, l))
                b.raw("<td class=\"num\">")
                b.text(RequirementPhrases.actual(status, l))
                b.raw("</td><td class=\"num\">")
                b.text(RequirementPhrases.required(status, l))
                b.raw("</td>")
                if status.met {
                    b.element("td", "✓ " + words.t("满足", "met"), class: "met")
                } else {
                    let missing = RequirementPhrases.shortfall(status, in: q, counting: card.counting, l).map { words.t("：", ": ") + $0 } ?? ""
                    b.element("td", "✗ " + words.t("未满足", "not met") + missing, class: "unmet")
                }
                b.raw("</tr>\n")
            }
        }
        b.raw("</tbody></table>\n")
        dimensionTable(&b, input, words)
    }

    /// Per top-level group: each angle's percentage under the counting reading, points and maximum.
    static func dimensionTable(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords) {
        let q = input.questionnaire, l = input.language, card = input.scorecard
        let angles = q.angles.filter { angle in card.groups.contains { $0.tally(angle.id) != nil } }
        b.element("h3", words.t("各维度得分", "Scores by dimension"))
        b.raw("<table><thead><tr>")
        b.element("th", words.t("维度", "Dimension"))
        for angle in angles { b.raw("<th class=\"num\">"); b.text(angle.title[l] + " %"); b.raw("</th>") }
        b.raw("<th class=\"num\">"); b.text(words.t("得分", "Points")); b.raw("</th>")
        b.raw("<th class=\"num\">"); b.text(words.t("满分", "Maximum")); b.raw("</th>")
        b.raw("</tr></thead><tbody>\n")
        for group in card.groups {
            b.raw("<tr>")
            b.element("td", "\(group.groupID) \(group.title[l])")
            for angle in angles {
                b.raw("<td class=\"num\">")
                b.text(group.tally(angle.id)?.percent(card.counting).map { $0.formatted(places: 1) + "%" } ?? "—")
                b.raw("</td>")
            }
            b.raw("<td class=\"num\">\(group.points)</td><td class=\"num\">\(group.maximum)</td></tr>\n")
        }
        b.raw("<tr class=\"section-row\">")
        b.element("td", words.t("合计", "Total"))
        for _ in angles { b.raw("<td></td>") }
        b.raw("<td class=\"num\">\(card.total)</td><td class=\"num\">\(card.applicableMaximum)</td></tr>\n")
        b.raw("</tbody></table>\n")
        if card.applicableMaximum != card.fullMaximum {
            b.element("p", words.t("满分已扣除不适用的题目（原满分 \(card.fullMaximum)）。",
                                   "The maximum leaves out N/A questions (full maximum \(card.fullMaximum))."), class: "detail")
        }
    }

    // MARK: SEE-CMM: mean level and the report card

    private static func meanLevel(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: MeanLevelOutcome) {
        let q = input.questionnaire, l = input.language
        guard case let .meanLevel(rules) = q.scoring else { return }
        if let overall = outcome.overall, let level = outcome.level {
            headline(&b, what: words.t("总体成熟度等级", "Overall maturity level"),
                     value: "\(level.id) \(level.name[l]) · " + words.t("总体得分 ", "overall score ") + overall.formatted(places: 2))
            if let meaning = level.meaning { b.element("p", meaning[l], class: "meaning") }
        } else {
            headline(&b, what: words.t("总体成熟度等级", "Overall maturity level"), value: words.t("尚无作答，无法给出", "nothing answered yet"))
        }
        if let weakest = outcome.weakest, let criterion = q.criterion(weakest.criterionID), let score = weakest.score {
            b.element("p", words.t("最弱项：", "Weakest criterion: ") + "\(criterion.id) \(criterion.title[l]) (\(score.formatted(places: 2)))")
        }
        let heldIndex = outcome.level.flatMap { level in rules.levels.firstIndex { $0.id == level.id } }
        let steps = rules.levels.enumerated().map { index, level in
            SVGCharts.Step(id: level.id, name: level.name[l], met: heldIndex.map { index <= $0 } ?? false,
                           held: heldIndex == index, next: index == (heldIndex ?? -1) + 1)
        }
        b.element("h3", words.t("等级阶梯", "Level ladder"))
        b.raw(SVGCharts.ladder(title: words.t("成熟度等级阶梯", "Maturity level ladder"), steps: steps,
                               heldWord: words.t("当前等级", "held"), nextWord: words.t("下一级", "next")))
        b.element("h3", words.t("成绩单（每个方面在其所处水平列中一个标记）", "Report card (one mark per aspect, in the column of its level)"))
        reportCard(&b, input, words, outcome)
        b.raw(SVGCharts.bars(id: "see-overview", title: words.t("各标准得分", "Score per criterion"),
                             series: [words.t("平均水平（1–4）", "Mean level (1–4)")],
                             rows: zip(q.criteria, outcome.criteria).map { criterion, score in
                                 SVGCharts.Row(label: "\(criterion.id) \(criterion.title[l])", values: [score.score?.doubleValue],
                                               valueLabels: [score.score?.formatted(places: 2) ?? "—"],
                                               marker: outcome.weakest?.criterionID == criterion.id ? words.t("▼ 最弱", "▼ weakest") : nil)
                             },
                             maximum: Double(q.scale.top), ticks: q.scale.values.map(Double.init) + [0],
                             tickLabel: { String(Int($0)) }))
    }

    /// The 8 × 4 grid: a row per criterion, a column per level, one mark per aspect.
    static func reportCard(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: MeanLevelOutcome) {
        let q = input.questionnaire, l = input.language
        let share = 64 / max(q.scale.values.count, 1)  // of the width; 18% criterion, 11% N/A, 7% score
        b.raw("<table class=\"grid-card\"><thead><tr>")
        b.raw("<th style=\"width:18%\">"); b.text(words.t("标准", "Criterion")); b.raw("</th>")
        for value in q.scale.values {
            b.raw("<th style=\"text-align:center;width:\(share)%\">")
            b.text("\(value) \(q.scale.labels[value]?[l] ?? "")")
            b.raw("</th>")
        }
        b.raw("<th style=\"width:11%\">"); b.text(words.t("不适用 / 未答", "N/A or not answered")); b.raw("</th>")
        b.raw("<th class=\"num\" style=\"width:7%\">"); b.text(words.t("得分", "Score")); b.raw("</th></tr></thead><tbody>\n")
        for (criterion, score) in zip(q.criteria, outcome.criteria) {
            let record = input.session.answers[criterion.id]
            b.raw("<tr>")
            b.element("td", "\(criterion.id) \(criterion.title[l])")
            for value in q.scale.values {
                b.raw("<td class=\"mark\">")
                for question in criterion.questions where record?.ratings[question.angle] == .rated(value) {
                    b.raw("<span>")
                    b.text("✔ " + (q.angle(question.angle)?.title[l] ?? question.angle))
                    b.raw("</span> ")
                }
                b.raw("</td>")
            }
            b.raw("<td class=\"mark\">")
            for question in criterion.questions {
                let answer = record?.ratings[question.angle]
                guard answer == nil || answer?.isNotApplicable == true else { continue }
                b.raw("<span>")
                b.text((answer == nil ? "○ " : "– ") + (q.angle(question.angle)?.title[l] ?? question.angle))
                b.raw("</span> ")
            }
            b.raw("</td><td class=\"num\">")
            b.text(score.score?.formatted(places: 2) ?? "—")
            b.raw("</td></tr>\n")
        }
        b.raw("</tbody></table>\n")
        b.element("p", words.t("✔ 该方面所处水平；– 不适用；○ 未答。", "✔ the aspect's level; – N/A; ○ unanswered."), class: "detail")
    }

    // MARK: CCCS-OP-2003: weighted categories and outcome bands

    private static func bands(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: BandOutcome) {
        let q = input.questionnaire, l = input.language
        guard case let .weightedBands(rules) = q.scoring else { return }
        headline(&b, what: words.t("评审结果", "Outcome"), value: (outcome.band?.name ?? NotApplicablePhrases.withheldName)[l] + " · "
                 + words.t("总分 ", "total ") + outcome.total.formatted(places: 1) + " / \(outcome.maximum)")
        if let count = outcome.withheld {
            b.element("p", NotApplicablePhrases.withheldReason(count, l) + words.t("。总分仅供参考。", ". The total is for information only."))
        } else {
            b.element("p", words.t("结果档次按四舍五入后的总分 \(outcome.wholeTotal) 判定。", "The band is read from the total rounded half up: \(outcome.wholeTotal)."))
        }
        if let meaning = outcome.band?.meaning { b.element("p", meaning[l], class: "meaning") }
        let ascending = Array(rules.bands.reversed())
        let heldIndex = ascending.firstIndex { $0.id == outcome.band?.id }
        b.element("h3", words.t("结果档次", "Outcome bands"))
        b.raw(SVGCharts.ladder(title: words.t("结果档次", "Outcome bands"), steps: ascending.enumerated().map { index, band in
            SVGCharts.Step(id: "≥ \(band.minimum)", name: band.name[l], met: heldIndex.map { index <= $0 } ?? false,
                           held: heldIndex == index, next: index == (heldIndex ?? -1) + 1)
        }, heldWord: words.t("本次结果", "this result"), nextWord: words.t("上一档", "next band")))
        b.raw("<table><thead><tr>")
        for header in [words.t("档次", "Band"), words.t("总分", "Total"), words.t("含义", "Meaning")] { b.element("th", header) }
        b.raw("</tr></thead><tbody>\n")
        for (index, band) in rules.bands.enumerated() {
            let upper = index == 0 ? outcome.maximum : rules.bands[index - 1].minimum - 1
            let held = band.id == outcome.band?.id
            b.raw(held ? "<tr class=\"held-row\">" : "<tr>")
            b.element("td", (held ? "▶ " : "") + band.name[l] + (held ? words.t("（本次结果）", " (this result)") : ""))
            b.raw("<td class=\"num\">\(band.minimum)–\(upper)</td>")
            b.element("td", band.meaning?[l] ?? "")
            b.raw("</tr>\n")
        }
        b.raw("</tbody></table>\n")
        b.element("h3", words.t("各类别得分", "Points by category"))
        let card = input.scorecard
        let angles = q.angles.filter { angle in card.groups.contains { $0.tally(angle.id) != nil } }
        b.raw("<table><thead><tr>")
        b.element("th", words.t("类别", "Category"))
        for angle in angles { b.raw("<th class=\"num\">"); b.text(angle.title[l] + " %"); b.raw("</th>") }
        b.raw("<th class=\"num\">"); b.text(words.t("分值", "Weight")); b.raw("</th><th class=\"num\">")
        b.text(words.t("得分", "Points")); b.raw("</th></tr></thead><tbody>\n")
        for category in outcome.categories {
            let group = card.groups.first { $0.groupID == category.groupID }
            b.raw("<tr>")
            b.element("td", "\(category.groupID) \(q.group(category.groupID)?.title[l] ?? "")")
            for angle in angles {
                b.raw("<td class=\"num\">")
                b.text(group?.tally(angle.id)?.percent(.weighted).map { $0.formatted(places: 1) + "%" } ?? "—")
                b.raw("</td>")
            }
            b.raw("<td class=\"num\">\(category.weight)</td><td class=\"num\">")
            b.text(category.score.formatted(places: 1))
            b.raw("</td></tr>\n")
        }
        b.raw("<tr class=\"section-row\">")
        b.element("td", words.t("合计", "Total"))
        for _ in angles { b.raw("<td></td>") }
        b.raw("<td class=\"num\">\(outcome.maximum)</td><td class=\"num\">")
        b.text(outcome.total.formatted(places: 1))
        b.raw("</td></tr>\n</tbody></table>\n")
        b.element("p", words.t("百分比为评分点数占满分的比例（5 分按一半计）。", "Percentages are rating points over the maximum (a 5 counts half)."), class: "detail")
        b.raw(SVGCharts.bars(id: "bands-overview", title: words.t("各类别得分率", "Share of each category's points"),
                             series: [words.t("得分 / 分值", "Points / weight")],
                             rows: outcome.categories.map { category in
                                 let share = category.weight == 0 ? nil : (category.score / category.weight) * Fraction(100)
                                 return SVGCharts.Row(label: "\(category.groupID) \(q.group(category.groupID)?.title[l] ?? "")",
                                                      values: [share?.doubleValue],
                                                      valueLabels: ["\(category.score.formatted(places: 1)) / \(category.weight)"], marker: nil)
                             },
                             maximum: 100, ticks: [0, 25, 50, 75, 100], tickLabel: { "\(Int($0))%" }))
    }

    // MARK: CCCS outline: the lowest module

    private static func lowestGroup(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: LowestGroupOutcome) {
        let q = input.questionnaire, l = input.language
        if let headline = outcome.headline {
            self.headline(&b, what: words.t("短板（最低模块）", "Shortest stave (lowest module)"),
                          value: "\(headline.groupID) \(q.group(headline.groupID)?.title[l] ?? "") · \(headline.percent.formatted(places: 1))%")
        } else {
            headline(&b, what: words.t("短板（最低模块）", "Shortest stave (lowest module)"), value: words.t("尚无作答", "nothing answered yet"))
        }
        if let mean = outcome.mean {
            b.element("p", words.t("各模块平均：", "Mean of the modules: ") + mean.formatted(places: 1) + "%")
        }
        b.element("p", words.t("按“最短板”的思路，总体结论取得分最低的模块。", "Following the \"shortest stave\" idea, the headline is the lowest-scoring module."), class: "detail")
        b.raw("<table><thead><tr>")
        for header in [words.t("模块", "Module"), words.t("得分率", "Score"), ""] { b.element("th", header) }
        b.raw("</tr></thead><tbody>\n")
        for group in outcome.groups {
            let lowest = outcome.headline?.groupID == group.groupID
            b.raw(lowest ? "<tr class=\"held-row\">" : "<tr>")
            b.element("td", "\(group.groupID) \(q.group(group.groupID)?.title[l] ?? "")")
            b.raw("<td class=\"num\">")
            b.text(group.percent.map { $0.formatted(places: 1) + "%" } ?? words.t("全部不适用", "all N/A"))
            b.raw("</td>")
            b.element("td", lowest ? words.t("▼ 最低（短板）", "▼ lowest (shortest stave)") : "")
            b.raw("</tr>\n")
        }
        b.raw("</tbody></table>\n")
        b.raw(SVGCharts.bars(id: "modules-overview", title: words.t("各模块得分率", "Score per module"),
                             series: [words.t("得分率", "Score")],
                             rows: outcome.groups.map { group in
                                 SVGCharts.Row(label: "\(group.groupID) \(q.group(group.groupID)?.title[l] ?? "")",
                                               values: [group.percent?.doubleValue],
                                               valueLabels: [group.percent.map { $0.formatted(places: 1) + "%" } ?? "—"],
                                               marker: outcome.headline?.groupID == group.groupID ? words.t("▼ 最低", "▼ lowest") : nil)
                             },
                             maximum: 100, ticks: [0, 25, 50, 75, 100], tickLabel: { "\(Int($0))%" }))
    }
}
