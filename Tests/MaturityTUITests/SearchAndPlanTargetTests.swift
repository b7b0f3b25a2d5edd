import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// `/` in the outline and the gap plan's target, through the pure update.
@Suite struct SearchAndPlanTargetTests: PressesKeys {
    @Test func searchFindsChineseAndEnglishTextAndSteps() throws {
        var state = try TUIFixtures.state(language: .en)
        _ = press([.character("o"), .character("/")] + chars("排班") + [.enter], &state)
        // "排班流程" is criterion 3's Chinese title: found from the English interface.
        #expect(state.search?.matches == [2])
        #expect(state.filteredIndices()[state.outlineSelection] == 2)
        #expect(state.message == "\"排班\": match 1 of 1 (Tab next, Shift-Tab previous)")
        // "written" is in every criterion's English question: four matches, Tab walks them and wraps.
        _ = press([.character("/")] + chars("WRITTEN") + [.enter], &state)
        #expect(state.search?.matches == [0, 1, 2, 3])
        #expect(state.filteredIndices()[state.outlineSelection] == 3)   // the first after the selection
        _ = press([.tab], &state)
        #expect(state.filteredIndices()[state.outlineSelection] == 0)
        _ = press([.backTab], &state)
        #expect(state.filteredIndices()[state.outlineSelection] == 3)
        #expect(state.message == "\"WRITTEN\": match 4 of 4 (Tab next, Shift-Tab previous)")
        _ = press([.enter], &state)
        #expect(state.current == 3)
    }

    @Test func searchLiftsAFilterThatHidesTheMatchAndSaysWhenNothingMatches() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("33"), &state)                          // criterion 1 answered
        _ = press([.character("o"), .character("u")], &state)   // unanswered only: 2, 3, 4
        _ = press([.character("/")] + chars("culture") + [.enter], &state)
        #expect(state.filter == .all)
        #expect(state.filteredIndices()[state.outlineSelection] == 0)
        _ = press([.character("/")] + chars("IVR") + [.enter], &state)
        #expect(state.search == nil)
        #expect(state.message == "没有条目包含「IVR」")
        _ = press([.tab], &state)
        #expect(state.message == "先按 / 搜索")
    }

    @Test func planTargetsAnyLevel() throws {
        var state = try TUIFixtures.state(language: .en, years: 3)
        _ = press([.character("p")], &state)
        #expect(state.plan?.target.id == "L1")
        _ = press([.right], &state)          // next → L1 → L2
        #expect(state.planTarget == .named("L1"))
        _ = press([.right], &state)
        #expect(state.planTarget == .named("L2"))
        // L2 needs every method at 10 (4 changes) and L1's 40 points (4 × 10 = 40): 4 changes.
        let plan = try #require(state.plan)
        #expect(plan.target.id == "L2")
        #expect(plan.changes.count == 4)
        #expect(plan.changes.allSatisfy { $0.angle == "method" && $0.to == 10 })
        _ = press([.right], &state)          // wraps to "next"
        #expect(state.planTarget == .next)
        _ = press([.left], &state)
        #expect(state.planTarget == .named("L2"))
        let lines = WizardView.render(state, size: Size(rows: 24, cols: 80)).grid.text()
        #expect(lines.contains { $0.contains("L0 Not rated  →  L2 Professional") })
    }
}
