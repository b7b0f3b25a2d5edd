import Foundation
import MaturityCore

/// The shipped questionnaires and sessions rated in code, for builder and writer tests.
enum Shipped {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ids = ["cc-cmm-oc", "see-cmm", "cccs-op-2003", "cccs-v7-outline"]

    static func load(_ id: String) throws -> Questionnaire {
        try QuestionnaireDecoder.load(path: root.appendingPathComponent("Questionnaires/\(id).json").path)
    }

    static func session(_ q: Questionnaire, language: Language = .en, centre: String = "Centre", years: Int? = 3) -> Session {
        Session(questionnaire: QuestionnaireReference(q),
                profile: Profile(centre: centre, date: "2026-01-01", yearsInOperation: years, language: language),
                answers: [:], createdAt: "2026-01-01T00:00:00Z")
    }

    /// Every question of `criterion` answered `value` (or every aspect at that level).
    static func rate(_ s: inout Session, _ q: Questionnaire, _ criterion: Criterion, _ value: Int) {
        for question in criterion.questions { s.setAnswer(.rated(value), criterion: criterion.id, angle: question.angle, at: "t") }
    }
}
