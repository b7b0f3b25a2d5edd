import MaturityCore

/// One key (or group of keys) of a screen: a short label for the key line
/// and a sentence for the help screen. Lists are in order of importance: the
/// key line shows as many as fit from the front, help shows them all.
public struct KeyHelp: Sendable, Equatable {
    public var keys: String
    public var short: String
    public var long: String
}

/// The screens that have their own keys (help lists the keys of the screen it was opened from).
public enum KeyScreen: Sendable, Equatable {
    case criterion, outline, scorecard, plan, start, pickModel, profile
}

extension UIText {
    /// The key help's and the improvement screens' words, until they move into the catalog too.
    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    func key(_ keys: String, _ shortZh: String, _ shortEn: String, _ longZh: String, _ longEn: String) -> KeyHelp {
        KeyHelp(keys: keys, short: t(shortZh, shortEn), long: t(longZh, longEn))
    }

    var quitKey: KeyHelp { key("q", "退出", "quit", "退出（每次作答都已保存；保存失败时先询问）", "Quit (every answer is already saved; after a failed save it asks first)") }
    var helpKey: KeyHelp { key("?", "帮助", "help", "本帮助（本屏的全部按键）", "This help (every key of the screen)") }
    var backKey: KeyHelp { key("Esc", "返回", "back", "回到条目", "Back to the criterion") }

    var space: String { t("空格", "Space") }

    var helpKeys: [KeyHelp] {
        [key("↑↓", "滚动", "scroll", "", ""), key("Esc", "返回", "back", "", "")]
    }

    func helpPosition(first: Int, last: Int, of count: Int) -> String {
        t("第 \(first)–\(last) 项，共 \(count) 项", "\(first)–\(last) of \(count)")
    }

    func keys(_ screen: KeyScreen, choices: Int = 3) -> [KeyHelp] {
        switch screen {
        case .criterion: return criterionKeys(choices: choices)
        case .outline: return outlineKeys
        case .scorecard: return scorecardKeys
        case .plan: return planKeys
        case .start: return startKeys
        case .pickModel: return pickModelKeys
        case .profile: return profileKeys
        }
    }

    func criterionKeys(choices: Int) -> [KeyHelp] {
        [
            key("1-\(choices)", "评分", "answer", "给当前题目评分（按选项顺序；SEE-CMM 中即等级 1–4），答完自动跳到下一题；全部答完后为复核模式，同样跳到下一条",
                "Answer the focused question (choices in order; for SEE-CMM the level 1–4); moves on by itself, also when revising a finished assessment"),
            key("n", "不适用", "N/A", "不适用（须填写理由；适用于整个条目）", "Not applicable (a reason is required; it covers the whole criterion)"),
            helpKey,
            quitKey,
            key("z", "撤销", "undo", "撤销上一次改动（评分、不适用及理由、备注、标记、清除），撤销后立即保存", "Undo the last change (rating, N/A and reason, note, flag, clearing); saved at once"),
            key(", .", "上/下条", "prev/next", "上一条 / 下一条（也可用 PgUp PgDn）", "Previous / next criterion (also PgUp PgDn)"),
            key("o", "目录", "outline", "目录：全部条目及其状态，可筛选、搜索、跳转", "Outline of all criteria with their state; filter, search and jump"),
            key("s", "记分卡", "score", "记分卡（大窗口时常驻右侧）", "Scorecard (always beside the question on large terminals)"),
            key("p", "计划", "plan", "提升计划：到任一目标等级还差什么、最少要改哪些条目", "Gap plan: what a target level needs and the fewest criteria to raise"),
            key("e", "备注", "note", "编辑备注（可输入中文，多行）", "Edit the note (Chinese input, several lines)"),
            key("v", "证据", "evidence", "证据：添加、编辑、删除本条目的证据（标题、类型、位置、日期、查看人、备注）",
                "Evidence: add, edit, remove this criterion's evidence (title, kind, location, date, seen by, note)"),
            key("t", "行动", "actions", "改进行动：列表、按期限排序、按状态或负责人筛选、编辑；n 为本条目新建",
                "Action plan: list, sort by due date, filter by status or owner, edit; n makes one for this criterion"),
            key("f", "标记", "flag", "标记 / 取消待复核", "Flag / unflag for review"),
            key("u", "未答", "unanswered", "跳到下一个未答条目", "Next unanswered criterion"),
            key("S", "总结", "summary", "总结：等级、各维度进度与剩余条目", "Summary: level, progress per dimension and criteria remaining"),
            key("i", "档案", "profile", "修改评估档案（中心、站点、评估人、日期、运营年限、语言），保存前显示对等级的影响",
                "Edit the profile (centre, site, assessor, date, years, language); the effect on the level is shown before saving"),
            key("R", "报告", "report", "写出报告（HTML、Markdown 或 CSV），默认放在评估文件旁边，并显示路径", "Write the report (HTML, Markdown or CSV), by default beside the session file, and show where"),
            key("Z", "重做", "redo", "重做刚撤销的改动（也可用 Ctrl-Y）", "Redo what was just undone (also Ctrl-Y)"),
            key("↑↓", "换题", "question", "在方法题、执行题之间切换（也可用 k j Tab）", "Move between the questions (also k j Tab)"),
            key("←→", "选项", "choices", "在选项间移动，查看各选项的评分说明（也可用 h l）", "Move between choices to read each one's guidance (also h l)"),
            key("Enter", "选定", "choose", "选定高亮的选项（也可用\(space)）", "Choose the highlighted choice (also \(space))"),
            key("x", "清除", "clear", "清除当前题的答案（需确认；也可用 Delete）", "Clear the focused answer (asks first; also Delete)"),
            key("a", "裁定", "settle", "采纳当前答案，裁定评估人分歧（合并后的评估）", "Accept the current answers and settle an assessors' conflict (merged sessions)"),
            key("w", "口径", "counting", "切换计数口径（严格 / 加权）", "Switch the counting reading (strict / weighted)"),
            key("Ctrl-Z", "挂起", "suspend", "挂起（fg 恢复）", "Suspend (fg resumes)"),
        ]
    }

    var outlineKeys: [KeyHelp] {
        [
            key("↑↓", "移动", "move", "上下移动（也可用 k j PgUp PgDn Home End）", "Move (also k j PgUp PgDn Home End)"),
            key("Enter", "打开", "open", "打开选中的条目", "Open the selected criterion"),
            key("Esc", "返回", "back", "回到条目（也可用 o）", "Back to the criterion (also o)"),
            key("/", "搜索", "search", "搜索条目标题、要求和题目（中英文）", "Search criterion titles, statements and questions (Chinese and English)"),
            key("Tab", "下一处", "next match", "下一处搜索结果（Shift-Tab 上一处）", "Next search match (Shift-Tab: previous)"),
            key("a/u/f/n/b/c/e", "筛选", "filter", "筛选：全部 / 未答 / 待复核 / 不适用 / 低于满分 / 有分歧 / 满分无证据",
                "Filters: all / unanswered / flagged / N/A / below top / conflicts / top rating without evidence"),
            quitKey,
            key("s", "记分卡", "score", "记分卡", "Scorecard"),
            helpKey,
        ]
    }

    var scorecardKeys: [KeyHelp] {
        [
            key("Esc", "返回条目", "back", "回到条目（其他键同）", "Back to the criterion (any other key too)"),
            key("o", "目录", "outline", "目录", "Outline"),
            key("p", "计划", "plan", "提升计划", "Gap plan"),
            key("l", "等级定义", "levels", "等级阶梯：各级定义，以及只由认证机构核查、ccmm 不评分的条件（分级模型）",
                "Level ladder: each level's definition and the conditions the certifying body checks, which ccmm does not score (level models)"),
            key("R", "报告", "report", "写出报告（HTML、Markdown 或 CSV）", "Write the report (HTML, Markdown or CSV)"),
            quitKey,
            helpKey,
        ]
    }

    var ladderKeys: [KeyHelp] {
        [
            key("↑↓", "滚动", "scroll", "上下滚动（也可用 k j PgUp PgDn Home End）", "Scroll (also k j PgUp PgDn Home End)"),
            key("Esc", "返回", "back", "回到记分卡（其他键同）", "Back to the scorecard (any other key too)"),
            quitKey,
        ]
    }

    var planKeys: [KeyHelp] {
        [
            key("↑↓", "选择", "choose", "在计划列出的条目间移动", "Move between the criteria the plan lists"),
            key("Enter", "打开条目", "open", "打开选中的条目", "Open the selected criterion"),
            key("a", "生成行动", "make actions", "把列出的改动生成改进行动（再选：每条目一项 / 每维度一项 / 合为一项）",
                "Turn the listed changes into actions (then choose: one per criterion / per dimension / one for all)"),
            key("t", "行动", "actions", "改进行动列表", "The action plan"),
            key("←→", "目标", "target", "换一个目标等级（或档次），不限于下一级", "Aim at another level (or band), not only the next"),
            backKey,
            quitKey,
            helpKey,
        ]
    }

    var evidenceKeys: [KeyHelp] {
        [
            key("a", "添加", "add", "添加证据", "Add an evidence item"),
            key("Enter", "编辑", "edit", "编辑选中的证据（也可用 e）", "Edit the selected item (also e)"),
            key("d", "删除", "remove", "删除选中的证据（需确认）", "Remove the selected item (asks first)"),
            key("↑↓", "选择", "choose", "在证据间移动", "Move between the items"),
            backKey,
            quitKey,
            helpKey,
        ]
    }

    var actionsKeys: [KeyHelp] {
        [
            key("Enter", "编辑", "edit", "编辑选中的行动（标题、负责人、期限、状态、备注）", "Edit the selected action (title, owner, due date, status, note)"),
            key("n", "新建", "new", "为当前条目新建行动（目标：各角度满分）", "New action for the current criterion (aiming at the top on each angle)"),
            key("d", "删除", "remove", "删除选中的行动（需确认）", "Remove the selected action (asks first)"),
            key("s", "排序", "sort", "切换排序：创建顺序 / 完成期限", "Sort: in the order made / by due date"),
            key("f", "状态", "status", "按状态筛选（全部、计划中、进行中、已完成、已放弃依次切换）", "Filter by status (all, planned, in progress, done, dropped in turn)"),
            key("w", "负责人", "owner", "按负责人筛选（依次切换）", "Filter by owner (each in turn)"),
            key("p", "计划", "plan", "提升计划（按 a 生成行动）", "Gap plan (a makes actions)"),
            backKey,
            quitKey,
            helpKey,
        ]
    }

    var formKeys: [KeyHelp] {
        [
            key("Tab", "下一项", "next field", "下一项（也可用 ↓ Enter；Shift-Tab、↑ 上一项）", "Next field (also ↓ Enter; Shift-Tab and ↑ go back)"),
            key("←→", "选择", "choose", "在选项字段上切换", "On a choice field, change the choice"),
            key("Ctrl-S", "保存", "save", "保存（也可用 F2，或在最后一项按 Enter）", "Save (also F2, or Enter on the last field)"),
            key("Esc", "取消", "cancel", "取消，不保存", "Cancel without saving"),
        ]
    }

    var startKeys: [KeyHelp] {
        [
            key("↑↓", "选择", "choose", "在已保存的评估间移动", "Move between the saved assessments"),
            key("Enter", "打开", "open", "打开选中的评估（或新建）", "Open the selected assessment (or start a new one)"),
            key("n", "新建", "new", "新建评估", "New assessment"),
            quitKey,
            helpKey,
            key("f", "复评", "follow-up", "以选中的评估为基线开始复评（同一档案、今天的日期；答案留空或复制，由你选择）",
                "Start a follow-up of the selected assessment (same profile, today's date, it becomes the baseline; answers blank or copied, you choose)"),
            key("r", "改名", "rename", "给选中的评估文件改名", "Rename the selected session file"),
            key("A", "归档", "archive", "归档：移到 archive 子文件夹（需确认）", "Archive: move it to the archive subfolder (asks first)"),
            key("D", "删除", "delete", "删除（需确认；已完成的评估确认两次；也可用 Delete）", "Delete (asks first, twice for a complete assessment; also Delete)"),
        ]
    }

    var pickModelKeys: [KeyHelp] {
        [
            key("↑↓", "选择", "choose", "在模型间移动", "Move between the models"),
            key("Enter", "确定", "pick", "选定模型，填写档案", "Pick the model and fill in the profile"),
            key("Esc", "返回", "back", "回到已保存的评估", "Back to the saved assessments"),
            quitKey,
        ]
    }

    var profileKeys: [KeyHelp] {
        [
            key("Tab", "下一项", "next field", "下一项（也可用 ↓；Shift-Tab、↑ 上一项）", "Next field (also ↓; Shift-Tab and ↑ go back)"),
            key("Enter", "下一项/确定", "next/confirm", "下一项；在按钮上则开始评估或保存档案", "Next field; on the button, start the assessment or save the profile"),
            key("←→", "语言", "language", "在语言字段上切换中文 / English", "On the language field, switch between Chinese and English"),
            key("Esc", "返回", "back", "返回，不保存", "Back, without saving"),
        ]
    }
}
