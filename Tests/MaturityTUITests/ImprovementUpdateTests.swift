import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// The evidence and action keys of the wizard, as pure state changes.
@Suite struct ImprovementUpdateTests: PressesKeys {
    @Test func evidenceFormRefusesAnEmptyTitleAndAWrongDateThenSaves() throws {
        var state = try TUIFixtures.state()
        state.today = "2026-11-30"
        _ = press(chars("va"), &state)
        #expect(state.form != nil)
        #expect(press([.function(2)], &state) == [])              // no title yet
        #expect(state.form?.focus == 0)
        #expect(state.form?.error != nil)
        _ = press(chars("现场巡查"), &state)
        _ = press([.tab, .right, .right, .tab, .tab], &state)      // kind: observation; on "seen on"
        for _ in 0..<10 { _ = press([.backspace], &state) }
        _ = press(chars("2026-02-30"), &state)
        #expect(press([.function(2)], &state) == [])              // not a real day
        #expect(state.form?.focus == 3)
        for _ in 0..<10 { _ = press([.backspace], &state) }
        _ = press(chars("2026-02-28"), &state)
        #expect(press([.function(2)], &state) == [.save])
        let item = try #require(state.assessment?.session.answers["1"]?.evidence.first)
        #expect(item == EvidenceItem(title: "现场巡查", kind: .observation, seenOn: "2026-02-28"))
        // Removing asks first.
        _ = press(chars("d"), &state)
        #expect(state.confirmingRemoval)
        #expect(press(chars("y"), &state) == [.save])
        #expect(state.assessment?.session.answers["1"]?.evidence.isEmpty ?? true)
    }

    @Test func topRatedWithoutEvidenceFilter() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("33"), &state)          // criterion 1: 10/10, no evidence
        _ = press(chars("25"), &state)          // criterion 2: 5 and … (not a top rating on method)
        state.filter = .topWithoutEvidence
        #expect(state.filteredIndices() == [0])
        state.assessment?.session.update(criterion: "1", at: "t") { $0.evidence = [EvidenceItem(title: "log", kind: .record)] }
        #expect(state.filteredIndices() == [])
    }

    @Test func gapPlanBecomesActionsGroupedAsChosen() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("p"), &state)
        let plan = try #require(state.plan)
        #expect(!plan.changes.isEmpty)
        _ = press(chars("a"), &state)
        #expect(state.choosingGrouping)
        #expect(press(chars("1"), &state) == [.save])            // one action per criterion
        let actions = try #require(state.assessment?.session.actions)
        #expect(actions.count == plan.byCriterion.count)
        #expect(actions.map(\.targets) == plan.byCriterion.map { group in
            group.changes.map { ActionTarget(criterionID: $0.criterionID, angle: $0.angle, rating: $0.to) }
        })
        guard case .actions = state.screen else { Issue.record("expected the actions screen"); return }
        // Every change is covered by a live action.
        #expect(state.assessment?.coverage?.coverage.coveredChanges == plan.changes.count)
    }

    /// The read-only line is already the whole sentence; the plan, evidence and
    /// action keys once wrapped it again ("Read-only: Read-only: … is editing …").
    @Test func readOnlyRefusalsSayTheReadOnlyLineOnce() throws {
        var state = try TUIFixtures.state(language: .en)
        let line = state.text.readOnly(.heldBy(LockHolder(pid: 42, host: "pc1", user: "alice", since: "09:30")))
        #expect(line == "Read-only: alice@pc1 (pid 42, since 09:30) is editing this assessment")
        state.readOnly = line
        _ = press(chars("p"), &state)
        _ = press(chars("a"), &state)                             // make actions from the plan
        #expect(state.message == line)
        #expect(!state.choosingGrouping)
        _ = press([.escape], &state)
        _ = press(chars("va"), &state)                            // add evidence
        #expect(state.message == line)
        #expect(state.form == nil)
    }

    @Test func actionsSortByDueDateAndFilterByStatusAndOwner() throws {
        var state = try TUIFixtures.state()
        state.assessment?.session.actions = [
            ImprovementAction(id: "A1", title: "one", owner: "王", due: "2027-06-30", status: .planned),
            ImprovementAction(id: "A2", title: "two", owner: "李", due: "", status: .done),
            ImprovementAction(id: "A3", title: "three", owner: "王", due: "2027-01-31", status: .planned),
        ]
        _ = press(chars("t"), &state)
        #expect(state.visibleActions().map(\.id) == ["A1", "A2", "A3"])
        _ = press(chars("s"), &state)                             // by due date, undated last
        #expect(state.visibleActions().map(\.id) == ["A3", "A1", "A2"])
        _ = press(chars("f"), &state)                             // planned only
        #expect(state.visibleActions().map(\.id) == ["A3", "A1"])
        _ = press(chars("ff"), &state)                            // in progress, then done
        #expect(state.visibleActions().map(\.id) == ["A2"])
        _ = press(chars("ff"), &state)                            // dropped, then all again
        #expect(state.actionStatusFilter == nil)
        _ = press(chars("w"), &state)                             // the first owner
        #expect(state.visibleActions().map(\.id) == ["A3", "A1"])
        _ = press(chars("ww"), &state)                            // the second owner, then all
        #expect(state.actionOwnerFilter == nil)
        // Editing the first listed action: its status cycles with → and is saved.
        _ = press([.enter, .down, .down, .down, .right, .right, .function(2)], &state)
        #expect(state.assessment?.session.actions.first { $0.id == "A3" }?.status == .done)
    }
}
