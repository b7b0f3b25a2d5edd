import MaturityCore

/// A report for pasting into a document: the status lines, the scorecard and
/// level, conflicts, and a criterion table per dimension.
public enum MarkdownReport {
    public static func render(_ input: ReportInput) -> String {
        let q = input.questionnaire, l = input.language, card = input.scorecard
        let words = ReportWords(language: l)
        var out = "# " + escape(q.title[l]) + " — " + words.reportTitle + "\n\n"
        var facts = [words.questionnaireLine(q)]
        if let counting = words.countingLine(input) { facts.append(counting) }
        facts.append(words.progressLine(card, input.questionnaire))
        facts += words.profile(input.session.profile, q).map { "\($0)\(words.say(.colon))\($1)" }
        if !input.generatedOn.isEmpty { facts.append(words.say(.reportReportDate2) + input.generatedOn) }
        out += facts.map { "- " + escape($0) + "\n" }.joined() + "\n"
        out += "> **" + (card.provisional ? words.say(.reportPROVISIONAL) : words.say(.reportComplete)) + "** — "
            + escape(words.provisionalLine(card)) + "\n\n"
        if let line = words.conflictLine(input.session) { out += "> **" + words.conflictWord + "** — " + escape(line) + "\n\n" }
        for remark in input.remarks { out += "> " + escape(remark) + "\n\n" }
        if let notice = q.notice { out += "> **" + words.say(.reportAboutThisQuestionnaire2) + "** " + escape(notice[l]) + "\n\n" }

        out += "## " + words.say(.reportResult) + "\n\n**" + escape(words.headline(input)) + "**\n\n"
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
        out += "---\n\n" + escape(words.say(.reportMadeWithCcmmThisIs)) + "\n"
        return out
    }

    /// The Markdown writer's escaping (one escaper per format): link, image,
    /// emphasis and HTML syntax stay text; line breaks become `<br>`.
    public static func escape(_ text: String) -> String { MarkdownWriter.inline(text) }

    static func table(_ table: ReportTable) -> String {
        self.table(table.header, table.rows, right: table.numeric)
    }

    private static func gapPlan(_ input: ReportInput, _ words: ReportWords) -> String {
        guard let plan = input.gapPlan else { return "" }
        let q = input.questionnaire
        var out = "## " + escape(words.planTitle(plan)) + "\n\n"
        out += words.planParagraphs(plan, q).map { escape($0) + "\n\n" }.joined()
        guard !plan.alreadyMet else { return out }
        if let gaps = words.planGaps(plan, q) { out += "### " + words.say(.unmetRequirementsHeading) + "\n\n" + table(gaps) }
        if let changes = words.planChanges(plan, q) {
            out += "### " + words.say(.reportRatingsToRaise) + "\n\n" + table(changes)
            out += escape(PlanWords(plan, questionnaire: input.questionnaire, catalog: Catalog(input.language)).optimality) + "\n\n"
        }
        return out
    }

    private static func comparison(_ input: ReportInput, _ words: ReportWords) -> String {
        guard let c = input.comparison else { return "" }
        let q = input.questionnaire
        var out = "## " + words.say(.reportComparedWithTheBaseline) + "\n\n"
        out += words.comparisonParagraphs(c).map { escape($0) + "\n\n" }.joined()
        out += table(words.comparisonMeasures(c))
        out += "### " + words.say(.reportChangeByDimension) + "\n\n" + table(words.comparisonRows(c, q))
        if let improved = words.comparisonAnswers(c.improved, q) { out += "### " + words.say(.reportAnswersImproved) + "\n\n" + table(improved) }
        if let regressed = words.comparisonAnswers(c.regressed, q) { out += "### " + words.say(.reportAnswersRegressed) + "\n\n" + table(regressed) }
        if let other = words.comparisonAnswers(c.otherChanges, q) { out += "### " + words.say(.reportOtherChanges) + "\n\n" + table(other) }
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
        let l = input.language
        var out = ""
        if let next = outcome.next {
            out += escape(words.say(.reportNextLevel) + "\(next.rule.id) \(next.rule.name[l])") + "\n\n"
        } else {
            out += escape(words.say(.reportTheHighestLevelIsHeld)) + "\n\n"
        }
        out += "### " + words.say(.reportWhatTheLevelRestsOn2) + "\n\n"
        var rows: [[String]] = []
        for (index, level) in outcome.levels.enumerated() {
            let held = outcome.achievedIndex.map { index <= $0 } ?? false
            for (position, status) in level.requirements.enumerated() {
                let name = position == 0 ? "\(level.rule.id) \(level.rule.name[l])" + (held ? " ✓" : "") : ""
                let state = status.met ? "✓ " + words.say(.reportMet)
                    : "✗ " + words.say(.reportNotMet) + (words.requirements(input).shortfall(status).map { words.say(.colon) + $0 } ?? "")
                rows.append([name, words.requirements(input).describe(status), words.requirements(input).actual(status),
                             words.requirements(input).required(status), state])
            }
        }
        out += table([words.say(.level), words.say(.requirement), words.say(.reportActual), words.say(.reportRequired), words.say(.reportStatus)],
                     rows, right: [2, 3])
        return out + levelDefinitions(input, words) + dimensionTable(input, words)
    }

    static func dimensionTable(_ input: ReportInput, _ words: ReportWords) -> String {
        let q = input.questionnaire, l = input.language, card = input.scorecard
        let angles = q.angles.filter { angle in card.groups.contains { $0.tally(angle.id) != nil } }
        var rows = card.groups.map { group in
            ["\(group.groupID) \(group.title[l])"]
                + angles.map { group.tally($0.id)?.percent(input.chartCounting).map { $0.shownPercent + "%" } ?? "—" }
                + [String(group.points), String(group.maximum)]
        }
        rows.append([words.say(.reportTotal)] + angles.map { _ in "" } + [String(card.total), String(card.applicableMaximum)])
        return "### " + words.say(.reportScoresByDimension) + "\n\n"
            + table([words.say(.dimension)] + angles.map { $0.title[l] + " %" } + [words.say(.points), words.say(.reportMaximum2)],
                    rows, right: Set(1...(angles.count + 2)))
    }

    private static func meanLevel(_ input: ReportInput, _ words: ReportWords, _ outcome: MeanLevelOutcome) -> String {
        let q = input.questionnaire, l = input.language
        var out = ""
        if let meaning = outcome.level?.meaning { out += escape(meaning[l]) + "\n\n" }
        if let weakest = outcome.weakest, let criterion = q.criterion(weakest.criterionID), let score = weakest.score {
            out += escape(words.say(.reportWeakestCriterion) + "\(criterion.id) \(criterion.title[l]) (\(score.shownMean))") + "\n\n"
        }
        out += "### " + words.say(.reportReportCard) + "\n\n"
        let rows = zip(q.criteria, outcome.criteria).map { criterion, score -> [String] in
            let record = input.session.answers[criterion.id]
            let marks = q.scale.values.map { value in
                criterion.questions.filter { record?.ratings[$0.angle] == .rated(value) }
                    .map { "✔ " + (q.angle($0.angle)?.title[l] ?? $0.angle) }.joined(separator: " ")
            }
            return ["\(criterion.id) \(criterion.title[l])"] + marks + [score.score?.shownMean ?? "—"]
        }
        out += table([words.say(.criterion)] + q.scale.values.map { "\($0) \(q.scale.labels[$0]?[l] ?? "")" } + [words.say(.score)],
                     rows, right: [q.scale.values.count + 1])
        return out
    }

    private static func bands(_ input: ReportInput, _ words: ReportWords, _ outcome: BandOutcome) -> String {
        let q = input.questionnaire, l = input.language
        var out = ""
        if let meaning = outcome.band?.meaning { out += escape(meaning[l]) + "\n\n" }
        let rows = outcome.categories.map { category in
            ["\(category.groupID) \(q.group(category.groupID)?.title[l] ?? "")", String(category.weight), category.score.shownBandTotal]
        } + [[words.say(.reportTotal), String(outcome.maximum), outcome.total.shownBandTotal]]
        out += "### " + words.say(.reportPointsByCategory) + "\n\n"
        out += table([words.say(.category), words.say(.weight), words.say(.points)], rows, right: [1, 2])
        if case let .weightedBands(rules) = q.scoring {
            out += "### " + words.say(.reportOutcomeBands) + "\n\n"
            out += table([words.say(.reportBand), words.say(.reportFrom), words.say(.reportMeaning)], rules.bands.map { band in
                [(band.id == outcome.band?.id ? "▶ " : "") + band.name[l], String(band.minimum), band.meaning?[l] ?? ""]
            }, right: [1])
        }
        return out
    }

    private static func lowestGroup(_ input: ReportInput, _ words: ReportWords, _ outcome: LowestGroupOutcome) -> String {
        let q = input.questionnaire, l = input.language
        let rows = outcome.groups.map { group in
            ["\(group.groupID) \(q.group(group.groupID)?.title[l] ?? "")",
             group.percent.map { $0.shownPercent + "%" } ?? words.say(.allNotApplicable),
             outcome.headline?.groupID == group.groupID ? words.say(.reportLowestShortestStave) : ""]
        }
        return "### " + words.say(.reportModules) + "\n\n"
            + table([words.say(.module), words.say(.reportScore2), ""], rows, right: [1])
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
        return "## " + words.say(.reportConflictsBetweenAssessors) + "\n\n" + escape(Catalog(l)(.conflictsLowerCounts, ids.count)) + "\n\n"
            + table([words.say(.reportNo2), words.say(.reportCriterion2), words.say(.reportDisputed), words.say(.reportEachAssessorSAnswer)], rows)
    }

    private static func criteria(_ input: ReportInput, _ words: ReportWords) -> String {
        let q = input.questionnaire, l = input.language
        var out = "## " + words.say(.reportCriteria) + "\n\n"
        let all = input.rows
        for group in q.groups {
            out += "### " + escape(words.group(group)) + "\n\n"
            let rows = all.filter { $0.dimension?.id == group.id }
            let angles = group.allCriteria.first?.angleIDs ?? []
            let columns = !q.reportsAsLevels && angles.count <= 3
            var header = [words.say(.reportNo2), words.say(.reportCriterion2)]
            header += columns ? angles.map { q.angle($0)?.title[l] ?? $0 } : [words.say(.reportAspects)]
            header += [words.pointsHeader(q), words.notApplicableReasonWord, words.noteWord, words.say(.reportFlags)]
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
