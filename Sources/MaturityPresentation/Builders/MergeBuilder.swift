import MaturityCore

/// What `ccmm merge` prints: what was merged, the conflicts, and how far the
/// assessors agreed.
public struct MergeBuilder: Sendable {
    public let result: MergeResult
    public let q: Questionnaire
    public let c: Catalog

    public init(_ result: MergeResult, questionnaire: Questionnaire, catalog: Catalog) {
        self.result = result
        self.q = questionnaire
        self.c = catalog
    }

    public func document(output: String) -> Document {
        let conflicts = result.session.conflicts.count
        var doc = Document([.paragraph(c(.mergedInto, result.assessors.count, c.list(result.assessors), output,
                                         result.session.answers.count, conflicts))])
        if conflicts > 0 {
            doc.append(.notice(Notice(.warning, c(.conflictsLowerCounts, conflicts))))
            let ids = result.session.conflictIDs(in: q)
            doc.append(.paragraph(c.labelled(c(.criteriaInConflict), c.list(Array(ids.prefix(40))) + (ids.count > 40 ? " " + c(.andMore) : ""))))
        }
        doc.append(contentsOf: AgreementBuilder(result.agreement, questionnaire: q, catalog: c).document())
        for remark in result.remarks { doc.append(.notice(Notice(.note, Self.remark(remark, c)))) }
        return doc
    }

    public static func remark(_ remark: MergeRemark, _ c: Catalog) -> String {
        switch remark {
        case let .differentCentres(values): return c(.remarkCentres, c.list(values))
        case let .differentSites(values): return c(.remarkSites, c.list(values))
        case let .differentYears(low, high): return c(.remarkYears, low, high)
        case let .droppedAnswersKept(count): return c(.remarkDropped, count)
        }
    }
}

/// The agreement table: exact agreement and kappa per angle and overall.
public struct AgreementBuilder: Sendable {
    public let report: AgreementReport
    public let q: Questionnaire
    public let c: Catalog

    public init(_ report: AgreementReport, questionnaire: Questionnaire, catalog: Catalog) {
        self.report = report
        self.q = questionnaire
        self.c = catalog
    }

    public func document() -> Document {
        let kind = report.kind == .cohen ? c(.kappaCohen) : c(.kappaFleiss)
        let categories = report.categories.map { $0 == "N/A" ? c(.notApplicableShort) : $0 }
        var doc = Document([.heading(c(.agreementTitle) + " — " + kind + c.parenthesised(c(.categoriesList, c.list(categories))))])
        doc.append(.table(table()))
        if report.overall.leftOut > 0 { doc.append(.paragraph(c(.leftOutQuestions, report.overall.leftOut))) }
        if report.angles.contains(where: { $0.items > 0 && $0.kappa == nil }) || (report.overall.items > 0 && report.overall.kappa == nil) {
            doc.append(.paragraph(c(.kappaUndefinedNote)))
        }
        return doc
    }

    public func table() -> Table {
        var table = Table(columns: [Column(c(.angleColumn), key: "angle"), Column(c(.items), key: "items", alignment: .trailing),
                                    Column(c(.exactAgreement), key: "exact", alignment: .trailing),
                                    Column(c(.kappaColumn), key: "kappa", alignment: .trailing), Column(c(.strengthColumn), key: "strength")])
        for row in report.angles + [report.overall] {
            let name = row.angle.map { q.angle($0).map { c($0.title) } ?? $0 } ?? c(.allAngles)
            table.rows.append([.text(name), .figure(String(row.items)),
                               row.exact.map { .figure(Figures.percentWithSign($0 * Fraction(100))) } ?? .text("—"),
                               row.kappa.map { .figure(Figures.kappa($0)) } ?? .text(c(.undefined)),
                               .text(row.kappa.map { Self.strength($0, c) } ?? "")])
        }
        return table
    }

    /// Landis and Koch's (1977) words for a kappa value.
    public static func strength(_ kappa: Double, _ c: Catalog) -> String {
        switch kappa {
        case ..<0: return c(.strengthPoor)
        case ...0.20: return c(.strengthSlight)
        case ...0.40: return c(.strengthFair)
        case ...0.60: return c(.strengthModerate)
        case ...0.80: return c(.strengthSubstantial)
        default: return c(.strengthAlmostPerfect)
        }
    }
}
