import Foundation
import Testing
@testable import MaturityCore

/// The portfolio over PortfolioFixtures' group, every figure worked by hand
/// from the small level model's rules (GapFixtures.smallLevels):
///   L1: core method ≥ 60%, core execution ≥ 40%, total ≥ 60
///   L2: core method ≥ 80%, core execution ≥ 60%, innovation method ≥ 50%, total ≥ 90
///   L3: core method 100%, core execution ≥ 80%, innovation execution ≥ 50%, total ≥ 115, 2 years
@Suite struct PortfolioTests {
    static func build(model: String? = nil, workers: Int? = nil) throws -> (Portfolio, [String: String], String) {
        let folder = try PortfolioFixtures.temporaryFolder()
        let files = try PortfolioFixtures.write(into: folder)
        let portfolio = Portfolio.read(paths: [folder], options: .init(model: model, workers: workers),
                                               questionnaire: try PortfolioFixtures.questionnaires())
        return (portfolio, files, folder)
    }

    static func trend(_ centre: CentreHistory?) -> [String] {
        (centre?.assessments ?? []).map { "\($0.date) \($0.standing.id) \($0.total)\($0.provisional ? " provisional" : "")" }
    }

    @Test func modelsAndCentresAreSeparated() throws {
        let (p, _, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(p.models.map(\.questionnaire.id) == ["fixture", "mean-fixture"])
        let levels = try #require(p.models.first)
        // " North " is trimmed into the same centre as "North".
        #expect(levels.centres.map(\.key) == [CentreKey(centre: "East", site: "Shanghai"), CentreKey(centre: "North", site: "Beijing"),
                                              CentreKey(centre: "South", site: "Shenzhen")])
        #expect(levels.assessmentCount == 9)
        #expect(p.models[1].centres.map(\.key.centre) == ["North", "South"])
        // 9 + 2 sessions, broken.json, README.txt, settings.json; .git is hidden and not walked.
        #expect(p.filesRead == 14)
    }

    /// North: 2024 method 3/5 at 10 (60%), execution 2/5 (40%), total 40 + 35 = 75: L1.
    /// 2025: method 4/5, execution 3/5, innovation method 1/2, total 45 + 40 + 10 + 10 = 105: L2.
    /// 2026: method 5/5, execution 4/5, innovation execution 1/2, total 50 + 45 + 20 + 10 = 125, 4 years: L3.
    /// South 2024 (version 0): every core answer 5, so 0% at 10: L0, total 50 + 20 = 70, criterion 7 new and unanswered.
    /// 2025 all 10, but 1 year in operation: L2 at 140. 2026: criterion 4 N/A, 120 of 120: L2.
    /// East 2024: only method 1–3 answered: execution 0%: L0, 30. 2025: method 100%, execution 3/5, 70 + 30 = 100: L2.
    /// 2026: method 2/5 at 10: L0, (20 + 15) × 2 + 10 = 80.
    @Test func trendsAreOrderedByDateWithLevelAndTotal() throws {
        let (p, _, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let levels = try #require(p.models.first)
        #expect(Self.trend(levels.centres[1]) == ["2024-03-15 L1 75", "2025-03-15 L2 105", "2026-03-15 L3 125"])
        #expect(Self.trend(levels.centres[2]) == ["2024-04-01 L0 70 provisional", "2025-04-01 L2 140", "2026-04-01 L2 120"])
        #expect(Self.trend(levels.centres[0]) == ["2024-05-20 L0 30 provisional", "2025-05-20 L2 100", "2026-05-20 L0 80"])
        #expect(levels.centres[0].assessments.map { ($0.file as NSString).lastPathComponent } == ["c.json", "b.json", "a.json"])
        // Ranks: L0 = 0 … L3 = 3; headline for a level model is the total.
        #expect(levels.centres.map(\.rankChange) == [-2, 1, 0])
        #expect(levels.centres.map(\.headlineChange) == [Fraction(-20), Fraction(20), Fraction(-20)])
        #expect(levels.centres[1].latest?.standing.name == .named(LocalizedText(zh: "three", en: "three")))
    }

    @Test func latestAssessmentCarriesNotApplicableAndProvisional() throws {
        let (p, _, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let south = try #require(p.models.first?.centres[2].latest)
        #expect(south.notApplicable == 2)
        // The scorer's own counts per scope (models.md §6): criterion 4 is in A–B.
        #expect(south.notApplicableScopes.map(\.scopeID) == ["core", "innovation"])
        #expect(south.notApplicableScopes.map(\.count) == [Fraction(1), Fraction(0)])
        #expect(south.notApplicableScopes.map(\.outOf) == [5, 2])
        #expect(south.applicableMaximum == 120)
        #expect(!south.provisional)
        #expect(south.answered == 14)
        let eastFirst = try #require(p.models.first?.centres[0].assessments.first)
        #expect(eastFirst.provisional)
        #expect(eastFirst.answered == 3)
    }

    /// Latest assessments (strict counting), centres East, North, South:
    /// A (1–3): East method 2/3, execution 2/3, points 50/60; North and South 100% throughout.
    /// B (4–5): East 0%, 0%, 20/40; North method 2/2, execution 1/2, 35/40; South (4 N/A) 1/1, 1/1, 20/20.
    /// C (6–7): East 0%, 0%, 10/40; North method 2/2, execution 1/2, 30/40; South 100%.
    @Test func heatMapCellsForTheLatestAssessments() throws {
        let (p, _, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let map = try #require(p.models.first?.heatMap)
        #expect(map.groups.map(\.id) == ["A", "B", "C"])
        #expect(map.centres.map(\.centre) == ["East", "North", "South"])
        func row(_ group: Int, _ measure: HeatMap.Measure) -> [Fraction?] {
            map.cells[group].map { HeatMap.percent($0, measure, counting: .strict) }
        }
        #expect(row(0, .method) == [Fraction(200, 3), Fraction(100), Fraction(100)])
        #expect(row(0, .execution) == [Fraction(200, 3), Fraction(100), Fraction(100)])
        #expect(row(0, .points) == [Fraction(250, 3), Fraction(100), Fraction(100)])
        #expect(row(1, .method) == [Fraction(0), Fraction(100), Fraction(100)])
        #expect(row(1, .execution) == [Fraction(0), Fraction(50), Fraction(100)])
        #expect(row(1, .points) == [Fraction(50), Fraction(175, 2), Fraction(100)])
        #expect(row(2, .method) == [Fraction(0), Fraction(100), Fraction(100)])
        #expect(row(2, .execution) == [Fraction(0), Fraction(50), Fraction(100)])
        #expect(row(2, .points) == [Fraction(25), Fraction(75), Fraction(100)])
        // Weighted counting: East's A method is 25/30.
        #expect(HeatMap.percent(map.cells[0][0], .method, counting: .weighted) == Fraction(250, 3))
    }

    /// Latest ratings per criterion (East, North, South):
    /// 1, 2: all 10 → mean 10. 3: (5,5)(10,10)(10,10) → 50/6. 4: (5,5)(10,10)(N/A) → 30/4 = 7.5, 2 below.
    /// 5: (5,5)(10,5)(10,10) → 45/6 = 7.5, 3 below in 2 centres. 6: (5,0)(10,10)(10,10) → 7.5, 2 below.
    /// 7: (5,0)(10,0)(10,10) → 35/6, 3 below in 2 centres.
    @Test func weakestCriteriaAcrossTheGroup() throws {
        let (p, _, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let weakest = try #require(p.models.first?.weakest)
        #expect(weakest.map(\.criterionID) == ["7", "5", "4", "6", "3", "1", "2"])
        #expect(weakest[0] == CriterionWeakness(criterionID: "7", mean: Fraction(35, 6), rated: 6, belowTop: 3, centresBelowTop: 2))
        #expect(weakest[1] == CriterionWeakness(criterionID: "5", mean: Fraction(15, 2), rated: 6, belowTop: 3, centresBelowTop: 2))
        #expect(weakest[2] == CriterionWeakness(criterionID: "4", mean: Fraction(15, 2), rated: 4, belowTop: 2, centresBelowTop: 1))
        #expect(weakest[4].mean == Fraction(25, 3))
        #expect(weakest[6] == CriterionWeakness(criterionID: "2", mean: Fraction(10), rated: 6, belowTop: 0, centresBelowTop: 0))
    }

    @Test func levelDistributionOfTheLatestAssessments() throws {
        let (p, _, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let levels = try #require(p.models.first)
        #expect(levels.distribution.map { "\($0.standing.id):\($0.centres)" } == ["L0:1", "L1:0", "L2:1", "L3:1"])
        // Mean level: North (3 + 4)/2 and 2 → 11/4, level 2; South 4 and 3 → 7/2, level 3.
        let means = p.models[1]
        #expect(means.centres.map { $0.latest?.headline } == [Fraction(11, 4), Fraction(7, 2)])
        #expect(means.distribution.map { "\($0.standing.id):\($0.centres)" } == ["1:0", "2:1", "3:1", "4:0"])
    }

    @Test func olderVersionIsReconciledByCriterionID() throws {
        let (p, files, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notes = try #require(p.models.first?.reconciled)
        #expect(notes == [VersionNote(file: try #require(files["south/2024.json"]), answeredVersion: "0", scoredVersion: "1",
                                      dropped: ["8"], added: ["7"])])
        #expect(p.models.first?.centres[2].assessments.first?.answeredVersion == "0")
    }

    @Test func filesThatAreNotSessionsAreListedWithTheReason() throws {
        let (p, files, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reasons = p.setAside.map { item -> String in
            let name = String(item.file.dropFirst(folder.count + 1))
            switch item.reason {
            case .notJSONFile: return name + " not-json-file"
            case let .notJSON(error): return name + " not-json " + (error.problems.first?.location ?? "")
            case .notASession: return name + " not-a-session"
            default: return name + " other"
            }
        }
        #expect(reasons == ["broken.json not-json line 1, column 56", "notes/README.txt not-json-file", "notes/settings.json not-a-session"])
        #expect(files[".git/config.json"] != nil)
    }

    @Test func modelFilterSetsTheOthersAside() throws {
        let (p, _, folder) = try Self.build(model: "mean-fixture")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(p.models.map(\.questionnaire.id) == ["mean-fixture"])
        let other = p.setAside.filter { if case .otherModel(id: "fixture") = $0.reason { return true } else { return false } }
        #expect(other.count == 9)
    }

    @Test func missingFileUnknownModelAndAnswersOffTheScale() throws {
        let folder = try PortfolioFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let q = try PortfolioFixtures.levels()
        var unknown = PortfolioFixtures.session(q, centre: "X", site: "", date: "2026-01-01", years: 1, [])
        unknown.questionnaire.id = "elsewhere"
        try SessionStore.save(unknown, questionnaire: nil, to: folder + "/unknown.json")
        // A rating of 7 on a 0/5/10 scale, saved against the very same text: damage.
        let offScale = PortfolioFixtures.session(q, centre: "X", site: "", date: "2026-01-01", years: 1, [(.r(7), .r(10))])
        try SessionStore.save(offScale, questionnaire: q, to: folder + "/off-scale.json")
        let p = Portfolio.read(paths: [folder + "/missing.json", folder], questionnaire: try PortfolioFixtures.questionnaires())
        #expect(p.models.isEmpty)
        let kinds = p.setAside.map { item -> String in
            switch item.reason {
            case .unreadable: return "unreadable"
            case .unknownQuestionnaire(id: let id, _): return "unknown " + id
            case let .doesNotFit(error): return "does-not-fit " + (error.problems.first?.location ?? "")
            default: return "other"
            }
        }
        #expect(kinds == ["unreadable", "does-not-fit $.answers[\"1\"].ratings.method", "unknown elsewhere"])
    }

    /// One thread or several, the same portfolio.
    @Test func threadsDoNotChangeTheResult() throws {
        let (one, _, a) = try Self.build(workers: 1)
        let (four, _, b) = try Self.build(workers: 4)
        defer {
            try? FileManager.default.removeItem(atPath: a)
            try? FileManager.default.removeItem(atPath: b)
        }
        #expect(one.models.map { $0.centres.map(Self.trend) } == four.models.map { $0.centres.map(Self.trend) })
        #expect(one.models.map { $0.weakest.map(\.criterionID) } == four.models.map { $0.weakest.map(\.criterionID) })
    }
}
