import Foundation
import Testing
@testable import MaturityCore
import MaturityPresentation

@Suite struct SessionStoreTests {
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "ccmm-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func roundTripKeepsEverything() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q, years: 4)
        s.profile.site = "上海浦东"
        s.profile.assessor = "王经理"
        s.setAnswer(.rated(10), criterion: "1", angle: "method", at: "2026-01-02T10:00:00+08:00")
        s.setAnswer(.notApplicable(reason: "无外呼业务"), criterion: "2", angle: "method", at: "t")
        s.setAnswer(.notApplicable(reason: "无外呼业务"), criterion: "2", angle: "execution", at: "t")
        s.update(criterion: "3", at: "t") { $0.note = "第一行\n第二行 \"引号\" \\ 反斜杠"; $0.flagged = true }
        s.position = "3"
        let folder = try Self.temporaryFolder()
        let path = folder + "/s.json"
        try SessionStore.save(s, questionnaire: q, to: path)
        let loaded = try SessionStore.load(path: path, questionnaire: q)
        #expect(loaded.session == s)
        #expect(!loaded.questionnaireChanged)
        #expect(loaded.session.position == "3")
        // Private by default: owner read/write only.
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["s.json"])
    }

    @Test func saveReplacesAtomicallyAndFailureKeepsOldFile() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let folder = try Self.temporaryFolder()
        let path = folder + "/s.json"
        var s = Fixtures.session(q)
        try SessionStore.save(s, questionnaire: q, to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // A save into a folder that does not exist fails with a message naming the path, and touches nothing.
        s.setAnswer(.rated(5), criterion: "1", angle: "method", at: "t")
        #expect(throws: SaveError.self) { try SessionStore.save(s, questionnaire: q, to: folder + "/missing/s.json") }
        do {
            try SessionStore.save(s, questionnaire: q, to: folder + "/missing/s.json")
        } catch {
            #expect(ProblemWords.describe(error, .en).contains("missing/s.json"))
            #expect(ProblemWords.describe(error, .en).contains("does not exist"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func createRefusesToOverwrite() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let folder = try Self.temporaryFolder()
        let path = folder + "/s.json"
        try Data("not json at all".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SaveError.self) { try SessionStore.create(Fixtures.session(q), questionnaire: q, at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not json at all")
    }

    @Test func unreadableFileIsReportedWithItsPlace() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        let folder = try Self.temporaryFolder()
        let path = folder + "/s.json"
        var s = Fixtures.session(q)
        s.setAnswer(.rated(10), criterion: "1", angle: "method", at: "t")
        let full = SessionStore.render(s, questionnaire: q)
        // A file cut off in the middle (a torn write from another tool) is refused, and the error says it may be truncated.
        try Data(full.prefix(full.count / 2)).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SessionStore.load(path: path, questionnaire: q)
            Issue.record("a truncated file loaded")
        } catch {
            #expect(error.english.hasPrefix(path + ": line "))
            #expect(error.english.contains("truncated"))
        }
    }

    @Test func ratingOfSevenIsRefusedWithItsPath() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        s.setAnswer(.rated(7), criterion: "4", angle: "execution", at: "t")
        let bytes = SessionStore.render(s, questionnaire: q)
        let raw = try SessionCodec.decode(bytes: bytes, file: "s.json")
        do {
            _ = try SessionReconciler.reconcile(raw, with: q, file: "s.json")
            Issue.record("a rating of 7 was accepted")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems[0].location == "$.answers[\"4\"].ratings.execution")
            #expect(error.problems[0].message.contains("expected one of 0, 5, 10 or N/A"))
        }
    }

    /// A merged session's kept assessor ratings are checked like answers: a
    /// hand-edited 1000 is refused with its place, once written and read back.
    @Test func conflictRatingsOffTheScaleAreRefused() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        s.setAnswer(.rated(0), criterion: "2", angle: "method", at: "t")
        s.conflicts["2"] = CriterionConflict(answers: [AssessorAnswer(assessor: "A", ratings: ["method": .rated(0)]),
                                                       AssessorAnswer(assessor: "B", ratings: ["method": .rated(1000), "speed": .rated(5)])],
                                             angles: ["method"])
        s.conflicts["999"] = CriterionConflict(answers: [AssessorAnswer(assessor: "A", ratings: ["method": .rated(5)])], angles: ["method"])
        let raw = try SessionCodec.decode(bytes: SessionStore.render(s, questionnaire: q), file: "m.json")
        do {
            _ = try SessionReconciler.reconcile(raw, with: q, file: "m.json")
            Issue.record("a conflict rating of 1000 was accepted")
        } catch {
            #expect(error.problems.map(\.location) == ["$.conflicts[\"2\"].answers[1].ratings.method", "$.conflicts[\"2\"].answers[1].ratings.speed",
                                                       "$.conflicts[\"999\"]"])
            #expect(error.problems[0].message == "the rating 1000 is not on the scale; expected one of 0, 5, 10 or N/A")
            #expect(error.problems[1].message.hasPrefix("criterion 2 has no angle \"speed\""))
        }
        // The same conflict with ratings on the scale loads.
        s.conflicts["2"]?.answers[1].ratings = ["method": .rated(10)]
        s.conflicts["999"] = nil
        #expect(try SessionReconciler.reconcile(s, with: q, file: "m.json").session.conflicts["2"] != nil)
    }

    @Test func unknownCriterionInSameVersionIsAnError() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        s.setAnswer(.rated(10), criterion: "999", angle: "method", at: "t")
        #expect(throws: LoadError.self) { try SessionReconciler.reconcile(s, with: q, file: "s.json") }
    }

    @Test func halfNotApplicableIsRefusedInPointsModels() throws {
        let q = try Fixtures.load(Fixtures.ccmmLike())
        var s = Fixtures.session(q)
        s.setAnswer(.notApplicable(reason: "x"), criterion: "4", angle: "method", at: "t")
        s.setAnswer(.rated(5), criterion: "4", angle: "execution", at: "t")
        #expect(throws: LoadError.self) { try SessionReconciler.reconcile(s, with: q, file: "s.json") }
    }

    @Test func olderVersionMigratesByCriterionID() throws {
        // Version 1 has criteria 1–3; version 2 drops 3 and adds 4.
        let v1 = try Fixtures.load("""
            {\(Fixtures.pointsHeader) "groups": [\(Fixtures.group("A", first: 1, count: 3))],
             "scoring": {"method": "lowest_group", "groups": ["A"]}}
            """)
        let v2 = try Fixtures.load("""
            {\(Fixtures.pointsHeader.replacingOccurrences(of: #""version": "1""#, with: #""version": "2""#))
             "groups": [\(Fixtures.group("A", first: 1, count: 2)), \(Fixtures.group("B", first: 4, count: 1))],
             "scoring": {"method": "lowest_group", "groups": ["A", "B"]}}
            """)
        var s = Fixtures.session(v1)
        Fixtures.rate(&s, 1...3, method: 10, execution: 5)
        let folder = try Self.temporaryFolder()
        let path = folder + "/s.json"
        try SessionStore.save(s, questionnaire: v1, to: path)
        let migrated = try SessionStore.load(path: path, questionnaire: v2)
        #expect(migrated.questionnaireChanged)
        #expect(migrated.dropped == ["3"])
        #expect(migrated.added == ["4"])
        #expect(migrated.session.answers["1"]?.ratings["method"] == .rated(10))
        #expect(migrated.session.answers["3"] == nil)
        #expect(migrated.session.droppedAnswers["3"]?.ratings["execution"] == .rated(5))
        #expect(migrated.session.questionnaire.version == "2")
        // Saved again, the dropped answer is still in the file.
        try SessionStore.save(migrated.session, questionnaire: v2, to: path)
        let again = try SessionStore.loadUnchecked(path: path)
        #expect(again.droppedAnswers["3"] != nil)
    }

    @Test func fileModeIsPrivateUnlessAskedOtherwise() throws {
        // CCMM_FILE_MODE itself: AtomicFileTests.existingModeIsKeptAndNewModeIsValidated.
        let folder = try Self.temporaryFolder()
        try AtomicFile.write(Array("x".utf8), to: folder + "/r.html", mode: 0o640)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/r.html")
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
    }
}
