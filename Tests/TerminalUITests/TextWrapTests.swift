import Testing
import TerminalUI

@Suite struct TextWrapTests {
    @Test func mixedChineseAndEnglishParagraph() {
        let text = "客户满意度调查每月进行一次，结果通过CRM系统汇总后提交给运营总监。"
            + "Quality reviews use a sampling plan of 5% of calls."
        let lines = DisplayWidth.wrap(text, width: 20)
        #expect(lines == [
            "客户满意度调查每月进",       // 10 characters, 20 columns
            "行一次，结果通过CRM",        // 19: 系 would make 21; CJK may break before it
            "系统汇总后提交给运营",       // 20
            "总监。Quality",             // 13: "reviews" would make 21
            "reviews use a",
            "sampling plan of 5%",
            "of calls.",
        ])
        #expect(lines.allSatisfy { $0.displayWidth <= 20 })
    }

    @Test func closingPunctuationNeverStartsALine() {
        // 十 would end line 1 exactly at 20, but "，" may not open line 2, so 十 moves down with it.
        #expect(DisplayWidth.wrap("一二三四五六七八九十，再来", width: 20)
                == ["一二三四五六七八九", "十，再来"])
    }

    @Test func openingPunctuationNeverEndsALine() {
        #expect(DisplayWidth.wrap("一二三四五六七八九（十）", width: 20)
                == ["一二三四五六七八九", "（十）"])
    }

    @Test func englishBreaksAtSpaces() {
        #expect(DisplayWidth.wrap("the quick brown fox jumps", width: 10)
                == ["the quick", "brown fox", "jumps"])
    }

    @Test func overlongWordsAreSplit() {
        #expect(DisplayWidth.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    }

    @Test func newlinesAndIndentation() {
        #expect(DisplayWidth.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(DisplayWidth.wrap("  indented text here", width: 10) == ["  indented", "text here"])
        #expect(DisplayWidth.wrap("", width: 5) == [""])
    }

    /// Lines are built from the text's own characters: accents written as
    /// combining marks, emoji joined by ZWJ and flags stay whole, and nothing
    /// but the spaces where a line breaks goes missing.
    @Test func linesKeepEveryCharacterWhole() {
        let text = "Cafe\u{301} re\u{301}sume\u{301} 👩‍💻 团队 🇨🇳 质量（QA）评估，na\u{EF}ve co\u{308}operation"
        // From 4 columns: the ZWJ sequence counts 4 (2 + 0 + 2, as wcwidth adds
        // it up), and a character wider than its line would become "…".
        for width in 4...30 {
            let lines = DisplayWidth.wrap(text, width: width)
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "width \(width)")
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "width \(width)")
        }
        #expect(DisplayWidth.wrap(text, width: 80) == [text])
    }

    @Test func degenerateWidths() {
        #expect(DisplayWidth.wrap("abc", width: 0) == [])
        #expect(DisplayWidth.wrap("中a", width: 1) == ["…", "a"])
    }

    @Test func everyLineFitsAtEveryWidth() {
        let text = "呼叫中心（Contact Centre）的成熟度评估：方法、执行与结果。Evidence: call recordings, QA forms."
        for width in 1...50 {
            for line in DisplayWidth.wrap(text, width: width) {
                #expect(line.displayWidth <= width, "width \(width): \(line)")
            }
        }
    }

    /// A paragraph that starts after a label: its first line has the label's
    /// room less, the rest the full width; a later paragraph starts full width.
    @Test func firstLineHasItsOwnWidth() {
        #expect(DisplayWidth.wrap("the quick brown fox jumps", width: 10, firstLineWidth: 4)
                == ["the", "quick", "brown fox", "jumps"])
        #expect(DisplayWidth.wrap("ab cd\nef gh", width: 5, firstLineWidth: 2) == ["ab", "cd", "ef gh"])
        #expect(DisplayWidth.wrap("方法合规是否成文", width: 6, firstLineWidth: 2) == ["方", "法合规", "是否成", "文"])
        let text = "呼叫中心（Contact Centre）的成熟度评估：方法、执行与结果。Evidence: call recordings, QA forms."
        // From 2 columns: a wide character wider than its line would become "…".
        for first in 2...20 {
            let lines = DisplayWidth.wrap(text, width: 20, firstLineWidth: first)
            #expect((lines.first?.displayWidth ?? 0) <= first)
            #expect(lines.dropFirst().allSatisfy { $0.displayWidth <= 20 })
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }
}
