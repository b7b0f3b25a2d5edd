import Foundation
import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// The screens as text. Expected screens were checked by eye against the
/// layout rules (breadcrumb, level line, question, choices, guidance, note,
/// key hints) and are kept here so any change to a screen is seen in review.
@Suite struct RenderTests {
    /// Criterion 1 answered 10/5, the wizard on criterion 2.
    func answeredState(_ language: Language) throws -> WizardState {
        var state = try TUIFixtures.state(language: language)
        for key in "32".map({ Key.character($0) }) { _ = WizardUpdate.handle(key, &state) }
        return state
    }

    func screen(_ state: WizardState, _ cols: Int, _ rows: Int) -> [String] {
        WizardView.render(state, size: Size(rows: rows, cols: cols)).grid.text()
    }

    @Test func criterionScreenChinese80x24() throws {
        let lines = screen(try answeredState(.zh), 80, 24)
        let expected = """
             MINI › 1.0 设计与规划 › 条目 2/4                                  答题进度 2/8
             等级 L0 未定级  → L1：还需 3 处评分改动  严格计数  暂定
            ────────────────────────────────────────────────────────────────────────────────
             2  应急预案
             中心应当应急预案，并形成书面文件。

             ▶ 方法合规：是否有成文的应急预案？
                ○1 不符合·0  ○2 部分符合·5  ○3 完全符合·10
               执行到位：过去一年是否执行了应急预案并留有记录？
                ○1 不符合·0  ○2 部分符合·5  ○3 完全符合·10
             ○n 不适用（整个条目）
            ────────────────────────────────────────────────────────────────────────────────
              不符合（0）：没有做
              部分符合（5）：做了一部分
              完全符合（10）：完全做到
             审核证据：制度文件






             证据 0 项  备注：（无，按 e 添加）
             1-3 评分  n 不适用  ? 帮助  q 退出  z 撤销  , . 上/下条  o 目录  s 记分卡
            """.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == expected)
    }

    @Test func criterionScreenEnglish80x24() throws {
        let lines = screen(try answeredState(.en), 80, 24)
        #expect(lines[0] == " MINI › 1.0 Design & planning › Criterion 2/4                      Answered 2/8")
        // L1 needs method 10 on 2 of 4 (1 now) and 40 points (15 now): one method raise
        // to 10 (25), then two more raises of 10 (45) — the fewest changes, 3.
        #expect(lines[1] == " Level L0 Not rated  → L1: 3 rating changes  strict counting  provisional")
        #expect(lines[3] == " 2  Emergency plan")
        #expect(lines[6] == " ▶ Method: Is there a written emergency plan?")
        // N/A covers the whole criterion: offered once, below its questions.
        #expect(lines[7] == "    ○1 Does not meet·0  ○2 Partly meets·5  ○3 Fully meets·10")
        #expect(lines[8] == "   Execution: In the past year, was emergency plan carried out and recorded?")
        #expect(lines[10] == " ○n N/A (the whole criterion)")
        #expect(lines[12] == "  Does not meet (0): Not done")
        #expect(lines[15] == " Evidence: The policy document")
        #expect(lines[22] == " 0 evidence items  Note: (none — press e to add)")
        // The key line is cut at the edge, but help and quit come first.
        #expect(lines[23] == " 1-3 answer  n N/A  ? help  q quit  z undo  , . prev/next  o outline  s score")
    }

    @Test func chosenAnswerIsMarkedWithoutColour() throws {
        var state = try answeredState(.zh)
        _ = WizardUpdate.handle(.character(","), &state)   // back to criterion 1: method 10, execution 5
        let lines = screen(state, 80, 24)
        #expect(lines[7] == "    ○1 不符合·0  ○2 部分符合·5  ●3 完全符合·10")
        #expect(lines[9] == "    ○1 不符合·0  ●2 部分符合·5  ○3 完全符合·10")
        // The guidance marks the chosen level of the focused (method) question.
        #expect(lines[14] == " ▸完全符合（10）：完全做到")
    }

    /// The N/A reason stays on the criterion screen, beside the one N/A choice, at the smallest size too.
    @Test func notApplicableReasonIsShownOnceForTheCriterion() throws {
        var state = try answeredState(.en)
        _ = WizardUpdate.handle(.character("n"), &state)
        for key in "no outbound calls here" { _ = WizardUpdate.handle(.character(key), &state) }
        _ = WizardUpdate.handle(.enter, &state)          // both angles N/A; on to criterion 3
        _ = WizardUpdate.handle(.character(","), &state)
        for size in [Size(rows: 16, cols: 60), Size(rows: 24, cols: 80)] {
            let lines = screen(state, size.cols, size.rows)
            #expect(lines.filter { $0.contains("●n") || $0.contains("○n") }.count == 1, "\(lines)")
            #expect(lines.contains(" ●n N/A: no outbound calls here"))
            #expect(!lines.contains { $0.contains("○n") })
        }
    }

    /// A line cut from a longer paragraph ends in its ellipsis even when it alone fills the width.
    @Test func aFullLineCutFromAParagraphStillShowsItsEllipsis() {
        let line = "与提高五个维度（DEMOI）共 170 个条目，逐条评估方法是"     // 52 columns
        #expect(DisplayWidth.of(line) == 52)
        #expect(Ellipsis.cut(line, to: 52) == "与提高五个维度（DEMOI）共 170 个条目，逐条评估方法……")
        #expect(Ellipsis.cut("design & planning, operations & management, data &", to: 50) == "design & planning, operations & management, data…")
    }

    @Test func largeTerminalShowsScorecardBeside() throws {
        let lines = screen(try answeredState(.zh), 120, 40)
        let expected = [
            " MINI › 1.0 设计与规划 › 条目 2/4                                                                          答题进度 2/8",
            " 等级 L0 未定级  → L1：还需 3 处评分改动                             │ 记分卡  严格计数",
            "──────────────────────────────────────────────────────────────────── │ 暂定：已答 2/8 题，未答按 0 分计",
            // The panel's table is the scorecard builder's, as `ccmm score` prints it.
            " 2  应急预案                                                         │ 维度             方法合规 % 执行到位 % 得分 满分",
            " 中心应当应急预案，并形成书面文件。                                  │ 1.0 设计与规划         50.0        0.0   15   40",
            "                                                                     │ 2.0 运营与管理          0.0        0.0    0   40",
            " ▶ 方法合规：是否有成文的应急预案？                                  │ 总分                                     15   80",
        ]
        #expect(Array(lines.prefix(7)) == expected)
        // CJK alignment: the panel border stands in the same display column on every row.
        for line in lines[1..<39] {
            let prefix = line.prefix { $0 != "│" }
            #expect(DisplayWidth.of(String(prefix)) == 69, "border misplaced in: \(line)")
        }
        #expect(lines.contains { $0.contains("✗ L1 要求 总分 ≥ 40：目前 15，还差 25 分") })
    }

    @Test func englishPanelNamesTheRequirementsInWords() throws {
        let lines = screen(try answeredState(.en), 120, 40)
        #expect(lines[1].hasSuffix("│ Scorecard  strict counting"))
        // Provisional with how much is answered and what the rule does with the rest (wrapped in the panel).
        #expect(lines[2].hasSuffix("│ provisional: 2 of 8 questions answered, the rest"))
        #expect(lines[3].hasSuffix("│ counted as 0"))
        let panel = lines.map { $0.split(separator: "│", maxSplits: 1).last.map { String($0) } ?? "" }.joined(separator: "\n")
        #expect(panel.contains("✗ L1 needs Method ≥ 50% in all: 25.0% now, 1"))
        #expect(panel.contains("more criterion at 10"))
        #expect(panel.contains("✗ L1 needs Total ≥ 40 points: 15 now, 25 more"))
    }

    @Test func outlineShowsStatesAndAlignsColumns() throws {
        var state = try answeredState(.zh)
        _ = WizardUpdate.handle(.character("f"), &state)   // flag criterion 2
        _ = WizardUpdate.handle(.character("o"), &state)
        let lines = screen(state, 80, 24)
        #expect(lines[1] == " 筛选：a [全部]  u 未答  f 待复核  n 不适用  b 低于满分  c 有分歧  e 满分无证据")
        // Each dimension carries its progress (complete criteria / criteria), its last digit in column 78 as the criterion lines.
        #expect(lines[2] == " 1.0 设计与规划" + String(repeating: " ", count: 79 - 15 - 3) + "1/2")
        // A line is 1 + 64 columns of title + 14 of ratings, right-aligned with 4 columns of markers:
        // "10/5" starts at column 1 + 64 + 6 = 71, "·/· ⚑" at 1 + 64 + 7 = 72.
        #expect(lines[3] == "   ✓ 1  文化与战略" + String(repeating: " ", count: 71 - 18) + "10/5")
        #expect(lines[4] == "▸  ○ 2  应急预案" + String(repeating: " ", count: 72 - 16) + "·/· ⚑")
        #expect(lines[5] == " 2.0 运营与管理" + String(repeating: " ", count: 79 - 15 - 3) + "0/2")
        // Ratings end in the same column whatever the width of the Chinese titles.
        let ends = [lines[3], lines[6], lines[7]].map { line in DisplayWidth.of(String(line.prefix { $0 != "/" })) }
        #expect(Set(ends).count == 1)
    }

    @Test func tinyTerminalAsksToEnlarge() throws {
        let lines = screen(try answeredState(.en), 20, 6)
        #expect(lines == [" Please enlarge the", "      terminal", "need 60×16, now 20×6", " until then only q", "    works (quit)", ""])
        let zh = screen(try answeredState(.zh), 20, 6)
        #expect(zh.contains { $0.contains("请把终端窗口放大") })
    }

    @Test func profileFormPlacesCursorInChineseField() throws {
        var state = try TUIFixtures.state()
        state.screen = .profile(ProfileForm(questionnaire: try TUIFixtures.questionnaire(), today: "2026-11-23", language: .zh))
        for key in "上海ab".map({ Key.character($0) }) { _ = WizardUpdate.handle(key, &state) }
        let (grid, cursor) = WizardView.render(state, size: Size(rows: 24, cols: 80))
        #expect(grid.text()[2] == "  ▸ 中心      上海ab")
        // "  ▸ " and the labels padded to the widest (运营年限) and two spaces are 14 columns; "上海ab" is 6 more.
        #expect(cursor == Position(row: 2, col: 20))
    }

    /// Every screen of every shipped model fits, at every size from the minimum up.
    @Test func nothingOverflowsOnAnyScreen() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let library = QuestionnaireLibrary(directory: root.appendingPathComponent("Questionnaires").path)
        for id in QuestionnaireLibrary.builtInOrder {
            let q = try library.load(id)
            for language in Language.allCases {
                var state = WizardState(language: language, screen: .criterion, today: "2026-11-23", now: "t")
                state.assessment = Assessment(questionnaire: q, session: Session(questionnaire: QuestionnaireReference(q), profile: Profile(centre: "中心"), createdAt: "t"), path: "/tmp/x.json")
                state.models = [q]
                for index in stride(from: 0, to: q.criteria.count, by: max(1, q.criteria.count / 12)) {
                    state.current = index
                    for screen in [Screen.criterion, .outline, .scorecard, .help(returnTo: .criterion)] {
                        state.screen = screen
                        for size in [Size(rows: 16, cols: 60), Size(rows: 24, cols: 80), Size(rows: 40, cols: 120), Size(rows: 50, cols: 200)] {
                            for line in WizardView.render(state, size: size).grid.text() {
                                #expect(DisplayWidth.of(line) <= size.cols, "\(id) \(language) \(size): \(line)")
                            }
                        }
                    }
                }
            }
        }
    }
}
