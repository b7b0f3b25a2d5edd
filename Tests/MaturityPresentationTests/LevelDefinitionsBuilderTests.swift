import MaturityCore
@testable import MaturityPresentation
import Testing

/// The level ladder's definitions (models.md §6): every surface takes them
/// from LevelDefinitionsBuilder, and the conditions no rating captures are
/// named as the certifying body's.
struct LevelDefinitionsBuilderTests {
    static func rules(_ q: Questionnaire) -> LevelRules? {
        if case let .levels(rules) = q.scoring { return rules }
        return nil
    }

    @Test func everyCCMMLevelHasItsDefinitionInBothLanguages() throws {
        let rules = try #require(Self.rules(try Shipped.load("cc-cmm-oc")))
        let zh = LevelDefinitionsBuilder(rules, catalog: .zh).rows
        let en = LevelDefinitionsBuilder(rules, catalog: .en).rows
        #expect(zh.map(\.level) == ["L1 应用级", "L2 专业级", "L3 标杆级", "L4 精益级", "L5 卓越级"])
        #expect(en.map(\.level) == ["L1 Applied", "L2 Professional", "L3 Benchmark", "L4 Lean", "L5 Excellent"])
        #expect(zh.map(\.unscored.count) == [0, 1, 2, 1, 3])
        #expect(zh[2].unscored.contains { $0.contains("标杆测评") })
        #expect(en[2].unscored.contains { $0.contains("external benchmark test") })
        #expect(zh.allSatisfy { !$0.meaning.isEmpty } && en.allSatisfy { !$0.meaning.isEmpty })
    }

    @Test func theDocumentNamesWhoChecksTheUnscoredConditions() throws {
        let rules = try #require(Self.rules(try Shipped.load("cc-cmm-oc")))
        let doc = LevelDefinitionsBuilder(rules, catalog: .en).document()
        #expect(doc.blocks.first == .heading("Level definitions"))
        // L1: definition only; L2: definition, label, one condition.
        guard doc.blocks.count > 4, case let .paragraph(l1) = doc.blocks[1], case let .paragraph(l2) = doc.blocks[2],
              case let .paragraph(label) = doc.blocks[3], case let .list(l2Conditions) = doc.blocks[4] else {
            Issue.record("unexpected blocks: \(doc.blocks)"); return
        }
        #expect(l1.hasPrefix("L1 Applied: "))
        #expect(l2.hasPrefix("L2 Professional: "))
        #expect(label == "Checked by the certifying body, not scored by ccmm; never changes the computed level:")
        #expect(l2Conditions.count == 1)
        // 5 definitions, and a label and a list for each of L2–L5.
        #expect(doc.blocks.count == 1 + 5 + 2 * 4)
    }

    @Test func aModelWithoutDefinitionsAddsNothing() throws {
        var q = try Shipped.load("cc-cmm-oc")
        guard case var .levels(rules) = q.scoring else { Issue.record("not a levels model"); return }
        for index in rules.levels.indices {
            rules.levels[index].meaning = nil
            rules.levels[index].unscoredConditions = []
        }
        q.scoring = .levels(rules)
        #expect(LevelDefinitionsBuilder(rules, catalog: .zh).document().blocks.isEmpty)
        let s = Shipped.session(q)
        let doc = ScorecardBuilder(Scorer.score(s, with: q), questionnaire: q, session: s, catalog: .en).document()
        #expect(!doc.blocks.contains(.heading("Level definitions")))
    }

    /// `ccmm score` shows the definitions right after the ladder, in the session's language.
    @Test(arguments: [Language.zh, .en])
    func theScorecardShowsThemAfterTheLadder(_ language: Language) throws {
        let q = try Shipped.load("cc-cmm-oc")
        let s = Shipped.session(q, language: language)
        let c = Catalog(language)
        let doc = ScorecardBuilder(Scorer.score(s, with: q), questionnaire: q, session: s, catalog: c).document()
        let ladder = try #require(doc.blocks.firstIndex(of: .heading(c(.levelLadder))))
        #expect(doc.blocks[ladder + 2] == .heading(c(.levelDefinitions)))
        let text = TerminalWriter.write(doc)
        #expect(text.contains(c(.checkedByCertifier)))
        #expect(text.contains(language == .zh ? "标杆测评" : "external benchmark test"))
    }
}
