import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

@Suite struct UpdateTests: PressesKeys {
    @Test func quickKeysAnswerAndMoveOn() throws {
        var state = try TUIFixtures.state()
        let effects = press(chars("32"), &state)
        #expect(effects == [.save, .save])
        let session = try #require(state.assessment?.session)
        #expect(session.answer("1", "method") == .rated(10))
        #expect(session.answer("1", "execution") == .rated(5))
        // Both angles answered: the wizard is on criterion 2, method focused.
        #expect(state.current == 1)
        #expect(state.focus == 0)
        #expect(session.position == "2")
        // The scorecard follows every answer: 15 points of 80.
        #expect(state.assessment?.scorecard.total == 15)
    }

    @Test func changingAnAnswerLater() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("32"), &state)
        _ = press([.character(",")], &state)        // back to criterion 1
        #expect(state.current == 0)
        _ = press([.down, .character("3")], &state)  // execution 5 → 10
        #expect(state.assessment?.session.answer("1", "execution") == .rated(10))
        #expect(state.assessment?.scorecard.total == 20)
    }

    @Test func arrowsHighlightAndEnterChooses() throws {
        var state = try TUIFixtures.state()
        _ = press([.right, .right], &state)
        #expect(state.highlight == 1)
        _ = press([.enter], &state)
        #expect(state.assessment?.session.answer("1", "method") == .rated(5))
        #expect(state.focus == 1)
        #expect(state.highlight == nil)
    }

    @Test func notApplicableNeedsAReasonAndCoversTheCriterion() throws {
        var state = try TUIFixtures.state()
        _ = press([.character("n")], &state)
        #expect(state.prompt != nil)
        // Enter with no reason keeps the prompt open with an error.
        #expect(press([.enter], &state).isEmpty)
        #expect(state.prompt?.error != nil)
        _ = press(chars("无外呼业务"), &state)
        let effects = press([.enter], &state)
        #expect(effects == [.save])
        #expect(state.prompt == nil)
        let session = try #require(state.assessment?.session)
        #expect(session.answer("1", "method") == .notApplicable(reason: "无外呼业务"))
        #expect(session.answer("1", "execution") == .notApplicable(reason: "无外呼业务"))
        #expect(state.current == 1)
        // N/A leaves the denominators: the maximum is 60 of 80.
        #expect(state.assessment?.scorecard.applicableMaximum == 60)
        // Rating one angle later takes the criterion out of N/A — after asking,
        // since the reason goes with it. Any key but y keeps the N/A.
        _ = press([.character(",")], &state)
        #expect(press([.character("3")], &state).isEmpty)
        #expect(state.question == .replaceNotApplicable(value: 10))
        #expect(press([.escape], &state).isEmpty)
        #expect(state.question == nil)
        #expect(state.assessment?.session.answer("1", "method") == .notApplicable(reason: "无外呼业务"))
        #expect(press([.character("3"), .character("y")], &state) == [.save])
        #expect(state.assessment?.session.answer("1", "method") == .rated(10))
        #expect(state.assessment?.session.answer("1", "execution") == nil)
    }

    @Test func escapeCancelsThePrompt() throws {
        var state = try TUIFixtures.state()
        // Nothing typed: Esc closes at once.
        _ = press([.character("n"), .escape], &state)
        #expect(state.prompt == nil)
        // Typed text: Esc asks; y discards it.
        _ = press([.character("n")] + chars("x") + [.escape], &state)
        #expect(state.prompt?.confirmingDiscard == true)
        #expect(state.prompt?.editor.text == "x")
        _ = press([.character("y")], &state)
        #expect(state.prompt == nil)
        #expect(state.assessment?.session.answers.isEmpty == true)
    }

    /// Esc or Ctrl-C (which many press to copy) in the note editor or the
    /// N/A-reason box never drops typed text without a y.
    @Test func escapeAndCtrlCInBothEditorsAskBeforeDroppingText() throws {
        for opener in [Key.character("e"), .character("n")] {
            for leave in [Key.escape, .ctrl("c")] {
                var state = try TUIFixtures.state()
                _ = press([opener] + chars("客户") + [leave], &state)
                #expect(state.prompt?.confirmingDiscard == true, "\(opener) \(leave)")
                #expect(state.prompt?.error != nil)
                // Any other key (Ctrl-C again, too) goes back to editing, the text intact.
                #expect(press([.ctrl("c")], &state).isEmpty)
                #expect(state.prompt?.confirmingDiscard == false)
                #expect(state.prompt?.editor.text == "客户")
                _ = press(chars("中心") + [leave, .character("n")], &state)
                #expect(state.prompt?.editor.text == "客户中心")
                _ = press([leave, .character("y")], &state)
                #expect(state.prompt == nil)
                #expect(state.assessment?.session.answers.isEmpty == true)
            }
        }
        // Reopening a note unchanged and leaving: nothing typed, nothing asked.
        var state = try TUIFixtures.state()
        _ = press([.character("e")] + chars("备注") + [.ctrl("s"), .character("e"), .escape], &state)
        #expect(state.prompt == nil)
        #expect(state.assessment?.session.answers["1"]?.note == "备注")
    }

    /// After a failed save, quit asks: r retries, w saves elsewhere, d
    /// discards and quits; Esc and Ctrl-C (again) stay, answers in memory.
    @Test func quitWithUnsavedAnswersAsks() throws {
        for (key, effects) in [(Key.character("r"), [Effect.retrySave]), (.character("d"), [.discardAndQuit]),
                               (.escape, []), (.ctrl("c"), []), (.character("q"), [])] {
            var state = try TUIFixtures.state()
            _ = press([.character("3")], &state)
            state.saveError = "permission denied"
            state.question = .quitUnsaved
            #expect(press([key], &state) == effects, "\(key)")
            #expect(state.question == nil)
            #expect(state.assessment?.session.answer("1", "method") == .rated(10))
        }
        var state = try TUIFixtures.state()
        state.question = .quitUnsaved
        _ = press([.character("w")], &state)
        #expect(state.prompt?.purpose == .saveAs)
    }

    /// Below the minimum size only quitting may act; typing into a prompt does not count as quitting.
    @Test func onlyQuitActsOnABlindScreen() throws {
        var state = try TUIFixtures.state()
        for key in [Key.character("1"), .character("f"), .character("x"), .character("y"), .enter, .escape, .character("e"), .ctrl("z")] {
            #expect(!PendingKeys.actsWhenBlind(key, state), "\(key)")
        }
        #expect(PendingKeys.actsWhenBlind(.character("q"), state))
        #expect(PendingKeys.actsWhenBlind(.ctrl("c"), state))
        state.prompt = Prompt(purpose: .note(criterion: "1"), editor: LineEditor("", multiline: true))
        #expect(!PendingKeys.actsWhenBlind(.character("q"), state))
    }

    @Test func clearingAsksFirst() throws {
        var state = try TUIFixtures.state()
        _ = press([.character("3"), .up], &state)
        #expect(press([.character("x")], &state).isEmpty)
        #expect(state.confirmingClear)
        _ = press([.character("z")], &state)           // anything but y cancels
        #expect(state.assessment?.session.answer("1", "method") == .rated(10))
        _ = press([.character("x"), .character("y")], &state)
        #expect(state.assessment?.session.answer("1", "method") == nil)
    }

    @Test func noteAndFlag() throws {
        var state = try TUIFixtures.state()
        _ = press([.character("e")] + chars("第一行") + [.enter] + chars("second") + [.ctrl("s")], &state)
        #expect(state.assessment?.session.answers["1"]?.note == "第一行\nsecond")
        #expect(press([.character("f")], &state) == [.save])
        #expect(state.assessment?.session.answers["1"]?.flagged == true)
    }

    @Test func filtersAndOutline() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("33") + chars("1"), &state)    // 1 complete; 2 half answered, method 0 (choice 1)
        _ = press([.character("f")], &state)           // flag 2
        _ = press([.character("o")], &state)
        guard case .outline = state.screen else { Issue.record("not the outline"); return }
        #expect(state.filteredIndices() == [0, 1, 2, 3])
        _ = press([.character("u")], &state)
        #expect(state.filteredIndices() == [1, 2, 3])
        _ = press([.character("f")], &state)
        #expect(state.filteredIndices() == [1])
        _ = press([.character("b")], &state)           // below 10: criterion 2 has a 0
        #expect(state.filteredIndices() == [1])
        _ = press([.character("a"), .end, .enter], &state)
        guard case .criterion = state.screen else { Issue.record("not back on a criterion"); return }
        #expect(state.current == 3)
    }

    @Test func nextUnansweredWrapsAround() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("33"), &state)                  // 1 done, now on 2
        _ = press([.character("."), .character(".")], &state)
        #expect(state.current == 3)
        _ = press([.character("u")], &state)
        #expect(state.current == 1)
    }

    @Test func lastAnswerShowsTheSummary() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("33333333"), &state)
        guard case .summary = state.screen else { Issue.record("no summary after the last answer"); return }
        #expect(state.assessment?.scorecard.provisional == false)
    }

    @Test func countingReadingToggles() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("22"), &state)
        #expect(state.assessment?.scorecard.counting == .strict)
        _ = press([.character("w")], &state)
        #expect(state.assessment?.scorecard.counting == .weighted)
    }

    @Test func profileFormValidatesAndCreates() throws {
        var state = try TUIFixtures.state()
        let q = try TUIFixtures.questionnaire()
        state.screen = .profile(ProfileForm(questionnaire: q, today: "2026-11-23", language: .zh))
        // Jump to the start button with an empty centre: refused.
        _ = press([.tab, .tab, .tab, .tab, .tab, .tab], &state)
        #expect(press([.enter], &state).isEmpty)
        guard case let .profile(form) = state.screen else { Issue.record("left the form"); return }
        #expect(form.error != nil)
        #expect(form.focus == .centre)
        _ = press(chars("上海") + [.tab] + chars("浦东") + [.tab, .tab, .tab] + chars("4x") + [.tab, .right, .tab], &state)
        let effects = press([.enter], &state)
        #expect(effects == [.create(profile: Profile(centre: "上海", site: "浦东", assessor: "", date: "2026-11-23", yearsInOperation: 4, language: .en), model: 0)])
    }
}

@Suite struct PlanAndConflictTests {
    @Test func planScreenListsTheFewestChangesAndOpensThem() throws {
        var state = try TUIFixtures.state()
        // Criterion 1: method 10, execution 10; the rest unanswered. L1 needs method ≥ 50%
        // (2 of 4 at 10) and 40 points: one more method 10 gives 30, so the plan
        // must also raise an execution: two changes in total, 10 + 10 = 50 ≥ 40.
        for key in "33".map({ Key.character($0) }) { _ = WizardUpdate.handle(key, &state) }
        _ = WizardUpdate.handle(.character("p"), &state)
        guard case .plan = state.screen else { Issue.record("no plan screen"); return }
        let plan = try #require(state.plan)
        #expect(plan.target.id == "L1")
        #expect(plan.changes.count == 2)
        #expect(plan.totalEffort == 20)
        let first = try #require(plan.byCriterion.first?.criterionID)
        _ = WizardUpdate.handle(.enter, &state)
        guard case .criterion = state.screen else { Issue.record("Enter did not open the criterion"); return }
        #expect(state.currentCriterion?.id == first)
        let lines = WizardView.render(state, size: .init(rows: 24, cols: 80)).grid.text()
        #expect(lines[0].contains("条目"))
    }

    @Test func conflictIsShownSideBySideAndSettled() throws {
        var state = try TUIFixtures.state()
        state.assessment?.session.answers["1"] = CriterionAnswer(ratings: ["method": .rated(5), "execution": .rated(10)])
        state.assessment?.session.conflicts["1"] = CriterionConflict(answers: [
            AssessorAnswer(assessor: "张三", ratings: ["method": .rated(10), "execution": .rated(10)]),
            AssessorAnswer(assessor: "李四", ratings: ["method": .rated(5), "execution": .rated(10)]),
        ], angles: ["method"])
        state.assessment?.rescore()
        let lines = WizardView.render(state, size: .init(rows: 24, cols: 80)).grid.text()
        #expect(lines.contains { $0.contains("≠ 评估人意见不一") })
        #expect(lines.contains { $0.contains("张三：方法合规 10  执行到位 10") })
        #expect(lines.contains { $0.contains("李四：方法合规 5  执行到位 10") })
        // The outline's conflicts filter finds it.
        _ = WizardUpdate.handle(.character("o"), &state)
        _ = WizardUpdate.handle(.character("c"), &state)
        #expect(state.filteredIndices() == [0])
        _ = WizardUpdate.handle(.enter, &state)
        // The facilitator rates method 10 and accepts: the conflict is gone, 20 points count.
        _ = WizardUpdate.handle(.character("3"), &state)
        _ = WizardUpdate.handle(.character(","), &state)
        #expect(WizardUpdate.handle(.character("a"), &state) == [.save])
        #expect(state.assessment?.session.conflicts.isEmpty == true)
        #expect(state.assessment?.session.answer("1", "method") == .rated(10))
        #expect(state.assessment?.scorecard.total == 20)
    }
}
