import MaturityCore

/// The portfolio in words: per model, each centre's latest standing, the
/// heat map, each centre's trend, the weakest criteria and the level
/// distribution; then every file set aside with its reason. Text, Markdown
/// and CSV take the whole document; HTML takes the parts and adds the charts.
public struct PortfolioBuilder: Sendable {
    public let portfolio: Portfolio
    public let c: Catalog
    public let measure: HeatMap.Measure
    /// Weakest criteria listed per model.
    public let weakestCount: Int
    /// The model asked for with --model, named when other models' files are set aside.
    public let requestedModel: String?

    public init(_ portfolio: Portfolio, catalog: Catalog, measure: HeatMap.Measure, weakestCount: Int = 10, requestedModel: String? = nil) {
        self.portfolio = portfolio
        self.c = catalog
        self.measure = measure
        self.weakestCount = weakestCount
        self.requestedModel = requestedModel
    }

    /// A portfolio word with its arguments.
    public func w(_ key: PortfolioKey, _ arguments: CustomStringConvertible...) -> String {
        c.portfolio(key, arguments.map(\.description))
    }

    public func document() -> Document {
        var doc = Document([.title(w(.title)), .paragraph(summary())])
        if portfolio.models.isEmpty { doc.append(.notice(Notice(.warning, w(.noSessions)))) }
        for model in portfolio.models {
            let parts = self.parts(model)
            doc.append(contentsOf: parts.head)
            doc.append(contentsOf: parts.latest)
            doc.append(contentsOf: parts.heatMap)
            doc.append(contentsOf: parts.trend)
            doc.append(contentsOf: parts.weakest)
            doc.append(contentsOf: parts.distribution)
            doc.append(contentsOf: parts.reconciled)
        }
        doc.append(contentsOf: setAside())
        return doc
    }

    /// Every table as a CSV section: its caption, a header of the column
    /// titles (centre names in the heat map) and the rows; UTF-8 with a
    /// byte-order mark so spreadsheets read Chinese. Titles from files are
    /// neutralised like every text cell.
    public func csv() -> String {
        "\u{FEFF}" + document().tables.map { table in
            (table.caption.map { CSVWriter.row([CSVWriter.neutralise($0)]) } ?? "")
                + CSVWriter.row(table.columns.map { CSVWriter.neutralise($0.title) }) + CSVWriter.write(table, header: false)
        }.joined(separator: "\r\n")
    }

    public func summary() -> String {
        // A centre assessed with two models is one centre.
        let centres = Set(portfolio.models.flatMap { $0.centres.map(\.key) }).count
        let assessments = portfolio.models.reduce(0) { $0 + $1.assessmentCount }
        return w(.summary, centres, assessments, portfolio.filesRead)
    }

    /// One model's sections, each a small document, so the HTML page can put a chart after each.
    public struct Parts: Sendable {
        public var head: Document
        public var latest: Document
        public var heatMap: Document
        public var trend: Document
        public var weakest: Document
        public var distribution: Document
        public var reconciled: Document
    }

    public func parts(_ m: ModelPortfolio) -> Parts {
        let q = m.questionnaire
        var head = Document([.heading(c(.titleWithID, c(q.title), q.id, q.version))])
        var fields = [Field(w(.centres), String(m.centres.count)), Field(w(.scoredAgainst), q.id + " " + q.version)]
        if case .levels = q.scoring { fields.append(Field(c(.reading), c(m.counting == .strict ? .countingStrict : .countingWeighted))) }
        head.append(.fields(fields))
        if let notice = q.notice { head.append(.notice(Notice(.reconstructed, c.labelled(c(.noteLabel), c(notice))))) }
        return Parts(head: head, latest: Document([.heading(w(.latestHeading)), .table(latestTable(m))]),
                     heatMap: Document([.heading(w(.heatHeading, measureName)), .table(heatTable(m))]),
                     trend: Document([.heading(w(.trendHeading)), .table(trendTable(m))]),
                     weakest: Document([.heading(w(.weakestHeading, m.centres.count)), .table(weakestTable(m))]),
                     distribution: Document([.heading(w(.distributionHeading)), .table(distributionTable(m))]),
                     reconciled: reconciled(m))
    }

    public var measureName: String {
        switch measure {
        case .method: return w(.measureMethod)
        case .execution: return w(.measureExecution)
        case .points: return w(.measurePoints)
        }
    }

    /// The headline figure's name for the model family.
    public func headlineName(_ q: Questionnaire) -> String {
        switch q.scoring {
        case .levels: return w(.headlineTotal)
        case .meanLevel: return w(.headlineOverall)
        case .weightedBands: return w(.headlineBandTotal)
        case .lowestGroup: return w(.headlineLowest)
        }
    }

    /// The headline with its one formatter (models.md §6): whole points, a
    /// truncated mean, a truncated band total, a truncated percent.
    public func headline(_ value: Fraction?, _ q: Questionnaire) -> String {
        guard let value else { return w(.noAssessment) }
        switch q.scoring {
        case .levels: return Figures.whole(value)
        case .meanLevel: return Figures.mean(value)
        case .weightedBands: return Figures.bandTotal(value)
        case .lowestGroup: return Figures.percentWithSign(value)
        }
    }

    func headlineDelta(_ value: Fraction, _ q: Questionnaire) -> String {
        switch q.scoring {
        case .levels: return Figures.delta(value, places: 0)
        case .meanLevel: return Figures.delta(value, places: 2)
        case .weightedBands, .lowestGroup: return Figures.delta(value, places: 1)
        }
    }

    func centreName(_ key: CentreKey) -> String { key.centre.isEmpty ? c(.notGiven) : key.centre }

    /// N/A beside its limit per scope, as the scorer counted it for the result (models.md §6).
    func notApplicable(_ a: AssessmentSummary, _ q: Questionnaire) -> String {
        NotApplicableWords(c, questionnaire: q).counts(a.notApplicableScopes)
    }

    public func change(_ centre: CentreHistory, _ q: Questionnaire) -> String {
        guard let previous = centre.previous, let latest = centre.latest else { return w(.firstAssessment) }
        let figure = centre.headlineChange.map { headlineDelta($0, q) } ?? w(.noAssessment)
        return previous.standing.id == latest.standing.id
            ? w(.changeSame, latest.standing.id, figure)
            : w(.changeLevel, previous.standing.id, latest.standing.id, figure)
    }

    public func latestTable(_ m: ModelPortfolio) -> Table {
        let q = m.questionnaire
        var table = Table(columns: [Column(c(.centre), key: "centre"), Column(c(.site), key: "site"),
                                    Column(w(.latestLevel), key: "level"), Column(headlineName(q), key: "headline", alignment: .trailing),
                                    Column(c(.date), key: "date"), Column(c(.answered), key: "answered", alignment: .trailing),
                                    Column(c(.notApplicableShort), key: "not_applicable"),
                                    Column(w(.since), key: "change")],
                          caption: w(.latestHeading))
        for centre in m.centres {
            guard let latest = centre.latest else { continue }
            let answered = w(.answeredOf, latest.answered, latest.questions) + c.parenthesised(w(latest.provisional ? .provisional : .complete))
            table.rows.append([.text(centreName(centre.key)), .text(centre.key.site), .level(id: latest.standing.id, name: c(latest.standing.name)),
                               .figure(headline(latest.headline, q)), .text(latest.date), .text(answered),
                               .text(notApplicable(latest, q)), .text(change(centre, q))])
        }
        return table
    }

    public func heatTable(_ m: ModelPortfolio) -> Table {
        let map = m.heatMap
        var columns = [Column(c(.dimension), key: "dimension")]
        for (index, key) in map.centres.enumerated() {
            let name = key.site.isEmpty ? centreName(key) : centreName(key) + " " + key.site
            columns.append(Column(name, key: "centre_\(index + 1)", alignment: .trailing))
        }
        var table = Table(columns: columns, caption: w(.heatHeading, measureName))
        for (row, group) in map.groups.enumerated() {
            var cells: [Cell] = [.text(group.id == c(group.title) ? group.id : group.id + " " + c(group.title))]
            for cell in map.cells[row] {
                cells.append(HeatMap.percent(cell, measure, counting: m.counting).map { .figure(Figures.percent($0)) } ?? .text(w(.noAssessment)))
            }
            table.rows.append(cells)
        }
        return table
    }

    public func trendTable(_ m: ModelPortfolio) -> Table {
        let q = m.questionnaire
        var table = Table(columns: [Column(c(.centre), key: "centre"), Column(c(.site), key: "site"), Column(c(.date), key: "date"),
                                    Column(c(.level), key: "level"), Column(headlineName(q), key: "headline", alignment: .trailing),
                                    Column(c(.answered), key: "answered")],
                          caption: w(.trendHeading))
        for centre in m.centres {
            for a in centre.assessments {
                table.rows.append([.text(centreName(centre.key)), .text(centre.key.site), .text(a.date),
                                   .level(id: a.standing.id, name: c(a.standing.name)), .figure(headline(a.headline, q)),
                                   .text(w(a.provisional ? .provisional : .complete))])
            }
        }
        return table
    }

    public func weakestTable(_ m: ModelPortfolio) -> Table {
        let q = m.questionnaire
        let top = String(q.scale.top)
        var table = Table(columns: [Column(c(.criterion), key: "criterion"), Column(w(.meanRating), key: "mean", alignment: .trailing),
                                    Column(w(.belowTop, top), key: "below_top", alignment: .trailing),
                                    Column(w(.centresBelowTop, top), key: "centres_below_top", alignment: .trailing)],
                          caption: w(.weakestHeading, m.centres.count))
        for weak in m.weakest.prefix(weakestCount) {
            let title = q.criterion(weak.criterionID).map { c($0.title) } ?? ""
            table.rows.append([.text(weak.criterionID + " " + title), weak.mean.map { .figure(Figures.mean($0)) } ?? .text(w(.notRated)),
                               .figure(String(weak.belowTop)), .figure(String(weak.centresBelowTop))])
        }
        return table
    }

    public func distributionTable(_ m: ModelPortfolio) -> Table {
        var table = Table(columns: [Column(c(.level), key: "level"), Column(w(.centres), key: "centres", alignment: .trailing)],
                          caption: w(.distributionHeading))
        for count in m.distribution {
            table.rows.append([.level(id: count.standing.id, name: c(count.standing.name)), .figure(String(count.centres))])
        }
        return table
    }

    public func reconciled(_ m: ModelPortfolio) -> Document {
        guard !m.reconciled.isEmpty else { return Document() }
        var doc = Document([.heading(w(.reconciledHeading))])
        doc.append(.list(m.reconciled.map { note in
            var line = w(.reconciledLine, note.file, note.answeredVersion, note.scoredVersion)
            if !note.dropped.isEmpty { line += "\n" + c.labelled(c(.droppedAnswers), c.list(note.dropped)) }
            if !note.added.isEmpty { line += "\n" + c.labelled(c(.newCriteria), c.list(note.added)) }
            return line
        }))
        return doc
    }

    public func setAside() -> Document {
        guard !portfolio.setAside.isEmpty else { return Document() }
        var table = Table(columns: [Column(w(.file), key: "file"), Column(w(.reason), key: "reason")], caption: w(.setAsideHeading))
        for item in portfolio.setAside { table.rows.append([.note(item.file), .note(reason(item.reason))]) }
        return Document([.heading(w(.setAsideHeading)), .table(table)])
    }

    public func reason(_ reason: SetAsideReason) -> String {
        // The problems name the file already; the row shows it, so only place and message remain.
        func problems(_ error: LoadError) -> String {
            error.problems.map { ProblemWords.placeIfAny($0, c) }.joined(separator: c(.listSeparator))
        }
        switch reason {
        case .notJSONFile: return w(.reasonNotJSONFile)
        case let .unreadable(error): return w(.reasonUnreadable, problems(error))
        case let .notJSON(error): return w(.reasonNotJSON, problems(error))
        case let .notASession(error): return w(.reasonNotASession, problems(error))
        case let .unknownQuestionnaire(id, _): return w(.reasonUnknownQuestionnaire, id)
        case let .otherModel(id): return w(.reasonOtherModel, id, requestedModel ?? "")
        case let .doesNotFit(error): return w(.reasonDoesNotFit, problems(error))
        }
    }
}
