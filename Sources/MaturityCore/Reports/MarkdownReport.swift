/// A report for pasting into a document: the status lines, the scorecard and
/// level, conflicts, and a criterion table per dimension.
public enum MarkdownReport {
    public static func render(_ input: ReportInput) -> String {
        let q = input.questionnaire, l = input.language, card = input.scorecard
        let words = ReportWords(language: l)
        var out = "# " + escape(q.title[l]) + " — " + words.reportTitle + "\n\n"
        var facts = [words.questionnaireLine(q)]
        if let counting = words.countingLine(input) { facts.append(counting) }
        facts.append(words.progressLine(card))
        facts += words.profile(input.session.profile, q).map { "\($0)\(words.t("：", ": "))\($1)" }
        if !input.generatedOn.isEmpty { facts.append(words.t("报告日期：", "Report date: ") + input.generatedOn) }
        out += facts.map { "- " + escape($0) + "\n" }.joined() + "\n"
        out += "> **" + (card.provisional ? words.t("暂定结果", "PROVISIONAL") : words.t("结果完整", "Complete")) + "** — "
            + escape(words.provisionalLine(card)) + "\n\n"
        if let line = words.conflictLine(input.session) { out += "> **" + words.conflictWord + "** — " + escape(line) + "\n\n" }
        for remark in input.remarks { out += "> " + escape(remark) + "\n\n" }
        if let notice = q.notice { out += "> **" + words.t("关于本问卷：", "About this questionnaire:") + "** " + escape(notice[l]) + "\n\n" }

        out += "## " + words.t("评估结果", "Result") + "\n\n**" + escape(words.headline(input)) + "**\n\n"
        switch card.outcome {
        case let .levels(outcome): out += levels(input, words, outcome)
        case let .meanLevel(outcome): out += meanLevel(input, words, outcome)
        case let .bands(outcome): out += bands(input, words, outcome)
        case let .lowestGroup(outcome): out += lowestGroup(input, words, outcome)
        }
        out += gapPlan(input, words)
        out += comparison(input, words)
        out += conflicts(input, words)
        out += criteria(input, words)
        out += "---\n\n" + escape(words.t("由 ccmm 生成。这是自评结果，不是认证结论。", "Made with ccmm. This is a self-assessment, not a certification.")) + "\n"
        return out
    }

    /// Text made safe for a Markdown table cell or line: backslash and `|` are
    /// escaped, `<` and `>` become entities (so raw HTML in a note stays text),
    /// and line breaks become `<br>`.
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "<br>"
            case "\n": if !previousCR { out += "<br>" }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func table(_ table: ReportTable) -> String {
        self.table(table.header, table.rows, right: table.numeric)
    }

    private static func gapPlan(_ input: ReportInput, _ words: ReportWords) -> String {
        guard let plan = input.gapPlan else { return "" }
        let q = input.questionnaire
        var out = "## " + escape(words.planTitle(plan)) + "\n\n"
        out += words.planParagraphs(plan, q).map { escape($0) + "\n\n" }.joined()
        guard !plan.alreadyMet else { return out }
        if let gaps = words.planGaps(plan, q) { out += "### " + words.t("未满足的要求", "Unmet requirements") + "\n\n" + table(gaps) }
        if let changes = words.planChanges(plan, q) {
            out += "### " + words.t("需要改动的评分", "Ratings to raise") + "\n\n" + table(changes)
            out += escape(GapPlanPhrases.optimality(plan, input.language)) + "\n\n"
        }
        return out
    }

    private static func comparison(_ input: ReportInput, _ words: ReportWords) -> String {
        guard let c = input.comparison else { return "" }
        let q = input.questionnaire
        var out = "## " + words.t("与基线比较", "Compared with the baseline") + "\n\n"
        out += words.comparisonParagraphs(c).map { escape($0) + "\n\n" }.joined()
        out += table(words.comparisonMeasures(c))
        out += "### " + words.t("各维度变化", "Change by dimension") + "\n\n" + table(words.comparisonRows(c, q))
        if let improved = words.comparisonAnswers(c.improved, q) { out += "### " + words.t("改善的答案", "Answers improved") + "\n\n" + table(improved) }
        if let regressed = words.comparisonAnswers(c.regressed, q) { out += "### " + words.t("退步的答案", "Answers regressed") + "\n\n" + table(regressed) }
        if let other = words.comparisonAnswers(c.otherChanges, q) { out += "### " + words.t("其他变化", "Other changes") + "\n\n" + table(other) }
        out += words.questionnaireChangeLines(c).map { escape($0) + "\n\n" }.joined()
        return out
    }

    static func table(_ header: [String], _ rows: [[String]], right: Set<Int> = []) -> String {
        var out = "| " + header.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { right.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    private static func levels(_ input: ReportInput, _ words: ReportWords, _ outcome: LevelOutcome) -> String {
        let q = input.questionnaire, l = input.language
        var out = ""
        if let next = outcome.next {
            out += escape(words.t("下一级：", "Next level: ") + "\(next.rule.id) \(next.rule.name[l])") + "\n\n"
        } else {
            out += escape(words.t("已达到最高等级。", "The highest level is held.")) + "\n\n"
        }
        out += "### " + words.t("等级依据", "What the level rests on") + "\n\n"
        var rows: [[String]] = []
        for (index, level) in outcome.levels.enumerated() {
            let held = outcome.achievedIndex.map { index <= $0 } ?? false
            for (position, status) in level.requirements.enumerated() {
                let name = position == 0 ? "\(level.rule.id) \(level.rule.name[l])" + (held ? " ✓" : "") : ""
                let state = status.met ? "✓ " + words.t("满足", "met")
                    : "✗ " + words.t("未满足", "not met") + (RequirementPhrases.shortfall(status, in: q, counting: input.scorecard.counting, l).map { words.t("：", ": ") + $0 } ?? "")
                rows.append([name, RequirementPhrases.describe(status.requirement, in: q, l), RequirementPhrases.actual(status, l),
                             RequirementPhrases.required(status, l), state])
            }
        }
        out += table([words.t("等级", "Level"), words.t("要求", "Requirement"), words.t("实际", "Actual"), words.t("要求值", "Required"), words.t("状态", "Status")],
                     rows, right: [2, 3])
        return out + levelDefinitions(input, words) + dimensionTable(input, words)
    }

    static func dimensionTable(_ input: ReportInput, _ words: ReportWords) -> String {
        let q = input.questionnaire, l = input.language, card = input.scorecard
        let angles = q.angles.filter { angle in card.groups.contains { $0.tally(angle.id) != nil } }
        var rows = card.groups.map { group in
            ["\(group.groupID) \(group.title[l])"]
                + angles.map { group.tally($0.id)?.percent(input.chartCounting).map { $0.formatted(places: 1) + "%" } ?? "—" }
                + [String(group.points), String(group.maximum)]
        }
        rows.append([words.t("合计", "Total")] + angles.map { _ in "" } + [String(card.total), String(card.applicableMaximum)])
        return "### " + words.t("各维度得分", "Scores by dimension") + "\n\n"
            + table([words.t("维度", "Dimension")] + angles.map { $0.title[l] + " %" } + [words.t("得分", "Points"), words.t("满分", "Maximum")],
                    rows, right: Set(1...(angles.count + 2)))
    }

    private static func meanLevel(_ input: ReportInput, _ words: ReportWords, _ outcome: MeanLevelOutcome) -> String {
        let q = input.questionnaire, l = input.language
        var out = ""
        if let meaning = outcome.level?.meaning { out += escape(meaning[l]) + "\n\n" }
        if let weakest = outcome.weakest, let criterion = q.criterion(weakest.criterionID), let score = weakest.score {
            out += escape(words.t("最弱项：", "Weakest criterion: ") + "\(criterion.id) \(criterion.title[l]) (\(score.formatted(places: 2)))") + "\n\n"
        }
        out += "### " + words.t("成绩单", "Report card") + "\n\n"
        let rows = zip(q.criteria, outcome.criteria).map { criterion, score -> [String] in
            let record = input.session.answers[criterion.id]
            let marks = q.scale.values.map { value in
                criterion.questions.filter { record?.ratings[$0.angle] == .rated(value) }
                    .map { "✔ " + (q.angle($0.angle)?.title[l] ?? $0.angle) }.joined(separator: " ")
            }
            return ["\(criterion.id) \(criterion.title[l])"] + marks + [score.score?.formatted(places: 2) ?? "—"]
        }
        out += table([words.t("标准", "Criterion")] + q.scale.values.map { "\($0) \(q.scale.labels[$0]?[l] ?? "")" } + [words.t("得分", "Score")],
                     rows, right: [q.scale.values.count + 1])
        return out
    }

    private static func bands(_ input: ReportInput, _ words: ReportWords, _ outcome: BandOutcome) -> String {
        let q = input.questionnaire, l = input.language
        var out = ""
        if let meaning = outcome.band?.meaning { out += escape(meaning[l]) + "\n\n" }
        let rows = outcome.categories.map { category in
            ["\(category.groupID) \(q.group(category.groupID)?.title[l] ?? "")", String(category.weight), category.score.formatted(places: 1)]
        } + [[words.t("合计", "Total"), String(outcome.maximum), outcome.total.formatted(places: 1)]]
        out += "### " + words.t("各类别得分", "Points by category") + "\n\n"
        out += table([words.t("类别", "Category"), words.t("分值", "Weight"), words.t("得分", "Points")], rows, right: [1, 2])
        if case let .weightedBands(rules) = q.scoring {
            out += "### " + words.t("结果档次", "Outcome bands") + "\n\n"
            out += table([words.t("档次", "Band"), words.t("最低分", "From"), words.t("含义", "Meaning")], rules.bands.map { band in
                [(band.id == outcome.band?.id ? "▶ " : "") + band.name[l], String(band.minimum), band.meaning?[l] ?? ""]
            }, right: [1])
        }
        return out
    }

    private static func lowestGroup(_ input: ReportInput, _ words: ReportWords, _ outcome: LowestGroupOutcome) -> String {
        let q = input.questionnaire, l = input.language
        let rows = outcome.groups.map { group in
            ["\(group.groupID) \(q.group(group.groupID)?.title[l] ?? "")",
             group.percent.map { $0.formatted(places: 1) + "%" } ?? words.t("全部不适用", "all N/A"),
             outcome.headline?.groupID == group.groupID ? words.t("▼ 最低（短板）", "▼ lowest (shortest stave)") : ""]
        }
        return "### " + words.t("各模块", "Modules") + "\n\n"
            + table([words.t("模块", "Module"), words.t("得分率", "Score"), ""], rows, right: [1])
    }

    private static func conflicts(_ input: ReportInput, _ words: ReportWords) -> String {
        let q = input.questionnaire, l = input.language
        let ids = input.session.conflictIDs(in: q)
        guard !ids.isEmpty else { return "" }
        let rows = ids.compactMap { id -> [String]? in
            guard let conflict = input.session.conflicts[id] else { return nil }
            let criterion = q.criterion(id)
            return [id, criterion?.title[l] ?? id, words.disputedAngles(conflict, q),
                    words.conflictLines(conflict, q, angles: criterion?.angleIDs ?? conflict.angles).joined(separator: "\n")]
        }
        return "## " + words.t("评估人分歧", "Conflicts between assessors") + "\n\n" + escape(ConsensusPhrases.lowerCounts(ids.count, l)) + "\n\n"
            + table([words.t("编号", "No."), words.t("条目", "Criterion"), words.t("分歧", "Disputed"), words.t("各评估人的答案", "Each assessor's answer")], rows)
    }

    private static func criteria(_ input: ReportInput, _ words: ReportWords) -> String {
        let q = input.questionnaire, l = input.language
        var out = "## " + words.t("逐条结果", "Criteria") + "\n\n"
        let all = input.rows
        for group in q.groups {
            out += "### " + escape(words.group(group)) + "\n\n"
            let rows = all.filter { $0.dimension?.id == group.id }
            let angles = group.allCriteria.first?.angleIDs ?? []
            let columns = !q.reportsAsLevels && angles.count <= 3
            var header = [words.t("编号", "No."), words.t("条目", "Criterion")]
            header += columns ? angles.map { q.angle($0)?.title[l] ?? $0 } : [words.t("各方面水平", "Aspects")]
            header += [words.pointsHeader(q), words.notApplicableReasonWord, words.noteWord, words.t("标记", "Flags")]
            let body = rows.map { row -> [String] in
                var title = row.criterion.title[l]
                if let provenance = words.provenance(row.criterion.provenance) { title += " (\(provenance))" }
                var cells = [row.criterion.id, title]
                if columns {
                    cells += angles.map { angle in
                        let answer = row.ratings.first { $0.angle == angle }?.answer
                        return answer == nil ? words.unansweredWord : words.rating(answer, in: q)
                    }
                } else {
                    cells.append(row.ratings.map { angle, answer in
                        (q.angle(angle)?.title[l] ?? angle) + " " + (answer == nil ? words.unansweredWord : words.rating(answer, in: q))
                    }.joined(separator: "\n"))
                }
                var flags: [String] = []
                if row.flagged { flags.append("⚑ " + words.flaggedWord) }
                if row.conflict != nil { flags.append("≠ " + words.conflictWord) }
                cells += [words.pointsText(row, q), row.notApplicableReason ?? "", row.note, flags.joined(separator: "\n")]
                return cells
            }
            let pointsColumn = header.count - 4
            out += table(header, body, right: [pointsColumn])
        }
        return out
    }
}
