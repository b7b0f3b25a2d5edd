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
    var complete: String { t("已全部作答", "All answered") }
    var level: String { t("等级", "Level") }
    var nextLevel: String { t("下一级", "Next") }
    var topLevelReached: String { t("已达到最高等级", "Highest level reached") }
    var total: String { t("总分", "Total") }
    var saved: String { t("已保存", "Saved") }
    var saveFailed: String { t("保存失败", "SAVE FAILED") }
    var saveFailedHelp: String { t("r 重试保存，w 另存为（答案仍在内存中）", "r: retry, w: save elsewhere (answers kept in memory)") }
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
    func dateInvalid(_ date: String) -> String {
        t("日期「\(date)」无效：须为存在的日期，格式 YYYY-MM-DD", "\"\(date)\" is not a valid date: it must be a real day, as YYYY-MM-DD")
    }
    var centreRequired: String { t("请填写中心名称", "Please enter the centre's name") }
    var startButton: String { t("开始评估", "Start the assessment") }
    var confirmClear: String { t("清除该题答案？y 确认，其他键取消", "Clear this answer? y to confirm, any other key to cancel") }
    var summaryTitle: String { t("评估完成", "Assessment complete") }
    var filterNames: [String] { [t("全部", "all"), t("未答", "unanswered"), t("待复核", "flagged"), t("不适用", "N/A"), t("低于满分", "below top"), t("有分歧", "conflicts"), t("满分无证据", "top, no evidence")] }
    var planTitle: String { t("提升计划", "Gap plan") }
    var planNothing: String { t("已达到目标，无需改动", "The target is already reached; nothing to change") }
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
    var nothingToUndo: String { t("没有可撤销的改动", "Nothing to undo") }
    var nothingToRedo: String { t("没有可重做的改动", "Nothing to redo") }
    var nothingToClear: String { t("该题尚未作答，无需清除", "This question has no answer to clear") }
    var chooseFirst: String { t("先用 ←→ 选中一个选项，或直接按数字", "Highlight a choice with ←→ first, or press its number") }
    var noConflict: String { t("该条目没有评估人分歧，a 无作用", "No assessors' conflict here; a does nothing") }
    var keyDoesNothing: String { t("此键在这里无作用（? 查看按键）", "That key does nothing here (? lists the keys)") }
    var lastCriterion: String { t("已是最后一个条目；S 查看总结，o 目录", "This is the last criterion; S: summary, o: outline") }
    var profileUnchanged: String { t("档案未改动", "Profile unchanged") }
    var digitsOnly: String { t("这里只能输入数字", "Digits only here") }
    var editProfileTitle: String { t("修改评估档案", "Edit the assessment profile") }
    var saveProfileButton: String { t("保存档案", "Save the profile") }
    func noSuchChoice(_ count: Int) -> String { t("只有 1–\(count) 号选项", "Only choices 1–\(count) exist") }

    /// What a change was, in words, for the undo message.
    func changeName(_ change: AnswerChange, questionnaire q: Questionnaire) -> String {
        let angle: (String) -> String = { q.angle($0)?.title[self.language] ?? $0 }
        switch change.kind {
        case let .rating(id, value): return t("评分（\(angle(id)) \(value)）", "rating (\(angle(id)) \(value))")
        case .notApplicable: return t("不适用及理由", "N/A and its reason")
        case .note: return t("备注", "note")
        case .flag: return t("复核标记", "review flag")
        case let .clear(id): return t("清除（\(angle(id))）", "clearing (\(angle(id)))")
        }
    }

    func undone(_ change: AnswerChange, redo: Bool, questionnaire q: Questionnaire) -> String {
        let what = changeName(change, questionnaire: q)
        return redo ? t("已重做：条目 \(change.criterion) 的\(what)（z 撤销）", "Redone: the \(what) of criterion \(change.criterion) (z undoes)")
                    : t("已撤销：条目 \(change.criterion) 的\(what)（Z 重做）", "Undone: the \(what) of criterion \(change.criterion) (Z redoes)")
    }

    /// "years 2 → 3: L3 → L4", or just the level when the years did not change.
    func yearsChange(_ years: (Int?, Int?), level: (String, String)) -> String {
        let show: (Int?) -> String = { $0.map(String.init) ?? "—" }
        let levelPart = level.0 == level.1 ? t("等级仍为 \(level.0)", "level stays \(level.0)") : "\(level.0) → \(level.1)"
        guard years.0 != years.1 else { return t("等级：", "Level: ") + levelPart }
        return t("运营年限 \(show(years.0)) → \(show(years.1))：", "years \(show(years.0)) → \(show(years.1)): ") + levelPart
    }

    func profileSaved(years: (Int?, Int?), level: (String, String)) -> String {
        t("档案已保存；", "Profile saved; ") + yearsChange(years, level: level)
    }

    func sessionClosed(_ path: String) -> String { t("已保存：\(path)", "Saved: \(path)") }
    func remaining(_ count: Int, of total: Int) -> String {
        count == 0 ? t("全部 \(total) 条已答", "all \(total) criteria answered")
                   : t("还剩 \(count) 条未答（共 \(total) 条）", "\(count) of \(total) criteria remain")
    }
    var progressLabel: String { t("进度", "Progress") }
    var searchPrompt: String { t("搜索条目（标题、要求、题目，中英文均可；Enter 搜索，Esc 取消）", "Search the criteria (titles, statements, questions, in Chinese or English; Enter searches, Esc cancels)") }
    func noSearchMatch(_ query: String) -> String { t("没有条目包含「\(query)」", "No criterion mentions \"\(query)\"") }
    var searchFirst: String { t("先按 / 搜索", "Press / to search first") }
    func searchPosition(_ n: Int, of count: Int, query: String) -> String {
        t("「\(query)」第 \(n)/\(count) 处（Tab 下一处，Shift-Tab 上一处）", "\"\(query)\": match \(n) of \(count) (Tab next, Shift-Tab previous)")
    }
    var askReportFormat: String { t("报告格式：h HTML · m Markdown · c CSV（Esc 取消）", "Report format: h HTML · m Markdown · c CSV (Esc cancels)") }
    var reportPathPrompt: String { t("报告写到（Enter 写入，Esc 取消）", "Write the report to (Enter writes, Esc cancels)") }
    var reportExists: String { t("该文件已存在：再按 Enter 覆盖，或改一个路径", "The file exists: Enter again replaces it, or change the path") }
    func reportWritten(_ path: String) -> String { t("报告已写入：\(path)", "Report written: \(path)") }
    func question(_ question: PendingQuestion) -> String {
        switch question {
        case .reportFormat: return askReportFormat
        case .followUpAnswers: return t("复评：b 答案留空 · c 复制上次答案作为起点（Esc 取消）", "Follow-up: b blank answers · c copy the answers as a starting point (Esc cancels)")
        case let .archive(path): return t("归档 \(URLName.last(path))（移到 archive 子文件夹）？y 确认，其他键取消", "Archive \(URLName.last(path)) (moved to the archive subfolder)? y: yes, any other key: no")
        case let .delete(path, second):
            return second ? t("这是一份已完成的评估。确实删除 \(URLName.last(path))？y 删除，其他键取消", "This assessment is complete. Really delete \(URLName.last(path))? y: delete, any other key: no")
                          : t("删除 \(URLName.last(path))？无法恢复。y 确认，其他键取消", "Delete \(URLName.last(path))? It cannot be undone. y: yes, any other key: no")
        }
    }
    var renamePrompt: String { t("新文件名（同一文件夹；Enter 改名，Esc 取消）", "New file name (same folder; Enter renames, Esc cancels)") }
    var renameNoFolders: String { t("文件名不能含 /（改名只在同一文件夹内）", "A file name cannot hold / (renaming stays in the same folder)") }
    func exists(_ path: String) -> String { t("\(path) 已存在，未覆盖", "\(path) exists; it was not overwritten") }
    func renamed(_ path: String) -> String { t("已改名为 \(path)", "Renamed to \(path)") }
    func archived(_ path: String) -> String { t("已归档到 \(path)", "Archived to \(path)") }
    func deleted(_ path: String) -> String { t("已删除 \(path)", "Deleted \(path)") }
    func followUpCreated(_ path: String) -> String { t("复评已创建：\(path)（上次评估作为基线）", "Follow-up created: \(path) (the earlier assessment is its baseline)") }
    var modelColumn: String { t("模型", "Model") }
    var lastChange: String { t("最后修改", "Last change") }
    var fileLabel: String { t("文件：", "File: ") }
    var pickASessionFirst: String { t("先选中一份已保存的评估", "Select a saved assessment first") }
    var migrated: String { t("问卷版本已变化：答案已按条目编号带入", "The questionnaire changed: answers were carried over by criterion id") }
    // The keys come first in these questions: on a narrow terminal the end is cut.
    var quitUnsaved: String { t("答案未保存！r 重试  w 另存为  d 放弃并退出  Esc 留下", "Answers NOT saved! r retry  w save elsewhere  d discard & quit  Esc stay") }
    var discardTyping: String { t("放弃刚输入的文字？y 放弃，其他键继续编辑", "Discard what you typed? y discards it, any other key goes back to editing") }
    func replaceNotApplicable(_ reason: String) -> String {
        t("改为评分并删除不适用理由？y 确认，其他键取消（理由：\(reason)）",
          "Rate it and drop the N/A reason? y yes, any other key no (reason: \(reason))")
    }
    func recoveryFound(_ path: String) -> String {
        t("上次未能保存的答案：y 载入并保存  d 删除副本  Esc 稍后 — \(path)",
          "Unsaved answers from last time: y load & save  d delete the copy  Esc later — \(path)")
    }
    var recoveryLoaded: String { t("已载入上次未保存的答案", "The unsaved answers from last time were loaded") }
    var recoveryDeleted: String { t("已删除未保存答案的副本", "The copy of unsaved answers was deleted") }
    var takeOver: String { t("另一个向导已关闭此评估。按 T 接手编辑（从磁盘重新读取）", "The other wizard has closed this assessment. Press T to take over (re-read from disk)") }
    var tookOver: String { t("已接手：可以编辑了", "Taken over: you can edit now") }
    /// The whole read-only line for why the session cannot be edited here.
    func readOnly(_ reason: ReadOnlyReason) -> String {
        switch reason {
        case let .heldBy(holder): return readOnly(lockedBy(user: holder.user, host: holder.host, pid: holder.pid, since: holder.since))
        case .heldByUnknown: return readOnly(t("另一个程序", "another program"))
        case let .foreignLock(path): return t("只读：另一用户持有此评估的锁（\(path) 无法读取）", "Read-only: another user holds this assessment's lock (\(path) cannot be read)")
        case let .badLock(path): return t("只读：\(path) 不是锁文件，无法确认是否有人在编辑", "Read-only: \(path) is not a lock file, so nobody can tell who is editing")
        case let .hardLinks(count): return t("只读：此文件有 \(count) 个硬链接名，保存会使它们分离；请先复制一份再编辑", "Read-only: this file has \(count) hard-linked names and saving would split them; edit a copy instead")
        }
    }
}
