import MaturityCore

/// The evidence register and the action plan in words: `ccmm evidence`,
/// `ccmm actions`, the reports and the XLSX workbook take their tables from
/// here. Column keys are stable English for CSV headers and machine readers.
public struct ImprovementBuilder: Sendable {
    public let q: Questionnaire
    public let session: Session
    public let c: Catalog

    public init(questionnaire: Questionnaire, session: Session, catalog: Catalog) {
        self.q = questionnaire
        self.session = session
        self.c = catalog
    }

    public func kind(_ kind: EvidenceKind) -> String { c.evidenceKind(kind) }

    public func status(_ status: ActionStatus) -> String { c.actionStatus(status) }

    func criterionTitle(_ id: String) -> String { q.criterion(id).map { c($0.title) } ?? "" }

    // MARK: Evidence

    /// One row per evidence item, in questionnaire order; with `checks`, the
    /// state of each location and, when computed, the SHA-256.
    public func evidenceTable(checks: [EvidenceCheck]? = nil) -> Table {
        var columns = [Column(c(.criterion), key: "criterion"), Column(c(.criterionTitle), key: "criterion_title"),
                       Column("#", key: "item", alignment: .trailing), Column(c(.evidenceTitle), key: "title"),
                       Column(c(.evidenceKind), key: "kind"), Column(c(.evidenceLocation), key: "location"),
                       Column(c(.evidenceSeenOn), key: "seen_on"), Column(c(.evidenceSeenBy), key: "seen_by"),
                       Column(c(.noteLabel), key: "note")]
        if let checks {
            columns.append(Column(c(.evidenceCheck), key: "check"))
            if checks.contains(where: { $0.sha256 != nil }) { columns.append(Column("SHA-256", key: "sha256")) }
        }
        let rows = EvidenceCheck.run(session, order: q.criteria.map(\.id), sessionFolder: "").enumerated().map { offset, entry in
            var row: [Cell] = [.text(entry.criterionID), .text(criterionTitle(entry.criterionID)), .figure(String(entry.index + 1)),
                               .note(entry.item.title), .text(kind(entry.item.kind)), .note(entry.item.location),
                               .text(entry.item.seenOn), .note(entry.item.seenBy), .note(entry.item.note)]
            if let checks, let check = checks[safe: offset] {
                row.append(.text(checkText(check.location)))
                if columns.last?.key == "sha256" { row.append(check.sha256.map(Cell.text) ?? .empty) }
            }
            return row
        }
        return Table(columns: columns, rows: rows, caption: c(.evidenceRegister))
    }

    func checkText(_ location: EvidenceCheck.Location) -> String {
        switch location {
        case .none: return "—"
        case .url: return c(.evidenceURL)
        case .file(_, true): return c(.evidenceFound)
        case .file(_, false): return c(.evidenceMissing)
        }
    }

    /// `ccmm evidence`: the register, what `--check` found, and the criteria
    /// rated at the top without evidence.
    public func evidenceDocument(checks: [EvidenceCheck]? = nil) -> Document {
        var doc = Document([.title(c(.evidenceRegisterOf, session.profile.centre.isEmpty ? q.id : session.profile.centre))])
        let table = evidenceTable(checks: checks)
        if table.rows.isEmpty { doc.append(.paragraph(c(.noEvidenceYet))) } else { doc.append(.table(table)) }
        if let checks {
            let missing = checks.filter(\.isMissingFile)
            let files = checks.filter { if case .file = $0.location { return true } else { return false } }
            doc.append(.notice(Notice(missing.isEmpty ? .note : .warning, c(.evidenceCheckSummary, files.count, missing.count))))
            for entry in missing {
                if case let .file(path, _) = entry.location { doc.append(.list([c(.evidenceMissingItem, entry.criterionID, entry.item.title, path)])) }
            }
        }
        let unsupported = session.topRatedWithoutEvidence(in: q)
        if !unsupported.isEmpty {
            doc.append(.notice(Notice(.note, c(.topWithoutEvidence, unsupported.count, unsupported.joined(separator: c(.listSeparator))))))
        }
        return doc
    }

    // MARK: Actions

    /// "1.2 method → 10; 3 execution → 10".
    public func targetsText(_ targets: [ActionTarget]) -> String {
        targets.map { target in
            "\(target.criterionID) \(q.angle(target.angle).map { c($0.title) } ?? target.angle) → \(target.rating)"
        }.joined(separator: c(.listSeparator))
    }

    /// One row per action, in the order given; with `progress` (a follow-up),
    /// whether each action's criteria reached their targets.
    public func actionsTable(_ actions: [ImprovementAction], progress: [ActionProgress]? = nil, caption: String? = nil) -> Table {
        var columns = [Column(c(.actionID), key: "id"), Column(c(.actionTitle), key: "title"), Column(c(.actionStatus), key: "status"),
                       Column(c(.actionOwner), key: "owner"), Column(c(.actionDue), key: "due"),
                       Column(c(.actionTargets), key: "targets"), Column(c(.noteLabel), key: "note")]
        if progress != nil { columns.append(Column(c(.actionResult), key: "result")) }
        let rows = actions.enumerated().map { offset, action in
            var row: [Cell] = [.text(action.id), .note(action.title), .text(status(action.status)), .note(action.owner),
                               .text(action.due), .text(targetsText(action.targets)), .note(action.note)]
            if let progress {
                row.append(progress[safe: offset].map { .text(resultText($0)) } ?? .empty)
            }
            return row
        }
        return Table(columns: columns, rows: rows, caption: caption ?? c(.actionPlan))
    }

    /// "partly reached: 1.2 method 10 ✓, 3 execution 5 ✗".
    public func resultText(_ progress: ActionProgress) -> String {
        let overall: String
        switch progress.overall {
        case .reached: overall = c(.resultReached)
        case .partly: overall = c(.resultPartly)
        case .notReached: overall = c(.resultNotReached)
        case .nothingToCheck: overall = c(.resultNothing)
        }
        let parts = progress.targets.map { entry -> String in
            let angle = q.angle(entry.target.angle).map { c($0.title) } ?? entry.target.angle
            let now: String
            switch entry.state {
            case let .reached(value): now = "\(value) ✓"
            case let .below(value): now = "\(value) ✗"
            case .notApplicable: now = c(.notApplicableShort)
            case .unanswered: now = c(.unansweredShort)
            case .gone: now = c(.criterionGone)
            }
            return "\(entry.target.criterionID) \(angle) \(now)"
        }
        return parts.isEmpty ? overall : overall + c(.colon) + parts.joined(separator: c(.listSeparator))
    }

    /// "The live actions cover 3 of 4 changes (20 of 30 points) to L2; 1 more needed after them."
    public func coverageText(_ plan: GapPlan, _ coverage: ActionCoverage) -> String {
        let base = c(.coverageText, coverage.coveredChanges, coverage.totalChanges, coverage.coveredEffort, coverage.totalEffort, plan.target.id)
        guard let remaining = coverage.remainingChanges else { return base }
        return base + (remaining == 0 ? c(.coverageComplete) : c(.coverageRemaining, remaining))
    }

    /// `ccmm actions`: the plan, its coverage of the next level's gap, and
    /// for a follow-up the baseline's actions checked against this session.
    public func actionsDocument(counting: Counting? = nil, baseline: Session? = nil, baselineFile: String? = nil) -> Document {
        var doc = Document([.title(c(.actionPlanOf, session.profile.centre.isEmpty ? q.id : session.profile.centre))])
        if session.actions.isEmpty {
            doc.append(.paragraph(c(.noActionsYet)))
        } else {
            doc.append(.table(actionsTable(session.actions)))
            if let plan = try? GapPlanner.plan(session, questionnaire: q, target: .next, counting: counting), !plan.alreadyMet {
                let coverage = ActionCoverage(plan: plan, actions: session.actions, session: session, questionnaire: q, counting: counting)
                doc.append(.paragraph(coverageText(plan, coverage)))
            }
        }
        if let baseline, !baseline.actions.isEmpty {
            doc.append(.heading(c(.baselineActions, baselineFile ?? "")))
            let progress = baseline.actions.map { ActionProgress($0, in: session, questionnaire: q) }
            doc.append(.table(actionsTable(baseline.actions, progress: progress, caption: c(.baselineActions, baselineFile ?? ""))))
        }
        return doc
    }

    /// The report's section: every criterion's evidence (with `checks`, whether
    /// each local file still exists and, when computed, its SHA-256) and the action plan.
    public func reportSections(counting: Counting? = nil, baseline: Session? = nil, baselineFile: String? = nil,
                               checks: [EvidenceCheck]? = nil) -> Document {
        var doc = Document([.heading(c(.evidenceRegister))])
        let table = evidenceTable(checks: checks)
        if table.rows.isEmpty { doc.append(.paragraph(c(.noEvidenceYet))) } else { doc.append(.table(table)) }
        let unsupported = session.topRatedWithoutEvidence(in: q)
        if !unsupported.isEmpty {
            doc.append(.notice(Notice(.note, c(.topWithoutEvidence, unsupported.count, unsupported.joined(separator: c(.listSeparator))))))
        }
        doc.append(.heading(c(.actionPlan)))
        var actions = actionsDocument(counting: counting, baseline: baseline, baselineFile: baselineFile)
        actions.blocks.removeFirst()  // its title; the report has its own
        doc.append(contentsOf: actions)
        // Each table sits under its heading already; a caption would say it twice.
        doc.blocks = doc.blocks.map { block in
            guard case var .table(table) = block else { return block }
            table.caption = nil
            return .table(table)
        }
        return doc
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// An evidence kind's and an action status's name: the wizard's choices and
/// the builder's tables say them alike.
extension Catalog {
    public func evidenceKind(_ kind: EvidenceKind) -> String {
        switch kind {
        case .document: return self(.evidenceDocument)
        case .record: return self(.evidenceRecord)
        case .observation: return self(.evidenceObservation)
        case .interview: return self(.evidenceInterview)
        }
    }

    public func actionStatus(_ status: ActionStatus) -> String {
        switch status {
        case .planned: return self(.actionPlanned)
        case .inProgress: return self(.actionInProgress)
        case .done: return self(.actionDone)
        case .dropped: return self(.actionDropped)
        }
    }
}
