import MaturityCore

/// The plain (line-by-line) wizard's words: whole sentences without symbols
/// a screen reader would spell out. Same form as the main tables; a method
/// of its own (`plain`) so no call can become ambiguous with theirs.
public enum PlainKey: String, CaseIterable, Sendable {
    case intro, whereYouAre, groupSeparator, reconstructed, question, choice, choiceNoGuidance, choiceNotApplicable, evidence
    case currentNone, current, rated, notApplicable, note, flagged, prompt, promptNoNA
    case savedAnswer, savedNotApplicable, savedNote, savedNoteCleared, savedFlag, savedUnflag, savedClear, notSaved
    case reasonPrompt, notePrompt, clearPrompt, cancelled, noAnswerToClear, notApplicableNotAllowed, firstCriterion, lastCriterion
    case noSuchCriterion, unknownCommand, nothingToRetry, allAnswered, goodbye
    case help, helpAnswer, helpNA, helpNote, helpFlag, helpClear, helpBack, helpSkip, helpGo, helpNext, helpScore, helpWhere, helpRetry, helpQuit
    case savedTitle, savedLine, unreadableLine, newChoice, startPrompt, modelTitle, modelLine, modelPrompt
    case fieldKeeps, fieldRequired, fieldOptional, languageLabel, notANumber, created, met, notMet
    /// The word that confirms a question (besides "y"); either language's is taken.
    case yes

    /// The help, line by line.
    public static let helpLines: [PlainKey] = [.help, .helpAnswer, .helpNA, .helpNote, .helpFlag, .helpClear, .helpBack, .helpSkip,
                                               .helpGo, .helpNext, .helpScore, .helpWhere, .helpRetry, .helpQuit]
}

enum PlainWords {
    static let en: [PlainKey: String] = [
        .intro: "{0}, session file {1}. Answer line by line; type help for every command.",
        .whereYouAre: "Criterion {0} of {1} (id {2}), {3}. {4} of {1} criteria complete.",
        .groupSeparator: ", ",
        .reconstructed: "(written by the ccmm project from public sources, not the standard's own text)",
        .question: "Question {0} of {1}, {2}: {3}",
        .choice: "  {0}: {1}. {2}",
        .choiceNoGuidance: "  {0}: {1}",
        .choiceNotApplicable: "  n: not applicable (a reason is required)",
        .evidence: "Evidence an auditor may ask for: {0}",
        .currentNone: "Current answer: none yet",
        .current: "Current answer: {0}",
        .rated: "{0}, {1}",
        .notApplicable: "not applicable, reason: {0}",
        .note: "Note: {0}",
        .flagged: "Flagged for review.",
        .prompt: "Answer 1 to {0}, n for not applicable, or a command (help): ",
        .promptNoNA: "Answer 1 to {0}, or a command (help): ",
        .savedAnswer: "Saved: criterion {0}, {1}: {2}.",
        .savedNotApplicable: "Saved: criterion {0} is not applicable, reason: {1}.",
        .savedNote: "Saved: the note of criterion {0}.",
        .savedNoteCleared: "Saved: the note of criterion {0} is cleared.",
        .savedFlag: "Saved: criterion {0} is flagged for review.",
        .savedUnflag: "Saved: criterion {0} is no longer flagged.",
        .savedClear: "Saved: the {1} answer of criterion {0} is cleared.",
        .notSaved: "Not saved: {0}. Your answers are kept in memory; type retry to try again.",
        .reasonPrompt: "Why is it not applicable? (required; an empty line cancels): ",
        .notePrompt: "Note, one line (an empty line keeps it; - clears it): ",
        .clearPrompt: "Clear the {0} answer? Type yes to confirm: ",
        .cancelled: "Cancelled; nothing changed.",
        .noAnswerToClear: "This question has no answer yet.",
        .notApplicableNotAllowed: "This questionnaire does not allow not applicable.",
        .firstCriterion: "This is the first criterion.",
        .lastCriterion: "This is the last criterion.",
        .noSuchCriterion: "There is no criterion \"{0}\"; give a number from 1 to {1} or a criterion id.",
        .unknownCommand: "\"{0}\" is not a command; type help for the list.",
        .nothingToRetry: "There is no failed save to retry.",
        .allAnswered: "Every question is answered. Here is the scorecard.",
        .goodbye: "Saved. Goodbye. To carry on: ccmm open {0}",
        .help: "Commands:",
        .helpAnswer: "  1, 2, 3 …: answer the current question with that choice",
        .helpNA: "  n: not applicable, then type the reason",
        .helpNote: "  note: write the note",
        .helpFlag: "  flag: flag or unflag for review",
        .helpClear: "  clear: clear the answer to the current question",
        .helpBack: "  back: the previous question or criterion",
        .helpSkip: "  skip: leave it unanswered and go to the next question or criterion",
        .helpGo: "  go NUMBER: jump to a criterion (its position or its id)",
        .helpNext: "  next: the next criterion with an unanswered question",
        .helpScore: "  score: the scorecard",
        .helpWhere: "  where: read the current criterion again",
        .helpRetry: "  retry: try a failed save again",
        .helpQuit: "  quit: leave (every answer is already saved)",
        .savedTitle: "Saved assessments:",
        .savedLine: "  {0}: {1}, {2}, {3} of {4} answered, {5}, last change {6}",
        .unreadableLine: "  {0}: {1} cannot be read: {2}",
        .newChoice: "  n: a new assessment",
        .startPrompt: "Type a number to open, n for a new one, q to quit: ",
        .modelTitle: "Choose the maturity model:",
        .modelLine: "  {0}: {1} {2} ({3} criteria)",
        .modelPrompt: "Type its number (q to quit): ",
        .fieldKeeps: "{0} (Enter keeps {1}): ",
        .fieldRequired: "{0} (required): ",
        .fieldOptional: "{0} (may be empty): ",
        .languageLabel: "Language, zh or en",
        .notANumber: "Please type one of the numbers listed.",
        .created: "Created the session file {0}.",
        .met: "met",
        .notMet: "not met",
        .yes: "yes",
    ]

    static let zh: [PlainKey: String] = [
        .intro: "{0}，会话文件 {1}。逐行作答；输入 help 查看全部命令。",
        .whereYouAre: "条目 {0}/{1}（编号 {2}），{3}。已完成 {4}/{1} 个条目。",
        .groupSeparator: "，",
        .reconstructed: "（本条由 ccmm 项目根据公开资料重构，非标准原文）",
        .question: "第 {0}/{1} 题，{2}：{3}",
        .choice: "  {0}：{1}。{2}",
        .choiceNoGuidance: "  {0}：{1}",
        .choiceNotApplicable: "  n：不适用（须填写理由）",
        .evidence: "审核时可能要求的证据：{0}",
        .currentNone: "当前答案：未答",
        .current: "当前答案：{0}",
        .rated: "{0}（{1}）",
        .notApplicable: "不适用，理由：{0}",
        .note: "备注：{0}",
        .flagged: "已标记待复核。",
        .prompt: "输入 1–{0} 作答，n 表示不适用，或输入命令（help）：",
        .promptNoNA: "输入 1–{0} 作答，或输入命令（help）：",
        .savedAnswer: "已保存：条目 {0}，{1}：{2}。",
        .savedNotApplicable: "已保存：条目 {0} 不适用，理由：{1}。",
        .savedNote: "已保存：条目 {0} 的备注。",
        .savedNoteCleared: "已保存：条目 {0} 的备注已清除。",
        .savedFlag: "已保存：条目 {0} 已标记待复核。",
        .savedUnflag: "已保存：条目 {0} 已取消标记。",
        .savedClear: "已保存：条目 {0} 的{1}答案已清除。",
        .notSaved: "未能保存：{0}。答案仍在内存中；输入 retry 重试。",
        .reasonPrompt: "不适用的理由（必填；空行取消）：",
        .notePrompt: "备注（一行；空行保持不变；输入 - 清除）：",
        .clearPrompt: "清除{0}的答案？输入 yes 确认：",
        .cancelled: "已取消，未作改动。",
        .noAnswerToClear: "这道题还没有答案。",
        .notApplicableNotAllowed: "本问卷不允许不适用。",
        .firstCriterion: "已经是第一个条目。",
        .lastCriterion: "已经是最后一个条目。",
        .noSuchCriterion: "没有条目“{0}”；请输入 1–{1} 的序号或条目编号。",
        .unknownCommand: "不认识“{0}”；输入 help 查看命令。",
        .nothingToRetry: "没有待重试的保存。",
        .allAnswered: "所有题目都已作答。以下是记分卡。",
        .goodbye: "已保存，再见。继续作答：ccmm open {0}",
        .help: "命令：",
        .helpAnswer: "  1、2、3 …：按编号选择当前题的答案",
        .helpNA: "  n：不适用，随后输入理由",
        .helpNote: "  note：写备注",
        .helpFlag: "  flag：标记或取消待复核",
        .helpClear: "  clear：清除当前题的答案",
        .helpBack: "  back：上一题或上一个条目",
        .helpSkip: "  skip：不作答，去下一题或下一个条目",
        .helpGo: "  go 编号：跳到某个条目（序号或条目编号）",
        .helpNext: "  next：下一个未答条目",
        .helpScore: "  score：记分卡",
        .helpWhere: "  where：重读当前条目",
        .helpRetry: "  retry：保存失败后重试",
        .helpQuit: "  quit：退出（每次作答都已保存）",
        .savedTitle: "已保存的评估：",
        .savedLine: "  {0}：{1}，{2}，已答 {3}/{4}，{5}，最后修改 {6}",
        .unreadableLine: "  {0}：{1} 无法读取：{2}",
        .newChoice: "  n：新建评估",
        .startPrompt: "输入编号打开，n 新建，q 退出：",
        .modelTitle: "选择成熟度模型：",
        .modelLine: "  {0}：{1} {2}（{3} 个条目）",
        .modelPrompt: "输入编号（q 退出）：",
        .fieldKeeps: "{0}（回车保留 {1}）：",
        .fieldRequired: "{0}（必填）：",
        .fieldOptional: "{0}（可空）：",
        .languageLabel: "语言 zh 或 en",
        .notANumber: "请输入列表中的编号。",
        .created: "已新建会话文件 {0}。",
        .met: "已满足",
        .notMet: "未满足",
        .yes: "是",
    ]
}

extension Catalog {
    /// A word of the plain wizard.
    public func plain(_ key: PlainKey, _ arguments: CustomStringConvertible...) -> String {
        side(PlainWords.zh, PlainWords.en, key, arguments)
    }
}
