import Testing
@testable import MaturityCore

/// CCCS 7th edition outline, models.md §4: each module scores rating points as
/// a percentage of its applicable maximum; the lowest is the headline; the mean beside it.
@Suite struct LowestGroupScoringTests {
    typealias Item = BandFixtures.Item

    /// Modules "M1", "M2", … with criteria "M1.1", … rated method/execution 0/5/10.
    static func model(modules: [Int], listed: [Int]? = nil) -> String {
        let groups = modules.enumerated().map { index, count in
            let module = "M\(index + 1)"
            let criteria = (1...count).map { Fixtures.criterion("\(module).\($0)") }.joined(separator: ",\n")
            return #"{"id": "\#(module)", "title": \#(Fixtures.text(module)), "criteria": [\#(criteria)]}"#
        }.joined(separator: ",\n")
        let ids = (listed ?? Array(1...modules.count)).map { #""M\#($0)""# }.joined(separator: ", ")
        return """
            {\(Fixtures.pointsHeader)
              "notice": {"zh": "非官方", "en": "unofficial"},
              "groups": [\(groups)],
              "scoring": {"method": "lowest_group", "groups": [\(ids)]}}
            """
    }

    static func session(_ q: Questionnaire, _ modules: [[Item]]) -> Session {
        var s = Fixtures.session(q)
        for (index, items) in modules.enumerated() {
            for (offset, item) in items.enumerated() {
                let id = "M\(index + 1).\(offset + 1)"
                switch item {
                case let .rated(method, execution):
                    s.setAnswer(.rated(method), criterion: id, angle: "method", at: "t")
                    s.setAnswer(.rated(execution), criterion: id, angle: "execution", at: "t")
                case .na:
                    s.setAnswer(.notApplicable(reason: "no remote service"), criterion: id, angle: "method", at: "t")
                    s.setAnswer(.notApplicable(reason: "no remote service"), criterion: id, angle: "execution", at: "t")
                }
            }
        }
        return s
    }

    static func outcome(_ card: Scorecard) -> LowestGroupOutcome? {
        if case let .lowestGroup(outcome) = card.outcome { return outcome }
        return nil
    }

    @Test func lowestModuleIsTheHeadlineAndTheMeanStandsBeside() throws {
        let q = try Fixtures.load(Self.model(modules: [2, 3, 2]))
        let s = Self.session(q, [
            [.rated(10, 10), .rated(10, 5)],                // 35 of 40 → 87.5%
            [.rated(5, 5), .rated(10, 0), .rated(0, 0)],    // 20 of 60 → 100/3 ≈ 33.3%
            [.rated(10, 10), .rated(5, 5)],                 // 30 of 40 → 75%
        ])
        let card = Scorer.score(s, with: q)
        let outcome = try #require(Self.outcome(card))
        #expect(outcome.groups.map(\.groupID) == ["M1", "M2", "M3"])
        #expect(outcome.groups.map(\.percent) == [Fraction(175, 2), Fraction(100, 3), Fraction(75)])
        #expect(outcome.headline?.groupID == "M2")
        #expect(outcome.headline?.percent == Fraction(100, 3))
        #expect(outcome.headline?.percent.formatted(places: 1) == "33.3")
        // (175/2 + 100/3 + 75)/3 = (525 + 200 + 450)/6/3 = 1175/18 ≈ 65.28
        #expect(outcome.mean == Fraction(1175, 18))
        #expect(outcome.mean?.formatted(places: 1) == "65.3")
        #expect(card.total == 85)            // 35 + 20 + 30
        #expect(card.applicableMaximum == 140)
        #expect(card.provisional == false)
    }

    @Test func notApplicableLeavesItsModuleDenominator() throws {
        let q = try Fixtures.load(Self.model(modules: [2, 3, 2]))
        let s = Self.session(q, [
            [.rated(10, 10), .rated(10, 5)],                // 87.5%
            [.rated(5, 5), .rated(10, 0), .na],             // 20 of 40 → 50% (as 0/0 it was 33.3%)
            [.rated(10, 10), .rated(5, 5)],                 // 75%
        ])
        let card = Scorer.score(s, with: q)
        let outcome = try #require(Self.outcome(card))
        #expect(outcome.groups.map(\.percent) == [Fraction(175, 2), Fraction(50), Fraction(75)])
        #expect(outcome.headline?.groupID == "M2")
        #expect(outcome.headline?.percent == Fraction(50))
        // (87.5 + 50 + 75)/3 = 212.5/3 = 425/6 ≈ 70.83
        #expect(outcome.mean == Fraction(425, 6))
        #expect(outcome.mean?.formatted(places: 1) == "70.8")
        #expect(card.notApplicable == 2)
        #expect(card.applicableMaximum == 120)
    }

    @Test func moduleWithEverythingNotApplicableIsLeftOut() throws {
        let q = try Fixtures.load(Self.model(modules: [2, 3, 2]))
        let s = Self.session(q, [
            [.rated(10, 10), .rated(10, 5)],                // 87.5%
            [.na, .na, .na],                                // nothing applicable: no percentage
            [.rated(10, 10), .rated(5, 5)],                 // 75%
        ])
        let outcome = try #require(Self.outcome(Scorer.score(s, with: q)))
        #expect(outcome.groups.map(\.percent) == [Fraction(175, 2), nil, Fraction(75)])
        // M2 is not the headline at 0%; the lowest scored module is M3.
        #expect(outcome.headline?.groupID == "M3")
        #expect(outcome.headline?.percent == Fraction(75))
        // Mean of the two scored modules: (87.5 + 75)/2 = 81.25 → shown "81.3" (812.5 rounds half up).
        #expect(outcome.mean == Fraction(325, 4))
        #expect(outcome.mean?.formatted(places: 1) == "81.3")
    }

    @Test func everythingNotApplicableHasNoHeadline() throws {
        let q = try Fixtures.load(Self.model(modules: [1, 1]))
        let s = Self.session(q, [[.na], [.na]])
        let outcome = try #require(Self.outcome(Scorer.score(s, with: q)))
        #expect(outcome.groups.map(\.percent) == [nil, nil])
        #expect(outcome.headline == nil)
        #expect(outcome.mean == nil)
    }

    @Test func unansweredCountsZeroAndIsProvisional() throws {
        let q = try Fixtures.load(Self.model(modules: [2, 1]))
        // M1: one criterion 10/10, the other unanswered → 20 of 40 → 50%. M2: 10/5 → 75%.
        let s = Self.session(q, [[.rated(10, 10)], [.rated(10, 5)]])
        let card = Scorer.score(s, with: q)
        let outcome = try #require(Self.outcome(card))
        #expect(outcome.groups.map(\.percent) == [Fraction(50), Fraction(75)])
        #expect(outcome.headline?.groupID == "M1")
        #expect(outcome.mean == Fraction(125, 2))   // (50 + 75)/2 = 62.5
        #expect(card.provisional)
    }

    @Test func onlyTheListedModulesCount() throws {
        // Three modules in the file, the rule lists M1 and M3 only: M2 (0%) is not the headline.
        let q = try Fixtures.load(Self.model(modules: [1, 1, 1], listed: [1, 3]))
        let s = Self.session(q, [[.rated(10, 10)], [.rated(0, 0)], [.rated(10, 5)]])
        let outcome = try #require(Self.outcome(Scorer.score(s, with: q)))
        #expect(outcome.groups.map(\.groupID) == ["M1", "M3"])
        #expect(outcome.headline?.groupID == "M3")
        #expect(outcome.headline?.percent == Fraction(75))
        #expect(outcome.mean == Fraction(175, 2))   // (100 + 75)/2
    }
}
