import MaturityCore
import MaturityPresentation

/// The human-readable gap plan of `ccmm plan`.
enum PlanText {
    static func render(_ plan: GapPlan, questionnaire q: Questionnaire, session: Session, language l: Language) -> String {
        func t(_ chinese: String, _ english: String) -> String { l == .zh ? chinese : english }
        var out = "\(q.title[l]) (\(q.id) \(q.version))\n"
        if !session.profile.centre.isEmpty { out += t("中心：", "Centre: ") + session.profile.centre + "\n" }
        if plan.scoringMethod == "levels" { out += t("计数口径：", "Reading: ") + CountingPhrases.name(plan.counting, l) + "\n" }
        if plan.provisional {
            out += plan.scoringMethod == "mean_level"
                ? t("【暂定】尚有方面未作答；未答的方面不计入平均分，方案也不替您作答。\n",
                    "PROVISIONAL: some aspects are unanswered; they are left out of the means, and the plan does not answer them.\n")
                : t("【暂定】尚有题目未作答，未答按 0 分计，方案会把它们当作 0 分来提升。\n",
                    "PROVISIONAL: some questions are unanswered; they count as 0 and the plan raises them from 0.\n")
        }
        out += t("目前：", "Now: ") + PlanWords.standing(plan, plan.current, l) + "   " + t("目标：", "Target: ") + PlanWords.standing(plan, plan.target, l) + "\n"
        // N/A beside its limit, as on the scorecard (models.md §6).
        let card = Scorer.score(session, with: q, counting: plan.counting)
        if !card.notApplicableScopes.isEmpty {
            let c = Catalog(l)
            out += c.labelled(c(.notApplicableLimits), NotApplicableWords(c, questionnaire: q).counts(card)) + "\n"
        }
        out += "\n"
        if plan.alreadyMet {
            out += PlanWords.alreadyMet(plan, l) + "\n"
            return out + notice(q, l)
        }
        let actionable = plan.gaps.filter(\.isActionable)
        if !actionable.isEmpty {
            out += t("未满足的要求：\n", "Unmet requirements:\n")
            out += indent(TextTable.render(PlanWords.dropEmptyFirstColumn(actionable.map { gap in
                [PlanWords.level(gap), GapPlanPhrases.describe(gap, in: q, l), t("目前 ", "now ") + GapPlanPhrases.actual(gap, l),
                 t("要求 ", "needs ") + GapPlanPhrases.required(gap, l), GapPlanPhrases.shortfall(gap, in: q, counting: plan.counting, l) ?? ""]
            })))
        }
        let blocked = plan.blockedGaps
        if !blocked.isEmpty {
            out += (actionable.isEmpty ? "" : "\n") + t("评分改动无法满足的要求：\n", "Not met by any rating change:\n")
            out += indent(TextTable.render(PlanWords.dropEmptyFirstColumn(blocked.map { gap in
                [PlanWords.level(gap), GapPlanPhrases.describe(gap, in: q, l), t("目前 ", "now ") + GapPlanPhrases.actual(gap, l),
                 GapPlanPhrases.blocker(gap, l) ?? ""]
            })))
        }
        out += "\n"
        if plan.changes.isEmpty {
            out += actionable.isEmpty
                ? t("没有可通过评分改动完成的事项。\n", "Nothing here can be changed by ratings.\n")
                : t("无法给出方案。\n", "No plan can meet these requirements.\n")
        } else {
            out += PlanWords.summary(plan, l) + "\n"
            var rows: [[String]] = [[t("编号", "ID"), t("条目", "Criterion"), t("改动", "Changes")]]
            for entry in plan.byCriterion {
                rows.append([entry.criterionID, PlanWords.title(entry.criterionID, q, l),
                             entry.changes.map { GapPlanPhrases.change($0, in: q, l) }.joined(separator: t("；", "; "))])
            }
            out += indent(TextTable.render(rows))
            out += PlanWords.legend(plan.changes.map(\.criterionID), q, l).map { $0 + "\n" } ?? ""
            out += "\n" + GapPlanPhrases.optimality(plan, l) + "\n"
        }
        return out + notice(q, l)
    }

    static func notice(_ q: Questionnaire, _ l: Language) -> String {
        q.notice.map { "\n" + (l == .zh ? "说明：" : "Note: ") + $0[l] + "\n" } ?? ""
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}

/// The Markdown gap plan of `ccmm plan --format md`, for pasting into a document.
enum PlanMarkdown {
    static func render(_ plan: GapPlan, questionnaire q: Questionnaire, session: Session, language l: Language) -> String {
        func t(_ chinese: String, _ english: String) -> String { l == .zh ? chinese : english }
        var out = "## " + t("差距与改进方案", "Gap plan") + " — " + AnalysisMarkdown.escape(q.title[l]) + "\n\n"
        out += "- " + t("问卷", "Questionnaire") + ": `\(q.id)` \(AnalysisMarkdown.escape(q.version))\n"
        if !session.profile.centre.isEmpty { out += "- " + t("中心", "Centre") + ": " + AnalysisMarkdown.escape(session.profile.centre) + "\n" }
        if plan.scoringMethod == "levels" { out += "- " + t("计数口径", "Reading") + ": " + CountingPhrases.name(plan.counting, l) + "\n" }
        out += "- " + t("目前", "Now") + ": **" + AnalysisMarkdown.escape(PlanWords.standing(plan, plan.current, l)) + "**\n"
        out += "- " + t("目标", "Target") + ": **" + AnalysisMarkdown.escape(PlanWords.standing(plan, plan.target, l)) + "**\n"
        if plan.provisional { out += "- **" + t("暂定", "Provisional") + "**: " + t("尚有题目未作答，未答按 0 分计。", "some questions are unanswered and count as 0.") + "\n" }
        out += "\n"
        if plan.alreadyMet { return out + AnalysisMarkdown.escape(PlanWords.alreadyMet(plan, l)) + "\n" + notice(q, l) }
        if !plan.gaps.isEmpty {
            out += "### " + t("未满足的要求", "Unmet requirements") + "\n\n"
            let rows = PlanWords.dropEmptyFirstColumn([[t("等级", "Level"), t("要求", "Requirement"), t("目前", "Now"), t("要求值", "Needed"), t("差距", "Shortfall")]]
                + plan.gaps.map { gap in
                    [PlanWords.level(gap), GapPlanPhrases.describe(gap, in: q, l), GapPlanPhrases.actual(gap, l), GapPlanPhrases.required(gap, l),
                     GapPlanPhrases.blocker(gap, l) ?? GapPlanPhrases.shortfall(gap, in: q, counting: plan.counting, l) ?? ""]
                }, keepingHeader: true)
            out += AnalysisMarkdown.table(rows.first ?? [], Array(rows.dropFirst()))
            out += "\n"
        }
        if !plan.changes.isEmpty {
            out += "### " + t("改动", "Changes") + "\n\n" + AnalysisMarkdown.escape(PlanWords.summary(plan, l)) + "\n\n"
            var rows: [[String]] = []
            for entry in plan.byCriterion {
                for (offset, change) in entry.changes.enumerated() {
                    rows.append([offset == 0 ? entry.criterionID : "", offset == 0 ? PlanWords.title(entry.criterionID, q, l) : "",
                                 GapPlanPhrases.angleName(change.angle, in: q, l), GapPlanPhrases.from(change, l), String(change.to)])
                }
            }
            out += AnalysisMarkdown.table([t("编号", "ID"), t("条目", "Criterion"), t("角度", "Angle"), t("由", "From"), t("到", "To")], rows)
            out += PlanWords.legend(plan.changes.map(\.criterionID), q, l).map { "\n" + AnalysisMarkdown.escape($0) + "\n" } ?? ""
            out += "\n" + AnalysisMarkdown.escape(GapPlanPhrases.optimality(plan, l)) + "\n"
        }
        return out + notice(q, l)
    }

    static func notice(_ q: Questionnaire, _ l: Language) -> String {
        q.notice.map { "\n> " + AnalysisMarkdown.escape($0[l]) + "\n" } ?? ""
    }
}

/// Words shared by the text and Markdown plans.
enum PlanWords {
    /// "L1 Applied", "2 Proactive"; bands by name only ("Certified"), a
    /// module headline as "Technology application 31.3%".
    static func standing(_ plan: GapPlan, _ standing: PlanStanding, _ l: Language) -> String {
        if standing.id == NotApplicableCount.withheldID { return standing.name[l] }
        switch plan.scoringMethod {
        case "weighted_bands": return standing.name[l]
        case "lowest_group": return "\(standing.name[l]) \(standing.id)"
        default: return "\(standing.id) \(standing.name[l])"
        }
    }

    /// Drops the level column when no row has one (module gaps name their module).
    static func dropEmptyFirstColumn(_ rows: [[String]], keepingHeader: Bool = false) -> [[String]] {
        let body = keepingHeader ? Array(rows.dropFirst()) : rows
        guard !body.isEmpty, body.allSatisfy({ $0.first?.isEmpty ?? true }) else { return rows }
        return rows.map { Array($0.dropFirst()) }
    }

    static func level(_ gap: PlanGap) -> String {
        switch gap.kind {
        case let .level(rule, _): return rule.id
        case let .meanLevel(level, _, _): return level.id
        case let .band(band, _, _): return band.id
        case .groupPercent: return ""   // the description names the module
        case .notApplicable: return "N/A"
        }
    }

    /// The criterion's title, marked "*" when the project reconstructed its text.
    static func title(_ id: String, _ q: Questionnaire, _ l: Language) -> String {
        guard let criterion = q.criterion(id) else { return "" }
        return criterion.title[l] + (criterion.provenance == .reconstructed ? " *" : "")
    }

    /// The line explaining "*", when any of the criteria is marked.
    static func legend(_ ids: [String], _ q: Questionnaire, _ l: Language) -> String? {
        guard ids.contains(where: { q.criterion($0)?.provenance == .reconstructed }) else { return nil }
        return l == .zh ? "* 条目内容由 ccmm 项目重构，并非标准的正式文本。" : "* text reconstructed by the ccmm project, not the standard's own wording."
    }

    static func summary(_ plan: GapPlan, _ l: Language) -> String {
        let n = plan.changes.count, c = plan.byCriterion.count, e = plan.totalEffort
        return l == .zh ? "方案：\(c) 个条目共 \(n) 项改动，合计提升 \(e) 分（按条目由易到难排列）："
                        : "Plan: \(n) \(n == 1 ? "change" : "changes") in \(c) \(c == 1 ? "criterion" : "criteria"), +\(e) rating \(e == 1 ? "point" : "points") (cheapest criteria first):"
    }

    static func alreadyMet(_ plan: GapPlan, _ l: Language) -> String {
        if plan.current == plan.target {
            return l == .zh ? "已达到 \(standing(plan, plan.current, l))，无需改动。" : "\(standing(plan, plan.current, l)) is already held; nothing to change."
        }
        return l == .zh ? "目前的 \(standing(plan, plan.current, l)) 已达到或高于目标 \(standing(plan, plan.target, l))，无需改动。"
                        : "The centre already stands at \(standing(plan, plan.current, l)), at or above the target \(standing(plan, plan.target, l)); nothing to change."
    }
}

/// Markdown tables whose cells cannot break the table.
enum AnalysisMarkdown {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\\", "*", "_", "`", "[", "]", "<", ">": out += "\\" + String(character)
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + header.map { _ in " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }
}
