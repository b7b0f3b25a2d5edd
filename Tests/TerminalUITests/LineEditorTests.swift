import Testing
import TerminalUI

@Suite struct LineEditorTests {
    @Test func cursorColumnCountsDisplayWidth() {
        let editor = LineEditor("中文ab")
        #expect(editor.cursor == 4)
        #expect(editor.layout(width: 20, height: 1).cursor == Position(row: 0, col: 6))
    }

    @Test func backspaceAndDeleteRemoveWholeCharacters() {
        var editor = LineEditor("中文")
        editor.backspace()
        #expect(editor.text == "中")
        #expect(editor.layout(width: 10, height: 1).cursor.col == 2)
        editor.setText("中文")
        editor.moveHome()
        editor.deleteForward()
        #expect(editor.text == "文")
        #expect(editor.cursor == 0)
        editor.backspace()                                   // at the start: nothing
        #expect(editor.text == "文")
    }

    @Test func insertingInTheMiddle() {
        var editor = LineEditor("客中心")
        editor.moveLeft()
        editor.moveLeft()
        editor.insert("户")
        #expect(editor.text == "客户中心")
        #expect(editor.layout(width: 20, height: 1).cursor.col == 4)
        editor.moveRight()
        editor.moveRight()
        editor.moveRight()                                   // past the end: stays
        #expect(editor.cursor == 4)
    }

    @Test func homeAndEndOfTheCurrentLine() {
        var editor = LineEditor("ab\ncd", multiline: true)
        #expect(editor.cursor == 5)
        editor.moveHome()
        #expect(editor.cursor == 3)
        editor.moveEnd()
        #expect(editor.cursor == 5)
    }

    @Test func upAndDownKeepTheDisplayColumn() {
        // 中0 文1 字2 \n3 a4 b5 \n6 一7 二8 三9 四10; the cursor starts at 11, column 8.
        var editor = LineEditor("中文字\nab\n一二三四", multiline: true)
        let movedToAB = editor.moveUp()
        #expect(movedToAB)
        #expect(editor.cursor == 6)                          // end of "ab", column 2
        let movedToFirst = editor.moveUp()
        #expect(movedToFirst)
        #expect(editor.cursor == 3)                          // end of 中文字, column 6
        let movedAboveFirst = editor.moveUp()
        #expect(!movedAboveFirst)                            // first line: left to the caller
        let movedDownToAB = editor.moveDown()
        #expect(movedDownToAB)
        #expect(editor.cursor == 6)
        let movedToLast = editor.moveDown()
        #expect(movedToLast)
        #expect(editor.cursor == 11)                         // back to column 8
        let movedBelowLast = editor.moveDown()
        #expect(!movedBelowLast)
    }

    @Test func verticalMovementNeverLandsInsideAWideCharacter() {
        var editor = LineEditor("abc\n中文", multiline: true)
        editor.moveCursor(to: 3)                             // after "abc", column 3
        editor.moveDown()
        #expect(editor.cursor == 5)                          // after 中, column 2
        #expect(editor.layout(width: 10, height: 2).cursor == Position(row: 1, col: 2))
    }

    @Test func newlinesOnlyInMultilineFields() {
        var single = LineEditor("ab")
        let newlineAccepted = single.insert("\n")
        #expect(!newlineAccepted)
        let enterHandled = single.handle(.enter)
        #expect(!enterHandled)
        single.insert(contentsOf: "c\nd")
        #expect(single.text == "abc d")
        var multi = LineEditor("ab", multiline: true)
        let enterInserted = multi.handle(.enter)
        #expect(enterInserted)
        #expect(multi.text == "ab\n")
    }

    @Test func maxLengthGuard() {
        var editor = LineEditor(maxLength: 3)
        let allInserted = editor.insert(contentsOf: "abcd")
        #expect(!allInserted)
        #expect(editor.text == "abc")
        let insertedWhenFull = editor.insert("中")
        #expect(!insertedWhenFull)
        editor.backspace()
        let insertedAfterRoom = editor.insert("中")
        #expect(insertedAfterRoom)
        #expect(editor.text == "ab中")
    }

    @Test func combiningMarksJoinTheirBaseAndControlsAreRefused() {
        var editor = LineEditor()
        editor.insert("e")
        editor.insert("\u{301}")
        #expect(editor.characters.count == 1)
        #expect(editor.text == "e\u{301}")
        let bellInserted = editor.insert("\u{7}")
        #expect(!bellInserted)
    }

    @Test func layoutWrapsByDisplayWidthAndScrollsToTheCursor() {
        // Width 6 holds three Chinese characters: rows 一二三 | 四五六 | 七八九 | 十.
        var editor = LineEditor("一二三四五六七八九十", multiline: true)
        var layout = editor.layout(width: 6, height: 2)
        #expect(layout.totalRows == 4)
        #expect(layout.firstRow == 2)
        #expect(layout.lines == ["七八九", "十"])
        #expect(layout.cursor == Position(row: 1, col: 2))
        editor.keepCursorVisible(width: 6, height: 2)
        #expect(editor.scrollRow == 2)

        editor.moveUp(width: 6)                              // onto 七… row, column 2
        #expect(editor.cursor == 7)
        layout = editor.layout(width: 6, height: 2)
        #expect(layout.firstRow == 2)                        // still visible: no scroll
        #expect(layout.cursor == Position(row: 0, col: 2))

        editor.moveUp(width: 6)
        #expect(editor.cursor == 4)
        layout = editor.layout(width: 6, height: 2)
        #expect(layout.firstRow == 1)                        // scrolled by one row only
        #expect(layout.lines == ["四五六", "七八九"])
        #expect(layout.cursor == Position(row: 0, col: 2))
    }

    @Test func aWideCharacterThatDoesNotFitMovesToTheNextRow() {
        var editor = LineEditor("abcd中xy", multiline: true)
        let layout = editor.layout(width: 5, height: 3)
        #expect(layout.lines == ["abcd", "中xy"])
        #expect(layout.cursor == Position(row: 1, col: 4))
        editor.moveUp(width: 5)                              // column 4 is past "abcd" on a wrapped row
        #expect(editor.cursor == 3)
        #expect(editor.layout(width: 5, height: 3).cursor == Position(row: 0, col: 3))
    }

    @Test func aFullRowGivesTheCursorARowOfItsOwn() {
        let editor = LineEditor("abcdef", multiline: true)
        let layout = editor.layout(width: 3, height: 3)
        #expect(layout.lines == ["abc", "def", ""])
        #expect(layout.cursor == Position(row: 2, col: 0))
    }

    @Test func keysDriveTheEditor() {
        var editor = LineEditor(multiline: true)
        for key: Key in [.character("中"), .character("文"), .enter, .character("a"), .left, .backspace] {
            let handled = editor.handle(key)
            #expect(handled)
        }
        #expect(editor.text == "中文a")
        let homeHandled = editor.handle(.home)
        #expect(homeHandled)
        #expect(editor.cursor == 0)
        let endOfLine = editor.handle(.ctrl("e"))
        #expect(endOfLine)
        #expect(editor.cursor == 3)
        let tabHandled = editor.handle(.tab)
        #expect(!tabHandled)
        let escapeHandled = editor.handle(.escape)
        #expect(!escapeHandled)
    }
}
