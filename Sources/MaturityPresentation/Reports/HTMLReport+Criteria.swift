import MaturityCore

/// One section per dimension (top-level group), each on a new printed page:
/// its chart, then every criterion with ratings, notes, flags and N/A reasons.
extension HTMLReport {
    static func dimension(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, group: Group, index: Int) {
        let q = input.questionnaire, l = input.language
        b.raw("<section class=\"dimension\">\n")
        b.element("h2", words.group(group))
        dimensionChart(&b, input, words, group: group, index: index)
        let rows = input.rows.filter { $0.dimension?.id == group.id }
        let angles = group.allCriteria.first?.angleIDs ?? []
        let columns = !q.reportsAsLevels && angles.count <= 3
        b.raw("<table class=\"criteria\"><thead><tr>")
        b.raw("<th style=\"width:3.2em\">"); b.text(words.say(.reportNo2)); b.raw("</th>")
        b.raw("<th style=\"width:\(columns ? 30 : 26)%\">"); b.text(words.say(.reportCriterion2)); b.raw("</th>")
        if columns {
            for angle in angles {
                b.raw("<th class=\"num\" style=\"width:4.6em\">"); b.text(q.angle(angle)?.title[l] ?? angle); b.raw("</th>")
            }
        } else {
            b.element("th", words.say(.reportAspects))
        }
        b.raw("<th class=\"num\" style=\"width:4.4em\">"); b.text(words.pointsHeader(q)); b.raw("</th>")
        b.element("th", words.say(.reportNotesNAReasonsFlags))
        b.raw("</tr></thead><tbody>\n")
        let span = 4 + (columns ? angles.count : 1)
        var section: String?
        for row in rows {
            if let current = row.section, current.id != section {
                section = current.id
                b.raw("<tr class=\"section-row\"><td colspan=\"\(span)\">")
                b.text(words.group(current))
                b.raw("</td></tr>\n")
            }
            criterionRow(&b, input, words, row, angles: columns ? angles : nil)
        }
        b.raw("</tbody></table>\n</section>\n")
    }

    private static func criterionRow(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ row: CriterionRow, angles: [String]?) {
        let q = input.questionnaire, l = input.language
        b.raw("<tr>")
        b.element("td", row.criterion.id)
        b.raw("<td>")
        b.text(row.criterion.title[l])
        if let provenance = words.provenance(row.criterion.provenance) { b.element("span", provenance, class: "badge") }
        if row.flagged { b.element("span", "⚑ " + words.flaggedWord, class: "badge flag") }
        if row.conflict != nil { b.element("span", "≠ " + words.conflictWord, class: "badge conflict") }
        b.raw("</td>")
        if let angles {
            for angle in angles {
                let answer = row.ratings.first { $0.angle == angle }?.answer
                b.raw(answer == nil ? "<td class=\"rating unanswered\">" : "<td class=\"rating\">")
                b.text(answer == nil ? words.unansweredWord : words.rating(answer, in: q))
                b.raw("</td>")
            }
        } else {
            b.raw("<td>")
            for (angle, answer) in row.ratings {
                b.raw("<div class=\"detail\"><span class=\"k\">")
                b.text((q.angle(angle)?.title[l] ?? angle) + words.say(.colon))
                b.raw("</span>")
                if answer == nil {
                    b.element("span", words.unansweredWord, class: "unanswered")
                } else {
                    b.text(words.rating(answer, in: q, withLabel: true))
                }
                b.raw("</div>")
            }
            b.raw("</td>")
        }
        b.raw("<td class=\"num\">")
        b.text(words.pointsText(row, q))
        b.raw("</td><td>")
        if let reason = row.notApplicableReason {
            b.raw("<div class=\"detail\"><span class=\"k\">")
            b.text(words.notApplicableReasonWord + words.say(.colon))
            b.raw("</span><span class=\"note\">")
            b.text(reason)
            b.raw("</span></div>")
        }
        if !row.note.isEmpty {
            b.raw("<div class=\"detail note\">")
            b.text(row.note)
            b.raw("</div>")
        }
        if let conflict = row.conflict {
            b.raw("<div class=\"detail\"><span class=\"k\">")
            b.text(words.disputedAngles(conflict, q) + words.say(.reportTheLowerRatingCountsUntil))
            b.raw("</span><ul class=\"assessors\">")
            for line in words.conflictLines(conflict, q, angles: row.criterion.angleIDs) { b.element("li", line, class: "note") }
            b.raw("</ul></div>")
        }
        b.raw("</td></tr>\n")
    }

    /// Method and execution bars for the dimension and each of its sections;
    /// a dimension without sections shows each criterion's ratings instead.
    /// Level models show each criterion's mean level.
    private static func dimensionChart(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, group: Group, index: Int) {
        let q = input.questionnaire, l = input.language, counting = input.chartCounting
        let id = "dim\(index)"
        let title = words.say(.reportChartOf, words.group(group))
        if q.reportsAsLevels {
            let rows = input.rows.filter { $0.dimension?.id == group.id }
            b.raw(SVGCharts.bars(id: id, title: title, series: [words.say(.reportMeanLevel14)],
                                 rows: rows.map { row in
                                     SVGCharts.Row(label: "\(row.criterion.id) \(row.criterion.title[l])", values: [row.meanLevel?.doubleValue],
                                                   valueLabels: [row.meanLevel?.shownMean ?? "—"], marker: nil)
                                 },
                                 maximum: Double(q.scale.top), ticks: [0] + q.scale.values.map(Double.init), tickLabel: { String(Int($0)) }))
            return
        }
        let angles = q.angles.filter { angle in group.allCriteria.contains { $0.question(for: angle.id) != nil } }
        let series = angles.map { $0.title[l] }
        if group.groups.isEmpty {
            // Each criterion's ratings on the scale.
            let top = Double(q.scale.top)
            let rows = input.rows.filter { $0.dimension?.id == group.id }.map { row in
                SVGCharts.Row(label: "\(row.criterion.id) \(row.criterion.title[l])",
                              values: angles.map { angle in row.ratings.first { $0.angle == angle.id }?.answer?.rating.map(Double.init) },
                              valueLabels: angles.map { angle in
                                  let answer = row.ratings.first { $0.angle == angle.id }?.answer
                                  return answer == nil ? words.unansweredWord : words.rating(answer, in: q)
                              }, marker: nil)
            }
            b.raw(SVGCharts.bars(id: id, title: title, series: series, rows: rows, maximum: top,
                                 ticks: [0] + q.scale.values.filter { $0 > 0 }.map(Double.init), tickLabel: { String(Int($0)) }))
            b.element("p", words.say(.reportEachCriterionSRating0, q.scale.top), class: "detail")
            return
        }
        let parts = [group] + group.groups
        let rows = parts.map { part -> SVGCharts.Row in
            let score = Tallying.score(part, questionnaire: q, session: input.session)
            let percents = angles.map { score.tally($0.id)?.percent(counting) }
            let label = part.id == group.id ? words.say(.reportWholeDimension) + part.id : words.group(part)
            return SVGCharts.Row(label: label, values: percents.map { $0?.doubleValue },
                                 valueLabels: percents.map { $0.map { $0.shownPercent + "%" } ?? words.say(.notApplicableShort) },
                                 marker: nil)
        }
        b.raw(SVGCharts.bars(id: id, title: title, series: series, rows: rows, maximum: 100,
                             ticks: [0, 25, 50, 75, 100], tickLabel: { "\(Int($0))%" }))
        b.element("p", words.say(.reportPercentagesUse) + RequirementWords.countingName(counting, Catalog(l)) + words.say(.reportText), class: "detail")
    }
}
