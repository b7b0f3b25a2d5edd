import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// Review mode, undo / redo and profile editing, through the pure update.
@Suite struct ReviewUndoProfileTests: PressesKeys {
    @Test func revisingAFinishedAssessmentMovesOnWithoutTheSummary() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("33333333"), &state)
        guard case .summary = state.screen else { Issue.record("the last gap filled shows the summary once"); return }
        // Back to criterion 1 and a revision pass: every answer moves on.
        _ = press([.escape, .home], &state)
        state.screen = .criterion
        _ = press([.character("o"), .home, .enter], &state)
        #expect(state.current == 0)
        _ = press(chars("22"), &state)
        guard case .criterion = state.screen else { Issue.record("a revision must not show the summary"); return }
        #expect(state.current == 1)
        _ = press(chars("2222"), &state)
        #expect(state.current == 3)
        // The last criterion: it stays, and says how to reach the summary.
        _ = press(chars("22"), &state)
        guard case .criterion = state.screen else { Issue.record("no summary on the last criterion either"); return }
        #expect(state.current == 3)
        #expect(state.message == state.text(.lastCriterion))
        #expect(state.assessment?.scorecard.total == 40)   // 8 answers of 5
        // The summary is one key away.
        _ = press([.character("S")], &state)
        guard case .summary = state.screen else { Issue.record("S opens the summary"); return }
    }

    @Test func undoARatingOverAnNARestoresTheReason() throws {
        var state = try TUIFixtures.state(language: .en)
        _ = press([.character("n")] + chars("无外呼业务") + [.enter], &state)
        #expect(state.current == 1)
        _ = press([.character(","), .character("3"), .character("y")], &state)   // a rating over the N/A asks; y drops it
        #expect(state.assessment?.session.answer("1", "execution") == nil)
        let effects = press([.character("z")], &state)
        #expect(effects == [.save])
        let session = try #require(state.assessment?.session)
        #expect(session.answer("1", "method") == .notApplicable(reason: "无外呼业务"))
        #expect(session.answer("1", "execution") == .notApplicable(reason: "无外呼业务"))
        #expect(state.current == 0)
        #expect(state.message == "Undone: the rating (Method 10) of criterion 1 (Z redoes)")
        #expect(state.assessment?.scorecard.applicableMaximum == 60)
        // Redo puts the rating back; a second undo of the N/A leaves criterion 1 empty.
        _ = press([.character("Z")], &state)
        #expect(state.assessment?.session.answer("1", "method") == .rated(10))
        #expect(state.message == "Redone: the rating (Method 10) of criterion 1 (z undoes)")
        _ = press([.character("z"), .character("z")], &state)
        #expect(state.assessment?.session.answers["1"] == nil)
        #expect(state.message == "Undone: the N/A and its reason of criterion 1 (Z redoes)")
        #expect(press([.character("z")], &state).isEmpty)
        #expect(state.message == "Nothing to undo")
    }

    @Test func undoCoversNotesFlagsAndClears() throws {
        var state = try TUIFixtures.state()
        _ = press([.character("e")] + chars("旧备注") + [.ctrl("s")], &state)
        _ = press([.character("e"), .ctrl("u")] + chars("新") + [.ctrl("s")], &state)
        _ = press([.character("f")], &state)
        _ = press([.character("3"), .up, .character("x"), .character("y")], &state)
        #expect(state.assessment?.session.answer("1", "method") == nil)
        _ = press([.character("z")], &state)
        #expect(state.assessment?.session.answer("1", "method") == .rated(10))
        #expect(state.message == "已撤销：条目 1 的清除（方法合规）（Z 重做）")
        _ = press([.character("z")], &state)                // the rating
        #expect(state.assessment?.session.answer("1", "method") == nil)
        _ = press([.character("z")], &state)                // the flag
        #expect(state.assessment?.session.answers["1"]?.flagged == false)
        _ = press([.character("z")], &state)                // the second note
        #expect(state.assessment?.session.answers["1"]?.note == "旧备注")
        // A new change empties the redo stack.
        _ = press([.character("f")], &state)
        #expect(press([.character("Z")], &state).isEmpty)
        #expect(state.message == "没有可重做的改动")
    }

    @Test func undoIsRefusedReadOnly() throws {
        var state = try TUIFixtures.state()
        _ = press([.character("3")], &state)
        state.readOnly = "someone"
        #expect(press([.character("z")], &state).isEmpty)
        #expect(state.assessment?.session.answer("1", "method") == .rated(10))
    }

    @Test func editingYearsShowsTheLevelChangeBeforeSaving() throws {
        // Every method 10: L1 and the L2 method rule are met; L2 also needs 2 years.
        var state = try TUIFixtures.state(language: .en, years: 1)
        _ = press(chars("31313131"), &state)
        _ = press([.escape], &state)   // leaves the summary
        state.screen = .criterion
        #expect(state.assessment.map { LevelLabel.short($0.scorecard, .en) } == "L1")
        _ = press([.character("i")], &state)
        guard case let .profile(form) = state.screen, form.editing else { Issue.record("i opens the profile"); return }
        #expect(form.centre.text == "上海浦东客服中心")
        _ = press([.tab, .tab, .tab, .tab, .backspace] + chars("３"), &state)   // full-width 3
        guard case let .profile(edited) = state.screen, let a = state.assessment else { Issue.record("left the form"); return }
        #expect(edited.years.text == "3")
        let change = try #require(ProfileEdit.levelChange(edited, a))
        #expect(state.text.yearsChange((1, change.profile.yearsInOperation), level: (change.before, change.after)) == "years 1 → 3: L1 → L2")
        let screen = WizardView.render(state, size: Size(rows: 24, cols: 80)).grid.text()
        #expect(screen.contains { $0.contains("→ years 1 → 3: L1 → L2") })
        // Nothing is saved until the button.
        #expect(state.assessment?.session.profile.yearsInOperation == 1)
        let effects = press([.tab, .tab, .enter], &state)
        #expect(effects == [.save])
        #expect(state.assessment?.session.profile.yearsInOperation == 3)
        #expect(state.assessment.map { LevelLabel.short($0.scorecard, .en) } == "L2")
        #expect(state.message == "Profile saved; years 1 → 3: L1 → L2")
    }

    @Test func datesMustExist() throws {
        #expect(CalendarDate.isValid("2026-02-28"))
        #expect(!CalendarDate.isValid("2026-02-29"))
        #expect(CalendarDate.isValid("2028-02-29"))
        #expect(!CalendarDate.isValid("1900-02-29"))
        #expect(CalendarDate.isValid("2000-02-29"))
        #expect(!CalendarDate.isValid("2026-02-30"))
        #expect(!CalendarDate.isValid("2026-04-31"))
        #expect(!CalendarDate.isValid("2026-13-01"))
        #expect(!CalendarDate.isValid("2026-1-01"))
        #expect(!CalendarDate.isValid("２026-01-01"))
        var state = try TUIFixtures.state(language: .en)
        _ = press([.character("i"), .tab, .tab, .tab, .end] + Array(repeating: .backspace, count: 10) + chars("2026-02-30"), &state)
        _ = press([.tab, .tab, .tab, .enter], &state)
        guard case let .profile(form) = state.screen else { Issue.record("an impossible date must keep the form open"); return }
        #expect(form.focus == .date)
        #expect(form.error == "\"2026-02-30\" is not a valid date: it must be a real day, as YYYY-MM-DD")
        #expect(state.assessment?.session.profile.date == "2026-11-23")
    }

    @Test func fullWidthDigitsAnswer() throws {
        var state = try TUIFixtures.state()
        _ = press(chars("３２"), &state)
        #expect(state.assessment?.session.answer("1", "method") == .rated(10))
        #expect(state.assessment?.session.answer("1", "execution") == .rated(5))
        _ = press(chars("9"), &state)
        #expect(state.message == "只有 1–3 号选项")
    }

    @Test func keysThatDoNothingSaySo() throws {
        var state = try TUIFixtures.state(language: .en)
        _ = press([.character("Q")], &state)
        #expect(state.message == "That key does nothing here (? lists the keys)")
        _ = press([.character("x")], &state)
        #expect(state.message == "This question has no answer to clear")
        _ = press([.enter], &state)
        #expect(state.message == "Highlight a choice with ←→ first, or press its number")
    }

    @Test func escapeGoesBackToTheSessionList() throws {
        var state = try TUIFixtures.state()
        #expect(press([.escape], &state) == [.closeSession])
    }

    @Test func progressPerDimensionAndRemaining() throws {
        var state = try TUIFixtures.state(language: .en)
        _ = press(chars("333"), &state)    // criterion 1 complete, 2 half
        let a = try #require(state.assessment)
        #expect(DimensionProgress.of(a) == [DimensionProgress(groupID: "1.0", answered: 1, total: 2), DimensionProgress(groupID: "2.0", answered: 0, total: 2)])
        #expect(DimensionProgress.remaining(a) == 3)
        #expect(ProgressLine.text(a, state.text) == "Progress: 1.0 1/2 · 2.0 0/2 — 3 of 4 criteria remain")
        _ = press([.character("o")], &state)
        let outline = WizardView.render(state, size: Size(rows: 24, cols: 80)).grid.text()
        #expect(outline[0].contains("Outline · 3 of 4 criteria remain"))
        #expect(outline.contains { $0.hasPrefix(" 1.0 Design & planning") && $0.hasSuffix("1/2") })
    }
}
