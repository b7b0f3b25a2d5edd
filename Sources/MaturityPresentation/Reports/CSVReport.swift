import MaturityCore

/// One row per criterion, UTF-8 with a byte-order mark (so that Excel opens
/// Chinese correctly), CRLF line ends, and every cell that a spreadsheet would
/// run as a formula neutralised.
public enum CSVReport {
    /// The UTF-8 byte-order mark, first in the file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func render(_ input: ReportInput) -> [UInt8] {
        byteOrderMark + Array(renderText(input).utf8)
    }

    /// The CSV text without the byte-order mark.
    public static func renderText(_ input: ReportInput) -> String {
        let q = input.questionnaire, l = input.language
        let words = ReportWords(language: l)
        let card = input.scorecard
        var header = [
            words.say(.reportQuestionnaire), words.say(.reportVersion),
            words.say(.reportDimensionId), words.say(.reportDimension),
            words.say(.reportSectionId), words.say(.reportSection),
            words.say(.reportCriterionId), words.say(.reportCriterion), words.say(.reportProvenance),
        ]
        header += q.angles.map { $0.title[l] }
        let baseline = input.comparison?.baseline.session
        if baseline != nil { header += q.angles.map { $0.title[l] + words.say(.reportBaseline) } }
        header += [
            q.reportsAsLevels ? words.say(.reportScore) : words.say(.reportPoints),
            q.reportsAsLevels ? words.say(.reportAspectsRated) : words.say(.reportMaximum),
            words.say(.reportNaReason), words.say(.reportNote), words.say(.reportFlagged),
            words.say(.reportConflict),
        ]
        let plan = input.gapPlan.flatMap { $0.alreadyMet ? nil : $0 }
        var planned: [String: [PlannedChange]] = [:]
        if let plan {
            header.append(words.say(.reportPlanTarget, plan.target.id))
            for change in plan.changes { planned[change.criterionID, default: []].append(change) }
        }
        // The result and the row's group figures, as the scorecard shows them.
        let builder = ScorecardBuilder(card, questionnaire: q, session: input.session, catalog: words.say)
        let groups = Self.groupFigures(builder)
        header += [words.say(.reportCounting), words.say(.provisionalWord), words.say(.resultColumn), words.say(.total)]
        header += groups.columns
        var lines = [line(header)]
        let counting: String
        if case .levels = q.scoring { counting = card.counting == .strict ? words.say(.countingStrictShort) : words.say(.countingWeightedShort) } else { counting = "" }
        let (result, total) = Self.result(builder)
        let yes = words.say(.reportYes), no = words.say(.reportNo)
        for row in input.rows {
            var cells = [
                q.id, q.version,
                // An id that is a word (SEE-CMM's "enablers") is said by the title beside it.
                row.dimension.map { $0.id.contains(where: \.isNumber) ? $0.id : "" } ?? "", row.dimension?.title[l] ?? "",
                row.section?.id ?? "", row.section?.title[l] ?? "",
                row.criterion.id, row.criterion.title[l], Self.provenance(row.criterion.provenance, words.say),
            ]
            for angle in q.angles {
                switch row.ratings.first(where: { $0.angle == angle.id })?.answer {
                case let .rated(value)?: cells.append(String(value))
                case .notApplicable?: cells.append(words.say(.notApplicableShort))
                case nil: cells.append("")
                }
            }
            if let baseline {
                for angle in q.angles {
                    switch baseline.answers[row.criterion.id]?.ratings[angle.id] {
                    case let .rated(value)?: cells.append(String(value))
                    case .notApplicable?: cells.append(words.say(.notApplicableShort))
                    case nil: cells.append("")
                    }
                }
            }
            if q.reportsAsLevels {
                cells.append(row.meanLevel?.shownMean ?? "")
                cells.append("\(row.ratings.filter { $0.answer?.rating != nil }.count)/\(row.ratings.count)")
            } else if let points = row.points(top: q.scale.top) {
                cells += [String(points.points), String(points.maximum)]
            } else {
                cells += ["", ""]
            }
            cells.append(row.notApplicableReason ?? "")
            cells.append(row.note)
            cells.append(row.flagged ? yes : "")
            cells.append(row.conflict.map { words.conflictLines($0, q, angles: row.criterion.angleIDs).joined(separator: "\n") } ?? "")
            if plan != nil {
                cells.append((planned[row.criterion.id] ?? []).map { change in plan.map { PlanWords($0, questionnaire: q, catalog: words.say).change(change) } ?? "" }.joined(separator: words.say(.changeSeparator)))
            }
            cells.append(counting)
            cells.append(card.provisional ? yes : no)
            cells += [result, total]
            cells += groups.figures[q.reportsAsLevels ? row.criterion.id : row.dimension?.id ?? ""] ?? groups.columns.map { _ in "" }
            lines.append(line(cells))
        }
        return lines.joined()
    }

    /// The level or band in words, and the total as the scorecard shows them.
    static func result(_ builder: ScorecardBuilder) -> (String, String) {
        let card = builder.card
        switch card.outcome {
        case .levels: return (builder.headline().value, "\(card.total) / \(card.applicableMaximum)")
        case let .bands(outcome): return (builder.bandText(outcome), builder.headline().value)
        case .meanLevel, .lowestGroup: return (builder.headline().value, "")
        }
    }

    static func provenance(_ provenance: Provenance, _ c: Catalog) -> String {
        switch provenance {
        case .source: return c(.provenanceSource)
        case .reconstructed: return c(.provenanceReconstructed)
        case .outline: return c(.provenanceOutline)
        }
    }

    /// The scorecard's group table (dimension, category, module; criterion in
    /// SEE-CMM) by group id: its figure columns, as the scorecard shows them.
    static func groupFigures(_ builder: ScorecardBuilder) -> (columns: [String], figures: [String: [String]]) {
        let table: Table
        let ids: [String]
        switch builder.card.outcome {
        case .levels, .lowestGroup:
            table = builder.groupTable()
            ids = builder.card.groups.map(\.groupID)
        case let .bands(outcome):
            table = builder.categoryTable(outcome)
            ids = outcome.categories.map(\.groupID)
        case let .meanLevel(outcome):
            let card = builder.reportCard(outcome)
            table = Table(columns: [card.columns[0], card.columns[card.columns.count - 1]], rows: card.rows.map { [$0[0], $0[$0.count - 1]] })
            ids = outcome.criteria.map(\.criterionID)
        }
        let first = table.columns.first?.title ?? ""
        let columns = table.columns.dropFirst().map { first + " " + $0.title }
        var figures: [String: [String]] = [:]
        for (id, row) in zip(ids, table.rows) { figures[id] = row.dropFirst().map(\.plain) }
        return (columns, figures)
    }

    static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell, through the CSV writer: formulas neutralised, then quoted.
    public static func cell(_ text: String) -> String { CSVWriter.quote(CSVWriter.neutralise(text)) }
}
