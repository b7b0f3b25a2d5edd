import MaturityCore
import TerminalUI
@testable import MaturityTUI

/// A small bilingual questionnaire with the CC-CMM-OC shape (method and
/// execution, 0/5/10, N/A allowed, level rules), so wizard tests do not
/// depend on the shipped content.
enum TUIFixtures {
    static func criterion(_ id: String, zh: String, en: String) -> String {
        let guidance = #"{"0": {"zh": "没有做", "en": "Not done"}, "5": {"zh": "做了一部分", "en": "Partly done"}, "10": {"zh": "完全做到", "en": "Fully done"}}"#
        return """
        {"id": "\(id)", "title": {"zh": "\(zh)", "en": "\(en)"},
         "statement": {"zh": "中心应当\(zh)，并形成书面文件。", "en": "The centre should have \(en.lowercased()), written down."},
         "provenance": "source",
         "questions": [
           {"angle": "method", "text": {"zh": "是否有成文的\(zh)？", "en": "Is there a written \(en.lowercased())?"}, "guidance": \(guidance), "evidence": {"zh": "制度文件", "en": "The policy document"}},
           {"angle": "execution", "text": {"zh": "过去一年是否执行了\(zh)并留有记录？", "en": "In the past year, was \(en.lowercased()) carried out and recorded?"}, "guidance": \(guidance), "evidence": {"zh": "执行记录", "en": "Records"}}]}
        """
    }

    static let json = """
    {"format": 1, "id": "mini", "version": "1", "title": {"zh": "迷你模型", "en": "Mini model"},
     "scale": {"values": [0, 5, 10], "labels": {"0": {"zh": "不符合", "en": "Does not meet"}, "5": {"zh": "部分符合", "en": "Partly meets"}, "10": {"zh": "完全符合", "en": "Fully meets"}}, "not_applicable": true},
     "angles": [{"id": "method", "title": {"zh": "方法合规", "en": "Method"}}, {"id": "execution", "title": {"zh": "执行到位", "en": "Execution"}}],
     "groups": [
       {"id": "1.0", "title": {"zh": "设计与规划", "en": "Design & planning"}, "criteria": [
         \(criterion("1", zh: "文化与战略", en: "Culture and strategy")),
         \(criterion("2", zh: "应急预案", en: "Emergency plan"))]},
       {"id": "2.0", "title": {"zh": "运营与管理", "en": "Operations"}, "criteria": [
         \(criterion("3", zh: "排班流程", en: "Scheduling process")),
         \(criterion("4", zh: "质检标准", en: "Quality standard"))]}],
     "scoring": {"method": "levels", "counting": "strict",
       "scopes": [{"id": "core", "title": {"zh": "全部", "en": "all"}, "groups": ["1.0", "2.0"]}],
       "unrated": {"id": "L0", "name": {"zh": "未定级", "en": "Not rated"}},
       "levels": [{"id": "L1", "name": {"zh": "应用级", "en": "Applied"}, "requirements": [
           {"kind": "percent", "scope": "core", "angle": "method", "at_least": 50},
           {"kind": "total", "at_least": 40}]},
         {"id": "L2", "name": {"zh": "专业级", "en": "Professional"}, "requirements": [
           {"kind": "percent", "scope": "core", "angle": "method", "at_least": 100},
           {"kind": "years", "at_least": 2}]}]}}
    """

    static func questionnaire() throws -> Questionnaire {
        try QuestionnaireDecoder.decode(bytes: Array(json.utf8), file: "mini.json")
    }

    /// A wizard on the criterion screen of a new session.
    static func state(language: Language = .zh, years: Int? = 1) throws -> WizardState {
        let q = try questionnaire()
        var state = WizardState(language: language, screen: .criterion, today: "2026-11-23", now: "2026-11-23T10:00:00Z")
        let session = Session(questionnaire: QuestionnaireReference(q),
                              profile: Profile(centre: "上海浦东客服中心", date: "2026-11-23", yearsInOperation: years, language: language),
                              createdAt: "2026-11-23T09:00:00Z")
        state.assessment = Assessment(questionnaire: q, session: session, path: "/tmp/mini.json")
        state.models = [q]
        return state
    }
}

/// Keys pressed through the pure update, as a person would type them.
protocol PressesKeys {}

extension PressesKeys {
    func press(_ keys: [Key], _ state: inout WizardState) -> [Effect] {
        keys.flatMap { WizardUpdate.handle($0, &state) }
    }

    func chars(_ text: String) -> [Key] { text.map { Key.character($0) } }
}
