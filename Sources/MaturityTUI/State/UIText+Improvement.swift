import MaturityCore

/// Wizard words of the evidence register and the action plan.
extension UIText {
    var evidenceList: String { t("证据", "Evidence") }
    func evidenceCount(_ count: Int) -> String { t("证据 \(count) 项", count == 1 ? "1 evidence item" : "\(count) evidence items") }
    var noEvidence: String { t("（尚无证据，按 a 添加）", "(no evidence yet — press a to add)") }
    func evidenceFormTitle(_ criterion: String) -> String { t("条目 \(criterion) 的证据", "Evidence for criterion \(criterion)") }
    var evidenceTitle: String { t("看到了什么", "What was seen") }
    var evidenceKind: String { t("类型", "Kind") }
    var evidenceLocation: String { t("位置（路径或网址）", "Where (path or URL)") }
    var evidenceSeenOn: String { t("查看日期", "Seen on") }
    var evidenceSeenBy: String { t("查看人", "Seen by") }
    var evidenceSaved: String { t("证据已保存", "Evidence saved") }
    func kindName(_ kind: EvidenceKind) -> String {
        switch kind {
        case .document: return t("文件", "document")
        case .record: return t("记录", "record")
        case .observation: return t("现场观察", "observation")
        case .interview: return t("访谈", "interview")
        }
    }

    var actionsTitle: String { t("改进行动", "Action plan") }
    var newAction: String { t("新建行动", "New action") }
    func actionFormTitle(_ id: String) -> String { t("行动 \(id)", "Action \(id)") }
    var actionTitle: String { t("行动", "Action") }
    var actionOwner: String { t("负责人", "Owner") }
    var actionDue: String { t("完成期限", "Due") }
    var actionStatus: String { t("状态", "Status") }
    var actionTargets: String { t("目标评分", "Target ratings") }
    func actionSaved(_ id: String) -> String { t("行动 \(id) 已保存", "Action \(id) saved") }
    func actionsMade(_ count: Int) -> String { t("已生成 \(count) 项行动", count == 1 ? "1 action made" : "\(count) actions made") }
    var noActions: String { t("（尚无行动：在提升计划中按 a 生成，或按 n 为当前条目新建）", "(no actions yet: press a in the gap plan, or n here for the current criterion)") }
    func statusName(_ status: ActionStatus) -> String {
        switch status {
        case .planned: return t("计划中", "planned")
        case .inProgress: return t("进行中", "in progress")
        case .done: return t("已完成", "done")
        case .dropped: return t("已放弃", "dropped")
        }
    }
    var sortMade: String { t("按创建顺序", "in the order made") }
    var sortDue: String { t("按完成期限", "by due date") }
    var allStatuses: String { t("全部状态", "every status") }
    var allOwners: String { t("全部负责人", "every owner") }
    func raiseGroup(_ id: String, _ title: String) -> String { t("提升 \(id) \(title)", "Raise \(id) \(title)") }
    func reachTarget(_ id: String, _ name: String) -> String { t("达到 \(id) \(name)", "Reach \(id) \(name)") }
    var groupingPrompt: String {
        t("把计划中的改动生成行动：1 每个条目一项  2 每个维度一项  3 合为一项  其他键取消",
          "Turn the changes into actions: 1 one per criterion  2 one per dimension  3 one for all  other keys cancel")
    }
    var confirmRemove: String { t("删除所选项？y 确认，其他键取消", "Remove the selected item? y to confirm, any other key to cancel") }
    func fieldRequired(_ label: String) -> String { t("请填写：\(label)", "Please fill in: \(label)") }

    /// "The actions cover 3 of 4 changes to L2; 1 more needed".
    func coverage(_ covered: Int, _ total: Int, target: String, remaining: Int?) -> String {
        let base = t("行动覆盖到 \(target) 所需改动 \(covered)/\(total)", "Actions cover \(covered) of \(total) changes to \(target)")
        guard let remaining else { return base }
        if remaining == 0 { return base + t("；全部完成即可达到", "; done, they reach it") }
        return base + t("；完成后仍差 \(remaining) 处", "; \(remaining) more needed after them")
    }

    func targetState(_ state: TargetState) -> String {
        switch state {
        case let .reached(value): return t("已达到（\(value)）", "reached (\(value))")
        case let .below(value): return t("未达到（\(value)）", "not reached (\(value))")
        case .notApplicable: return t("不适用", "N/A")
        case .unanswered: return t("未答", "unanswered")
        case .gone: return t("条目已不存在", "criterion gone")
        }
    }

    func overall(_ overall: ActionProgress.Overall) -> String {
        switch overall {
        case .reached: return t("✓ 已达标", "✓ reached")
        case .partly: return t("◐ 部分达标", "◐ partly reached")
        case .notReached: return t("✗ 未达标", "✗ not reached")
        case .nothingToCheck: return t("— 无目标", "— no targets")
        }
    }
    var baselineActionsTitle: String { t("基线评估中的行动（按本次评分核对）", "Actions of the baseline, checked against this assessment") }
}
