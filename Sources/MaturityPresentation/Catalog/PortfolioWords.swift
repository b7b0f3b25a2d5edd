import MaturityCore

/// The portfolio's words, kept beside the catalog's main tables in the same
/// form (one line per key, `{0}` placeholders) so that the portfolio can grow
/// without touching every other command's words.
public enum PortfolioKey: String, CaseIterable, Sendable {
    case title, summary, scoredAgainst, noSessions
    case latestHeading, latestLevel, since, answeredOf, provisional, complete, firstAssessment, changeLevel, changeSame
    case heatHeading, measureMethod, measureExecution, measurePoints, noAssessment
    case trendHeading, trendTitle
    case weakestHeading, meanRating, belowTop, centresBelowTop, notRated
    case distributionHeading, centres
    case reconciledHeading, reconciledLine
    case setAsideHeading, file, reason
    case reasonNotJSONFile, reasonUnreadable, reasonNotJSON, reasonNotASession, reasonUnknownQuestionnaire, reasonOtherModel, reasonDoesNotFit
    case headlineTotal, headlineOverall, headlineBandTotal, headlineLowest, outputExists, written
}

enum PortfolioWords {
    static let en: [PortfolioKey: String] = [
        .title: "Portfolio of assessments",
        .summary: "{0} {0|centre|centres}, {1} {1|assessment|assessments}, {2} {2|file|files} read",
        .scoredAgainst: "Scored against",
        .noSessions: "No usable session files were found.",
        .latestHeading: "Each centre's latest assessment",
        .latestLevel: "Latest level",
        .since: "Since the previous assessment",
        .answeredOf: "{0} of {1}",
        .provisional: "provisional",
        .complete: "complete",
        .firstAssessment: "first assessment",
        .changeLevel: "{0} → {1}, {2}",
        .changeSame: "{0} held, {1}",
        .heatHeading: "Heat map of the latest assessments: {0} by dimension and centre",
        .measureMethod: "method %",
        .measureExecution: "execution %",
        .measurePoints: "points %",
        .noAssessment: "—",
        .trendHeading: "Each centre over time",
        .trendTitle: "{0}: level and {1} per assessment",
        .weakestHeading: "Weakest criteria across the group (latest assessments of {0} {0|centre|centres})",
        .meanRating: "Mean rating",
        .belowTop: "Answers below {0}",
        .centresBelowTop: "Centres below {0}",
        .notRated: "not rated yet",
        .distributionHeading: "Levels held now",
        .centres: "Centres",
        .reconciledHeading: "Sessions answered against another version",
        .reconciledLine: "{0}: answered against version {1}, scored against {2}; answers carried over by criterion id",
        .setAsideHeading: "Files set aside",
        .file: "File",
        .reason: "Reason",
        .reasonNotJSONFile: "not a .json file",
        .reasonUnreadable: "cannot be read: {0}",
        .reasonNotJSON: "not JSON text: {0}",
        .reasonNotASession: "not a ccmm session: {0}",
        .reasonUnknownQuestionnaire: "no questionnaire \"{0}\" here",
        .reasonOtherModel: "another model ({0}); only {1} was asked for",
        .reasonDoesNotFit: "the answers do not fit the questionnaire: {0}",
        .headlineTotal: "Total points",
        .headlineOverall: "Overall score",
        .headlineBandTotal: "Total",
        .headlineLowest: "Lowest module %",
        .outputExists: "{0}: the file already exists; it was not overwritten (use --force to replace it)",
        .written: "{0}: portfolio written",
    ]

    static let zh: [PortfolioKey: String] = [
        .title: "评估组合总览",
        .summary: "{0} 个中心，{1} 次评估，读取 {2} 个文件",
        .scoredAgainst: "计分所用问卷",
        .noSessions: "没有找到可用的会话文件。",
        .latestHeading: "各中心最近一次评估",
        .latestLevel: "最近等级",
        .since: "与上次相比",
        .answeredOf: "{0}/{1}",
        .provisional: "暂定",
        .complete: "已完成",
        .firstAssessment: "首次评估",
        .changeLevel: "{0} → {1}，{2}",
        .changeSame: "保持 {0}，{1}",
        .heatHeading: "最近评估热力图：各维度、各中心的{0}",
        .measureMethod: "方法合规率",
        .measureExecution: "执行到位率",
        .measurePoints: "得分率",
        .noAssessment: "—",
        .trendHeading: "各中心历次评估",
        .trendTitle: "{0}：历次等级与{1}",
        .weakestHeading: "全组最弱条目（{0} 个中心的最近评估）",
        .meanRating: "平均评分",
        .belowTop: "低于 {0} 的答案数",
        .centresBelowTop: "低于 {0} 的中心数",
        .notRated: "尚无评分",
        .distributionHeading: "当前等级分布",
        .centres: "中心数",
        .reconciledHeading: "按问卷其他版本作答的会话",
        .reconciledLine: "{0}：按 {1} 版作答，按 {2} 版计分；答案按条目编号带入",
        .setAsideHeading: "未采用的文件",
        .file: "文件",
        .reason: "原因",
        .reasonNotJSONFile: "不是 .json 文件",
        .reasonUnreadable: "无法读取：{0}",
        .reasonNotJSON: "不是 JSON 文本：{0}",
        .reasonNotASession: "不是 ccmm 会话文件：{0}",
        .reasonUnknownQuestionnaire: "找不到问卷“{0}”",
        .reasonOtherModel: "属于其他模型（{0}）；本次只统计 {1}",
        .reasonDoesNotFit: "答案与问卷不符：{0}",
        .headlineTotal: "总分",
        .headlineOverall: "总体得分",
        .headlineBandTotal: "总分",
        .headlineLowest: "最低模块得分率",
        .outputExists: "{0}：文件已存在，未覆盖（如要替换请加 --force）",
        .written: "{0}：组合报告已写入",
    ]
}

extension Catalog {
    /// A portfolio word; a name of its own, so that a key added to the main
    /// table later can never make a call ambiguous.
    public func portfolio(_ key: PortfolioKey, _ arguments: [String] = []) -> String {
        let table = language == .zh ? PortfolioWords.zh : PortfolioWords.en
        return Catalog.fill(table[key] ?? key.rawValue, arguments)
    }
}
