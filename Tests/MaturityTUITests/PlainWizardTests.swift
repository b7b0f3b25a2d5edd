import Foundation
import MaturityCore
import Testing
@testable import MaturityTUI

/// The plain front in-process with a scripted console: every command goes
/// through the wizard's keys and save path, and the file says so.
@MainActor @Suite struct PlainWizardTests {
    final class ScriptedConsole: PlainConsole {
        var lines: [String]
        var output = ""
        init(_ lines: [String]) { self.lines = lines }
        func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
        func write(_ text: String) { output += text }
    }

    /// A folder holding the mini questionnaire (as a library) and a new session of it.
    static func setUp() throws -> (folder: String, session: String, app: WizardApp) {
        let folder = NSTemporaryDirectory() + "ccmm-plain-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(TUIFixtures.json.utf8).write(to: URL(fileURLWithPath: folder + "/mini.json"))
        let q = try TUIFixtures.questionnaire()
        let path = folder + "/s.json"
        let session = Session(questionnaire: QuestionnaireReference(q),
                              profile: Profile(centre: "Pudong", date: "2026-11-23", yearsInOperation: 3, language: .en),
                              position: "1", createdAt: "2026-11-23T09:00:00Z")
        try SessionStore.save(session, questionnaire: q, to: path)
        let app = WizardApp(language: .en, languageFixed: true, library: QuestionnaireLibrary(directory: folder), folder: folder)
        return (folder, path, app)
    }

    @Test func flagNoteSkipBackJumpNotApplicableClearAndQuit() throws {
        let (folder, path, app) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let console = ScriptedConsole([
            "flag",
            "note", "Checked on the floor \u{1B}[31mred\u{1B}[0m \u{202E}txet",
            "3",                 // method 10; on to execution
            "skip",              // execution left unanswered: criterion 2
            "back",              // criterion 1 again
            "go 4",
            "n", "",             // an empty reason cancels
            "n", "Outsourced to a partner",
            "go 1",
            "clear", "no",
            "clear", "yes",
            "bogus",
            "go 9",
            "quit",
        ])
        try app.runPlainOpen(path: path, questionnaire: nil, console: console)
        let out = console.output
        for expected in ["Criterion 1 of 4 (id 1), 1.0 Design & planning. 0 of 4 criteria complete.",
                         "Saved: criterion 1 is flagged for review.",
                         "Saved: the note of criterion 1.",
                         "Saved: criterion 1, Method: 10, Fully meets.",
                         "Question 2 of 2, Execution: ",
                         "Criterion 2 of 4 (id 2)",
                         "Criterion 4 of 4 (id 4), 2.0 Operations.",
                         "Cancelled; nothing changed.",
                         "Saved: criterion 4 is not applicable, reason: Outsourced to a partner.",
                         "Note: Checked on the floor [31mred[0m <U+202E>txet",      // the override shown, not obeyed
                         "Flagged for review.",
                         "Saved: the Method answer of criterion 1 is cleared.",
                         "\"bogus\" is not a command; type help for the list.",
                         "There is no criterion \"9\"; give a number from 1 to 4 or a criterion id.",
                         "Saved. Goodbye. To carry on: ccmm open \(path)"] {
            #expect(out.contains(expected), "missing: \(expected)")
        }
        // The first clear was refused with "no".
        #expect(out.components(separatedBy: "Cancelled; nothing changed.").count == 3)
        #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })

        let saved = try SessionStore.loadUnchecked(path: path)
        let first = try #require(saved.answers["1"])
        #expect(first.flagged)
        // The wizard's editor drops control characters as the curses one does; the rest is kept, printing cleans it.
        #expect(first.note == "Checked on the floor [31mred[0m \u{202E}txet")
        #expect(first.ratings.isEmpty)
        #expect(saved.answers["4"]?.ratings == ["method": .notApplicable(reason: "Outsourced to a partner"),
                                                "execution": .notApplicable(reason: "Outsourced to a partner")])
        #expect(saved.answers["2"] == nil)
        #expect(saved.position == "1")
        // The lock is free again; its file stays (kernel lock), emptied of the holder.
        #expect((try? String(contentsOfFile: SessionLock.lockPath(for: path), encoding: .utf8)) ?? "" == "")
        guard case let .acquired(lock) = SessionLock.acquire(session: path, holder: .current(since: "now")) else {
            Issue.record("the lock was not released")
            return
        }
        lock.release()
    }

    @Test func completingEverythingShowsTheScorecardInWordsInChinese() throws {
        let (folder, path, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let app = WizardApp(language: .zh, languageFixed: true, library: QuestionnaireLibrary(directory: folder), folder: folder)
        // 4 criteria × (10, 10): 80 of 80, method 100%; 3 years: L2.
        let console = ScriptedConsole(Array(repeating: "3", count: 8) + ["score"])
        try app.runPlainOpen(path: path, questionnaire: nil, console: console)
        let out = console.output
        #expect(out.contains("所有题目都已作答。以下是记分卡。"))
        #expect(out.contains("等级：L2 专业级"))
        #expect(out.contains("维度：总分、得分：80、满分：80"))     // the table row read as column: value pairs
        #expect(out.contains("已保存，再见。"))         // the end of input quits like q
        for drawing in ["█", "░", "─", "✓", "✗", "⚑", "●"] { #expect(!out.contains(drawing)) }
        let saved = try SessionStore.loadUnchecked(path: path)
        #expect(saved.answers.count == 4)
    }

    @Test func readOnlyWhenAnotherWizardHoldsTheSession() throws {
        let (folder, path, app) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard case let .acquired(held) = SessionLock.acquire(session: path, holder: .current(since: "2026-11-23T10:00:00Z")) else {
            Issue.record("could not take the lock")
            return
        }
        defer { held.release() }
        // The lock is this process's own, so the plain front sees it as held by a live process.
        let console = ScriptedConsole(["3", "quit"])
        try app.runPlainOpen(path: path, questionnaire: nil, console: console)
        #expect(console.output.contains("Read-only"))
        #expect(!console.output.contains("Saved: criterion 1"))
        #expect(try SessionStore.loadUnchecked(path: path).answers.isEmpty)
    }
}
