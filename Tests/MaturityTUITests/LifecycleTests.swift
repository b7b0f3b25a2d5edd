import Foundation
import MaturityCore
import MaturityPresentation
import TerminalUI
import Testing
@testable import MaturityTUI

/// Reports, follow-ups, rename, archive and delete: the keys through the pure
/// update, the file work through `SessionActions` on a temporary folder, and
/// the outcome fed back into the update.
@Suite struct LifecycleTests: PressesKeys {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "ccmm-lifecycle-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func reportKeyAsksTheFormatThenThePathAndNeverReplacesSilently() throws {
        var state = try TUIFixtures.state(language: .en)
        _ = press([.character("R")], &state)
        #expect(state.asking == .reportFormat)
        let line = WizardView.render(state, size: Size(rows: 24, cols: 80)).grid.text()[23]
        #expect(line == " ? Report format: h HTML · m Markdown · c CSV (Esc cancels)")
        _ = press([.character("c")], &state)
        #expect(state.prompt?.editor.text == "/tmp/mini.csv")
        #expect(press([.enter], &state) == [.writeReport(.csv, path: "/tmp/mini.csv", replace: false)])
        // The runner found the file: the same path again is needed to replace it.
        WizardUpdate.receive(.reportExists(.csv, path: "/tmp/mini.csv"), &state)
        #expect(state.prompt?.error == "The file exists: Enter again replaces it, or change the path")
        #expect(press([.enter], &state) == [.writeReport(.csv, path: "/tmp/mini.csv", replace: true)])
        WizardUpdate.receive(.reportWritten(path: "/tmp/mini.csv"), &state)
        #expect(state.message == "Report written: /tmp/mini.csv")
        // Any other key leaves the question.
        _ = press([.character("R"), .escape], &state)
        #expect(state.asking == nil && state.prompt == nil)
    }

    @Test func reportIsWrittenBesideTheSessionAndImportsBack() throws {
        let folder = try Self.folder()
        var state = try TUIFixtures.state(language: .en)
        _ = press(chars("32"), &state)
        _ = press([.character("n")] + chars("no outbound") + [.enter], &state)
        var a = try #require(state.assessment)
        a.path = folder + "/s.json"
        let path = ReportFile.defaultPath(session: a.path, format: .csv)
        #expect(path == folder + "/s.csv")
        guard case let .reportWritten(written) = SessionActions.writeReport(.csv, to: path, replace: false, assessment: a, today: "2026-11-23") else {
            Issue.record("not written")
            return
        }
        #expect(written == path)
        guard case let .reportExists(format, existing) = SessionActions.writeReport(.csv, to: path, replace: false, assessment: a, today: "2026-11-23") else {
            Issue.record("an existing report was not refused")
            return
        }
        #expect(format == .csv && existing == path)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let back = try AnswerImport.answers(csv: [UInt8](bytes), file: path, questionnaire: a.questionnaire, time: "t")
        #expect(back.mapValues(\.ratings) == a.session.answers.mapValues(\.ratings))
    }

    @Test func followUpKeepsTheProfileLinksTheBaselineAndCopiesOrNot() throws {
        let folder = try Self.folder()
        let q = try TUIFixtures.questionnaire()
        let library = QuestionnaireLibrary(directory: folder)
        try TUIFixtures.json.write(toFile: folder + "/mini.json", atomically: true, encoding: .utf8)
        var old = Session(questionnaire: QuestionnaireReference(q), profile: Profile(centre: "浦东", site: "A", assessor: "王", date: "2025-11-01", yearsInOperation: 4, language: .zh), createdAt: "t")
        old.answers["1"] = CriterionAnswer(ratings: ["method": .rated(10), "execution": .rated(5)], note: "n", flagged: true)
        let sessions = folder + "/sessions"
        try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
        try SessionStore.create(old, questionnaire: q, at: sessions + "/old.json")
        let copied = try SessionActions.followUp(of: sessions + "/old.json", copyAnswers: true, folder: sessions, library: library, today: "2026-11-23", now: "t2", text: UIText(.en))
        #expect(copied == sessions + "/mini-2026-11-23.json")
        let follow = try SessionStore.loadUnchecked(path: copied)
        #expect(follow.baseline == sessions + "/old.json")
        #expect(follow.profile == Profile(centre: "浦东", site: "A", assessor: "王", date: "2026-11-23", yearsInOperation: 4, language: .zh))
        #expect(follow.answers["1"]?.ratings == old.answers["1"]?.ratings)
        #expect(follow.answers["1"]?.flagged == false)
        #expect(follow.position == "2")
        let blank = try SessionActions.followUp(of: sessions + "/old.json", copyAnswers: false, folder: sessions, library: library, today: "2026-11-23", now: "t2", text: UIText(.en))
        #expect(blank == sessions + "/mini-2026-11-23-2.json")
        #expect(try SessionStore.loadUnchecked(path: blank).answers.isEmpty)
    }

    @Test func renameArchiveDelete() throws {
        let folder = try Self.folder()
        let t = UIText(.en)
        try "{}".write(toFile: folder + "/a.json", atomically: true, encoding: .utf8)
        try "{}".write(toFile: folder + "/b.json", atomically: true, encoding: .utf8)
        #expect(SessionActions.rename(folder + "/a.json", to: "b", text: t) == .failure(ActionError("\(folder)/b.json exists; it was not overwritten")))
        #expect(SessionActions.rename(folder + "/a.json", to: "x/y", text: t) == .failure(ActionError(t(.renameNoFolders))))
        #expect(SessionActions.rename(folder + "/a.json", to: "浦东 2026", text: t) == .success(folder + "/浦东 2026.json"))
        #expect(SessionActions.archive(folder + "/b.json", text: t) == .success(folder + "/archive/b.json"))
        try "{}".write(toFile: folder + "/b.json", atomically: true, encoding: .utf8)
        #expect(SessionActions.archive(folder + "/b.json", text: t) == .success(folder + "/archive/b-2.json"))
        #expect(SessionActions.delete(folder + "/浦东 2026.json", text: t) == .success(folder + "/浦东 2026.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["archive"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/archive").sorted() == ["b-2.json", "b.json"])
    }

    func startState(answered: Int) throws -> WizardState {
        var state = try TUIFixtures.state(language: .en)
        state.assessment = nil
        state.sessions = [SessionSummary(path: "/s/a.json", centre: "浦东", model: "mini", answered: answered, questions: 8, level: "L1", updatedAt: "2026-11-23T10:00:00+08:00")]
        state.screen = .start(selection: 1)
        return state
    }

    @Test func deletingAskesOnceOrTwiceForACompleteAssessment() throws {
        var partial = try startState(answered: 3)
        _ = press([.character("D")], &partial)
        #expect(partial.asking == .delete(path: "/s/a.json", second: false))
        #expect(press([.character("y")], &partial) == [.deleteSession(path: "/s/a.json")])
        var complete = try startState(answered: 8)
        _ = press([.character("D"), .character("y")], &complete)
        #expect(complete.asking == .delete(path: "/s/a.json", second: true))
        #expect(press([.character("n")], &complete).isEmpty)     // anything but y keeps it
        #expect(complete.asking == nil)
        _ = press([.character("D"), .character("y")], &complete)
        #expect(press([.character("y")], &complete) == [.deleteSession(path: "/s/a.json")])
    }

    @Test func startScreenKeysAskAndFeedBack() throws {
        var state = try startState(answered: 8)
        _ = press([.character("f")], &state)
        #expect(state.asking == .followUpAnswers(path: "/s/a.json"))
        #expect(press([.character("c")], &state) == [.followUp(path: "/s/a.json", copyAnswers: true)])
        _ = press([.character("A")], &state)
        #expect(press([.character("y")], &state) == [.archiveSession(path: "/s/a.json")])
        _ = press([.character("r")], &state)
        #expect(state.prompt?.editor.text == "a")
        #expect(press(chars("b") + [.enter], &state) == [.renameSession(path: "/s/a.json", to: "ab")])
        WizardUpdate.receive(.sessionsChanged([], select: nil, message: "Renamed to /s/ab.json"), &state)
        #expect(state.message == "Renamed to /s/ab.json")
        // On "new assessment" the session keys say what is missing.
        state.screen = .start(selection: 0)
        _ = press([.character("f")], &state)
        #expect(state.message == "Select a saved assessment first")
    }
}
