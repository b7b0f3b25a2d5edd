import MaturityCore
import Testing
@testable import MaturityTUI

/// The profile form's hint on years in operation is read from the level rules
/// of the questionnaire at hand, not written for one model.
@Suite struct YearsHintTests {
    @Test func theHintNamesEachLevelThatAsksForYearsWithItsThreshold() throws {
        let q = try TUIFixtures.questionnaire()   // its L2 asks for 2 years
        #expect(ProfileView.yearsHint(q, UIText(.en)) == "Years in operation decide L2 (≥ 2).")
        #expect(ProfileView.yearsHint(q, UIText(.zh)) == "运营年限影响 L2（≥2 年）的判定。")
    }

    @Test func theBuiltInModelGetsItsThreeThresholds() throws {
        let q = try QuestionnaireLibrary(directory: EndToEndTests.root.path + "/Questionnaires").load("cc-cmm-oc")
        #expect(ProfileView.yearsHint(q, UIText(.en)) == "Years in operation decide L3 (≥ 2), L4 (≥ 3), L5 (≥ 5).")
    }

    @Test func noHintWhereNoLevelAsksForYears() throws {
        var q = try TUIFixtures.questionnaire()
        guard case var .levels(rules) = q.scoring else { Issue.record("the fixture has levels"); return }
        for index in rules.levels.indices {
            rules.levels[index].requirements.removeAll { if case .years = $0 { return true }; return false }
        }
        q.scoring = .levels(rules)
        #expect(ProfileView.yearsHint(q, UIText(.en)) == nil)
        let see = try QuestionnaireLibrary(directory: EndToEndTests.root.path + "/Questionnaires").load("see-cmm")
        #expect(ProfileView.yearsHint(see, UIText(.en)) == nil)
    }
}
