import Foundation
import Testing
@testable import MaturityCore

/// Broken questionnaires, sessions and CSV files, each loaded through the
/// entry point the command line uses. Every one must be refused with a
/// `LoadError` whose problems name the file, the place (line and column, JSON
/// path or CSV line) and what was expected there. The expected places were
/// worked out from the files in Corpus/ (see Corpus/README.md); the big cases
/// (deep nesting, 10 MB notes, a 65 MB file) are written at test time.
@Suite struct BadInputCorpusTests {
    /// One expected problem: its exact location and a phrase of its message.
    struct Expected: Sendable, CustomStringConvertible {
        let location: String
        let phrase: String
        init(_ location: String, _ phrase: String) {
            self.location = location
            self.phrase = phrase
        }
        var description: String { "\(location): …\(phrase)…" }
    }

    /// A corpus file and the problems it must give, in order.
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let expected: [Expected]
        init(_ file: String, _ expected: Expected...) {
            self.file = file
            self.expected = expected
        }
        var testDescription: String { file }
    }

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus").path
    static func path(_ relative: String) -> String { corpus + "/" + relative }

    /// Every file of one corpus folder ("sessions", "questionnaires", "csv"), by name, with its bytes.
    static func files(in folder: String) throws -> [(name: String, bytes: [UInt8])] {
        try FileManager.default.contentsOfDirectory(atPath: path(folder)).sorted().map { name in
            (name, [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(folder + "/" + name)))))
        }
    }

    static func points() throws -> Questionnaire { try QuestionnaireDecoder.load(path: path("reference/points.json")) }
    static func levels() throws -> Questionnaire { try QuestionnaireDecoder.load(path: path("reference/levels.json")) }

    // MARK: - Entry points

    static func questionnaireError(_ path: String) -> LoadError? {
        do { _ = try QuestionnaireDecoder.load(path: path); return nil } catch { return error }
    }

    static func sessionError(_ path: String, against q: Questionnaire) -> LoadError? {
        do { _ = try SessionStore.load(path: path, questionnaire: q); return nil } catch { return error }
    }

    static func csvError(_ path: String, against q: Questionnaire) -> LoadError? {
        do {
            let bytes = try FileBytes.read(path: path, what: .csv)
            _ = try AnswerImport.answers(csv: bytes, file: path, questionnaire: q, time: "2026-01-01T00:00:00Z")
            return nil
        } catch {
            return error
        }
    }

    /// The file was refused with exactly these problems, each naming the file.
    static func check(_ error: LoadError?, file: String, _ expected: [Expected], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error else {
            Issue.record("\(file) was accepted; expected \(expected)", sourceLocation: sourceLocation)
            return
        }
        #expect(error.problems.map(\.location) == expected.map(\.location), "\(error)", sourceLocation: sourceLocation)
        for (problem, want) in zip(error.problems, expected) {
            #expect(problem.file == file, sourceLocation: sourceLocation)
            #expect(problem.message.contains(want.phrase), "\(problem.message) should contain \(want.phrase)", sourceLocation: sourceLocation)
            #expect(problem.description.hasPrefix("\(file): \(want.location): "), sourceLocation: sourceLocation)
        }
    }

    // MARK: - Questionnaires (QuestionnaireDecoder.load(path:))

    static let questionnaireCases: [Case] = [
        Case("truncated.json", Expected("line 6, column 14", "the file ends inside a string (it may be truncated)")),
        Case("truncated-between-members.json", Expected("line 3, column 1", "the file ends inside an object (it may be truncated)")),
        Case("latin1.json", Expected("line 5, column 35", "not valid UTF-8 (byte 0xE9)")),
        Case("gbk.json", Expected("line 5, column 20", "not valid UTF-8 (byte 0xB2)")),
        Case("wrong-types.json",
             Expected("$.format", "expected a whole number, found a string"),
             Expected("$.version", "expected a string, found a number"),
             Expected("$.title.en", "expected a string, found an array"),
             Expected("$.scale.values[1]", "expected a whole number, found a string"),
             Expected("$.scale.labels", "missing a label for the value 0"),
             Expected("$.scale.labels", "missing a label for the value 10"),
             Expected("$.scale.not_applicable", "expected true or false, found a string"),
             Expected("$.angles", "expected a list, found an object"),
             Expected("$.groups[0].criteria", "expected a list, found a string"),
             Expected("$.scoring.groups", "expected a list, found a string")),
        Case("huge-numbers.json",
             Expected("$.format", "expected a whole number, found 1e400"),
             Expected("$.scale.values[3]", "the number 99999999999999999999 is too large")),
        Case("duplicate-keys.json", Expected("line 5, column 3", "duplicate key \"id\" in the same object")),
        Case("unknown-ids.json",
             Expected("$.groups[1].criteria[0].id", "duplicate id \"2\"; first used at $.groups[0].criteria[1].id"),
             Expected("criterion \"1\"", "the question's angle \"speed\" is not declared in $.angles"),
             Expected("$.scoring.groups[1]", "the group \"Z\" is not in the questionnaire")),
        Case("guidance-for-7.json",
             Expected("$.groups[0].criteria[0].questions[0].guidance.7", "\"7\" is not one of the scale's values")),
        Case("bom-error.json", Expected("line 1, column 14", "expected ',' or '}' in an object")),
        Case("crlf-error.json", Expected("line 3, column 9", "unexpected character 'c'; expected a value")),
        Case("empty.json", Expected("line 1, column 1", "the file is empty; expected a JSON value")),
        Case("blank.json", Expected("line 4, column 1", "the file is empty; expected a JSON value")),
        Case("nul.json", Expected("line 1, column 1", "a NUL byte (0x00)")),
        Case("format-2.json", Expected("$.format", "this ccmm reads questionnaire format 1; the file has 2")),
        Case("concatenated.json", Expected("line 2, column 1", "unexpected text after the end of the JSON value")),
    ]

    @Test(arguments: questionnaireCases)
    func brokenQuestionnaire(_ c: Case) {
        let file = Self.path("questionnaires/" + c.file)
        Self.check(Self.questionnaireError(file), file: file, c.expected)
    }

    /// A byte-order mark and CRLF line ends are what Windows editors write: accepted.
    @Test func questionnaireWithBOMOrCRLFLoads() throws {
        for name in ["bom.json", "crlf.json"] {
            let q = try QuestionnaireDecoder.load(path: Self.path("questionnaires/" + name))
            #expect(q.id == "fixture")
            #expect(q.criteria.map(\.id) == ["1", "2", "3"])
        }
    }

    // MARK: - Sessions (SessionStore.load(path:questionnaire:) against reference/points.json)

    static let sessionCases: [Case] = [
        Case("truncated.json", Expected("line 9, column 50", "the file ends inside an object (it may be truncated)")),
        Case("truncated-mid-character.json", Expected("line 9, column 64", "the file ends in the middle of a character (it may be truncated)")),
        Case("latin1.json", Expected("line 9, column 66", "not valid UTF-8 (byte 0xE9)")),
        Case("gbk.json", Expected("line 4, column 26", "not valid UTF-8 (byte 0xB2)")),
        Case("wrong-types.json",
             Expected("$.questionnaire.version", "expected a string, found a number"),
             Expected("$.profile.years_in_operation", "expected a whole number, found a string"),
             Expected("$.answers.1.ratings.execution", "expected a rating number or {\"na\": \"reason\"}, found a string"),
             Expected("$.answers.1.flagged", "expected true or false, found a string"),
             Expected("$.answers.2.ratings", "expected an object, found an array"),
             Expected("$.answers.3", "expected an object, found a string")),
        Case("huge-numbers.json",
             Expected("$.profile.years_in_operation", "the number 99999999999999999999 is too large"),
             Expected("$.answers.1.ratings.execution", "expected a whole number, found 1e400")),
        Case("duplicate-keys.json", Expected("line 10, column 5", "duplicate key \"1\" in the same object")),
        Case("unknown-ids.json",
             Expected("$.answers[\"3\"].ratings.speed", "criterion 3 has no angle \"speed\"; expected method, execution"),
             Expected("$.answers[\"99\"]", "there is no criterion \"99\" in fixture 1")),
        Case("rating-7.json",
             Expected("$.answers[\"3\"].ratings.execution", "the rating 7 is not on the scale; expected one of 0, 5, 10 or N/A")),
        Case("na-without-reason.json",
             Expected("$.answers.2.ratings.execution", "missing \"na\"; expected the reason it is not applicable"),
             Expected("$.answers.3.ratings.execution.na", "expected a non-empty string"),
             Expected("$.answers.3.ratings.method.na", "expected a non-empty string")),
        Case("half-na.json",
             Expected("$.answers[\"3\"].ratings", "in this model N/A applies to the whole criterion")),
        Case("crlf-error.json", Expected("line 9, column 52", "expected a key in double quotes")),
        Case("empty.json", Expected("line 1, column 1", "the file is empty")),
        Case("nul.json", Expected("line 1, column 1", "a NUL byte (0x00)")),
        Case("other-questionnaire.json",
             Expected("$.questionnaire.id", "the session was answered against the questionnaire \"see-cmm\", not \"fixture\"")),
        Case("schema-2.json",
             Expected("$.ccmm_session", "this ccmm reads session format 1; the file has 2 (written by a newer ccmm?)")),
        Case("questionnaire-given-as-session.json",
             Expected("$", "missing \"ccmm_session\"; expected the session schema version (1); is this a ccmm session file?")),
    ]

    @Test(arguments: sessionCases)
    func brokenSession(_ c: Case) throws {
        let file = Self.path("sessions/" + c.file)
        Self.check(Self.sessionError(file, against: try Self.points()), file: file, c.expected)
    }

    @Test func levelSessionWithRatingOutsideTheScale() throws {
        let file = Self.path("sessions/levels-rating-5.json")
        Self.check(Self.sessionError(file, against: try Self.levels()), file: file,
                   [Expected("$.answers[\"2\"].ratings.trend", "the rating 5 is not on the scale; expected one of 1, 2, 3, 4 or N/A")])
    }

    /// The control: the corpus sessions carry the content hash of
    /// reference/points.json, so they meet the "same questionnaire" checks
    /// (an unknown id is an error, not a dropped answer). If this fails, the
    /// reference file was edited: see Corpus/README.md.
    @Test func validSessionWithBOMOrCRLFLoadsAgainstTheSameText() throws {
        let q = try Self.points()
        for name in ["valid.json", "bom.json", "crlf.json"] {
            let loaded = try SessionStore.load(path: Self.path("sessions/" + name), questionnaire: q)
            #expect(!loaded.questionnaireChanged, "\(name): the reference questionnaire's hash changed")
            #expect(loaded.session.answers["1"]?.ratings == ["method": .rated(10), "execution": .rated(5)])
            #expect(loaded.session.answers["2"]?.ratings["method"] == .notApplicable(reason: "无外呼业务"))
        }
    }

    // MARK: - CSV (AnswerImport.answers against reference/points.json or levels.json)

    static let csvCases: [Case] = [
        Case("truncated.csv", Expected("line 2", "a quoted field is not closed before the end of the file (is it truncated?)")),
        Case("latin1.csv", Expected("line 3", "the file is not valid UTF-8 text; save it as CSV UTF-8")),
        Case("gbk.csv", Expected("line 2", "the file is not valid UTF-8 text; save it as CSV UTF-8")),
        Case("wrong-types.csv",
             Expected("line 2", "method \"ten\": expected one of 0, 5, 10, NA or empty"),
             Expected("line 3", "execution \"5.0\": expected one of 0, 5, 10, NA or empty"),
             Expected("line 4", "method \"yes\": expected one of 0, 5, 10, NA or empty")),
        Case("huge-numbers.csv",
             Expected("line 2", "method \"99999999999999999999\": expected one of 0, 5, 10, NA or empty"),
             Expected("line 3", "method \"1e400\": expected one of 0, 5, 10, NA or empty"),
             Expected("line 4", "method \"-5\": the rating -5 is not on the scale")),
        Case("rating-7.csv", Expected("line 2", "method \"7\": the rating 7 is not on the scale; expected one of 0, 5, 10 or N/A")),
        Case("na-without-reason.csv",
             Expected("line 2", "NA needs the reason in the note column"),
             Expected("line 3", "NA needs the reason in the note column")),
        Case("unknown-ids.csv",
             Expected("line 3", "there is no criterion \"99\" in fixture"),
             Expected("line 4", "there is no criterion \"\" in fixture")),
        Case("duplicate-ids.csv", Expected("line 4", "the id \"1\" is listed twice (first on line 2)")),
        Case("crlf-error.csv", Expected("line 4", "method \"7\": the rating 7 is not on the scale")),
        Case("empty.csv", Expected("line 1", "the file is empty; expected the header id,method,execution,note")),
        Case("nul.csv", Expected("line 1", "a NUL byte (0x00)")),
        Case("wrong-header.csv", Expected("line 1", "expected the header id,method,execution,note, found id,method,note")),
        Case("wrong-field-count.csv", Expected("line 2", "expected 4 fields (id,method,execution,note), found 2")),
        Case("stray-quote.csv", Expected("line 2", "a quote inside an unquoted field")),
    ]

    @Test(arguments: csvCases)
    func brokenCSV(_ c: Case) throws {
        let file = Self.path("csv/" + c.file)
        Self.check(Self.csvError(file, against: try Self.points()), file: file, c.expected)
    }

    @Test func levelCSVWithUnknownAspectsAndLevels() throws {
        let file = Self.path("csv/levels-unknown-ids.csv")
        Self.check(Self.csvError(file, against: try Self.levels()), file: file, [
            Expected("line 3", "criterion 1 has no aspect \"speed\"; expected one of approach, deployment"),
            Expected("line 4", "there is no answer id \"2\"; expected <criterion>.<aspect>, such as 1.approach"),
            Expected("line 5", "there is no answer id \"9.trend\""),
            Expected("line 6", "level \"5\": the rating 5 is not on the scale; expected one of 1, 2, 3, 4 or N/A"),
            Expected("line 7", "NA needs the reason in the note column"),
        ])
    }

    /// Excel's "CSV UTF-8" writes a byte-order mark and CRLF: accepted.
    @Test func csvWithBOMAndCRLFImports() throws {
        let file = Self.path("csv/bom-crlf.csv")
        let answers = try AnswerImport.answers(csv: FileBytes.read(path: file, what: .csv), file: file,
                                               questionnaire: Self.points(), time: "t")
        #expect(answers["1"]?.ratings == ["method": .rated(10), "execution": .rated(5)])
        #expect(answers["1"]?.note == "好, 但\"记录\"不全")
        #expect(answers["2"]?.ratings["execution"] == .notApplicable(reason: "无外呼业务"))
    }

    /// Every file in the corpus is named by a case above, so none is silently skipped.
    @Test func everyCorpusFileHasACase() throws {
        let named: [String: Set<String>] = [
            "questionnaires": Set(Self.questionnaireCases.map(\.file) + ["bom.json", "crlf.json"]),
            "sessions": Set(Self.sessionCases.map(\.file) + ["levels-rating-5.json", "valid.json", "bom.json", "crlf.json"]),
            "csv": Set(Self.csvCases.map(\.file) + ["levels-unknown-ids.csv", "bom-crlf.csv"]),
        ]
        for (folder, names) in named {
            let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.path(folder)))
            #expect(files == names, "\(folder): files without a case: \(files.subtracting(names).sorted()); cases without a file: \(names.subtracting(files).sorted())")
        }
    }

    // MARK: - Big cases, written at test time

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "ccmm-corpus-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ bytes: [UInt8], _ name: String, in folder: String) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// 10,000 brackets: refused at the 65th, without recursing 10,000 deep.
    @Test func deeplyNestedQuestionnaire() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try Self.write(Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8), "deep.json", in: folder)
        Self.check(Self.questionnaireError(file), file: file, [Expected("line 1, column 65", "nesting deeper than 64 levels")])
    }

    /// 10,000 nested objects as the answers: the root object is level 1, so the
    /// 64th `{"1": ` is level 65; the prefix is 31 characters and each level 6.
    @Test func deeplyNestedSession() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = #"{"ccmm_session": 1, "answers": "# + String(repeating: #"{"1": "#, count: 10_000) + "0" + String(repeating: "}", count: 10_001)
        let file = try Self.write(Array(text.utf8), "deep.json", in: folder)
        Self.check(Self.sessionError(file, against: try Self.points()), file: file,
                   [Expected("line 1, column \(31 + 63 * 6 + 1)", "nesting deeper than 64 levels")])
    }

    /// A 10 MB note (a runaway paste) in a session: refused by name, with the count.
    @Test func tenMegabyteNoteInSession() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let valid = try String(contentsOfFile: Self.path("sessions/valid.json"), encoding: .utf8)
        let note = String(repeating: "a", count: 10 * 1_048_576)
        let text = valid.replacingOccurrences(of: #""note": "记录齐全""#, with: #""note": ""# + note + #"""#)
        #expect(text.utf8.count > 10 * 1_048_576)
        let file = try Self.write(Array(text.utf8), "note.json", in: folder)
        Self.check(Self.sessionError(file, against: try Self.points()), file: file,
                   [Expected("$.answers.1.note", "the note has 10485760 characters; at most 100000 are accepted")])
    }

    /// The same 10 MB note in a CSV import: refused on its line, and the message does not quote it.
    @Test func tenMegabyteNoteInCSV() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "id,method,execution,note\n1,10,5,\"" + String(repeating: "a", count: 10 * 1_048_576) + "\"\n"
        let file = try Self.write(Array(text.utf8), "note.csv", in: folder)
        let error = Self.csvError(file, against: try Self.points())
        Self.check(error, file: file, [Expected("line 2", "the note has 10485760 characters; at most 100000 are accepted")])
        #expect((error?.description.utf8.count ?? 0) < 1_000)
    }

    /// A whole file on one line where a CSV was meant: the header message quotes only its start.
    @Test func hugeHeaderIsQuotedShort() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try Self.write(Array(("id," + String(repeating: "x", count: 100_000) + "\n1,10,5,\n").utf8), "wide.csv", in: folder)
        let error = Self.csvError(file, against: try Self.points())
        Self.check(error, file: file, [Expected("line 1", "expected the header id,method,execution,note, found id,xxx")])
        #expect((error?.description.utf8.count ?? 0) < 1_000)
    }

    /// 16,000 repeated scale values and 4,000 labels that are not values. Every
    /// missing label used to rescan every label key: this file took a minute
    /// (release build) to be refused. Now the keys are gathered once, and the
    /// repeated value is reported once.
    @Test(.timeLimit(.minutes(1))) func manyScaleValuesAndLabelsAreCheckedQuickly() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let values = Array(repeating: "0", count: 16_000).joined(separator: ",")
        let labels = (0..<4_000).map { #""x\#($0)": 0"# }.joined(separator: ",")
        let text = #"{"format": 1, "id": "a", "version": "1", "title": {"zh": "a", "en": "a"}, "scale": {"values": [\#(values)], "labels": {\#(labels)}}, "angles": [], "groups": [], "scoring": {"method": "lowest_group", "groups": []}}"#
        let file = try Self.write(Array(text.utf8), "scale.json", in: folder)
        let problems = try #require(Self.questionnaireError(file)).problems
        #expect(problems.count == 1 + 4_000 + 1 + 3)
        #expect(problems.first?.location == "$.scale.values")
        #expect(problems.first?.message == "expected distinct values in ascending order")
        #expect(problems[1].location == "$.scale.labels.x0")
        #expect(problems[1].message == "\"x0\" is not one of the scale's values")
        #expect(problems.filter { $0.message == "missing a label for the value 0" }.map(\.location) == ["$.scale.labels"])
        #expect(problems.suffix(3).map(\.location) == ["$.angles", "$.groups", "$.scoring.groups"])
    }

    /// A file over the 16 MB limit is refused before it is read (the file is sparse: no disk is used).
    @Test func sessionOverTheSizeLimitIsNotRead() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/huge.json"
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.truncate(atOffset: 17 * 1_048_576)
        try handle.close()
        Self.check(Self.sessionError(file, against: try Self.points()), file: file,
                   [Expected("$", "is 17 MB; a session file is expected to be under 16 MB")])
    }

    @Test func missingFileAndFolder() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        Self.check(Self.questionnaireError(folder + "/none.json"), file: folder + "/none.json",
                   [Expected("$", "no such file; expected a questionnaire file")])
        Self.check(Self.sessionError(folder, against: try Self.points()), file: folder,
                   [Expected("$", "is a folder; expected a session file")])
    }
}
