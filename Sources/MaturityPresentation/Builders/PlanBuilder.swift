import MaturityCore

/// The gap plan as a document: `ccmm plan` (text and Markdown), reports and
/// the wizard's plan panel take their rows from here.
public struct PlanBuilder: Sendable {
    public let words: PlanWords
    public let session: Session
    var c: Catalog { words.c }
    var plan: GapPlan { words.plan }
    var q: Questionnaire { words.q }

    public init(_ plan: GapPlan, questionnaire: Questionnaire, session: Session, catalog: Catalog) {
        self.words = PlanWords(plan, questionnaire: questionnaire, catalog: catalog,
                               notApplicableCriteria: RequirementWords.notApplicableCriteria(session))
        self.session = session
    }

    public func document() -> Document {
        var doc = Document([.title(c(.gapPlanTitle) + " — " + c(q.title))])
        var fields = [Field(c(.questionnaire), "\(q.id) \(q.version)")]
        if !session.profile.centre.isEmpty { fields.append(Field(c(.centre), session.profile.centre)) }
        if plan.family == .levels { fields.append(Field(c(.reading), RequirementWords.countingName(plan.counting, c))) }
        fields += [Field(c(.planNow), words.standing(plan.current)), Field(c(.planTarget), words.standing(plan.target))]
        // N/A beside its limit, as on the scorecard (models.md §6).
        let card = Scorer.score(session, with: q, counting: plan.counting)
        if !card.notApplicableScopes.isEmpty {
            fields.append(Field(c(.notApplicableLimits), NotApplicableWords(c, questionnaire: q).counts(card)))
        }
        doc.append(.fields(fields))
        if plan.provisional { doc.append(.notice(Notice(.provisional, plan.family == .meanLevel ? c(.planProvisionalMean) : c(.planProvisionalZero)))) }
        doc.append(contentsOf: body())
        if let notice = q.notice { doc.append(.notice(Notice(.reconstructed, c.labelled(c(.noteLabel), c(notice))))) }
        return doc
    }

    /// Everything below the heading: requirements, blocked ones, the changes.
    public func body() -> Document {
        var doc = Document()
        if plan.alreadyMet {
            doc.append(.paragraph(words.alreadyMet))
            return doc
        }
        if !plan.actionableGaps.isEmpty {
            doc.append(.heading(c(.unmetRequirementsHeading)))
            doc.append(.table(gapTable(plan.actionableGaps, blocked: false)))
        }
        if !plan.blockedGaps.isEmpty {
            doc.append(.heading(c(.notByRatingsHeading)))
            doc.append(.table(gapTable(plan.blockedGaps, blocked: true)))
        }
        if plan.changes.isEmpty {
            doc.append(.paragraph(plan.actionableGaps.isEmpty ? c(.nothingByRatings) : c(.noPlan)))
            return doc
        }
        doc.append(.heading(c(.changesHeading)))
        doc.append(.paragraph(words.summary))
        doc.append(.table(changeTable()))
        if let legend = words.legend { doc.append(.paragraph(legend)) }
        doc.append(.paragraph(words.optimality))
        return doc
    }

    /// Unmet requirements: level, what, now, needed, and what is missing or why no rating helps.
    public func gapTable(_ gaps: [PlanGap], blocked: Bool) -> Table {
        let withLevel = gaps.contains { !words.level($0).isEmpty }
        var columns = [Column(c(.requirement), key: "requirement"), Column(c(.now), key: "actual", alignment: .trailing),
                       Column(c(.needed), key: "required", alignment: .trailing),
                       Column(blocked ? c(.whyColumn) : c(.stillMissing), key: blocked ? "blocker" : "shortfall")]
        if withLevel { columns.insert(Column(c(.level), key: "level"), at: 0) }
        var table = Table(columns: columns)
        for gap in gaps {
            var row: [Cell] = [.text(words.describe(gap)), .figure(words.actual(gap)), .figure(words.required(gap)),
                               .text((blocked ? words.blocker(gap) : words.shortfall(gap)) ?? "")]
            if withLevel { row.insert(.text(words.level(gap)), at: 0) }
            table.rows.append(row)
        }
        return table
    }

    /// The changes, one row per criterion, cheapest first.
    public func changeTable() -> Table {
        var table = Table(columns: [Column(c(.idColumn), key: "id"), Column(c(.criterion), key: "criterion"), Column(c(.changesHeading), key: "changes")])
        for entry in plan.byCriterion {
            table.rows.append([.text(entry.criterionID), .text(words.title(entry.criterionID)),
                               .text(entry.changes.map(words.change).joined(separator: c(.changeSeparator)))])
        }
        return table
    }
}
