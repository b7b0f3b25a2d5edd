import Testing
import TerminalUI

@Suite struct TextFittingTests {
    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("客户中心ab", to: 5) == "客户…")     // 4 + 1
        #expect(DisplayWidth.truncate("客户中心ab", to: 4) == "客…")       // 户 would straddle: 3 columns
        #expect(DisplayWidth.truncate("客户中心ab", to: 9) == "客户中心…")
        #expect(DisplayWidth.truncate("客户中心ab", to: 10) == "客户中心ab")
        #expect(DisplayWidth.truncate("客户中心ab", to: 1) == "…")
        #expect(DisplayWidth.truncate("客户中心ab", to: 0) == "")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
    }

    @Test func truncatedTextFitsAtEveryWidth() {
        let text = "呼叫中心 Contact centre 成熟度"
        for width in 0...40 {
            #expect(DisplayWidth.truncate(text, to: width).displayWidth <= width)
        }
    }

    @Test func prefixTakesWholeCharacters() {
        #expect(DisplayWidth.prefix("中文ab", width: 3) == "中")
        #expect(DisplayWidth.prefix("中文ab", width: 5) == "中文a")
    }

    @Test func padding() {
        #expect(DisplayWidth.pad("中", to: 4) == "中  ")
        #expect(DisplayWidth.pad("中", to: 4, alignment: .right) == "  中")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("中文", to: 3) == "中文")
    }

    @Test func fitIsExactlyTheWidth() {
        #expect(DisplayWidth.fit("中文", to: 5) == "中文 ")
        #expect(DisplayWidth.fit("客户中心ab", to: 4) == "客… ")   // the dropped half is padded
        #expect(DisplayWidth.fit("客户中心ab", to: 4).displayWidth == 4)
    }
}
