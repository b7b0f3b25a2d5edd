import Foundation
import MaturityCore

/// Session files made with `ccmm import`, the way a user makes them, with a
/// fixed date so that output does not depend on the day the tests run.
enum Sessions {
    /// Hostile text a session file can carry: screen clear, OSC 52 clipboard
    /// write, OSC 0 title, C1 CSI, a right-to-left override, Markdown links
    /// and images, HTML and a spreadsheet formula.
    static let hostile = "\u{1B}[2J\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}\u{1B}]0;owned\u{07}\u{9B}31m\u{202E}txt.exe [x](javascript:alert(1)) ![x](http://evil.example/x.png) </style><b>=1+1"

    /// A CSV for the model: points models rate `method,execution`, SEE-CMM rates aspects.
    static func csv(model: String, rows: Int, note: String = "") throws -> String {
        let quoted = "\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        if model == "see-cmm" {
            let enablers = (1...5).flatMap { id in ["approach", "deployment", "feedback"].map { "\(id).\($0)" } }
            let results = (6...8).flatMap { id in ["trend", "target", "comparison", "cause", "scope"].map { "\(id).\($0)" } }
            let aspects = enablers + results
            return "id,level,note\n" + aspects.prefix(rows).enumerated().map { index, id in
                "\(id),\(index % 4 + 1),\(index == 0 ? quoted : "")\n"
            }.joined()
        }
        let q = try QuestionnaireDecoder.load(path: Run.root.path + "/Questionnaires/\(model).json")
        return "id,method,execution,note\n" + q.criteria.prefix(rows).enumerated().map { index, criterion in
            "\(criterion.id),\(index % 3 == 2 ? 5 : 10),\(index % 4 == 3 ? 0 : 10),\(index == 0 ? quoted : "")\n"
        }.joined()
    }

    @discardableResult
    static func make(_ name: String, model: String, rows: Int, in folder: String, language: String = "en",
                     centre: String = "North Hub", note: String = "") throws -> String {
        let csvPath = folder + "/\(name).csv"
        try Sessions.csv(model: model, rows: rows, note: note).write(toFile: csvPath, atomically: true, encoding: .utf8)
        let path = folder + "/\(name).json"
        let run = try Run.ccmm(["import", "--questionnaire", model, "--csv", csvPath, "--output", path, "--centre", centre,
                                "--years", "3", "--date", "2026-01-15", "--lang", language, "--force"], in: folder)
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["message": run.stderr]) }
        return path
    }
}
