import Testing
@testable import MaturityCore
import MaturityPresentation

/// Kappa on textbook tables, with the arithmetic done by hand in the comments.
@Suite struct AgreementTests {
    /// The 2 × 2 example of Cohen's kappa in most textbooks (and Wikipedia's
    /// "Cohen's kappa"): 50 grant proposals, two readers say yes or no.
    ///
    ///                 B yes  B no
    ///       A yes       20     5     (A: 25 yes)
    ///       A no        10    15     (A: 25 no)
    ///                   30    20
    ///
    /// p_o = (20 + 15) / 50 = 0.70
    /// p_e = (25·30 + 25·20) / 50² = (750 + 500) / 2500 = 0.50
    /// κ   = (0.70 − 0.50) / (1 − 0.50) = 0.40
    @Test func cohenTwoByTwoTextbook() throws {
        let kappa = try #require(Kappa.cohen([[20, 5], [10, 15]]))
        #expect(abs(kappa - 0.4) < 1e-12)
        let parts = Kappa.cohenParts([[20, 5], [10, 15]])
        #expect(parts.observed == Fraction(7, 10))
        #expect(parts.expected == Fraction(1, 2))
    }

    /// A 3 × 3 table (ratings 0, 5, 10), 20 items:
    ///
    ///              B:0  B:5  B:10   row
    ///       A:0     4    1    0      5
    ///       A:5     1    5    2      8
    ///       A:10    0    1    6      7
    ///       col     5    7    8     20
    ///
    /// diagonal = 15, so p_o = 15/20 = 0.75
    /// Σ row·col = 5·5 + 8·7 + 7·8 = 25 + 56 + 56 = 137, p_e = 137/400 = 0.3425
    /// κ = (20·15 − 137) / (20² − 137) = 163 / 263 = 0.619771…
    @Test func cohenThreeByThree() throws {
        let kappa = try #require(Kappa.cohen([[4, 1, 0], [1, 5, 2], [0, 1, 6]]))
        #expect(abs(kappa - 163.0 / 263.0) < 1e-12)
    }

    /// Perfect disagreement in a balanced 2 × 2 is κ = −1; everything in one
    /// cell makes p_e = 1 and κ undefined.
    @Test func cohenEdges() throws {
        let kappa = try #require(Kappa.cohen([[0, 5], [5, 0]]))
        // p_o = 0, p_e = (5·5 + 5·5)/100 = 0.5, κ = −0.5/0.5 = −1
        #expect(abs(kappa + 1) < 1e-12)
        #expect(Kappa.cohen([[7, 0], [0, 0]]) == nil)
        #expect(Kappa.cohen([[0, 0], [0, 0]]) == nil)
        #expect(Figures.kappa(-1) == "−1.00")
        #expect(Figures.kappa(0.4) == "0.40")
        #expect(Figures.kappa(0.619771) == "0.62")
    }

    /// Fleiss (1971), the example reproduced in most references (Wikipedia's
    /// "Fleiss' kappa"): 10 subjects, 14 raters, 5 categories.
    ///
    /// Σ_j n_ij² per row: 196, 60, 70, 94, 74, 98, 58, 46, 66, 66
    /// P_i = (Σ n_ij² − 14) / (14·13): 182, 46, 56, 80, 60, 84, 44, 32, 52, 52 over 182
    /// P̄  = 688 / 1820 = 172/455 = 0.378022
    /// column totals 20, 28, 39, 21, 32 (of 140): P̄e = (400 + 784 + 1521 + 441 + 1024) / 19600 = 4170/19600 = 0.212755
    /// κ   = (172/455 − 417/1960) / (1 − 417/1960) = (9632 − 5421)/25480 ÷ 20059/25480 = 4211/20059 = 0.209930…
    @Test func fleissClassicExample() throws {
        let table = [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ]
        let parts = try #require(Kappa.fleissParts(table))
        #expect(parts.observed == Fraction(172, 455))
        #expect(parts.expected == Fraction(417, 1960))
        let kappa = try #require(Kappa.fleiss(table))
        #expect(abs(kappa - 4211.0 / 20059.0) < 1e-12)
        #expect(Figures.kappa(kappa) == "0.21")
    }

    @Test func fleissRefusesUnequalRaterCounts() {
        #expect(Kappa.fleiss([[1, 2], [3, 1]]) == nil)
        #expect(Kappa.fleiss([[3, 0], [3, 0]]) == nil)   // all in one category: p̄e = 1
        #expect(Kappa.fleiss([]) == nil)
    }

    static func smallQuestionnaire(count: Int) throws -> Questionnaire {
        try Fixtures.load("""
            {\(Fixtures.pointsHeader) "groups": [\(Fixtures.group("A", first: 1, count: count))],
             "scoring": {"method": "lowest_group", "groups": ["A"]}}
            """)
    }

    /// The 2 × 2 textbook table again, from two real sessions (yes = 10, no = 0).
    @Test func cohenFromSessions() throws {
        let q = try Self.smallQuestionnaire(count: 50)
        var a = Fixtures.session(q), b = Fixtures.session(q)
        Fixtures.rate(&a, from: 1, angle: "method", runs: [(25, 10), (25, 0)])
        Fixtures.rate(&b, from: 1, angle: "method", runs: [(20, 10), (5, 0), (10, 10), (15, 0)])
        let report = Agreement.report([a, b], assessors: ["A", "B"], questionnaire: q)
        #expect(report.kind == .cohen)
        #expect(report.categories == ["0", "5", "10", "N/A"])
        let method = try #require(report.angles.first { $0.angle == "method" })
        #expect(method.items == 50)
        #expect(method.agreed == 35)
        #expect(method.exact == Fraction(7, 10))
        #expect(abs((method.kappa ?? 0) - 0.4) < 1e-12)
        // Nobody answered execution: no items, nothing left out, no kappa.
        let execution = try #require(report.angles.first { $0.angle == "execution" })
        #expect(execution.items == 0 && execution.leftOut == 0 && execution.kappa == nil && execution.exact == nil)
        #expect(report.overall.items == 50)
    }

    /// Three assessors on four criteria, worked by hand (categories 0, 5, 10, N/A).
    ///
    /// method:  c1 10,10,10 → (0,0,3,0)   c2 10,10,5 → (0,1,2,0)
    ///          c3  0, 5, 5 → (1,2,0,0)   c4  0, 0,0 → (3,0,0,0)
    ///   Σ n² = 9 + 5 + 5 + 9 = 28; P̄ = (28 − 4·3) / (4·3·2) = 16/24 = 2/3
    ///   columns 4, 3, 5, 0 of 12: P̄e = (16 + 9 + 25)/144 = 25/72
    ///   κ = (2/3 − 25/72) / (1 − 25/72) = (23/72) / (47/72) = 23/47; exact agreement 2 of 4
    /// execution: c1, c2, c4 all 10 (c3: the third assessor did not answer, left out)
    ///   every answer is 10, P̄e = 1: κ undefined; exact agreement 3 of 3
    /// all angles: 7 items; Σ n² = 28 + 3·9 = 55; P̄ = (55 − 21)/(7·3·2) = 34/42 = 17/21
    ///   columns 4, 3, 14, 0 of 21: P̄e = (16 + 9 + 196)/441 = 221/441
    ///   κ = (357 − 221)/441 ÷ (441 − 221)/441 = 136/220 = 34/55
    @Test func fleissFromSessions() throws {
        let q = try Self.smallQuestionnaire(count: 4)
        var a = Fixtures.session(q), b = Fixtures.session(q), c = Fixtures.session(q)
        Fixtures.rate(&a, from: 1, angle: "method", runs: [(2, 10), (2, 0)])
        Fixtures.rate(&b, from: 1, angle: "method", runs: [(2, 10), (1, 5), (1, 0)])
        Fixtures.rate(&c, from: 1, angle: "method", runs: [(1, 10), (2, 5), (1, 0)])
        Fixtures.rate(&a, from: 1, angle: "execution", runs: [(4, 10)])
        Fixtures.rate(&b, from: 1, angle: "execution", runs: [(4, 10)])
        Fixtures.rate(&c, from: 1, angle: "execution", runs: [(2, 10)])
        c.setAnswer(.rated(10), criterion: "4", angle: "execution", at: "t")
        let report = Agreement.report([a, b, c], assessors: ["A", "B", "C"], questionnaire: q)
        #expect(report.kind == .fleiss)
        let method = try #require(report.angles.first { $0.angle == "method" })
        #expect(method.items == 4 && method.agreed == 2 && method.leftOut == 0)
        #expect(method.observed == Fraction(2, 3))
        #expect(method.expected == Fraction(25, 72))
        #expect(abs((method.kappa ?? 0) - 23.0 / 47.0) < 1e-12)
        let execution = try #require(report.angles.first { $0.angle == "execution" })
        #expect(execution.items == 3 && execution.agreed == 3 && execution.leftOut == 1)
        #expect(execution.kappa == nil)
        #expect(execution.exact == Fraction(1))
        #expect(report.overall.items == 7 && report.overall.leftOut == 1)
        #expect(abs((report.overall.kappa ?? 0) - 34.0 / 55.0) < 1e-12)
    }

    /// N/A is its own category, whatever the reason given.
    @Test func notApplicableIsACategory() throws {
        let q = try Self.smallQuestionnaire(count: 2)
        var a = Fixtures.session(q), b = Fixtures.session(q)
        a.setAnswer(.notApplicable(reason: "no outbound"), criterion: "1", angle: "method", at: "t")
        b.setAnswer(.notApplicable(reason: "not offered"), criterion: "1", angle: "method", at: "t")
        a.setAnswer(.notApplicable(reason: "x"), criterion: "2", angle: "method", at: "t")
        b.setAnswer(.rated(0), criterion: "2", angle: "method", at: "t")
        let report = Agreement.report([a, b], assessors: ["A", "B"], questionnaire: q)
        let method = try #require(report.angles.first { $0.angle == "method" })
        // Table over (0, 5, 10, N/A): A N/A–B N/A once, A N/A–B 0 once.
        // p_o = 1/2; rows: N/A 2; columns: 0 1, N/A 1; p_e = (2·1)/4 = 1/2; κ = 0.
        #expect(method.agreed == 1)
        #expect(abs(method.kappa ?? 1) < 1e-12)
    }

    @Test func strengthWords() {
        #expect(AgreementBuilder.strength(-0.1, .en).hasPrefix("poor"))
        #expect(AgreementBuilder.strength(0.2, .en) == "slight")
        #expect(AgreementBuilder.strength(0.4, .en) == "fair")
        #expect(AgreementBuilder.strength(0.6, .en) == "moderate")
        #expect(AgreementBuilder.strength(0.62, .en) == "substantial")
        #expect(AgreementBuilder.strength(0.81, .en) == "almost perfect")
    }
}
