import Testing
@testable import MaturityCore

/// Small `weighted_bands` questionnaires: categories "1", "2", … with sub-items
/// "1.1", "1.2", … rated method and execution 0/5/10, and the CCCS-OP-2003 bands.
enum BandFixtures {
    static func model(weights: [Int], subItems: [Int]) -> String {
        let groups = zip(weights.indices, subItems).map { index, count in
            let category = String(index + 1)
            let criteria = (1...count).map { Fixtures.criterion("\(category).\($0)") }.joined(separator: ",\n")
            return #"{"id": "\#(category)", "title": \#(Fixtures.text("C" + category)), "criteria": [\#(criteria)]}"#
        }.joined(separator: ",\n")
        let weightJSON = weights.enumerated().map { #"{"group": "\#($0.offset + 1)", "points": \#($0.element)}"# }.joined(separator: ", ")
        return """
            {\(Fixtures.pointsHeader)
              "groups": [\(groups)],
              "scoring": {"method": "weighted_bands", "weights": [\(weightJSON)],
                "bands": [{"id": "five-star", "min": 81, "name": \(Fixtures.text("five-star"))},
                          {"id": "pass", "min": 61, "name": \(Fixtures.text("pass"))},
                          {"id": "conditional", "min": 41, "name": \(Fixtures.text("conditional"))},
                          {"id": "fail", "min": 0, "name": \(Fixtures.text("fail"))}]}}
            """
    }

    /// A sub-item's answer: rated method/execution, or N/A.
    enum Item: Sendable {
        case rated(Int, Int)
        case na
    }

    /// Category c (from 1) gets `items[c - 1]`, sub-items in order.
    static func session(_ q: Questionnaire, _ items: [[Item]]) -> Session {
        var s = Fixtures.session(q)
        for (index, category) in items.enumerated() {
            for (offset, item) in category.enumerated() {
                let id = "\(index + 1).\(offset + 1)"
                switch item {
                case let .rated(method, execution):
                    s.setAnswer(.rated(method), criterion: id, angle: "method", at: "t")
                    s.setAnswer(.rated(execution), criterion: id, angle: "execution", at: "t")
                case .na:
                    s.setAnswer(.notApplicable(reason: "no such service"), criterion: id, angle: "method", at: "t")
                    s.setAnswer(.notApplicable(reason: "no such service"), criterion: id, angle: "execution", at: "t")
                }
            }
        }
        return s
    }

    static func bands(_ card: Scorecard) -> BandOutcome? {
        if case let .bands(outcome) = card.outcome { return outcome }
        return nil
    }
}

/// CCCS-OP-2003 scoring, models.md §3: category = points × rating points ÷
/// applicable maximum; total exact; band from the total rounded half up.
@Suite struct BandScoringTests {
    typealias Item = BandFixtures.Item

    @Test func categoryIsWeightTimesRatingPointsOverApplicableMaximum() throws {
        let q = try Fixtures.load(BandFixtures.model(weights: [15, 10, 75], subItems: [4, 3, 2]))
        let s = BandFixtures.session(q, [
            // 20 + 15 + 5 + 0 = 40 of 4 × 20 = 80 → 15 × 40/80 = 7.5
            [.rated(10, 10), .rated(10, 5), .rated(5, 0), .rated(0, 0)],
            // N/A leaves: 15 + 10 = 25 of 2 × 20 = 40 → 10 × 25/40 = 6.25 (with it in the denominator: 10 × 25/60 ≈ 4.17)
            [.na, .rated(10, 5), .rated(5, 5)],
            // 20 + 10 = 30 of 40 → 75 × 30/40 = 56.25
            [.rated(10, 10), .rated(10, 0)],
        ])
        let card = Scorer.score(s, with: q)
        let outcome = try #require(BandFixtures.bands(card))
        #expect(outcome.categories.map(\.groupID) == ["1", "2", "3"])
        #expect(outcome.categories.map(\.weight) == [15, 10, 75])
        #expect(outcome.categories.map(\.score) == [Fraction(15, 2), Fraction(25, 4), Fraction(225, 4)])
        // 7.5 + 6.25 + 56.25 = 70 → pass.
        #expect(outcome.total == Fraction(70))
        #expect(outcome.total.formatted(places: 1) == "70.0")
        #expect(outcome.wholeTotal == 70)
        #expect(outcome.band?.id == "pass")
        #expect(outcome.maximum == 100)
        #expect(card.notApplicable == 2)
        #expect(card.provisional == false)
    }

    @Test func notApplicableSubItemLeavesOnlyItsCategoryDenominator() throws {
        // One category of weight 100, four sub-items: three at 10/10 and one N/A → 60/60 → 100.
        let q = try Fixtures.load(BandFixtures.model(weights: [100], subItems: [4]))
        let withNA = BandFixtures.session(q, [[.rated(10, 10), .rated(10, 10), .rated(10, 10), .na]])
        let outcomeNA = try #require(BandFixtures.bands(Scorer.score(withNA, with: q)))
        #expect(outcomeNA.total == Fraction(100))
        #expect(outcomeNA.band?.id == "five-star")
        // The same sub-item rated 0/0 instead: 60/80 → 75 → pass.
        let withZero = BandFixtures.session(q, [[.rated(10, 10), .rated(10, 10), .rated(10, 10), .rated(0, 0)]])
        let outcomeZero = try #require(BandFixtures.bands(Scorer.score(withZero, with: q)))
        #expect(outcomeZero.total == Fraction(75))
        #expect(outcomeZero.band?.id == "pass")
    }

    @Test func unansweredCountsZeroAndIsProvisional() throws {
        // Weight 10, two sub-items: one 10/10, one unanswered → 20 of 40 → 5; weight 90 at 10/10 → 90. Total 95.
        let q = try Fixtures.load(BandFixtures.model(weights: [10, 90], subItems: [2, 1]))
        let s = BandFixtures.session(q, [[.rated(10, 10)], [.rated(10, 10)]])
        let card = Scorer.score(s, with: q)
        let outcome = try #require(BandFixtures.bands(card))
        #expect(outcome.categories.map(\.score) == [Fraction(5), Fraction(90)])
        #expect(outcome.total == Fraction(95))
        #expect(card.provisional)
        #expect(card.answered == 4)
        #expect(card.questions == 6)
    }

    struct EdgeCase: CustomTestStringConvertible, Sendable {
        var name: String
        var weights: [Int]
        var items: [[Item]]
        var total: Fraction
        var display: String
        var whole: Int
        var band: String
        var testDescription: String { name }
    }

    static let edgeCases: [EdgeCase] = [
        // A category of weight T with one sub-item at 10/10 scores T; the rest of the 100 points at 0/0.
        EdgeCase(name: "40 fails", weights: [40, 60], items: [[.rated(10, 10)], [.rated(0, 0)]],
                 total: Fraction(40), display: "40.0", whole: 40, band: "fail"),
        EdgeCase(name: "41 is conditional", weights: [41, 59], items: [[.rated(10, 10)], [.rated(0, 0)]],
                 total: Fraction(41), display: "41.0", whole: 41, band: "conditional"),
        EdgeCase(name: "60 is conditional", weights: [60, 40], items: [[.rated(10, 10)], [.rated(0, 0)]],
                 total: Fraction(60), display: "60.0", whole: 60, band: "conditional"),
        EdgeCase(name: "61 passes", weights: [61, 39], items: [[.rated(10, 10)], [.rated(0, 0)]],
                 total: Fraction(61), display: "61.0", whole: 61, band: "pass"),
        EdgeCase(name: "80 passes", weights: [80, 20], items: [[.rated(10, 10)], [.rated(0, 0)]],
                 total: Fraction(80), display: "80.0", whole: 80, band: "pass"),
        EdgeCase(name: "81 is five-star", weights: [81, 19], items: [[.rated(10, 10)], [.rated(0, 0)]],
                 total: Fraction(81), display: "81.0", whole: 81, band: "five-star"),
        // 0 everywhere → fail; 100 everywhere → five-star.
        EdgeCase(name: "0 fails", weights: [50, 50], items: [[.rated(0, 0)], [.rated(0, 0)]],
                 total: Fraction(0), display: "0.0", whole: 0, band: "fail"),
        EdgeCase(name: "100 is five-star", weights: [50, 50], items: [[.rated(10, 10)], [.rated(10, 10)]],
                 total: Fraction(100), display: "100.0", whole: 100, band: "five-star"),
        // 40 + weight 2 × 5/20 = 40 + 0.5 = 40.5 → rounds half up to 41 → conditional.
        EdgeCase(name: "40.5 rounds up to conditional", weights: [40, 2, 58],
                 items: [[.rated(10, 10)], [.rated(5, 0)], [.rated(0, 0)]],
                 total: Fraction(81, 2), display: "40.5", whole: 41, band: "conditional"),
        // 40 + weight 1 × 5/20 = 40.25 → 40 → fail; shown "40.3" (402.5 rounds half up to 403).
        EdgeCase(name: "40.25 fails", weights: [40, 1, 59],
                 items: [[.rated(10, 10)], [.rated(5, 0)], [.rated(0, 0)]],
                 total: Fraction(161, 4), display: "40.3", whole: 40, band: "fail"),
        // 60 + 2 × 5/20 = 60.5 → 61 → pass.
        EdgeCase(name: "60.5 rounds up to pass", weights: [60, 2, 38],
                 items: [[.rated(10, 10)], [.rated(5, 0)], [.rated(0, 0)]],
                 total: Fraction(121, 2), display: "60.5", whole: 61, band: "pass"),
        // 80 + weight 20 × 5/(10 × 20) = 80 + 100/200 = 80.5 exactly → 81 → five-star.
        EdgeCase(name: "80.5 exactly is five-star", weights: [80, 20],
                 items: [[.rated(10, 10)], [.rated(5, 0)] + Array(repeating: .rated(0, 0), count: 9)],
                 total: Fraction(161, 2), display: "80.5", whole: 81, band: "five-star"),
        // 80 + 0 (weight 19) + weight 1 × 230/(25 × 20): eleven sub-items at 10/10 (220) and one at 10/0 (10)
        // give 230 of 500 → 0.46. Total 80.46 = 4023/50 → shown "80.5" (804.6 → 805) but 80 → pass.
        EdgeCase(name: "80.46 passes though shown as 80.5", weights: [80, 19, 1],
                 items: [[.rated(10, 10)], [.rated(0, 0)],
                         Array(repeating: .rated(10, 10), count: 11) + [.rated(10, 0)] + Array(repeating: .rated(0, 0), count: 13)],
                 total: Fraction(4023, 50), display: "80.5", whole: 80, band: "pass"),
        // 80 + weight 20 × 5/(11 × 20) = 80 + 5/11 = 885/11 ≈ 80.4545 → shown "80.5", rounds to 80 → pass.
        EdgeCase(name: "80 and 5/11 passes", weights: [80, 20],
                 items: [[.rated(10, 10)], [.rated(5, 0)] + Array(repeating: .rated(0, 0), count: 10)],
                 total: Fraction(885, 11), display: "80.5", whole: 80, band: "pass"),
    ]

    @Test(arguments: edgeCases)
    func bandIsReadFromTheTotalRoundedHalfUp(_ c: EdgeCase) throws {
        let q = try Fixtures.load(BandFixtures.model(weights: c.weights, subItems: c.items.map(\.count)))
        let card = Scorer.score(BandFixtures.session(q, c.items), with: q)
        let outcome = try #require(BandFixtures.bands(card))
        #expect(outcome.total == c.total)
        #expect(outcome.total.formatted(places: 1) == c.display)
        #expect(outcome.wholeTotal == c.whole)
        #expect(outcome.band?.id == c.band)
        #expect(outcome.maximum == 100)
        #expect(card.provisional == false)
    }
}
