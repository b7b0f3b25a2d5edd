import Foundation
import Testing
@testable import MaturityCore

/// The questionnaires shipped in `Questionnaires/`, loaded from the repository.
enum BuiltIn {
    /// `<repo>/Questionnaires`, found from this file's place in `Tests/MaturityCoreTests/`.
    static let directory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // MaturityCoreTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // the repository
        .appendingPathComponent("Questionnaires").path

    static let ids = ["cc-cmm-oc", "see-cmm", "cccs-op-2003", "cccs-v7-outline"]

    /// Each file is parsed once for the whole test run.
    private static let loaded: [String: Result<Questionnaire, LoadError>] = {
        var result: [String: Result<Questionnaire, LoadError>] = [:]
        for id in ids { result[id] = loadFile(directory + "/" + id + ".json") }
        return result
    }()

    private static func loadFile(_ path: String) -> Result<Questionnaire, LoadError> {
        do { return .success(try QuestionnaireDecoder.load(path: path)) } catch { return .failure(error) }
    }

    static func load(_ id: String) throws -> Questionnaire {
        guard let result = loaded[id] else { throw LoadError(file: id, .unknownQuestionnaire(folder: nil, known: Array(loaded.keys))) }
        return try result.get()
    }

    static func session(_ q: Questionnaire, years: Int? = nil) -> Session { Fixtures.session(q, years: years) }

    static func rate(_ s: inout Session, _ id: String, _ method: Int, _ execution: Int) {
        s.setAnswer(.rated(method), criterion: id, angle: "method", at: "t")
        s.setAnswer(.rated(execution), criterion: id, angle: "execution", at: "t")
    }

    static func notApplicable(_ s: inout Session, _ id: String) {
        s.setAnswer(.notApplicable(reason: "not offered"), criterion: id, angle: "method", at: "t")
        s.setAnswer(.notApplicable(reason: "not offered"), criterion: id, angle: "execution", at: "t")
    }

    /// models.md §1 worked example: 1.0–4.0 method 123 at 10 and 27 at 5,
    /// execution 95 at 10 and 55 at 5; 5.0 all method 5, execution 0.
    static func ccmmWorkedExample(_ q: Questionnaire) -> Session {
        var s = session(q)
        for n in 1...150 { rate(&s, String(n), n <= 123 ? 10 : 5, n <= 95 ? 10 : 5) }
        for n in 151...170 { rate(&s, String(n), 5, 0) }
        return s
    }

    /// cccs-op-2003, a mixed session (categories 1–8: 5, 5, 7, 4, 9, 8, 4, 6 sub-items):
    ///   1 (10 points): all 10/10                         → 100/100 → 10
    ///   2 (10): all 10/5                                  → 75/100  → 7.5
    ///   3 (10): all 5/5                                   → 70/140  → 5
    ///   4 (15): 4.1, 4.2 at 10/10; 4.3, 4.4 at 0/0        → 40/80   → 7.5
    ///   5 (10): 5.1–5.8 at 10/10, 5.9 N/A                  → 160/160 → 10
    ///   6 (15): all 10/0                                  → 80/160  → 7.5
    ///   7 (10): 7.1–7.3 at 10/10, 7.4 at 5/0               → 65/80   → 8.125
    ///   8 (20): all 5/0                                   → 30/120  → 5
    /// Total 10 + 7.5 + 5 + 7.5 + 10 + 7.5 + 8.125 + 5 = 60.625 = 485/8 → shown "60.6", rounds to 61 → pass.
    static func cccsMixed(_ q: Questionnaire) -> Session {
        var s = session(q)
        for n in 1...5 { rate(&s, "1.\(n)", 10, 10) }
        for n in 1...5 { rate(&s, "2.\(n)", 10, 5) }
        for n in 1...7 { rate(&s, "3.\(n)", 5, 5) }
        for n in 1...4 { rate(&s, "4.\(n)", n <= 2 ? 10 : 0, n <= 2 ? 10 : 0) }
        for n in 1...8 { rate(&s, "5.\(n)", 10, 10) }
        notApplicable(&s, "5.9")
        for n in 1...8 { rate(&s, "6.\(n)", 10, 0) }
        for n in 1...3 { rate(&s, "7.\(n)", 10, 10) }
        rate(&s, "7.4", 5, 0)
        for n in 1...6 { rate(&s, "8.\(n)", 5, 0) }
        return s
    }

    /// cccs-v7-outline, a mixed session (modules M1–M9: 3, 3, 4, 4, 4, 4, 3, 4, 4 questions):
    ///   M1 all 10/10 → 100%           M2 all 10/5 → 75%             M3 all 5/5 → 50%
    ///   M4 three 10/10, one 0/0 → 60/80 = 75%                        M5 three 10/0, one 10/10 → 50/80 = 62.5%
    ///   M6 all 5/0 → 20/80 = 25% (the lowest)                        M7 all N/A → left out
    ///   M8 all 10/10 → 100%           M9 all 10/5 → 60/80 = 75%
    /// Three criteria N/A (M7), exactly the limit of 10% of 33.
    /// Mean of the eight scored modules: (100 + 75 + 50 + 75 + 62.5 + 25 + 100 + 75)/8 = 562.5/8 = 70.3125.
    static func outlineMixed(_ q: Questionnaire) -> Session {
        var s = session(q)
        for n in 1...3 { rate(&s, "M1.\(n)", 10, 10) }
        for n in 1...3 { rate(&s, "M2.\(n)", 10, 5) }
        for n in 1...4 { rate(&s, "M3.\(n)", 5, 5) }
        for n in 1...4 { rate(&s, "M4.\(n)", n <= 3 ? 10 : 0, n <= 3 ? 10 : 0) }
        for n in 1...4 { rate(&s, "M5.\(n)", 10, n <= 3 ? 0 : 10) }
        for n in 1...4 { rate(&s, "M6.\(n)", 5, 0) }
        for n in 1...3 { notApplicable(&s, "M7.\(n)") }
        for n in 1...4 { rate(&s, "M8.\(n)", 10, 10) }
        for n in 1...4 { rate(&s, "M9.\(n)", 10, 5) }
        return s
    }

    static func seeMixed(_ q: Questionnaire) -> Session {
        var s = session(q)
        LevelFixtures.answerMixed(&s)
        return s
    }
}

@Suite struct BuiltInQuestionnaireTests {
    // MARK: every file

    @Test func theLibraryFindsAllFourInOrder() throws {
        let library = QuestionnaireLibrary(directory: BuiltIn.directory)
        #expect(library.builtInPaths() == BuiltIn.ids.map { BuiltIn.directory + "/" + $0 + ".json" })
        for id in BuiltIn.ids {
            let q = try library.load(id)
            #expect(q.id == id)
            #expect(!q.version.isEmpty)
        }
    }

    @Test(arguments: BuiltIn.ids)
    func everyTextIsGivenInBothLanguages(_ id: String) throws {
        let q = try BuiltIn.load(id)
        func filled(_ text: LocalizedText) -> Bool {
            !text.zh.allSatisfy(\.isWhitespace) && !text.en.allSatisfy(\.isWhitespace)
        }
        #expect(filled(q.title))
        for criterion in q.criteria {
            #expect(filled(criterion.title), "criterion \(criterion.id) title")
            #expect(filled(criterion.statement), "criterion \(criterion.id) statement")
            for question in criterion.questions {
                #expect(filled(question.text), "criterion \(criterion.id) \(question.angle) text")
                #expect(filled(question.evidence), "criterion \(criterion.id) \(question.angle) evidence")
                #expect(question.guidance.keys.sorted() == q.scale.values, "criterion \(criterion.id) \(question.angle) guidance")
                #expect(question.guidance.values.allSatisfy(filled), "criterion \(criterion.id) \(question.angle) guidance text")
            }
        }
    }

    // MARK: CC-CMM-OC (models.md §1)

    @Test func ccmmHas170CriteriaNumberedInReadingOrder() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        #expect(q.criteria.count == 170)
        #expect(q.criteria.map(\.id) == (1...170).map(String.init))
        #expect(q.groups.map(\.id) == ["1.0", "2.0", "3.0", "4.0", "5.0"])
        let core = ["1.0", "2.0", "3.0", "4.0"].compactMap { q.group($0) }.flatMap(\.allCriteria)
        #expect(core.count == 150)
        #expect(core.map(\.id) == (1...150).map(String.init))
        #expect(q.group("5.0")?.allCriteria.map(\.id) == (151...170).map(String.init))
        #expect(q.questionCount == 340)
    }

    /// The sections whose numbering models.md §1 gives.
    @Test(arguments: [
        ("1.0", 1...38), ("1.1", 1...5), ("1.2", 6...10), ("1.3", 11...14), ("1.4", 15...19), ("1.5", 20...24),
        ("1.6", 25...35), ("1.7", 36...38), ("2.1", 39...67), ("2.2", 68...96),
    ] as [(String, ClosedRange<Int>)])
    func ccmmSectionsHoldTheirCriteria(_ section: String, _ range: ClosedRange<Int>) throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        #expect(q.group(section)?.allCriteria.map(\.id) == range.map(String.init))
    }

    @Test func ccmmEveryCriterionHasMethodAndExecution() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        #expect(q.angles.map(\.id) == ["method", "execution"])
        #expect(q.scale.values == [0, 5, 10])
        #expect(q.scale.allowsNotApplicable)
        for criterion in q.criteria {
            #expect(criterion.angleIDs == ["method", "execution"], "criterion \(criterion.id)")
            for question in criterion.questions {
                #expect(!question.text.zh.isEmpty && !question.text.en.isEmpty, "criterion \(criterion.id) \(question.angle)")
            }
        }
    }

    @Test func ccmmProvenanceSeparatesSourceFromReconstruction() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        for criterion in q.criteria {
            let number = Int(criterion.id) ?? 0
            #expect(criterion.provenance == (number <= 96 ? .source : .reconstructed), "criterion \(criterion.id)")
        }
        let notice = try #require(q.notice)
        #expect(!notice.zh.isEmpty && !notice.en.isEmpty)
    }

    /// A requirement as a key and its threshold, for comparing rule tables.
    static func key(_ requirement: Requirement) -> (String, Int) {
        switch requirement {
        case let .percent(scope, angle, atLeast): return ("\(scope).\(angle)", atLeast)
        case let .total(atLeast): return ("total", atLeast)
        case let .years(atLeast): return ("years", atLeast)
        }
    }

    @Test func ccmmLevelTableIsTheOneOfModelsMd() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        guard case let .levels(rules) = q.scoring else { Issue.record("cc-cmm-oc does not score by levels"); return }
        #expect(rules.counting == .strict)
        #expect(rules.scopes.map(\.id) == ["core", "innovation"])
        #expect(rules.scope("core")?.groups == ["1.0", "2.0", "3.0", "4.0"])
        #expect(rules.scope("innovation")?.groups == ["5.0"])
        #expect(rules.unrated.id == "L0")
        #expect(rules.unrated.name == LocalizedText(zh: "未定级", en: "Not rated"))
        #expect(rules.levels.map(\.id) == ["L1", "L2", "L3", "L4", "L5"])
        #expect(rules.levels.map(\.name.zh) == ["应用级", "专业级", "标杆级", "精益级", "卓越级"])
        #expect(rules.levels.map(\.name.en) == ["Applied", "Professional", "Benchmark", "Lean", "Excellent"])

        // models.md §1, row by row: what each level's own row states.
        let rows: [[String: Int]] = [
            ["core.method": 80, "core.execution": 60, "total": 2250],
            ["core.method": 90, "core.execution": 70, "total": 2500],
            ["core.method": 100, "core.execution": 80, "total": 2750, "years": 2],
            ["core.execution": 90, "innovation.method": 80, "innovation.execution": 70, "total": 3200, "years": 3],
            ["core.execution": 100, "innovation.method": 100, "innovation.execution": 90, "total": 3380, "years": 5],
        ]
        // What holding the level takes, levels being cumulative: the strictest threshold so far.
        let cumulative: [[String: Int]] = [
            rows[0], rows[1], rows[2],
            ["core.method": 100, "core.execution": 90, "innovation.method": 80, "innovation.execution": 70, "total": 3200, "years": 3],
            ["core.method": 100, "core.execution": 100, "innovation.method": 100, "innovation.execution": 90, "total": 3380, "years": 5],
        ]
        var strictest: [String: Int] = [:]
        for (index, level) in rules.levels.enumerated() {
            var own: [String: Int] = [:]
            for requirement in level.requirements {
                let (name, value) = Self.key(requirement)
                #expect(own[name] == nil, "\(level.id) states \(name) twice")
                own[name] = value
                strictest[name] = max(strictest[name] ?? 0, value)
            }
            for (name, value) in rows[index] {
                #expect(own[name] == value, "\(level.id) \(name)")
            }
            #expect(strictest == cumulative[index], "\(level.id) cumulative")
        }
    }

    @Test func ccmmWorkedExampleAgainstTheRealFile() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        let s = BuiltIn.ccmmWorkedExample(q)
        // total = 123·10 + 27·5 + 95·10 + 55·5 + 20·5 = 1230 + 135 + 950 + 275 + 100 = 2690
        let strict = Scorer.score(s, with: q)
        #expect(strict.counting == .strict)
        #expect(strict.total == 2690)
        #expect(strict.fullMaximum == 3400)
        #expect(strict.provisional == false)
        guard case let .levels(strictOutcome) = strict.outcome else { Issue.record("not a levels outcome"); return }
        // method 123/150 = 82% ≥ 80, execution 95/150 ≈ 63.3% ≥ 60 → L1; L2 needs 90% method.
        #expect(strictOutcome.achievedID == "L1")
        #expect(strictOutcome.levels[0].requirements.map(\.actual) == [Fraction(82), Fraction(190, 3), Fraction(2690)])
        #expect(strictOutcome.next?.rule.id == "L2")

        let weighted = Scorer.score(s, with: q, counting: .weighted)
        #expect(weighted.counting == .weighted)
        #expect(weighted.total == 2690)
        guard case let .levels(weightedOutcome) = weighted.outcome else { Issue.record("not a levels outcome"); return }
        // method (1230 + 135)/1500 = 91%, execution (950 + 275)/1500 = 1225/15 ≈ 81.7% → L2;
        // L3 needs 100% method.
        #expect(weightedOutcome.achievedID == "L2")
        #expect(weightedOutcome.levels[1].requirements.map(\.actual) == [Fraction(91), Fraction(245, 3), Fraction(2690)])
    }

    @Test(arguments: [(5, "L5"), (4, "L4"), (3, "L4"), (2, "L3"), (1, "L2")] as [(Int, String)])
    func ccmmAllTopRatingsClimbAsFarAsTheYearsAllow(_ years: Int, _ level: String) throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q, years: years)
        for n in 1...170 { BuiltIn.rate(&s, String(n), 10, 10) }
        let card = Scorer.score(s, with: q)
        #expect(card.total == 3400)        // 170 × 20
        #expect(card.provisional == false)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == level)
        if level == "L5" { #expect(outcome.next == nil) }
    }

    @Test func ccmmAllTopWithoutYearsStopsAtL2() throws {
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q)
        for n in 1...170 { BuiltIn.rate(&s, String(n), 10, 10) }
        guard case let .levels(outcome) = Scorer.score(s, with: q).outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == "L2")       // L3 needs 2 years, which the profile does not give
        #expect(outcome.next?.requirements.last?.met == false)
    }

    @Test(arguments: [(2, 3390, "L5"), (3, 3385, "L4")] as [(Int, Int, String)])
    func ccmmInnovationExecutionEdgeOfL5(_ fives: Int, _ total: Int, _ level: String) throws {
        // Everything 10/10 except `fives` criteria of 5.0 with execution 5:
        // 2 → 18/20 = 90% ≥ 90 and 3400 − 10 = 3390 ≥ 3380 → L5;
        // 3 → 17/20 = 85% < 90 → L4 (3385 still ≥ 3200; 5.0 execution 85% ≥ 70).
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q, years: 5)
        for n in 1...170 { BuiltIn.rate(&s, String(n), 10, n > 170 - fives ? 5 : 10) }
        let card = Scorer.score(s, with: q)
        #expect(card.total == total)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == level)
    }

    @Test func ccmmNotApplicableScalesTheL5Total() throws {
        // 141–150 N/A, the rest 10/10, five years. Applicable maximum 3400 − 10 × 20 = 3200 = the total.
        // L5's total scales to ⌈3380 × 3200 / 3400⌉ = ⌈3181.18…⌉ = 3182 ≤ 3200; core 140/140 = 100% → L5.
        let q = try BuiltIn.load("cc-cmm-oc")
        var s = BuiltIn.session(q, years: 5)
        for n in 1...170 {
            if (141...150).contains(n) { BuiltIn.notApplicable(&s, String(n)) } else { BuiltIn.rate(&s, String(n), 10, 10) }
        }
        let card = Scorer.score(s, with: q)
        #expect(card.total == 3200)
        #expect(card.applicableMaximum == 3200)
        #expect(card.notApplicable == 20)
        #expect(card.provisional == false)
        guard case let .levels(outcome) = card.outcome else { Issue.record("not a levels outcome"); return }
        #expect(outcome.achievedID == "L5")
        let total = try #require(outcome.levels[4].requirements.first { if case .total = $0.requirement { return true } else { return false } })
        #expect(total.required == Fraction(3182))
    }

    // MARK: SEE-CMM (models.md §2)

    @Test func seeHasEightCriteriaWithTheirAspects() throws {
        let q = try BuiltIn.load("see-cmm")
        #expect(q.criteria.map(\.id) == (1...8).map(String.init))
        #expect(q.scale.values == [1, 2, 3, 4])
        #expect(q.scale.allowsNotApplicable)
        for criterion in q.criteria {
            let number = Int(criterion.id) ?? 0
            let expected = number <= 5 ? ["approach", "deployment", "feedback"] : ["trend", "target", "comparison", "cause", "scope"]
            #expect(criterion.angleIDs == expected, "criterion \(criterion.id)")
        }
        #expect(q.questionCount == 30)    // 5 × 3 + 3 × 5
        // Answer ids as CSV imports address them: "1.approach" … "8.scope".
        let answerIDs = q.criteria.flatMap { criterion in criterion.questions.map { "\(criterion.id).\($0.angle)" } }
        #expect(answerIDs.count == 30)
        #expect(answerIDs.prefix(3) == ["1.approach", "1.deployment", "1.feedback"])
        #expect(answerIDs.contains("6.trend") && answerIDs.last == "8.scope")
        #expect(q.criteria.map(\.title.en) == ["Leadership", "Policy & strategy", "People development", "Activity (process) management",
                                                "Knowledge & innovation", "Customer & channel experience",
                                                "Employee & supplier productivity", "Business impact"])
        #expect(q.notApplicableIsPerCriterion == false)
        #expect(AnswerImport.expectedHeader(for: q) == ["id", "level", "note"])
        guard case let .meanLevel(rules) = q.scoring else { Issue.record("see-cmm does not score by mean level"); return }
        #expect(rules.levels.map(\.id) == ["1", "2", "3", "4"])
        #expect(rules.levels.map(\.name.zh) == ["被动响应", "积极主动", "以客户为中心", "企业效益最大化"])
        #expect(rules.levels.map(\.name.en) == ["Reactive", "Proactive", "Customer-centric", "Enterprise-value maximising"])
    }

    @Test(arguments: [1, 2, 3, 4])
    func seeEveryAspectAtOneLevelGivesThatLevel(_ level: Int) throws {
        let q = try BuiltIn.load("see-cmm")
        var s = BuiltIn.session(q)
        for criterion in q.criteria {
            for question in criterion.questions { s.setAnswer(.rated(level), criterion: criterion.id, angle: question.angle, at: "t") }
        }
        let card = Scorer.score(s, with: q)
        #expect(card.provisional == false)
        let outcome = try #require(LevelFixtures.meanLevel(card))
        #expect(outcome.overall == Fraction(level))
        #expect(outcome.level?.id == String(level))
    }

    @Test func seeMixedSessionScoresByHand() throws {
        let q = try BuiltIn.load("see-cmm")
        let card = Scorer.score(BuiltIn.seeMixed(q), with: q)
        #expect(card.provisional == false)
        let outcome = try #require(LevelFixtures.meanLevel(card))
        // See LevelFixtures.mixed: 22/8 = 2.75 → level 2 (Proactive); weakest criterion 3 at 5/3.
        #expect(outcome.overall == Fraction(11, 4))
        #expect(outcome.level?.id == "2")
        #expect(outcome.level?.name.en == "Proactive")
        #expect(outcome.weakest?.criterionID == "3")
    }

    // MARK: CCCS-OP-2003 (models.md §3)

    @Test func cccsHas48SubItemsInEightWeightedCategories() throws {
        let q = try BuiltIn.load("cccs-op-2003")
        let counts = [5, 5, 7, 4, 9, 8, 4, 6]
        let expected = counts.enumerated().flatMap { index, count in (1...count).map { "\(index + 1).\($0)" } }
        #expect(expected.count == 48)
        #expect(q.criteria.map(\.id) == expected)
        #expect(q.groups.map(\.id) == (1...8).map(String.init))
        for criterion in q.criteria { #expect(criterion.angleIDs == ["method", "execution"], "sub-item \(criterion.id)") }
        guard case let .weightedBands(rules) = q.scoring else { Issue.record("cccs-op-2003 does not score by bands"); return }
        #expect(rules.weights.map(\.group) == (1...8).map(String.init))
        #expect(rules.weights.map(\.points) == [10, 10, 10, 15, 10, 15, 10, 20])
        #expect(rules.weights.reduce(0) { $0 + $1.points } == 100)
        #expect(rules.bands.map(\.id) == ["five-star", "pass", "conditional", "fail"])
        #expect(rules.bands.map(\.minimum) == [81, 61, 41, 0])
    }

    @Test func cccsAllTopRatingsAreFiveStar() throws {
        let q = try BuiltIn.load("cccs-op-2003")
        var s = BuiltIn.session(q)
        for criterion in q.criteria { BuiltIn.rate(&s, criterion.id, 10, 10) }
        let outcome = try #require(BandFixtures.bands(Scorer.score(s, with: q)))
        // Every category scores its full points: 10 + 10 + 10 + 15 + 10 + 15 + 10 + 20 = 100.
        #expect(outcome.categories.map(\.score) == [10, 10, 10, 15, 10, 15, 10, 20].map { Fraction($0) })
        #expect(outcome.total == Fraction(100))
        #expect(outcome.total.formatted(places: 1) == "100.0")
        #expect(outcome.band?.id == "five-star")
    }

    @Test func cccsMixedSessionScoresByHand() throws {
        let q = try BuiltIn.load("cccs-op-2003")
        let card = Scorer.score(BuiltIn.cccsMixed(q), with: q)
        #expect(card.provisional == false)
        #expect(card.notApplicable == 2)
        let outcome = try #require(BandFixtures.bands(card))
        #expect(outcome.categories.map(\.score) == [Fraction(10), Fraction(15, 2), Fraction(5), Fraction(15, 2),
                                                    Fraction(10), Fraction(15, 2), Fraction(65, 8), Fraction(5)])
        #expect(outcome.total == Fraction(485, 8))                  // 60.625
        #expect(outcome.total.formatted(places: 1) == "60.6")
        #expect(outcome.wholeTotal == 61)                           // 60.625 rounds half up to 61
        #expect(outcome.band?.id == "pass")
    }

    // MARK: CCCS 7th edition outline (models.md §4)

    @Test func outlineHasNineModulesAndItsNotice() throws {
        let q = try BuiltIn.load("cccs-v7-outline")
        let modules = (1...9).map { "M\($0)" }
        #expect(q.groups.map(\.id) == modules)
        #expect(q.groups.map(\.title.en) == ["Positioning & direction", "Customer management", "Strategic planning",
                                             "Technology application", "Intelligent operations management",
                                             "Remote service & business", "Process management", "People management",
                                             "Performance management"])
        #expect(q.criteria.count == 33)   // README: 9 modules, 33 questions
        #expect(q.criteria.allSatisfy { $0.provenance == .outline })
        guard case let .lowestGroup(rules) = q.scoring else { Issue.record("cccs-v7-outline does not score by lowest group"); return }
        #expect(rules.groups == modules)
        let notice = try #require(q.notice)
        #expect(!notice.zh.allSatisfy(\.isWhitespace) && !notice.en.allSatisfy(\.isWhitespace))
    }

    @Test func outlineAllTopRatingsHeadlineHundred() throws {
        let q = try BuiltIn.load("cccs-v7-outline")
        var s = BuiltIn.session(q)
        for criterion in q.criteria { BuiltIn.rate(&s, criterion.id, 10, 10) }
        let card = Scorer.score(s, with: q)
        let outcome = try #require(LowestGroupScoringTests.outcome(card))
        #expect(outcome.groups.allSatisfy { $0.percent == Fraction(100) })
        #expect(outcome.headline?.percent == Fraction(100))
        #expect(outcome.mean == Fraction(100))
        #expect(card.total == 660)   // 33 × 20
    }

    @Test func outlineMixedSessionScoresByHand() throws {
        let q = try BuiltIn.load("cccs-v7-outline")
        let card = Scorer.score(BuiltIn.outlineMixed(q), with: q)
        #expect(card.provisional == false)
        let outcome = try #require(LowestGroupScoringTests.outcome(card))
        #expect(outcome.groups.map(\.percent) == [Fraction(100), Fraction(75), Fraction(50), Fraction(75), Fraction(125, 2),
                                                  Fraction(25), nil, Fraction(100), Fraction(75)])
        #expect(outcome.headline?.groupID == "M6")
        #expect(outcome.headline?.percent == Fraction(25))
        #expect(outcome.mean == Fraction(1125, 16))                 // 562.5/8 = 70.3125
        #expect(outcome.mean?.formatted(places: 1) == "70.3")
    }
}
