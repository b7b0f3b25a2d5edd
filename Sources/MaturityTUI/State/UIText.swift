import MaturityCore

/// Interface wording in both languages. Questionnaire text comes from the
/// file; everything the wizard itself says comes from here.
public struct UIText: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// Punctuation follows the language: full-width in Chinese, ASCII in English.
    var colon: String { t("：", ": ") }
    func paren(_ inner: String) -> String { t("（\(inner)）", " (\(inner))") }

    var appName: String { t("ccmm 成熟度自评", "ccmm maturity self-assessment") }
    var answered: String { t("已答", "Answered") }
    var criterion: String { t("条目", "Criterion") }
    var note: String { t("备注", "Note") }
    var flagged: String { t("待复核", "Flagged for review") }
    var notApplicable: String { t("不适用", "N/A") }
    var naReasonPrompt: String { t("不适用的理由（必填，Enter 确认，Esc 取消）", "Why is this not applicable? (required; Enter to confirm, Esc to cancel)") }
    var notePrompt: String { t("备注（Ctrl-S 或 F2 保存，Esc 取消；Enter 换行）", "Note (Ctrl-S or F2 saves, Esc cancels; Enter starts a new line)") }
    var evidence: String { t("审核证据", "Evidence") }
    var unanswered: String { t("未答", "unanswered") }
    var provisional: String { t("暂定：尚有未答题目（按 0 分计）", "Provisional: unanswered questions count as 0") }
    var complete: String { t("已全部作答", "All answered") }
    var level: String { t("等级", "Level") }
    var nextLevel: String { t("下一级", "Next") }
    var topLevelReached: String { t("已达到最高等级", "Highest level reached") }
    var total: String { t("总分", "Total") }
    var saved: String { t("已保存", "Saved") }
    var saveFailed: String { t("保存失败", "SAVE FAILED") }
    var saveFailedHelp: String { t("答案仍在内存中。r 重试保存，w 另存为…", "Your answers are kept in memory. r: retry, w: save elsewhere…") }
    var saveAsPrompt: String { t("另存为（文件路径，Enter 确认，Esc 取消）", "Save as (file path; Enter to confirm, Esc to cancel)") }
    var enlarge: String { t("请把终端窗口放大", "Please enlarge the terminal") }
    var outline: String { t("目录", "Outline") }
    var scorecard: String { t("记分卡", "Scorecard") }
    var help: String { t("按键帮助", "Keys") }
    var startTitle: String { t("已保存的评估", "Saved assessments") }
    var newAssessment: String { t("＋ 新建评估", "+ New assessment") }
    var pickModel: String { t("选择成熟度模型", "Choose the maturity model") }
    var profileTitle: String { t("评估档案", "Assessment profile") }
    var centre: String { t("中心名称", "Centre") }
    var site: String { t("站点", "Site") }
    var assessor: String { t("评估人", "Assessor") }
    var date: String { t("评估日期", "Date") }
    var years: String { t("运营年限", "Years in operation") }
    var language_: String { t("语言", "Language") }
    var yearsInvalid: String { t("运营年限须为 0–200 的整数", "Years in operation must be a whole number from 0 to 200") }
    var dateInvalid: String { t("日期格式为 YYYY-MM-DD", "The date must be YYYY-MM-DD") }
    var centreRequired: String { t("请填写中心名称", "Please enter the centre's name") }
    var startButton: String { t("开始评估", "Start the assessment") }
    var confirmClear: String { t("清除该题答案？y 确认，其他键取消", "Clear this answer? y to confirm, any other key to cancel") }
    var summaryTitle: String { t("评估完成", "Assessment complete") }
    var filterNames: [String] { [t("全部", "all"), t("未答", "unanswered"), t("待复核", "flagged"), t("不适用", "N/A"), t("低于满分", "below top"), t("有分歧", "conflicts")] }
    var planTitle: String { t("提升计划", "Gap plan") }
    var planNothing: String { t("已达到目标，无需改动", "The target is already reached; nothing to change") }
    var planHint: String { t("↑↓ 选择  Enter 打开条目  Esc 返回", "↑↓ choose  Enter open the criterion  Esc back") }
    var conflictTitle: String { t("评估人意见不一（未裁定前按较低分计）", "Assessors disagree (until settled, the lower rating counts)") }
    var settleHint: String { t("按正常方式评分后，按 a 采纳当前答案并裁定", "Rate as usual, then press a to accept the current answers and settle") }
    var settled: String { t("已裁定", "Settled") }
    var filterLabel: String { t("筛选", "Filter") }
    var noMatch: String { t("（没有符合筛选条件的条目）", "(no criteria match this filter)") }
    var readingStrict: String { t("严格计数", "strict counting") }
    var readingWeighted: String { t("加权计数", "weighted counting") }
    var weakest: String { t("最弱项", "Weakest") }
    var shortestStave: String { t("短板", "Shortest stave") }
    var mean: String { t("平均", "Mean") }
    var outcome: String { t("结果", "Outcome") }
    var yes: String { t("是", "yes") }
    var noSessions: String { t("还没有保存的评估", "No saved assessments yet") }
    var unreadable: String { t("无法读取", "unreadable") }
    func readOnly(_ holder: String) -> String { t("只读：\(holder) 正在编辑此评估", "Read-only: \(holder) is editing this assessment") }
    func lockedBy(user: String, host: String, pid: Int32, since: String) -> String {
        t("\(user)@\(host)（进程 \(pid)，自 \(since) 起）", "\(user)@\(host) (pid \(pid), since \(since))")
    }
    var fileReplaced: String { t("文件已被其他程序修改，未覆盖；r 用当前答案覆盖，w 另存为", "the file was changed by another program and was not overwritten; r replaces it with your answers, w saves elsewhere") }
    var fileRecreated: String { t("会话文件曾被删除，已按当前答案重新写入", "The session file had been deleted; it was written again from your answers") }
    var migrated: String { t("问卷版本已变化：答案已按条目编号带入", "The questionnaire changed: answers were carried over by criterion id") }

    func keyHintCriterion(choices: Int) -> String {
        t("1-\(choices)评分 n不适用 ?帮助 q退出 ↑↓换题 ,.上/下条 u未答 o目录 s记分卡 p计划 e备注 f标记",
          "1-\(choices) answer  n N/A  ? help  q quit  ↑↓ question  ,. prev/next  u unanswered  o outline  s score  p plan  e note  f flag")
    }

    /// Every key, for the help screen.
    var helpLines: [(String, String)] {
        [
            ("1 2 3 …", t("给当前题目评分（按选项顺序；SEE-CMM 中即等级 1–4），答完自动跳到下一题", "Answer the focused question (choices in order; for SEE-CMM the level 1–4); moves on by itself")),
            ("← → h l", t("在选项间移动，查看各选项的评分说明", "Move between choices to read each one's guidance")),
            ("Enter / 空格", t("选定高亮的选项", "Choose the highlighted choice")),
            ("n", t("不适用（须填写理由）", "Not applicable (a reason is required)")),
            ("x / Delete", t("清除当前题的答案（需确认）", "Clear the focused answer (asks first)")),
            ("↑ ↓ k j Tab", t("在方法题、执行题之间切换", "Move between the questions")),
            (", . PgUp PgDn", t("上一条 / 下一条", "Previous / next criterion")),
            ("u", t("跳到下一个未答条目", "Next unanswered criterion")),
            ("o", t("目录：全部条目及其状态，可筛选、可跳转", "Outline of all criteria with their state; filter and jump")),
            ("s", t("记分卡（大窗口时常驻右侧）", "Scorecard (always beside the question on large terminals)")),
            ("e", t("编辑备注（可输入中文，多行）", "Edit the note (Chinese input, several lines)")),
            ("f", t("标记 / 取消待复核", "Flag / unflag for review")),
            ("p", t("提升计划：到下一级还差什么、最少要改哪些条目", "Gap plan: what the next level needs and the fewest criteria to raise")),
            ("a", t("采纳当前答案，裁定评估人分歧（合并后的评估）", "Accept the current answers and settle an assessors' conflict (merged sessions)")),
            ("w", t("切换计数口径（严格 / 加权）", "Switch the counting reading (strict / weighted)")),
            ("目录中 a u f n b c", t("筛选：全部 / 未答 / 待复核 / 不适用 / 低于满分 / 有分歧", "Filters: all / unanswered / flagged / N/A / below top / conflicts")),
            ("Esc", t("返回上一层", "Back")),
            ("Ctrl-Z", t("挂起（fg 恢复）", "Suspend (fg resumes)")),
            ("q / Ctrl-C", t("退出（每次作答都已保存）", "Quit (every answer is already saved)")),
            ("?", t("本帮助", "This help")),
        ]
    }
}
