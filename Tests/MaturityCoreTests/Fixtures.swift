@testable import MaturityCore

/// Small questionnaires built in the tests, so engine tests do not depend on
/// the shipped content.
enum Fixtures {
    static func text(_ s: String) -> String { #"{"zh": "\#(s)", "en": "\#(s)"}"# }

    static func criterion(_ id: String, angles: [String] = ["method", "execution"], values: [Int] = [0, 5, 10]) -> String {
        let guidance = values.map { #""\#($0)": \#(text("g\($0)"))"# }.joined(separator: ", ")
        let questions = angles.map { #"{"angle": "\#($0)", "text": \#(text("q")), "guidance": {\#(guidance)}, "evidence": \#(text("e"))}"# }
        return #"{"id": "\#(id)", "title": \#(text("t" + id)), "statement": \#(text("s")), "provenance": "source", "questions": [\#(questions.joined(separator: ", "))]}"#
    }

    /// A group of criteria numbered from `first`.
    static func group(_ id: String, first: Int, count: Int) -> String {
        let criteria = (first..<(first + count)).map { criterion(String($0)) }.joined(separator: ",\n")
        return #"{"id": "\#(id)", "title": \#(text("G" + id)), "criteria": [\#(criteria)]}"#
    }

    static let pointsHeader = """
      "format": 1, "id": "fixture", "version": "1", "title": {"zh": "测试", "en": "Test"},
      "scale": {"values": [0, 5, 10], "labels": {"0": {"zh": "否", "en": "No"}, "5": {"zh": "部分", "en": "Partly"}, "10": {"zh": "是", "en": "Yes"}}, "not_applicable": true},
      "angles": [{"id": "method", "title": {"zh": "方法", "en": "Method"}}, {"id": "execution", "title": {"zh": "执行", "en": "Execution"}}],
    """

    /// The CC-CMM-OC structure (150 criteria in four core groups, 20 in
    /// innovation) with the level table of models.md §1.
    static func ccmmLike(counting: String = "strict") -> String {
        """
        {\(pointsHeader)
          "groups": [\(group("1.0", first: 1, count: 38)), \(group("2.0", first: 39, count: 66)),
                     \(group("3.0", first: 105, count: 26)), \(group("4.0", first: 131, count: 20)),
                     \(group("5.0", first: 151, count: 20))],
          "scoring": {"method": "levels", "counting": "\(counting)",
            "scopes": [{"id": "core", "title": \(text("1.0–4.0")), "groups": ["1.0", "2.0", "3.0", "4.0"]},
                       {"id": "innovation", "title": \(text("5.0")), "groups": ["5.0"]}],
            "unrated": {"id": "L0", "name": \(text("L0"))},
            "levels": [
              {"id": "L1", "name": \(text("Applied")), "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 80},
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 60},
                {"kind": "total", "at_least": 2250}]},
              {"id": "L2", "name": \(text("Professional")), "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 90},
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 70},
                {"kind": "total", "at_least": 2500}]},
              {"id": "L3", "name": \(text("Benchmark")), "requirements": [
                {"kind": "percent", "scope": "core", "angle": "method", "at_least": 100},
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 80},
                {"kind": "total", "at_least": 2750}, {"kind": "years", "at_least": 2}]},
              {"id": "L4", "name": \(text("Lean")), "requirements": [
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 90},
                {"kind": "percent", "scope": "innovation", "angle": "method", "at_least": 80},
                {"kind": "percent", "scope": "innovation", "angle": "execution", "at_least": 70},
                {"kind": "total", "at_least": 3200}, {"kind": "years", "at_least": 3}]},
              {"id": "L5", "name": \(text("Excellent")), "requirements": [
                {"kind": "percent", "scope": "core", "angle": "execution", "at_least": 100},
                {"kind": "percent", "scope": "innovation", "angle": "method", "at_least": 100},
                {"kind": "percent", "scope": "innovation", "angle": "execution", "at_least": 90},
                {"kind": "total", "at_least": 3380}, {"kind": "years", "at_least": 5}]}]}
        }
        """
    }

    static func load(_ json: String, file: String = "fixture.json") throws(LoadError) -> Questionnaire {
        try QuestionnaireDecoder.decode(bytes: Array(json.utf8), file: file)
    }

    static func session(_ q: Questionnaire, years: Int? = nil) -> Session {
        Session(questionnaire: QuestionnaireReference(q), profile: Profile(centre: "Test", yearsInOperation: years), createdAt: "2026-01-01T00:00:00Z")
    }

    /// Rates criteria by id range: each range gets a method and an execution rating.
    static func rate(_ session: inout Session, _ ids: ClosedRange<Int>, method: Int?, execution: Int?) {
        for id in ids {
            if let method { session.setAnswer(.rated(method), criterion: String(id), angle: "method", at: "t") }
            if let execution { session.setAnswer(.rated(execution), criterion: String(id), angle: "execution", at: "t") }
        }
    }

    /// Rates a list of consecutive criteria starting at `first` from a sequence of (count, rating) runs.
    static func rate(_ session: inout Session, from first: Int, angle: String, runs: [(count: Int, rating: Int)]) {
        var id = first
        for run in runs {
            for _ in 0..<run.count {
                session.setAnswer(.rated(run.rating), criterion: String(id), angle: angle, at: "t")
                id += 1
            }
        }
    }
}
