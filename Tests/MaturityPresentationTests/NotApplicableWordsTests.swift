import MaturityCore
@testable import MaturityPresentation
import Testing

/// The words of models.md §6 on the scorecard `ccmm score` prints: N/A
/// beside its limit, withheld results, progress in rating changes with what
/// no rating can meet apart, and provisional results with how much is answered.
struct NotApplicableWordsTests {
    static func text(_ q: Questionnaire, _ s: Session, _ language: Language) -> String {
        let card = Scorer.score(s, with: q)
        return TerminalWriter.write(ScorecardBuilder(card, questionnaire: q, session: s, catalog: Catalog(language)).document())
    }

    static func notApplicable(_ s: inout Session, _ criterion: Criterion) {
        for question in criterion.questions { s.setAnswer(.notApplicable(reason: "x"), criterion: criterion.id, angle: question.angle, at: "t") }
    }

    @Test func oneCriterionRatedAndTheRestNotApplicableSaysWhyAndWhatResolvesIt() throws {
        let q = try Shipped.load("cc-cmm-oc")
        var s = Shipped.session(q, years: 6)
        for criterion in q.criteria {
            if criterion.id == "1" { Shipped.rate(&s, q, criterion, 10) } else { Self.notApplicable(&s, criterion) }
        }
        let en = Self.text(q, s, .en)
        #expect(en.contains("1.0–4.0: 149 criteria N/A, at most 15; 5.0 Innovation: 20 criteria N/A, at most 2"))
        #expect(en.contains("L0 Not rated"))
        // 149 − 15 = 134 must be answered; no rating change helps.
        #expect(en.contains("L1 Applied — no rating changes this; needs 134 N/A criteria answered in 1.0–4.0"))
        let zh = Self.text(q, s, .zh)
        #expect(zh.contains("1.0–4.0：不适用 149 条，上限 15 条；5.0 创新与提高：不适用 20 条，上限 2 条"))
    }

    @Test func progressCountsRatingChangesAndYearsApart() throws {
        // As ProgressAndCompletenessTests: L3 held, L4 needs nine 5 → 10 in 5.0 method and 3 years (2 now).
        let q = try Shipped.load("cc-cmm-oc")
        var s = Shipped.session(q, years: 2)
        for criterion in q.criteria {
            let n = Int(criterion.id) ?? 0
            Shipped.rate(&s, q, criterion, 10)
            if n >= 158 { s.setAnswer(.rated(5), criterion: criterion.id, angle: "method", at: "t") }
        }
        #expect(Self.text(q, s, .en).contains("Next level  L4 Lean — 9 rating changes, and 1 more year in operation"))
        #expect(Self.text(q, s, .zh).contains("L4 精益级——还需 9 处评分改动，另需再运营 1 年"))
        #expect(Self.text(q, s, .en).contains("4 of 6 requirements met"))
    }

    @Test func seeWithFourAspectsNotApplicableIsWithheldInWords() throws {
        let q = try Shipped.load("see-cmm")
        var s = Shipped.session(q)
        // Every aspect at level 3, then four of them (criterion 1's three and one of criterion 2's) N/A.
        for criterion in q.criteria { Shipped.rate(&s, q, criterion, 3) }
        let first = try #require(q.criteria.first)
        Self.notApplicable(&s, first)
        let other = try #require(q.criteria.dropFirst().first?.questions.first)
        s.setAnswer(.notApplicable(reason: "x"), criterion: q.criteria[1].id, angle: other.angle, at: "t")
        #expect(Self.text(q, s, .en).contains("withheld: 4 aspects N/A, at most 3 (overall score 3.00, for information only)"))
    }

    @Test func seeProvisionalHeadlineSaysHowMuchIsAnsweredAndThatTheRestIsLeftOut() throws {
        let q = try Shipped.load("see-cmm")
        var s = Shipped.session(q)
        for criterion in q.criteria.prefix(2) { Shipped.rate(&s, q, criterion, 2) }   // 3 + 3 aspects
        let en = Self.text(q, s, .en)
        #expect(en.contains("Maturity level     2 Proactive (overall score 2.00) (provisional: 6 of 30 aspects answered, the rest left out)"))
        #expect(Self.text(q, s, .zh).contains("暂定：已答 6/30 个方面，未答的不计入"))
    }

    @Test func opWithTheResultsCategoryNotApplicableIsWithheldWithTheTotalKept() throws {
        let q = try Shipped.load("cccs-op-2003")
        var s = Shipped.session(q)
        for criterion in q.criteria {
            if criterion.id.hasPrefix("8.") { Self.notApplicable(&s, criterion) } else { Shipped.rate(&s, q, criterion, 10) }
        }
        let en = Self.text(q, s, .en)
        #expect(en.contains("Outcome  withheld: N/A leaves out 20 of 100 points, at most 10 (the total is for information only)"))
        #expect(en.contains("100.0 / 100"))
    }
}
