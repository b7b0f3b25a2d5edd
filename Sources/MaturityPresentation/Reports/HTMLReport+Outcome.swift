import MaturityCore

/// The result section: the level (or outcome) and what it rests on, per model.
extension HTMLReport {
    static func outcome(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords) {
        b.raw("<section class=\"outcome\">\n")
        b.element("h2", words.say(.reportResult))
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
        let l = input.language
        headline(&b, what: words.say(.reportLevelHeld), value: "\(outcome.achievedID) \(outcome.achievedName[l])")
        if let next = outcome.next {
            let unmet = next.requirements.filter { !$0.met }
            b.element("p", words.say(.reportNextLevelUnmet, next.rule.id, next.rule.name[l], unmet.count, next.requirements.count))
        } else {
            b.element("p", words.say(.reportTheHighestLevelIsHeld))
        }
        var steps = [SVGCharts.Step(id: outcome.unrated.id, name: outcome.unrated.name[l], met: true,
                                    held: outcome.achievedIndex == nil, next: false)]
        for (index, level) in outcome.levels.enumerated() {
            let held = outcome.achievedIndex.map { index <= $0 } ?? false
            steps.append(SVGCharts.Step(id: level.rule.id, name: level.rule.name[l], met: held,
                                        held: outcome.achievedIndex == index, next: index == (outcome.achievedIndex ?? -1) + 1))
        }
        b.element("h3", words.say(.levelLadder))
        b.raw(SVGCharts.ladder(title: words.say(.reportLevelLadderHeld) + outcome.achievedID,
                               steps: steps, heldWord: words.say(.reportHeld), nextWord: words.say(.reportNext)))
        b.element("p", words.say(.reportHeldLevelsAreCumulativeA),
                  class: "detail")
        levelDefinitions(&b, input, words, outcome)
        b.element("h3", words.say(.reportWhatTheLevelRestsOn))
        b.raw("<table><thead><tr>")
        for header in [words.say(.level), words.say(.requirement), words.say(.reportActual), words.say(.reportRequired), words.say(.reportStatus)] {
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
                b.element("td", words.requirements(input).describe(status))
                b.raw("<td class=\"num\">")
                b.text(words.requirements(input).actual(status))
                b.raw("</td><td class=\"num\">")
                b.text(words.requirements(input).required(status))
                b.raw("</td>")
                if status.met {
                    b.element("td", "✓ " + words.say(.reportMet), class: "met")
                } else {
                    let missing = words.requirements(input).shortfall(status).map { words.say(.colon) + $0 } ?? ""
                    b.element("td", "✗ " + words.say(.reportNotMet) + missing, class: "unmet")
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
        b.element("h3", words.say(.reportScoresByDimension))
        b.raw("<table><thead><tr>")
        b.element("th", words.say(.dimension))
        for angle in angles { b.raw("<th class=\"num\">"); b.text(angle.title[l] + " %"); b.raw("</th>") }
        b.raw("<th class=\"num\">"); b.text(words.say(.points)); b.raw("</th>")
        b.raw("<th class=\"num\">"); b.text(words.say(.reportMaximum2)); b.raw("</th>")
        b.raw("</tr></thead><tbody>\n")
        for group in card.groups {
            b.raw("<tr>")
            b.element("td", "\(group.groupID) \(group.title[l])")
            for angle in angles {
                b.raw("<td class=\"num\">")
                b.text(group.tally(angle.id)?.percent(card.counting).map { $0.shownPercent + "%" } ?? "—")
                b.raw("</td>")
            }
            b.raw("<td class=\"num\">\(group.points)</td><td class=\"num\">\(group.maximum)</td></tr>\n")
        }
        b.raw("<tr class=\"section-row\">")
        b.element("td", words.say(.reportTotal))
        for _ in angles { b.raw("<td></td>") }
        b.raw("<td class=\"num\">\(card.total)</td><td class=\"num\">\(card.applicableMaximum)</td></tr>\n")
        b.raw("</tbody></table>\n")
        if card.applicableMaximum != card.fullMaximum {
            b.element("p", words.say(.reportTheMaximumLeavesOutN, card.fullMaximum), class: "detail")
        }
    }

    // MARK: SEE-CMM: mean level and the report card

    private static func meanLevel(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: MeanLevelOutcome) {
        let q = input.questionnaire, l = input.language
        guard case let .meanLevel(rules) = q.scoring else { return }
        if let overall = outcome.overall, let level = outcome.level {
            headline(&b, what: words.say(.reportOverallMaturityLevel),
                     value: "\(level.id) \(level.name[l]) · " + words.say(.reportOverallScore) + overall.shownMean)
            if let meaning = level.meaning { b.element("p", meaning[l], class: "meaning") }
        } else {
            headline(&b, what: words.say(.reportOverallMaturityLevel), value: words.say(.reportNothingAnsweredYet))
        }
        if let weakest = outcome.weakest, let criterion = q.criterion(weakest.criterionID), let score = weakest.score {
            b.element("p", words.say(.reportWeakestCriterion) + "\(criterion.id) \(criterion.title[l]) (\(score.shownMean))")
        }
        let heldIndex = outcome.level.flatMap { level in rules.levels.firstIndex { $0.id == level.id } }
        let steps = rules.levels.enumerated().map { index, level in
            SVGCharts.Step(id: level.id, name: level.name[l], met: heldIndex.map { index <= $0 } ?? false,
                           held: heldIndex == index, next: index == (heldIndex ?? -1) + 1)
        }
        b.element("h3", words.say(.levelLadder))
        b.raw(SVGCharts.ladder(title: words.say(.reportMaturityLevelLadder), steps: steps,
                               heldWord: words.say(.reportHeld), nextWord: words.say(.reportNext)))
        b.element("h3", words.say(.reportReportCardOneMarkPer))
        reportCard(&b, input, words, outcome)
        b.raw(SVGCharts.bars(id: "see-overview", title: words.say(.reportScorePerCriterion),
                             series: [words.say(.reportMeanLevel14)],
                             rows: zip(q.criteria, outcome.criteria).map { criterion, score in
                                 SVGCharts.Row(label: "\(criterion.id) \(criterion.title[l])", values: [score.score?.doubleValue],
                                               valueLabels: [score.score?.shownMean ?? "—"],
                                               marker: outcome.weakest?.criterionID == criterion.id ? words.say(.reportWeakest) : nil)
                             },
                             maximum: Double(q.scale.top), ticks: q.scale.values.map(Double.init) + [0],
                             tickLabel: { String(Int($0)) }))
    }

    /// The 8 × 4 grid: a row per criterion, a column per level, one mark per aspect.
    static func reportCard(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: MeanLevelOutcome) {
        let q = input.questionnaire, l = input.language
        let share = 64 / max(q.scale.values.count, 1)  // of the width; 18% criterion, 11% N/A, 7% score
        b.raw("<table class=\"grid-card\"><thead><tr>")
        b.raw("<th style=\"width:18%\">"); b.text(words.say(.criterion)); b.raw("</th>")
        for value in q.scale.values {
            b.raw("<th style=\"text-align:center;width:\(share)%\">")
            b.text("\(value) \(q.scale.labels[value]?[l] ?? "")")
            b.raw("</th>")
        }
        b.raw("<th style=\"width:11%\">"); b.text(words.say(.reportNAOrNotAnswered)); b.raw("</th>")
        b.raw("<th class=\"num\" style=\"width:7%\">"); b.text(words.say(.score)); b.raw("</th></tr></thead><tbody>\n")
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
            b.text(score.score?.shownMean ?? "—")
            b.raw("</td></tr>\n")
        }
        b.raw("</tbody></table>\n")
        b.element("p", words.say(.reportTheAspectSLevelN), class: "detail")
    }

    // MARK: CCCS-OP-2003: weighted categories and outcome bands

    private static func bands(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: BandOutcome) {
        let q = input.questionnaire, l = input.language
        guard case let .weightedBands(rules) = q.scoring else { return }
        headline(&b, what: words.say(.reportOutcome), value: (outcome.band.map { $0.name[l] } ?? words.say(.withheld)) + " · "
                 + words.say(.reportTotal2) + outcome.total.shownBandTotal + " / \(outcome.maximum)")
        if let count = outcome.withheld {
            b.element("p", NotApplicableWords(words.say, questionnaire: q).withheld(count) + words.say.parenthesised(words.say(.totalForInformation)))
        } else {
            b.element("p", words.say(.reportTheBandIsReadFrom, outcome.wholeTotal))
        }
        if let meaning = outcome.band?.meaning { b.element("p", meaning[l], class: "meaning") }
        let ascending = Array(rules.bands.reversed())
        let heldIndex = ascending.firstIndex { $0.id == outcome.band?.id }
        b.element("h3", words.say(.reportOutcomeBands))
        b.raw(SVGCharts.ladder(title: words.say(.reportOutcomeBands), steps: ascending.enumerated().map { index, band in
            SVGCharts.Step(id: "≥ \(band.minimum)", name: band.name[l], met: heldIndex.map { index <= $0 } ?? false,
                           held: heldIndex == index, next: index == (heldIndex ?? -1) + 1)
        }, heldWord: words.say(.reportThisResult), nextWord: words.say(.reportNextBand)))
        b.raw("<table><thead><tr>")
        for header in [words.say(.reportBand), words.say(.total), words.say(.reportMeaning)] { b.element("th", header) }
        b.raw("</tr></thead><tbody>\n")
        for (index, band) in rules.bands.enumerated() {
            let upper = index == 0 ? outcome.maximum : rules.bands[index - 1].minimum - 1
            let held = band.id == outcome.band?.id
            b.raw(held ? "<tr class=\"held-row\">" : "<tr>")
            b.element("td", (held ? "▶ " : "") + band.name[l] + (held ? words.say(.reportThisResult2) : ""))
            b.raw("<td class=\"num\">\(band.minimum)–\(upper)</td>")
            b.element("td", band.meaning?[l] ?? "")
            b.raw("</tr>\n")
        }
        b.raw("</tbody></table>\n")
        b.element("h3", words.say(.reportPointsByCategory))
        let card = input.scorecard
        let angles = q.angles.filter { angle in card.groups.contains { $0.tally(angle.id) != nil } }
        b.raw("<table><thead><tr>")
        b.element("th", words.say(.category))
        for angle in angles { b.raw("<th class=\"num\">"); b.text(angle.title[l] + " %"); b.raw("</th>") }
        b.raw("<th class=\"num\">"); b.text(words.say(.weight)); b.raw("</th><th class=\"num\">")
        b.text(words.say(.points)); b.raw("</th></tr></thead><tbody>\n")
        for category in outcome.categories {
            let group = card.groups.first { $0.groupID == category.groupID }
            b.raw("<tr>")
            b.element("td", "\(category.groupID) \(q.group(category.groupID)?.title[l] ?? "")")
            for angle in angles {
                b.raw("<td class=\"num\">")
                b.text(group?.tally(angle.id)?.percent(.weighted).map { $0.shownPercent + "%" } ?? "—")
                b.raw("</td>")
            }
            b.raw("<td class=\"num\">\(category.weight)</td><td class=\"num\">")
            b.text(category.score.shownBandTotal)
            b.raw("</td></tr>\n")
        }
        b.raw("<tr class=\"section-row\">")
        b.element("td", words.say(.reportTotal))
        for _ in angles { b.raw("<td></td>") }
        b.raw("<td class=\"num\">\(outcome.maximum)</td><td class=\"num\">")
        b.text(outcome.total.shownBandTotal)
        b.raw("</td></tr>\n</tbody></table>\n")
        b.element("p", words.say(.reportPercentagesAreRatingPointsOver), class: "detail")
        b.raw(SVGCharts.bars(id: "bands-overview", title: words.say(.reportShareOfEachCategoryS),
                             series: [words.say(.reportPointsWeight)],
                             rows: outcome.categories.map { category in
                                 let share = category.weight == 0 ? nil : (category.score / category.weight) * Fraction(100)
                                 return SVGCharts.Row(label: "\(category.groupID) \(q.group(category.groupID)?.title[l] ?? "")",
                                                      values: [share?.doubleValue],
                                                      valueLabels: ["\(category.score.shownBandTotal) / \(category.weight)"], marker: nil)
                             },
                             maximum: 100, ticks: [0, 25, 50, 75, 100], tickLabel: { "\(Int($0))%" }))
    }

    // MARK: CCCS outline: the lowest module

    private static func lowestGroup(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: LowestGroupOutcome) {
        let q = input.questionnaire, l = input.language
        if let headline = outcome.headline {
            self.headline(&b, what: words.say(.shortestStave),
                          value: "\(headline.groupID) \(q.group(headline.groupID)?.title[l] ?? "") · \(headline.percent.shownPercent)%")
        } else {
            headline(&b, what: words.say(.shortestStave), value: words.say(.reportNothingAnsweredYet2))
        }
        if let mean = outcome.mean {
            b.element("p", words.say(.reportMeanOfTheModules) + mean.shownPercent + "%")
        }
        b.element("p", words.say(.reportFollowingTheShortestStaveIdea), class: "detail")
        b.raw("<table><thead><tr>")
        for header in [words.say(.module), words.say(.reportScore2), ""] { b.element("th", header) }
        b.raw("</tr></thead><tbody>\n")
        for group in outcome.groups {
            let lowest = outcome.headline?.groupID == group.groupID
            b.raw(lowest ? "<tr class=\"held-row\">" : "<tr>")
            b.element("td", "\(group.groupID) \(q.group(group.groupID)?.title[l] ?? "")")
            b.raw("<td class=\"num\">")
            b.text(group.percent.map { $0.shownPercent + "%" } ?? words.say(.allNotApplicable))
            b.raw("</td>")
            b.element("td", lowest ? words.say(.reportLowestShortestStave) : "")
            b.raw("</tr>\n")
        }
        b.raw("</tbody></table>\n")
        b.raw(SVGCharts.bars(id: "modules-overview", title: words.say(.reportScorePerModule),
                             series: [words.say(.reportScore2)],
                             rows: outcome.groups.map { group in
                                 SVGCharts.Row(label: "\(group.groupID) \(q.group(group.groupID)?.title[l] ?? "")",
                                               values: [group.percent?.doubleValue],
                                               valueLabels: [group.percent.map { $0.shownPercent + "%" } ?? "—"],
                                               marker: outcome.headline?.groupID == group.groupID ? words.say(.reportLowest) : nil)
                             },
                             maximum: 100, ticks: [0, 25, 50, 75, 100], tickLabel: { "\(Int($0))%" }))
    }
}
