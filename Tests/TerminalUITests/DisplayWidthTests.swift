import Testing
import TerminalUI

// Expected widths are the terminal columns each text occupies, worked out by
// hand: ASCII 1, CJK / kana / Hangul / fullwidth forms 2, marks and joiners 0.
@Suite struct DisplayWidthTests {
    @Test func ascii() {
        #expect("".displayWidth == 0)
        #expect("abc".displayWidth == 3)
        #expect("Level 2: 82%".displayWidth == 12)
    }

    @Test func chineseJapaneseKorean() {
        #expect("中文".displayWidth == 4)
        #expect("客户中心".displayWidth == 8)
        #expect("ひらがな".displayWidth == 8)
        #expect("カタカナ".displayWidth == 8)
        #expect("한국어".displayWidth == 6)
        #expect("ｶ".displayWidth == 1)                     // halfwidth katakana U+FF76
        #expect("中文ab".displayWidth == 6)
    }

    @Test func fullwidthAndCJKPunctuation() {
        #expect("，。".displayWidth == 4)                   // U+FF0C, U+3002
        #expect("！？（）".displayWidth == 8)
        #expect("《》「」、".displayWidth == 10)
        #expect("Ａ１".displayWidth == 4)                    // fullwidth A and 1
        #expect("\u{3000}".displayWidth == 2)                // ideographic space
    }

    @Test func combiningMarksJoinersAndSelectorsTakeNoColumns() {
        #expect("e\u{301}".displayWidth == 1)
        #expect(Character("e\u{301}").displayWidth == 1)
        #expect("\u{301}".displayWidth == 0)
        #expect("\u{200D}".displayWidth == 0)                // zero width joiner
        #expect("\u{FE0F}".displayWidth == 0)                // variation selector 16
        #expect("\u{200B}".displayWidth == 0)                // zero width space
        #expect("\u{1100}\u{1161}\u{11A8}".displayWidth == 2) // 각 from conjoining jamo
    }

    @Test func emojiAreSummedPerScalarAsNcursesDoes() {
        #expect("👍".displayWidth == 2)
        #expect("✅".displayWidth == 2)
        #expect("👍🏽".displayWidth == 4)                    // thumbs up + skin tone, both wide
        #expect("👨‍👩‍👧".displayWidth == 6)                    // three wide scalars and two joiners
        #expect("❤\u{FE0F}".displayWidth == 1)              // text-default heart: 1 + 0
    }

    @Test func controlsAndAmbiguousCharacters() {
        #expect("\t".displayWidth == 0)
        #expect("\u{1B}".displayWidth == 0)
        #expect("…".displayWidth == 1)
        #expect("─│┌".displayWidth == 3)
        #expect("é".displayWidth == 1)
    }
}
