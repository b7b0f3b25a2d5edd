import Foundation
import MaturityCore
import Testing

/// docs/session.schema.json checked with a real validator (Python's jsonschema)
/// against sessions ccmm writes, and against files it must refuse. scripts/test
/// also sweeps every session file the whole test run wrote.
@Suite struct SessionSchemaTests {
    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        v = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            errors = sorted(v.iter_errors(json.load(open(path, encoding="utf-8"))), key=lambda e: list(e.absolute_path))
            for e in errors:
                print(path.rsplit("/", 1)[-1] + ": $" + "".join("[%r]" % (p,) for p in e.absolute_path))
        print("checked", len(sys.argv) - 2)
        """

    static var schemaPath: String { Python.root.appendingPathComponent("docs/session.schema.json").path }

    static func questionnaire() throws -> Questionnaire {
        try QuestionnaireLibrary(directory: Python.root.appendingPathComponent("Questionnaires").path).load("cc-cmm-oc")
    }

    /// Every member the layout has: evidence, actions, baseline, N/A, notes,
    /// flags, conflicts and dropped answers.
    static func everything(_ q: Questionnaire) -> Session {
        var s = Session(questionnaire: QuestionnaireReference(q),
                        profile: Profile(centre: "上海呼叫中心", site: "浦东", assessor: "王", date: "2026-11-30", yearsInOperation: 4),
                        createdAt: "2026-11-30T09:00:00+08:00")
        s.setAnswer(.rated(10), criterion: "1", angle: "method", at: "t")
        s.setAnswer(.rated(5), criterion: "1", angle: "execution", at: "t")
        s.setAnswer(.notApplicable(reason: "无外呼业务"), criterion: "2", angle: "method", at: "t")
        s.setAnswer(.notApplicable(reason: "无外呼业务"), criterion: "2", angle: "execution", at: "t")
        s.update(criterion: "1", at: "t") { record in
            record.note = "备注\n第二行"
            record.flagged = true
            record.evidence = [
                EvidenceItem(title: "手册", kind: .document, location: "docs/手册.pdf", seenOn: "2026-11-28", seenBy: "王", note: "p.12"),
                EvidenceItem(title: "访谈", kind: .interview),
                EvidenceItem(title: "Log", kind: .record, location: "https://example.invalid/log"),
                EvidenceItem(title: "Walk", kind: .observation, seenOn: "2026-11-29"),
            ]
        }
        s.droppedAnswers["999"] = CriterionAnswer(ratings: ["method": .rated(5)], note: "old",
                                                  evidence: [EvidenceItem(title: "old", kind: .record)])
        s.conflicts["1"] = CriterionConflict(answers: [AssessorAnswer(assessor: "甲", ratings: ["method": .rated(10)], note: "n"),
                                                       AssessorAnswer(assessor: "乙", ratings: ["method": .rated(5)])],
                                             angles: ["method"])
        s.actions = ActionStatus.allCases.enumerated().map { index, status in
            ImprovementAction(id: "A\(index + 1)", title: "行动 \(index + 1)",
                              targets: [ActionTarget(criterionID: "1", angle: "execution", rating: 10)],
                              owner: index == 0 ? "" : "张三", due: index == 0 ? "" : "2027-0\(index)-15", status: status,
                              note: index == 1 ? "note" : "")
        }
        s.baseline = "2025/centre.json"
        s.position = "1"
        return s
    }

    @Test func sessionsCcmmWritesAreValid() throws {
        let q = try Self.questionnaire()
        let folder = try Python.temporaryFolder()
        let minimal = Session(questionnaire: QuestionnaireReference(q), profile: Profile(), createdAt: "2026-11-30T09:00:00Z")
        var paths: [String] = []
        for (name, session) in [("minimal", minimal), ("everything", Self.everything(q))] {
            let path = "\(folder)/\(name).json"
            try SessionStore.save(session, questionnaire: q, to: path)
            paths.append(path)
        }
        let result = try Python.run(Self.validator, [Self.schemaPath] + paths)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "checked 2\n")
        // The written file round-trips, so the schema has seen every member there is.
        #expect(try SessionStore.load(path: paths[1], questionnaire: q).session == Self.everything(q))
    }

    @Test func theSchemaRefusesWhatCcmmRefuses() throws {
        let folder = try Python.temporaryFolder()
        let path = folder + "/broken.bad.json"
        let text = """
            {"ccmm_session": 1, "questionnaire": {"id": "cc-cmm-oc", "version": "1", "hash": "h"}, "profile": {},
             "created_at": "t", "answers": {"1": {"evidence": [{"title": "a", "kind": "photo"}, {"kind": "record"},
                                                          {"title": "b", "kind": "record", "seen_on": "30/11/2026"}]}},
             "actions": [{"id": "A1", "title": "x", "status": "started"}, {"id": "A2", "title": " ", "status": "done",
                          "targets": [{"criterion": "1", "angle": "method", "rating": "10"}]}],
             "baseline": ""}
            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try Python.run(Self.validator, [Self.schemaPath, path])
        let lines = Set(result.output.split(separator: "\n").map(String.init))
        #expect(lines == [
            "broken.bad.json: $['answers']['1']['evidence'][0]['kind']",
            "broken.bad.json: $['answers']['1']['evidence'][1]",
            "broken.bad.json: $['answers']['1']['evidence'][2]['seen_on']",
            "broken.bad.json: $['actions'][0]['status']",
            "broken.bad.json: $['actions'][1]['title']",
            "broken.bad.json: $['actions'][1]['targets'][0]['rating']",
            "broken.bad.json: $['baseline']",
            "checked 1",
        ])
        // ccmm refuses the same file.
        #expect(throws: LoadError.self) { try SessionStore.loadUnchecked(path: path) }
    }
}
