import MaturityCore

/// What the plain front says, in both languages. Sentences are whole and
/// plain, without symbols a screen reader would spell out.
struct PlainWords: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var colon: String { t("：", ": ") }

    func intro(_ title: String, path: String) -> String {
        t("\(title)，会话文件 \(path)。逐行作答；输入 help 查看全部命令。", "\(title), session file \(path). Answer line by line; type help for every command.")
    }

    func whereYouAre(position: Int, count: Int, id: String, groups: [String], complete: Int) -> String {
        let path = groups.joined(separator: t("，", ", "))
        return t("条目 \(position)/\(count)（编号 \(id)），\(path)。已完成 \(complete)/\(count) 个条目。",
                 "Criterion \(position) of \(count) (id \(id)), \(path). \(complete) of \(count) criteria complete.")
    }

    func group(_ id: String, _ title: String) -> String { id == title || title.isEmpty ? id : "\(id) \(title)" }
    var reconstructed: String { t("（本条由 ccmm 项目根据公开资料重构，非标准原文）", "(written by the ccmm project from public sources, not the standard's own text)") }

    func question(_ number: Int, of count: Int, angle: String, text: String) -> String {
        t("第 \(number)/\(count) 题，\(angle)：\(text)", "Question \(number) of \(count), \(angle): \(text)")
    }

    func choice(_ number: Int, value: Int, label: String, guidance: String) -> String {
        let named = label.isEmpty ? String(value) : t("\(value)（\(label)）", "\(value), \(label)")
        return guidance.isEmpty ? "  \(number)\(t("：", ": "))\(named)" : t("  \(number)：\(named)。\(guidance)", "  \(number): \(named). \(guidance)")
    }

    var choiceNotApplicable: String { t("  n：不适用（须填写理由）", "  n: not applicable (a reason is required)") }
    func evidence(_ text: String) -> String { t("审核时可能要求的证据：\(text)", "Evidence an auditor may ask for: \(text)") }
    var currentNone: String { t("当前答案：未答", "Current answer: none yet") }
    func current(_ answer: String) -> String { t("当前答案：\(answer)", "Current answer: \(answer)") }
    func rated(_ value: Int, label: String) -> String { label.isEmpty ? String(value) : t("\(value)（\(label)）", "\(value), \(label)") }
    func notApplicable(_ reason: String) -> String { t("不适用，理由：\(reason)", "not applicable, reason: \(reason)") }
    func note(_ text: String) -> String { t("备注：\(text)", "Note: \(text)") }
    var flagged: String { t("已标记待复核。", "Flagged for review.") }

    func prompt(choices: Int, allowsNA: Bool) -> String {
        allowsNA ? t("输入 1–\(choices) 作答，n 表示不适用，或输入命令（help）：", "Answer 1 to \(choices), n for not applicable, or a command (help): ")
            : t("输入 1–\(choices) 作答，或输入命令（help）：", "Answer 1 to \(choices), or a command (help): ")
    }

    func savedAnswer(criterion: String, angle: String, answer: String) -> String {
        t("已保存：条目 \(criterion)，\(angle)：\(answer)。", "Saved: criterion \(criterion), \(angle): \(answer).")
    }
    func savedNotApplicable(criterion: String, reason: String) -> String {
        t("已保存：条目 \(criterion) 不适用，理由：\(reason)。", "Saved: criterion \(criterion) is not applicable, reason: \(reason).")
    }
    func savedNote(criterion: String, empty: Bool) -> String {
        empty ? t("已保存：条目 \(criterion) 的备注已清除。", "Saved: the note of criterion \(criterion) is cleared.")
            : t("已保存：条目 \(criterion) 的备注。", "Saved: the note of criterion \(criterion).")
    }
    func savedFlag(criterion: String, on: Bool) -> String {
        on ? t("已保存：条目 \(criterion) 已标记待复核。", "Saved: criterion \(criterion) is flagged for review.")
            : t("已保存：条目 \(criterion) 已取消标记。", "Saved: criterion \(criterion) is no longer flagged.")
    }
    func savedClear(criterion: String, angle: String) -> String {
        t("已保存：条目 \(criterion) 的\(angle)答案已清除。", "Saved: the \(angle) answer of criterion \(criterion) is cleared.")
    }
    func notSaved(_ reason: String) -> String {
        t("未能保存：\(reason)。答案仍在内存中；输入 retry 重试。", "Not saved: \(reason). Your answers are kept in memory; type retry to try again.")
    }

    var reasonPrompt: String { t("不适用的理由（必填；空行取消）：", "Why is it not applicable? (required; an empty line cancels): ") }
    var notePrompt: String { t("备注（一行；空行保持不变；输入 - 清除）：", "Note, one line (an empty line keeps it; - clears it): ") }
    func clearPrompt(_ angle: String) -> String { t("清除\(angle)的答案？输入 yes 确认：", "Clear the \(angle) answer? Type yes to confirm: ") }
    var cancelled: String { t("已取消，未作改动。", "Cancelled; nothing changed.") }
    var noAnswerToClear: String { t("这道题还没有答案。", "This question has no answer yet.") }
    var notApplicableNotAllowed: String { t("本问卷不允许不适用。", "This questionnaire does not allow not applicable.") }
    var firstCriterion: String { t("已经是第一个条目。", "This is the first criterion.") }
    var lastCriterion: String { t("已经是最后一个条目。", "This is the last criterion.") }
    func noSuchCriterion(_ text: String, count: Int) -> String {
        t("没有条目“\(text)”；请输入 1–\(count) 的序号或条目编号。", "There is no criterion \"\(text)\"; give a number from 1 to \(count) or a criterion id.")
    }
    func unknownCommand(_ text: String) -> String { t("不认识“\(text)”；输入 help 查看命令。", "\"\(text)\" is not a command; type help for the list.") }
    var nothingToRetry: String { t("没有待重试的保存。", "There is no failed save to retry.") }
    var allAnswered: String { t("所有题目都已作答。以下是记分卡。", "Every question is answered. Here is the scorecard.") }
    func goodbye(_ path: String) -> String {
        t("已保存，再见。继续作答：ccmm open \(path)", "Saved. Goodbye. To carry on: ccmm open \(path)")
    }

    var helpLines: [String] {
        [t("命令：", "Commands:"),
         t("  1、2、3 …：按编号选择当前题的答案", "  1, 2, 3 …: answer the current question with that choice"),
         t("  n：不适用，随后输入理由", "  n: not applicable, then type the reason"),
         t("  note：写备注", "  note: write the note"),
         t("  flag：标记或取消待复核", "  flag: flag or unflag for review"),
         t("  clear：清除当前题的答案", "  clear: clear the answer to the current question"),
         t("  back：上一题或上一个条目", "  back: the previous question or criterion"),
         t("  skip：不作答，去下一题或下一个条目", "  skip: leave it unanswered and go to the next question or criterion"),
         t("  go 编号：跳到某个条目（序号或条目编号）", "  go NUMBER: jump to a criterion (its position or its id)"),
         t("  next：下一个未答条目", "  next: the next criterion with an unanswered question"),
         t("  score：记分卡", "  score: the scorecard"),
         t("  where：重读当前条目", "  where: read the current criterion again"),
         t("  retry：保存失败后重试", "  retry: try a failed save again"),
         t("  quit：退出（每次作答都已保存）", "  quit: leave (every answer is already saved)")]
    }

    // The start: saved sessions, the model, the profile.
    var savedTitle: String { t("已保存的评估：", "Saved assessments:") }
    func savedLine(_ number: Int, centre: String, model: String, answered: Int, questions: Int, level: String, updated: String) -> String {
        t("  \(number)：\(centre)，\(model)，已答 \(answered)/\(questions)，\(level)，最后修改 \(updated)",
          "  \(number): \(centre), \(model), \(answered) of \(questions) answered, \(level), last change \(updated)")
    }
    func unreadableLine(_ number: Int, path: String, problem: String) -> String {
        t("  \(number)：\(path) 无法读取：\(problem)", "  \(number): \(path) cannot be read: \(problem)")
    }
    var newChoice: String { t("  n：新建评估", "  n: a new assessment") }
    var startPrompt: String { t("输入编号打开，n 新建，q 退出：", "Type a number to open, n for a new one, q to quit: ") }
    var modelTitle: String { t("选择成熟度模型：", "Choose the maturity model:") }
    func modelLine(_ number: Int, id: String, title: String, criteria: Int) -> String {
        t("  \(number)：\(id) \(title)（\(criteria) 个条目）", "  \(number): \(id) \(title) (\(criteria) criteria)")
    }
    var modelPrompt: String { t("输入编号（q 退出）：", "Type its number (q to quit): ") }
    func fieldPrompt(_ label: String, current: String, required: Bool) -> String {
        let hint = current.isEmpty ? (required ? t("（必填）", " (required)") : t("（可空）", " (may be empty)"))
            : t("（回车保留 \(current)）", " (Enter keeps \(current))")
        return label + hint + colon
    }
    var languageLabel: String { t("语言 zh 或 en", "Language, zh or en") }
    var notANumber: String { t("请输入列表中的编号。", "Please type one of the numbers listed.") }
    func created(_ path: String) -> String { t("已新建会话文件 \(path)。", "Created the session file \(path).") }
}
