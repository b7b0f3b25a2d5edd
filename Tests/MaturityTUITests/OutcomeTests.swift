import Foundation
import MaturityCore
import MaturityPresentation
import Testing
@testable import MaturityTUI

/// What the runner's results lead to, through the pure update: where an
/// opened session starts, read-only and recovery, saves and the list.
@Suite struct OutcomeTests {
    func session(position: String? = nil, answers: [(String, String, Int)] = [], language: Language = .en) throws -> Session {
        let q = try TUIFixtures.questionnaire()
        var session = Session(questionnaire: QuestionnaireReference(q), profile: Profile(centre: "C", language: language), createdAt: "t")
        for (criterion, angle, value) in answers { session.setAnswer(.rated(value), criterion: criterion, angle: angle, at: "t") }
        session.position = position
        return session
    }

    func opened(_ session: Session, _ arrival: OpenedAssessment.Arrival = .resumed) throws -> OpenedAssessment {
        OpenedAssessment(assessment: Assessment(questionnaire: try TUIFixtures.questionnaire(), session: session, path: "/s/a.json"), arrival: arrival)
    }

    @Test func aResumedSessionOpensWhereTheFileSaysElseAtItsFirstGap() throws {
        var state = WizardState(language: .en, screen: .start(selection: 1))
        WizardUpdate.receive(.opened(try opened(try session(position: "3"))), &state)
        #expect(state.current == 2 && state.focus == 0)
        if case .criterion = state.screen {} else { Issue.record("not on the criterion screen") }
        // No position (an import): criterion 1 complete, 2 half answered → criterion 2, its execution question.
        WizardUpdate.receive(.opened(try opened(try session(answers: [("1", "method", 10), ("1", "execution", 5), ("2", "method", 0)]))), &state)
        #expect(state.current == 1 && state.focus == 1)
        #expect(state.message == nil)
    }

    @Test func aNewSessionStartsAtTheFirstCriterionInItsLanguage() throws {
        var state = WizardState(language: .en, screen: .profile(ProfileForm(questionnaire: try TUIFixtures.questionnaire(), today: "", language: .zh)))
        state.current = 3
        WizardUpdate.receive(.opened(try opened(try session(position: "1", language: .zh), .created)), &state)
        #expect(state.current == 0 && state.focus == 0)
        #expect(state.language == .zh)
        // --lang en given: the session's language does not change the interface.
        var fixed = WizardState(language: .en)
        fixed.languageFixed = true
        WizardUpdate.receive(.opened(try opened(try session(language: .zh), .created)), &fixed)
        #expect(fixed.language == .en)
    }

    @Test func readOnlyIsSaidAndARecoveryCopyIsOfferedOnlyToTheWriter() throws {
        var state = WizardState(language: .en)
        var held = try opened(try session())
        held.readOnly = .heldByUnknown
        held.recoveryCopy = "/s/a.json.recovery"
        WizardUpdate.receive(.opened(held), &state)
        #expect(state.readOnly != nil && state.message == state.readOnly)
        #expect(state.question == nil)
        var writer = try opened(try session())
        writer.recoveryCopy = "/s/a.json.recovery"
        WizardUpdate.receive(.opened(writer), &state)
        #expect(state.readOnly == nil)
        #expect(state.question == .restoreRecovery(path: "/s/a.json.recovery"))
    }

    @Test func takingOverKeepsTheCriterionShown() throws {
        var state = WizardState(language: .en)
        state.takeOverOffered = true
        WizardUpdate.receive(.opened(try opened(try session(position: "1"), .takenOver(current: 3))), &state)
        #expect(state.current == 3)
        #expect(!state.takeOverOffered)
        #expect(state.message == state.text(.tookOver))
    }

    @Test func savesDecideTheErrorLine() throws {
        var state = try TUIFixtures.state(language: .en)
        WizardUpdate.receive(.saved(.replacedOnDisk), &state)
        #expect(state.saveError == state.text(.fileReplaced))
        #expect(!WizardUpdate.mayQuit(state))
        WizardUpdate.receive(.quitRefused, &state)
        #expect(state.question == .quitUnsaved)
        WizardUpdate.receive(.saved(.written), &state)
        #expect(state.saveError == nil && WizardUpdate.mayQuit(state))
        WizardUpdate.receive(.saved(.recreated), &state)
        #expect(state.message == state.text(.fileRecreated))
        WizardUpdate.receive(.savedAs(path: "/s/copy.json", .written, readOnly: nil), &state)
        #expect(state.assessment?.path == "/s/copy.json")
        let readOnlyDisk = SaveProblem.system(errno: EROFS, folder: "/s")
        WizardUpdate.receive(.savedAs(path: "/s/other.json", .failed(readOnlyDisk), readOnly: nil), &state)
        #expect(state.assessment?.path == "/s/copy.json")
        #expect(state.saveError == ProblemWords.reason(readOnlyDisk, state.text.c))
    }

    @Test func closingReturnsToTheListOnThatSession() throws {
        var state = try TUIFixtures.state(language: .en)
        let sessions = [SessionSummary(path: "/s/b.json", centre: "B", model: "mini", answered: 0, questions: 8, level: "L0", updatedAt: "2"),
                        SessionSummary(path: "/s/a.json", centre: "A", model: "mini", answered: 2, questions: 8, level: "L0", updatedAt: "1")]
        WizardUpdate.receive(.closed(sessions: sessions, path: "/s/a.json"), &state)
        #expect(state.assessment == nil)
        guard case let .start(selection) = state.screen else { Issue.record("not on the start screen"); return }
        #expect(selection == 2)    // row 0 is "new assessment"
        #expect(state.message == state.text(.sessionClosed, "/s/a.json"))
    }

    @Test func aJournalForAnotherVersionIsSaidWhereverItWent() throws {
        var state = WizardState(language: .en)
        var aside = try opened(try session())
        aside.staleJournal = .setAside("/s/.a.json.journal.stale-1")
        WizardUpdate.receive(.opened(aside), &state)
        #expect(state.message == state.text.c(.journalSetAside, "/s/.a.json.journal.stale-1"))
        #expect(state.saveError == nil && state.readOnly == nil)
        var left = try opened(try session())
        left.staleJournal = .leftStale("/s/.a.json.journal")
        WizardUpdate.receive(.opened(left), &state)
        #expect(state.message == state.text.c(.journalLeftStale, "/s/.a.json.journal"))
        // A questionnaire that changed since is said last, as before the journal.
        left.migrated = (dropped: ["9"], added: [])
        WizardUpdate.receive(.opened(left), &state)
        #expect(state.message == state.text(.migrated) + " −9")
    }

    @Test func aFoldThatFailsKeepsTheSessionUnsavedUntilAWriteSucceeds() throws {
        var state = WizardState(language: .en)
        // Opened with a journal left behind, whose fold into the file failed.
        WizardUpdate.receive(.opened(try opened(try session())), &state)
        let full = SaveProblem.system(errno: ENOSPC, folder: "/s")
        WizardUpdate.receive(.saved(.failed(full)), &state)
        #expect(state.saveError == ProblemWords.reason(full, state.text.c))
        #expect(state.current == 0)
        if case .criterion = state.screen {} else { Issue.record("not on the criterion screen") }
        #expect(!WizardUpdate.mayQuit(state))
        WizardUpdate.receive(.quitRefused, &state)
        #expect(state.question == .quitUnsaved)
        // A change journaled does not clear it (nothing is journaled while it stands); a whole write does.
        WizardUpdate.receive(.saved(.written), &state)
        #expect(state.saveError == nil && WizardUpdate.mayQuit(state))
        WizardUpdate.receive(.saved(.journaled), &state)
        #expect(state.saveError == nil && state.message == nil)
        // A session opened next starts with nothing unsaved.
        WizardUpdate.receive(.saved(.replacedOnDisk), &state)
        WizardUpdate.receive(.opened(try opened(try session())), &state)
        #expect(state.saveError == nil)
    }

    @Test func theStartListsSessionsOrGoesStraightToAModel() throws {
        let q = try TUIFixtures.questionnaire()
        var state = WizardState(language: .en)
        WizardUpdate.receive(.modelsLoaded([q]), &state)
        WizardUpdate.receive(.started(sessions: []), &state)
        #expect(state.models.map(\.id) == [q.id])
        if case .pickModel(selection: 0) = state.screen {} else { Issue.record("not on the model list") }
        let saved = SessionSummary(path: "/s/a.json", centre: "A", model: "mini", answered: 2, questions: 8, level: "L0", updatedAt: "1")
        WizardUpdate.receive(.started(sessions: [saved]), &state)
        if case .start(selection: 1) = state.screen {} else { Issue.record("not on the session list, first session") }
        // `ccmm open` of a new file: its model offered first, once.
        WizardUpdate.receive(.creating(q), &state)
        #expect(state.models.map(\.id) == [q.id])
        if case .profile = state.screen {} else { Issue.record("not on the profile form") }
    }

    @Test func savedAsAFileAnotherWizardTookIsReadOnly() throws {
        var state = try TUIFixtures.state(language: .en)
        WizardUpdate.receive(.savedAs(path: "/s/copy.json", .written, readOnly: .heldByUnknown), &state)
        #expect(state.assessment?.path == "/s/copy.json")
        #expect(state.readOnly == state.text.readOnly(.heldByUnknown) && state.message == state.readOnly)
        #expect(WizardUpdate.mayQuit(state))
    }

    @Test func aSaveProblemIsSaidInTheInterfaceLanguage() throws {
        let full = SaveProblem.system(errno: ENOSPC, folder: "/s")
        var zh = WizardState(language: .zh)
        WizardUpdate.receive(.saved(.failed(full)), &zh)
        var en = WizardState(language: .en)
        WizardUpdate.receive(.saved(.failed(full)), &en)
        #expect(zh.saveError == ProblemWords.reason(full, Catalog(.zh)))
        #expect(en.saveError == ProblemWords.reason(full, Catalog(.en)))
        #expect(zh.saveError != en.saveError)
    }
}
