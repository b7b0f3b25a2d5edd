import MaturityCore

/// Baseline and follow-up side by side, as a document: `ccmm compare` (text
/// and Markdown) and the report's comparison section. Every figure goes
/// through the formatter of its kind, and a change is the difference of the
/// figures as shown, so "80.4 → 80.5" is never "+0.0".
public struct ComparisonBuilder: Sendable {
    public let comparison: Comparison
    public let q: Questionnaire
    public let c: Catalog

    public init(_ comparison: Comparison, questionnaire: Questionnaire, catalog: Catalog) {
        self.comparison = comparison
        self.q = questionnaire
        self.c = catalog
    }

    public func document() -> Document {
        let cmp = comparison
        var doc = Document([.title(c(.compareTitle, c.text(.titleWithID, [c(q.title), q.id, q.version])))])
        var fields: [Field] = []
        let centres = [cmp.baseline.profile.centre, cmp.followUp.profile.centre].filter { !$0.isEmpty }
        if let centre = centres.last { fields.append(Field(c(.centre), Set(centres).count > 1 ? centres.joined(separator: " / ") : centre)) }
        if cmp.family == .levels { fields.append(Field(c(.reading), RequirementWords.countingName(cmp.counting, c))) }
        if !fields.isEmpty { doc.append(.fields(fields)) }
        doc.append(contentsOf: body())
        if let notice = q.notice { doc.append(.notice(Notice(.reconstructed, c.labelled(c(.noteLabel), c(notice))))) }
        return doc
    }

    /// The sides, the rows and the changed answers.
    public func body() -> Document {
        let cmp = comparison
        var doc = Document([.table(sideTable()), .table(rowTable())])
        for (heading, changes) in [(c(.improvedHeading, cmp.improved.count, Self.criteriaCount(cmp.improved)), cmp.improved),
                                   (c(.regressedHeading, cmp.regressed.count, Self.criteriaCount(cmp.regressed)), cmp.regressed),
                                   (c(.otherChangesHeading, cmp.otherChanges.count), cmp.otherChanges)] {
            doc.append(.heading(heading))
            if !changes.isEmpty { doc.append(.table(changeTable(changes))) }
        }
        let listed = (cmp.improved + cmp.regressed + cmp.otherChanges).map(\.criterionID)
        if listed.contains(where: { q.criterion($0)?.provenance == .reconstructed }) { doc.append(.paragraph(c(.reconstructedLegend))) }
        for line in questionnaireLines() { doc.append(.notice(Notice(.warning, line))) }
        return doc
    }

    static func criteriaCount(_ changes: [Comparison.AnswerChange]) -> Int { Set(changes.map(\.criterionID)).count }

    /// The kind of figure a value is, by the model family: it decides the formatter.
    enum Kind {
        case points, percent, mean, bandTotal
        var places: Int {
            switch self {
            case .points: return 0
            case .percent, .bandTotal: return 1
            case .mean: return 2
            }
        }
    }

    /// A value as shown; "—" when a side has none.
    static func shown(_ value: Fraction?, _ kind: Kind, suffix: String = "") -> String {
        value.map { Figures.unsigned($0, places: kind.places) + suffix } ?? "—"
    }

    /// The change between the shown figures.
    static func change(_ delta: Comparison.Delta, _ kind: Kind) -> String? {
        guard let before = delta.before, let after = delta.after else { return nil }
        return Figures.delta(difference(Figures.cut(after, places: kind.places), Figures.cut(before, places: kind.places)), places: kind.places)
    }

    /// "80.0 → 85.0 (+5.0)", "— → 85.0".
    static func transition(_ delta: Comparison.Delta, _ kind: Kind) -> String {
        shown(delta.before, kind) + " → " + shown(delta.after, kind) + (change(delta, kind).map { " (\($0))" } ?? "")
    }

    func measureKind(_ measure: Comparison.Measure) -> (label: String, kind: Kind) {
        let label = Self.label(measure.kind, c)
        switch measure.kind {
        case .overall: return (label, .mean)
        case .lowestModule, .meanModule: return (label, .percent)
        case .bandTotal: return (label, .bandTotal)
        case .totalPoints: return (label, .points)
        }
    }

    /// A headline measure's name, the same in the comparison, its JSON and the report.
    public static func label(_ kind: Comparison.MeasureKind, _ c: Catalog) -> String {
        switch kind {
        case .totalPoints: return c(.measureTotal)
        case .bandTotal: return c(.total)
        case .overall: return c(.measureOverall)
        case .lowestModule: return c(.measureLowestModule)
        case .meanModule: return c(.measureMeanModule)
        }
    }

    /// Date, assessor, version, answered, level and the model's headline measures.
    public func sideTable() -> Table {
        let (a, b) = (comparison.baseline, comparison.followUp)
        func answered(_ side: Comparison.Side) -> String {
            "\(side.scorecard.answered)/\(side.scorecard.questions)" + (side.scorecard.provisional ? c.parenthesised(c(.provisionalWord)) : "")
        }
        var table = Table(columns: [Column("", key: "item"), Column(c(.baseline), key: "baseline"), Column(c(.followUp), key: "follow_up"),
                                    Column(c(.changeColumn), key: "change")])
        table.rows.append([.text(c(.date)), .text(a.profile.date), .text(b.profile.date), .empty])
        if !a.profile.assessor.isEmpty || !b.profile.assessor.isEmpty {
            table.rows.append([.text(c(.assessor)), .text(a.profile.assessor), .text(b.profile.assessor), .empty])
        }
        table.rows.append([.text(c(.answeredAgainst)), .text(a.answeredAgainst.version), .text(b.answeredAgainst.version), .empty])
        table.rows.append([.text(c(.answered)), .text(answered(a)), .text(answered(b)), .empty])
        let standing: (Comparison.Standing) -> Cell = { .level(id: $0.id, name: self.c($0.name)) }
        switch comparison.family {
        case .lowestGroup:
            table.rows.append([.text(c(.lowestModule)), standing(a.standing), standing(b.standing), .empty])
        case .weightedBands:
            table.rows.append([.text(c(.outcome)), .text(c(a.standing.name)), .text(c(b.standing.name)), .text(direction)])
        case .levels, .meanLevel:
            table.rows.append([.text(c(.level)), standing(a.standing), standing(b.standing), .text(direction)])
        }
        for measure in comparison.measures {
            let (label, kind) = measureKind(measure)
            table.rows.append([.text(label), .figure(Self.shown(measure.delta.before, kind, suffix: measure.suffix)),
                               .figure(Self.shown(measure.delta.after, kind, suffix: measure.suffix)),
                               Self.change(measure.delta, kind).map(Cell.figure) ?? .empty])
        }
        return table
    }

    var direction: String {
        switch comparison.direction {
        case .up?: return c(.directionUp)
        case .down?: return c(.directionDown)
        case .same?: return c(.directionSame)
        case nil: return ""
        }
    }

    /// One row per group (per criterion for mean-level models), each figure then → now (change).
    public func rowTable() -> Table {
        let cmp = comparison
        let angles = cmp.family == .levels || cmp.family == .lowestGroup
            ? q.angles.filter { angle in cmp.rows.contains { $0.angles.contains { $0.angle == angle.id } } } : []
        let first: Phrase, last: Phrase
        switch cmp.family {
        case .meanLevel: (first, last) = (.criterion, .score)
        case .weightedBands: (first, last) = (.category, .points)
        case .lowestGroup: (first, last) = (.module, .modulePercent)
        case .levels: (first, last) = (.dimension, .points)
        }
        var table = Table(columns: [Column(c(first), key: "group")]
                          + angles.map { Column(c(.anglePercent, c($0.title)), key: "\($0.id)_percent", alignment: .trailing) }
                          + [Column(c(last), key: "value", alignment: .trailing)])
        for row in cmp.rows {
            var cells: [Cell] = [.text("\(row.id) \(c(row.title))")]
            for angle in angles {
                cells.append(row.angles.first { $0.angle == angle.id }.map { .figure(Self.transition($0.percent, .percent)) } ?? .text("—"))
            }
            switch cmp.family {
            case .meanLevel: cells.append(row.score.map { .figure(Self.transition($0, .mean)) } ?? .text("—"))
            case .weightedBands: cells.append(row.score.map { .figure(Self.transition($0, .bandTotal)) } ?? .text("—"))
            case .lowestGroup: cells.append(row.score.map { .figure(Self.transition($0, .percent)) } ?? .text("—"))
            case .levels: cells.append(row.points.map { .figure(Self.transition($0, .points)) } ?? .text("—"))
            }
            table.rows.append(cells)
        }
        return table
    }

    /// Changes grouped by criterion, in reading order: id, title, "Method 5 → 10; Execution 0 → 5".
    public func changeTable(_ changes: [Comparison.AnswerChange]) -> Table {
        var order: [String] = []
        var byCriterion: [String: [Comparison.AnswerChange]] = [:]
        for change in changes {
            if byCriterion[change.criterionID] == nil { order.append(change.criterionID) }
            byCriterion[change.criterionID, default: []].append(change)
        }
        var table = Table(columns: [Column(c(.idColumn), key: "id"), Column(c(.criterion), key: "criterion"), Column(c(.changeColumn), key: "change")])
        for id in order {
            let text = (byCriterion[id] ?? []).map { change in
                "\(q.angle(change.angle).map { c($0.title) } ?? change.angle) \(answer(change.before)) → \(answer(change.after))"
            }.joined(separator: c(.changeSeparator))
            let title = q.criterion(id).map { c($0.title) + ($0.provenance == .reconstructed ? " *" : "") } ?? ""
            table.rows.append([.text(id), .text(title), .text(text)])
        }
        return table
    }

    /// "10", "N/A (reason)", "unanswered".
    public func answer(_ answer: AngleAnswer?) -> String {
        switch answer {
        case let .rated(value)?: return String(value)
        case let .notApplicable(reason)?: return c(.answerNotApplicable, reason)
        case nil: return c(.unanswered)
        }
    }

    func questionnaireLines() -> [String] {
        let cmp = comparison
        let change = cmp.questionnaireChange
        guard change.changed || !change.isEmpty else { return [] }
        var lines = [c(.questionnaireVersions, cmp.baseline.answeredAgainst.version, cmp.followUp.answeredAgainst.version, cmp.questionnaireVersion)]
        if !change.newSinceBaseline.isEmpty { lines.append(c.labelled(c(.newSinceBaseline), c.list(change.newSinceBaseline))) }
        if !change.newSinceFollowUp.isEmpty { lines.append(c.labelled(c(.newSinceFollowUp), c.list(change.newSinceFollowUp))) }
        let dropped: ([Comparison.DroppedAnswer]) -> String = { items in
            self.c.list(items.map { "\($0.criterionID).\($0.angle) = \(self.answer($0.answer))" })
        }
        if !change.droppedFromBaseline.isEmpty { lines.append(c.labelled(c(.droppedFromBaseline), dropped(change.droppedFromBaseline))) }
        if !change.droppedFromFollowUp.isEmpty { lines.append(c.labelled(c(.droppedFromFollowUp), dropped(change.droppedFromFollowUp))) }
        return lines
    }
}

extension Figures {
    /// The value as a truncated figure shows it, as an exact fraction.
    public static func cut(_ value: Fraction, places: Int) -> Fraction {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        return Fraction((value * Fraction(scale)).floor, scale)
    }
}
