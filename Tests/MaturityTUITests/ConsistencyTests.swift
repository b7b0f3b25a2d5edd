import Foundation
import MaturityCore
@testable import MaturityPresentation
@testable import MaturityTUI
import TerminalUI
import Testing

/// One result, one voice: for sessions of every model the level or band, the
/// total and every group's figures are the same strings in the wizard's
/// scorecard panel, `ccmm score`'s text, the Markdown, HTML and CSV reports,
/// and the same numbers in `score --format json`.
struct ConsistencyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ id: String) throws -> Questionnaire {
        try QuestionnaireDecoder.load(path: root.appendingPathComponent("Questionnaires/\(id).json").path)
    }

    enum Fill: String, CaseIterable { case full, partial, withNotApplicable, edge }

    /// A session answered in a pattern worked out so each model lands on a
    /// level or band edge in `.edge`, with N/A in `.withNotApplicable`.
    static func session(_ q: Questionnaire, _ fill: Fill, language: Language) -> Session {
        var s = Session(questionnaire: QuestionnaireReference(q),
                        profile: Profile(centre: language == .zh ? "北区中心" : "North Hub", date: "2026-01-15", yearsInOperation: 3, language: language),
                        createdAt: "2026-01-15T00:00:00Z")
        let values = q.scale.values
        for (index, criterion) in q.criteria.enumerated() {
            for (offset, question) in criterion.questions.enumerated() {
                let answer: AngleAnswer?
                switch fill {
                case .full: answer = .rated(values[values.count - 1 - (index + offset) % min(2, values.count)])
                case .partial: answer = index % 3 == 0 ? nil : .rated(values[(index + offset) % values.count])
                case .withNotApplicable:
                    answer = index % 7 == 3 && q.scale.allowsNotApplicable ? .notApplicable(reason: "不涉及") : .rated(values[(index * 2 + offset) % values.count])
                case .edge: answer = .rated(index % 5 == 4 && offset == 0 ? values[values.count / 2] : values[values.count - 1])
                }
                if let answer { s.setAnswer(answer, criterion: criterion.id, angle: question.angle, at: "2026-01-15T00:00:00Z") }
            }
        }
        return s
    }

    /// The strings every surface must show for this scorecard.
    static func expected(_ card: Scorecard, _ q: Questionnaire, _ session: Session, _ c: Catalog) -> [String] {
        let builder = ScorecardBuilder(card, questionnaire: q, session: session, catalog: c)
        var strings: [String] = []
        switch card.outcome {
        case let .levels(outcome):
            strings.append(outcome.achievedID)
            strings.append(String(card.total))
            for group in card.groups {
                strings.append(String(group.points))
                for (_, tally) in group.angles { if let p = tally.percent(card.counting) { strings.append(Figures.percent(p)) } }
            }
        case let .meanLevel(outcome):
            if let overall = outcome.overall { strings.append(Figures.mean(overall)) }
            if let level = outcome.level { strings.append(level.id) }
            for score in outcome.criteria { if let value = score.score { strings.append(Figures.mean(value)) } }
        case let .bands(outcome):
            strings.append(Figures.bandTotal(outcome.total))
            // Withheld for N/A: the word is the catalog's, the same on every surface.
            strings.append(outcome.band.map { c($0.name) } ?? outcome.withheld.map { NotApplicableWords(c, questionnaire: q).withheld($0) } ?? c(.withheld))
            for category in outcome.categories where category.applicable { strings.append(Figures.bandTotal(category.score)) }
        case let .lowestGroup(outcome):
            if let headline = outcome.headline { strings.append(Figures.percent(headline.percent)) }
            if let mean = outcome.mean { strings.append(Figures.percent(mean)) }
        }
        _ = builder
        return strings
    }

    /// Where `needle` is a whole figure in `text`: not part of a longer number.
    static func containsFigure(_ text: String, _ needle: String) -> Bool {
        var rest = Substring(text)
        while let range = rest.range(of: needle) {
            let before = rest[..<range.lowerBound].last, after = rest[range.upperBound...].first
            let isDigitish: (Character?) -> Bool = { $0.map { $0.isNumber || $0 == "." } ?? false }
            if !isDigitish(before) && !isDigitish(after) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    @Test(arguments: ["cc-cmm-oc", "see-cmm", "cccs-op-2003", "cccs-v7-outline"])
    func everySurfaceShowsTheSameFigures(_ id: String) throws {
        let q = try Self.load(id)
        for fill in Fill.allCases {
            for language in Language.allCases {
                let session = Self.session(q, fill, language: language)
                let card = Scorer.score(session, with: q)
                let c = Catalog(language)
                var state = WizardState(language: language, screen: .scorecard, today: "2026-01-15", now: "2026-01-15T00:00:00Z")
                state.assessment = Assessment(questionnaire: q, session: session, path: "/tmp/x.json")
                let panel = WizardView.render(state, size: Size(rows: 70, cols: 200)).grid.text().joined(separator: "\n")
                let text = TerminalWriter.write(ScorecardBuilder(card, questionnaire: q, session: session, catalog: c).document())
                let input = ReportInput(questionnaire: q, session: session, language: language, generatedOn: "2026-01-15")
                let surfaces = ["wizard": panel, "score": text, "md": MarkdownReport.render(input),
                                "html": HTMLReport.render(input), "csv": CSVReport.renderText(input)]
                for figure in Self.expected(card, q, session, c) {
                    for (name, output) in surfaces {
                        let shown = name == "html" ? HTMLEscaping.escape(figure) : name == "md" ? MarkdownWriter.inline(figure) : figure
                        #expect(Self.containsFigure(output, shown), "\(id) \(fill) \(language): \(name) lacks \(figure)")
                    }
                }
                try Self.checkJSON(card, q, session)
            }
        }
    }

    /// `score --format json` carries the figures as numbers, by the same formatters.
    static func checkJSON(_ card: Scorecard, _ q: Questionnaire, _ session: Session) throws {
        let json = ScorecardJSON.encode(card, questionnaire: q, session: session)
        #expect(json["format_version"] == .int(JSONOutput.formatVersion))
        switch card.outcome {
        case let .levels(outcome):
            #expect(json["level"]?["id"] == .string(outcome.achievedID))
            #expect(json["total"] == .int(card.total))
        case let .meanLevel(outcome):
            #expect(json["overall_score"] == (outcome.overall.map { .number(Figures.mean($0)) } ?? .null))
        case let .bands(outcome):
            #expect(json["total"] == .number(Figures.bandTotal(outcome.total)))
            #expect(json["outcome"]?["id"] == .string(outcome.band?.id ?? NotApplicableCount.withheldID))
        case let .lowestGroup(outcome):
            #expect(json["headline_percent"] == (outcome.headline.map { .number(Figures.percent($0.percent)) } ?? .null))
        }
    }

    /// models.md §6: the CCCS-OP-2003 total is truncated, and the band read
    /// from the shown figure is the band shown. Searches sessions for totals
    /// whose rounding and truncation differ, at the pass/five-star edge.
    @Test func bandTotalsAtTheEdgeShowTheBandTheirFigureGives() throws {
        let q = try Self.load("cccs-op-2003")
        var checked = 0
        for seed in 0..<400 {
            var s = Self.session(q, .full, language: .en)
            for (index, criterion) in q.criteria.enumerated() {
                for (offset, question) in criterion.questions.enumerated() {
                    let value = (index * 7 + offset * 3 + seed) % 11 < 2 ? 5 : ((index + seed) % 13 == 0 ? 0 : 10)
                    s.setAnswer(.rated(value), criterion: criterion.id, angle: question.angle, at: "t")
                }
            }
            guard case let .bands(outcome) = Scorer.score(s, with: q).outcome else { continue }
            let shown = Figures.bandTotal(outcome.total)
            // The band is read from the exact total rounded half up; reading it from
            // the shown (truncated) figure rounded half up gives the same whole number.
            let shownTenths = Int(shown.replacingOccurrences(of: ".", with: "")) ?? -1
            #expect((shownTenths + 5) / 10 == outcome.wholeTotal, "\(shown) shown, band read from \(outcome.wholeTotal)")
            #expect(outcome.total.formatted(places: 1) == shown || outcome.total.truncated(places: 1) == shown)
            checked += 1
        }
        #expect(checked == 400)
    }
}
