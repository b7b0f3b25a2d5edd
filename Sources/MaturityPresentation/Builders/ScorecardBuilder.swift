import MaturityCore

/// The scorecard in words: `ccmm score`, the wizard's scorecard panel and the
/// reports all take their rows from here, so the same session shows the same
/// figures everywhere. Switches on the model family the scoring rules
/// declare (the outcome's case), never on a model id.
public struct ScorecardBuilder: Sendable {
    public let card: Scorecard
    public let q: Questionnaire
    public let session: Session
    public let c: Catalog
    public let requirements: RequirementWords
    public let notApplicable: NotApplicableWords

    public init(_ card: Scorecard, questionnaire: Questionnaire, session: Session, catalog: Catalog) {
        self.card = card
        self.q = questionnaire
        self.session = session
        self.c = catalog
        self.requirements = RequirementWords(catalog, questionnaire: questionnaire, counting: card.counting,
                                             notApplicableCriteria: RequirementWords.notApplicableCriteria(session))
        self.notApplicable = NotApplicableWords(catalog, questionnaire: questionnaire)
    }

    /// The whole scorecard, as `ccmm score` prints it.
    public func document() -> Document {
        var doc = Document([.title(c(.titleWithID, c(q.title), q.id, q.version))])
        doc.append(.fields(profileFields()))
        if card.provisional { doc.append(.notice(provisionalNotice())) }
        doc.append(contentsOf: result())
        if !session.conflicts.isEmpty { doc.append(.notice(Notice(.warning, c(.conflictsLowerCounts, session.conflicts.count)))) }
        if let notice = q.notice { doc.append(.notice(Notice(.reconstructed, c.labelled(c(.noteLabel), c(notice))))) }
        return doc
    }

    /// Centre, site, assessor, date, years, answered.
    public func profileFields() -> [Field] {
        let p = session.profile
        var fields: [Field] = []
        if !p.centre.isEmpty { fields.append(Field(c(.centre), p.centre)) }
        if !p.site.isEmpty { fields.append(Field(c(.site), p.site)) }
        if !p.assessor.isEmpty { fields.append(Field(c(.assessor), p.assessor)) }
        if !p.date.isEmpty { fields.append(Field(c(.date), p.date)) }
        if case .levels = q.scoring {
            fields.append(Field(c(.yearsInOperation), p.yearsInOperation.map { c(.yearsValue, $0) } ?? c(.notGiven)))
        }
        fields.append(Field(c(.answered), answeredText()))
        if !card.notApplicableScopes.isEmpty { fields.append(Field(c(.notApplicableLimits), notApplicable.counts(card))) }
        return fields
    }

    /// "12/340 (3 N/A)".
    public func answeredText() -> String {
        let base = "\(card.answered)/\(card.questions)"
        return card.notApplicable > 0 ? base + c.parenthesised(c(.notApplicableCount, card.notApplicable)) : base
    }

    /// Says what a provisional result is, following the model's rule for unanswered questions.
    public func provisionalNotice() -> Notice {
        if case .meanLevel = card.outcome {
            return Notice(.provisional, c(.provisionalLeftOut, card.answered, card.questions))
        }
        return Notice(.provisional, c(.provisionalZero, card.answered, card.questions))
    }

    /// The result proper: group figures, the level or band, and what the next one needs.
    public func result() -> Document {
        var doc = Document()
        switch card.outcome {
        case let .levels(outcome):
            doc.append(.fields([Field(c(.reading), RequirementWords.countingName(card.counting, c))]))
            doc.append(.table(groupTable()))
            doc.append(.fields([headline()]))
            if let next = outcome.next {
                let name = "\(next.rule.id) \(c(next.rule.name))"
                let progress = GapPlanner.progress(session, questionnaire: q, counting: card.counting, scorecard: card)
                doc.append(.fields([Field(c(.nextLevel), progress.map { c(.nextLevelNeeds, name, notApplicable.needs($0)) } ?? name)]))
                if let counts = outcome.nextRequirementsMet {
                    doc.append(.progress(label: c(.requirementsMet, counts.met, counts.of), fraction: outcome.progressToNext))
                }
                doc.append(.table(requirementTable(next)))
            } else {
                doc.append(.paragraph(c(.topLevelReached)))
            }
            doc.append(.heading(c(.levelLadder)))
            doc.append(.table(ladder(outcome)))
            if case let .levels(rules) = q.scoring { doc.append(contentsOf: LevelDefinitionsBuilder(rules, catalog: c).document()) }
        case let .meanLevel(outcome):
            doc.append(.table(reportCard(outcome)))
            doc.append(.fields([headline()] + weakestField().map { [$0] }.orEmpty))
            if let meaning = outcome.level?.meaning { doc.append(.paragraph(c(meaning))) }
        case let .bands(outcome):
            doc.append(.table(categoryTable(outcome)))
            doc.append(.fields([headline(), Field(c(.outcome), bandText(outcome))]))
            if let meaning = outcome.band?.meaning { doc.append(.paragraph(c(meaning))) }
            if !categoriesAddUp(outcome) { doc.append(.notice(Notice(.note, c(.categoriesTruncated)))) }
        case let .lowestGroup(outcome):
            doc.append(.table(groupTable()))
            doc.append(.fields([headline()] + (outcome.mean.map { [Field(c(.meanOfModules), Figures.percentWithSign($0))] } ?? [])))
        }
        return doc
    }

    /// The one line that says where the centre stands, the same on every
    /// surface; a provisional result says so in it, with how much is answered
    /// and what the model's rule does with the rest (models.md §6).
    public func headline() -> Field {
        var field = standing()
        if card.provisional {
            let count = card.unanswered == .leftOut ? c(.provisionalAspects, card.answered, card.questions)
                                                    : c(.provisionalQuestions, card.answered, card.questions)
            field.value += c.parenthesised(count)
        }
        return field
    }

    func standing() -> Field {
        switch card.outcome {
        case let .levels(outcome):
            return Field(c(.level), "\(outcome.achievedID) \(c(outcome.achievedName))")
        case let .meanLevel(outcome):
            if let count = outcome.withheld {
                let score = outcome.overall.map { c.parenthesised(c(.forInformation, c(.overallScore, Figures.mean($0)))) } ?? ""
                return Field(c(.maturityLevel), notApplicable.withheld(count) + score)
            }
            guard let overall = outcome.overall, let level = outcome.level else { return Field(c(.maturityLevel), c(.noLevelYet)) }
            return Field(c(.maturityLevel), "\(level.id) \(c(level.name))" + c.parenthesised(c(.overallScore, Figures.mean(overall))))
        case let .bands(outcome):
            return Field(c(.total), "\(Figures.bandTotal(outcome.total)) / \(outcome.maximum)")
        case let .lowestGroup(outcome):
            if let count = outcome.withheld { return Field(c(.shortestStave), notApplicable.withheld(count)) }
            guard let headline = outcome.headline else { return Field(c(.shortestStave), c(.noLevelYet)) }
            return Field(c(.shortestStave), "\(headline.groupID) \(groupTitle(headline.groupID)) \(Figures.percentWithSign(headline.percent))")
        }
    }

    /// "pass (decided on the total rounded to 80)".
    /// Withheld for N/A: "withheld: N/A leaves out 20 of 100 points, at most 10 (the total is for information only)".
    public func bandText(_ outcome: BandOutcome) -> String {
        guard let band = outcome.band else {
            return outcome.withheld.map { notApplicable.withheld($0) + c.parenthesised(c(.totalForInformation)) } ?? c(.withheld)
        }
        return c(band.name) + c.parenthesised(c(.decidedOnRounded, outcome.wholeTotal))
    }

    public func weakestField() -> Field? {
        guard case let .meanLevel(outcome) = card.outcome, let weakest = outcome.weakest,
              let criterion = q.criterion(weakest.criterionID), let score = weakest.score else { return nil }
        return Field(c(.weakest), "\(criterion.id) \(c(criterion.title))" + c.parenthesised(Figures.mean(score)))
    }

    func groupTitle(_ id: String) -> String { q.group(id).map { c($0.title) } ?? "" }

    /// The angles some group is scored on, in the questionnaire's order.
    public var scoredAngles: [Angle] {
        q.angles.filter { angle in card.groups.contains { $0.tally(angle.id) != nil } }
    }

    /// Per top-level group: each angle's percent, points and maximum.
    public func groupTable() -> Table {
        let angles = scoredAngles
        let first: String = {
            if case .lowestGroup = card.outcome { return c(.module) }
            return c(.dimension)
        }()
        var table = Table(columns: [Column(first, key: "group")]
                          + angles.map { Column(c(.anglePercent, c($0.title)), key: "\($0.id)_percent", alignment: .trailing) }
                          + [Column(c(.points), key: "points", alignment: .trailing), Column(c(.maximum), key: "max", alignment: .trailing)])
        for group in card.groups {
            table.rows.append([.text("\(group.groupID) \(c(group.title))")]
                + angles.map { angle in group.tally(angle.id)?.percent(card.counting).map { .figure(Figures.percent($0)) } ?? .text("—") }
                + [.figure(Figures.points(group.points)), .figure(Figures.points(group.maximum))])
        }
        table.footer = [.text(c(.total))] + angles.map { _ in .empty } + [.figure(Figures.points(card.total)), .figure(Figures.points(card.applicableMaximum))]
        return table
    }

    /// The next level's requirements: met, what, now, needed, missing.
    public func requirementTable(_ level: LevelStatus) -> Table {
        var table = Table(columns: [Column("", key: "met", alignment: .center), Column(c(.requirement), key: "requirement"),
                                    Column(c(.now), key: "actual", alignment: .trailing), Column(c(.needed), key: "required", alignment: .trailing),
                                    Column(c(.stillMissing), key: "shortfall")])
        for status in level.requirements {
            table.rows.append([.mark(status.met), .text(requirements.describe(status)), .figure(requirements.actual(status)),
                               .figure(requirements.required(status)), .text(requirements.shortfall(status) ?? "")])
        }
        return table
    }

    /// Every level with whether it is met and how many of its requirements are unmet.
    public func ladder(_ outcome: LevelOutcome) -> Table {
        var table = Table(columns: [Column("", key: "met", alignment: .center), Column(c(.level), key: "level"),
                                    Column(c(.unmetRequirements), key: "unmet", alignment: .trailing)])
        for status in outcome.levels {
            let unmet = status.requirements.filter { !$0.met }.count
            table.rows.append([.mark(status.met), .level(id: status.rule.id, name: c(status.rule.name)), .figure(String(unmet))])
        }
        return table
    }

    /// SEE-CMM's report card: a row per criterion, a column per level, a mark per aspect.
    public func reportCard(_ outcome: MeanLevelOutcome) -> Table {
        var table = Table(columns: [Column(c(.criterion), key: "criterion")]
                          + q.scale.values.map { Column("\($0) \(q.scale.labels[$0].map { c($0) } ?? "")", key: "level_\($0)", alignment: .center) }
                          + [Column(c(.score), key: "score", alignment: .trailing)])
        for (criterion, score) in zip(q.criteria, outcome.criteria) {
            let record = session.answers[criterion.id]
            let marks: [Cell] = q.scale.values.map { value in
                let count = criterion.questions.filter { record?.ratings[$0.angle] == .rated(value) }.count
                return count == 0 ? .empty : .text(String(repeating: "●", count: count))
            }
            table.rows.append([.text("\(criterion.id) \(c(criterion.title))")] + marks + [score.score.map { .figure(Figures.mean($0)) } ?? .text("—")])
        }
        return table
    }

    /// CCCS-OP-2003's categories: weight and points.
    public func categoryTable(_ outcome: BandOutcome) -> Table {
        var table = Table(columns: [Column(c(.category), key: "category"), Column(c(.weight), key: "weight", alignment: .trailing),
                                    Column(c(.points), key: "points", alignment: .trailing)])
        for category in outcome.categories {
            table.rows.append([.text("\(category.groupID) \(groupTitle(category.groupID))"), .figure(String(category.weight)),
                               category.applicable ? .figure(Figures.bandTotal(category.score)) : .text(c(.notApplicableShort))])
        }
        table.footer = [.text(c(.total)), .figure(String(outcome.maximum)), .figure(Figures.bandTotal(outcome.total))]
        return table
    }

    /// Whether the category figures as shown add up to the total as shown.
    public func categoriesAddUp(_ outcome: BandOutcome) -> Bool {
        let tenths = outcome.categories.filter(\.applicable).reduce(0) { $0 + ($1.score * Fraction(10)).floor }
        return tenths == (outcome.total * Fraction(10)).floor
    }
}

extension Optional where Wrapped == [Field] {
    var orEmpty: [Field] { self ?? [] }
}
