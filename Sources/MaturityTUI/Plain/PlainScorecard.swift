import MaturityCore

/// The scorecard as sentences, one per line, from the same Scorecard the
/// screen draws: no table rules, bars or marks for a screen reader to spell.
enum PlainScorecard {
    static func lines(_ state: WizardState) -> [String] {
        guard let a = state.assessment else { return [] }
        let t = state.text
        let l = t.language
        let w = PlainWords(l)
        let card = a.scorecard
        let q = a.questionnaire
        var lines = [t.scorecard + (card.counting == .strict ? w.t("，", ", ") + t.readingStrict : w.t("，", ", ") + t.readingWeighted)]
        lines.append(card.provisional ? t.provisional : t.complete)
        let answered = w.t("已答 \(card.answered)/\(card.questions) 题，不适用 \(card.notApplicable) 题。",
                           "\(card.answered) of \(card.questions) questions answered, \(card.notApplicable) not applicable.")
        lines.append(answered)
        for group in card.groups {
            var parts: [String] = []
            for (angle, tally) in group.angles {
                let title = q.angle(angle)?.title[l] ?? angle
                parts.append(title + " " + (tally.percent(card.counting).map { $0.truncated(places: 1) + "%" } ?? t.notApplicable))
            }
            parts.append(w.t("得分 \(group.points)/\(group.maximum)", "points \(group.points) of \(group.maximum)"))
            lines.append(w.group(group.groupID, group.title[l]) + w.colon + parts.joined(separator: w.t("，", ", ")))
        }
        switch card.outcome {
        case let .levels(outcome):
            lines.append(w.t("总分 \(card.total)/\(card.applicableMaximum)", "Total \(card.total) of \(card.applicableMaximum)"))
            lines.append(t.level + w.colon + outcome.achievedID + " " + outcome.achievedName[l])
            if let next = outcome.next {
                lines.append(t.nextLevel + w.colon + next.rule.id + " " + next.rule.name[l])
                for status in next.requirements {
                    let sentence = RequirementPhrases.sentence(status, level: next.rule, in: q, counting: card.counting, l)
                    lines.append((status.met ? w.t("  已满足：", "  met: ") : w.t("  未满足：", "  not met: ")) + sentence)
                }
            } else {
                lines.append(t.topLevelReached)
            }
        case let .meanLevel(outcome):
            if let overall = outcome.overall, let level = outcome.level {
                lines.append(t.level + w.colon + level.id + " " + level.name[l] + w.t("（\(overall.truncated(places: 2))）", " (\(overall.truncated(places: 2)))"))
            }
            if let weakest = outcome.weakest, let score = weakest.score, let c = q.criterion(weakest.criterionID) {
                lines.append(t.weakest + w.colon + c.id + " " + c.title[l] + " " + score.truncated(places: 2))
            }
        case let .bands(outcome):
            lines.append(w.t("总分 \(outcome.total.truncated(places: 1))/\(outcome.maximum)", "Total \(outcome.total.truncated(places: 1)) of \(outcome.maximum)"))
            lines.append(t.outcome + w.colon + outcome.band.name[l])
        case let .lowestGroup(outcome):
            if let headline = outcome.headline {
                lines.append(t.shortestStave + w.colon + headline.groupID + " " + (q.group(headline.groupID)?.title[l] ?? "")
                             + " " + headline.percent.truncated(places: 1) + "%")
            }
            if let mean = outcome.mean { lines.append(t.mean + w.colon + mean.truncated(places: 1) + "%") }
        }
        if let notice = q.notice { lines.append(notice[l]) }
        return lines
    }
}
