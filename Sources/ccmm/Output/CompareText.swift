import MaturityCore

/// Words shared by the text and Markdown comparisons.
enum CompareWords {
    static func t(_ l: Language, _ chinese: String, _ english: String) -> String { l == .zh ? chinese : english }

    static func value(_ value: Fraction?, places: Int, suffix: String = "", truncating: Bool = false) -> String {
        value.map { DeltaFormat.number($0, places: places, truncating: truncating) + suffix } ?? "—"
    }

    /// "80.0 → 85.0 (+5.0)", "— → 85.0".
    static func delta(_ delta: Comparison.Delta, places: Int, suffix: String = "", truncating: Bool = false) -> String {
        var text = value(delta.before, places: places, suffix: suffix, truncating: truncating) + " → "
            + value(delta.after, places: places, suffix: suffix, truncating: truncating)
        if let change = delta.change { text += " (" + DeltaFormat.signed(change, places: places) + ")" }
        return text
    }

    static func answer(_ answer: AngleAnswer?, _ l: Language) -> String {
        switch answer {
        case let .rated(value)?: return String(value)
        case let .notApplicable(reason)?: return t(l, "不适用（\(reason)）", "N/A (\(reason))")
        case nil: return t(l, "未答", "unanswered")
        }
    }

    static func direction(_ comparison: Comparison, _ l: Language) -> String {
        switch comparison.direction {
        case .up?: return t(l, "↑ 上升", "↑ up")
        case .down?: return t(l, "↓ 下降", "↓ down")
        case .same?: return t(l, "= 不变", "= unchanged")
        case nil: return ""
        }
    }

    static func standing(_ standing: Comparison.Standing, _ l: Language) -> String {
        "\(standing.id) \(standing.name[l])"
    }

    /// Changes grouped by criterion, in reading order: id, title, "Method 5 → 10; Execution 0 → 5".
    static func changeRows(_ changes: [Comparison.AnswerChange], _ q: Questionnaire, _ l: Language) -> [[String]] {
        var order: [String] = []
        var byCriterion: [String: [Comparison.AnswerChange]] = [:]
        for change in changes {
            if byCriterion[change.criterionID] == nil { order.append(change.criterionID) }
            byCriterion[change.criterionID, default: []].append(change)
        }
        return order.map { id in
            let text = (byCriterion[id] ?? []).map { change in
                "\(GapPlanPhrases.angleName(change.angle, in: q, l)) \(answer(change.before, l)) → \(answer(change.after, l))"
            }.joined(separator: t(l, "；", "; "))
            return [id, PlanWords.title(id, q, l), text]
        }
    }

    static func criteriaCount(_ changes: [Comparison.AnswerChange]) -> Int { Set(changes.map(\.criterionID)).count }

    static func heading(_ kind: String, _ changes: [Comparison.AnswerChange], _ l: Language) -> String {
        let n = changes.count, c = criteriaCount(changes)
        switch kind {
        case "improved": return t(l, "提升：\(c) 个条目中 \(n) 项", "Improved: \(n) \(n == 1 ? "answer" : "answers") in \(c) \(c == 1 ? "criterion" : "criteria")")
        case "regressed": return t(l, "下降：\(c) 个条目中 \(n) 项", "Regressed: \(n) \(n == 1 ? "answer" : "answers") in \(c) \(c == 1 ? "criterion" : "criteria")")
        default: return t(l, "其他变化（不适用或作答状态改变）：\(n) 项", "Other changes (N/A or answered status): \(n)")
        }
    }

    /// The per-row table: header and rows, by scoring method.
    static func rowTable(_ c: Comparison, _ q: Questionnaire, _ l: Language) -> [[String]] {
        let method = c.scoringMethod
        let angles = method == "levels" || method == "lowest_group"
            ? q.angles.filter { angle in c.rows.contains { $0.angles.contains { $0.angle == angle.id } } } : []
        var header = [method == "mean_level" ? t(l, "标准", "Criterion") : method == "weighted_bands" ? t(l, "类别", "Category")
                      : method == "lowest_group" ? t(l, "模块", "Module") : t(l, "维度", "Dimension")]
        header += angles.map { $0.title[l] + " %" }
        switch method {
        case "mean_level": header.append(t(l, "得分", "Score"))
        case "weighted_bands": header.append(t(l, "得分", "Points"))
        case "lowest_group": header += [t(l, "模块 %", "Module %")]
        default: header.append(t(l, "得分", "Points"))
        }
        var rows = [header]
        for row in c.rows {
            var cells = ["\(row.id) \(row.title[l])"]
            for angle in angles {
                cells.append(row.angles.first { $0.angle == angle.id }.map { delta($0.percent, places: 1) } ?? "—")
            }
            switch method {
            case "mean_level": cells.append(row.score.map { delta($0, places: 2, truncating: true) } ?? "—")
            case "weighted_bands": cells.append(row.score.map { delta($0, places: 1) } ?? "—")
            case "lowest_group": cells.append(row.score.map { delta($0, places: 1) } ?? "—")
            default: cells.append(row.points.map { delta($0, places: 0) } ?? "—")
            }
            rows.append(cells)
        }
        return rows
    }

    static func questionnaireLines(_ c: Comparison, _ l: Language) -> [String] {
        let change = c.questionnaireChange
        guard change.changed || !change.isEmpty else { return [] }
        var lines = [t(l, "问卷版本：基线按 \(c.baseline.answeredAgainst.version) 作答，复评按 \(c.followUp.answeredAgainst.version) 作答；两者均按 \(c.questionnaireVersion) 计分。",
                       "Questionnaire: the baseline was answered against \(c.baseline.answeredAgainst.version), the follow-up against \(c.followUp.answeredAgainst.version); both are scored against \(c.questionnaireVersion).")]
        if !change.newSinceBaseline.isEmpty {
            lines.append(t(l, "基线之后新增的条目（基线中按未答计）：", "Criteria new since the baseline (unanswered there): ") + change.newSinceBaseline.joined(separator: ", "))
        }
        if !change.newSinceFollowUp.isEmpty {
            lines.append(t(l, "复评问卷中没有的条目（复评中按未答计）：", "Criteria the follow-up's questionnaire did not have (unanswered there): ") + change.newSinceFollowUp.joined(separator: ", "))
        }
        let dropped: ([Comparison.DroppedAnswer]) -> String = { items in
            items.map { "\($0.criterionID).\($0.angle) = \(answer($0.answer, l))" }.joined(separator: ", ")
        }
        if !change.droppedFromBaseline.isEmpty {
            lines.append(t(l, "基线中已不在问卷里的答案（保留在文件中，不计分）：", "Baseline answers no longer in the questionnaire (kept in the file, not scored): ") + dropped(change.droppedFromBaseline))
        }
        if !change.droppedFromFollowUp.isEmpty {
            lines.append(t(l, "复评中已不在问卷里的答案（保留在文件中，不计分）：", "Follow-up answers no longer in the questionnaire (kept in the file, not scored): ") + dropped(change.droppedFromFollowUp))
        }
        return lines
    }

    /// The side-by-side header: date, assessor, version, answered, level, measures.
    static func sideRows(_ c: Comparison, _ l: Language) -> [[String]] {
        let (a, b) = (c.baseline, c.followUp)
        func answered(_ side: Comparison.Side) -> String {
            "\(side.scorecard.answered)/\(side.scorecard.questions)" + (side.scorecard.provisional ? t(l, "（暂定）", " (provisional)") : "")
        }
        var rows: [[String]] = [["", t(l, "基线", "Baseline"), t(l, "复评", "Follow-up"), t(l, "变化", "Change")]]
        rows.append([t(l, "日期", "Date"), a.profile.date, b.profile.date, ""])
        if !a.profile.assessor.isEmpty || !b.profile.assessor.isEmpty {
            rows.append([t(l, "评估人", "Assessor"), a.profile.assessor, b.profile.assessor, ""])
        }
        rows.append([t(l, "作答版本", "Answered against"), a.answeredAgainst.version, b.answeredAgainst.version, ""])
        rows.append([t(l, "答题进度", "Answered"), answered(a), answered(b), ""])
        if c.scoringMethod != "lowest_group" {
            rows.append([c.scoringMethod == "weighted_bands" ? t(l, "结果", "Outcome") : t(l, "等级", "Level"),
                         standing(a.standing, l), standing(b.standing, l), direction(c, l)])
        } else {
            rows.append([t(l, "短板模块", "Lowest module"), standing(a.standing, l), standing(b.standing, l), ""])
        }
        for measure in c.measures {
            let truncating = measure.key == "overall"
            rows.append([measure.label[l], value(measure.delta.before, places: measure.places, suffix: measure.suffix, truncating: truncating),
                         value(measure.delta.after, places: measure.places, suffix: measure.suffix, truncating: truncating),
                         measure.delta.change.map { DeltaFormat.signed($0, places: measure.places) } ?? ""])
        }
        return rows
    }
}

/// The human-readable comparison of `ccmm compare`.
enum CompareText {
    static func render(_ c: Comparison, questionnaire q: Questionnaire, language l: Language) -> String {
        let t = { (zh: String, en: String) in CompareWords.t(l, zh, en) }
        var out = "\(q.title[l]) (\(q.id) \(q.version))" + t("：基线与复评\n", ": baseline and follow-up\n")
        let centres = [c.baseline.profile.centre, c.followUp.profile.centre].filter { !$0.isEmpty }
        if let centre = centres.last { out += t("中心：", "Centre: ") + (Set(centres).count > 1 ? centres.joined(separator: " / ") : centre) + "\n" }
        if c.scoringMethod == "levels" { out += t("计数口径：", "Reading: ") + CountingPhrases.name(c.counting, l) + "\n" }
        out += "\n" + TextTable.render(CompareWords.sideRows(c, l)) + "\n"
        out += TextTable.render(CompareWords.rowTable(c, q, l)) + "\n"
        for (kind, changes) in [("improved", c.improved), ("regressed", c.regressed), ("other", c.otherChanges)] {
            out += CompareWords.heading(kind, changes, l) + "\n"
            if !changes.isEmpty { out += PlanText.indent(TextTable.render(CompareWords.changeRows(changes, q, l))) }
            out += "\n"
        }
        let listed = (c.improved + c.regressed + c.otherChanges).map(\.criterionID)
        if let legend = PlanWords.legend(listed, q, l) { out += legend + "\n\n" }
        let lines = CompareWords.questionnaireLines(c, l)
        if !lines.isEmpty { out += lines.joined(separator: "\n") + "\n" }
        return out + PlanText.notice(q, l)
    }
}

/// The Markdown comparison of `ccmm compare --format md`.
enum CompareMarkdown {
    static func render(_ c: Comparison, questionnaire q: Questionnaire, language l: Language) -> String {
        let t = { (zh: String, en: String) in CompareWords.t(l, zh, en) }
        var out = "## " + t("基线与复评对比", "Baseline and follow-up") + " — " + AnalysisMarkdown.escape(q.title[l]) + "\n\n"
        out += "- " + t("问卷", "Questionnaire") + ": `\(q.id)` \(AnalysisMarkdown.escape(q.version))\n"
        if c.scoringMethod == "levels" { out += "- " + t("计数口径", "Reading") + ": " + CountingPhrases.name(c.counting, l) + "\n" }
        out += "\n"
        let sides = CompareWords.sideRows(c, l)
        if let header = sides.first { out += AnalysisMarkdown.table(header, Array(sides.dropFirst())) + "\n" }
        let rows = CompareWords.rowTable(c, q, l)
        if let header = rows.first { out += AnalysisMarkdown.table(header, Array(rows.dropFirst())) + "\n" }
        for (kind, changes) in [("improved", c.improved), ("regressed", c.regressed), ("other", c.otherChanges)] {
            out += "### " + AnalysisMarkdown.escape(CompareWords.heading(kind, changes, l)) + "\n\n"
            if !changes.isEmpty {
                out += AnalysisMarkdown.table([t("编号", "ID"), t("条目", "Criterion"), t("变化", "Change")], CompareWords.changeRows(changes, q, l)) + "\n"
            }
        }
        let listed = (c.improved + c.regressed + c.otherChanges).map(\.criterionID)
        if let legend = PlanWords.legend(listed, q, l) { out += AnalysisMarkdown.escape(legend) + "\n\n" }
        let lines = CompareWords.questionnaireLines(c, l)
        if !lines.isEmpty { out += lines.map { "> " + AnalysisMarkdown.escape($0) }.joined(separator: "\n>\n") + "\n" }
        return out + PlanMarkdown.notice(q, l)
    }
}
