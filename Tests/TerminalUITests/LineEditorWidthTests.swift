import Testing
@testable import TerminalUI

/// The editor keeps each character's width beside it as it is edited: after
/// any edit the kept widths are the characters' own, and the layout is what
/// a fresh editor with the same text and cursor lays out.
@Suite struct LineEditorWidthTests {
    /// A small deterministic generator, so a failure names its step.
    private struct Steps {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Random edits of `typed` characters; `check` runs after each.
    private func edit(_ typed: [Character], seed: UInt64, steps count: Int, _ check: (LineEditor, Int) -> Void) {
        var steps = Steps(state: seed)
        var editor = LineEditor(multiline: true)
        for step in 0..<count {
            switch steps.next(8) {
            case 0, 1, 2: editor.insert(typed[steps.next(typed.count)])
            case 3: editor.backspace()
            case 4: editor.deleteForward()
            case 5: editor.moveLeft()
            case 6: editor.moveUp(width: 5)
            default: editor.insert(contentsOf: "满意度\nab")
            }
            check(editor, step)
        }
    }

    @Test func keptWidthsAreTheCharactersOwn() {
        // With a combining mark, which joins the character before it or stands alone.
        edit(["a", "中", "\n", "é", "\u{301}", "😀", " ", "，", "\u{200B}"], seed: 7, steps: 1_500) { editor, step in
            #expect(editor.widths.map(Int.init) == editor.characters.map { $0.isNewline ? Int(LineEditor.newlineMark) : $0.displayWidth },
                    "step \(step)")
        }
    }

    @Test func layoutIsAFreshEditorsLayout() {
        // No lone marks here: a fresh editor made from the text would join them
        // to the character before, and hold other characters.
        edit(["a", "中", "\n", "é", "😀", " ", "，", "\u{200B}"], seed: 11, steps: 1_500) { editor, step in
            var fresh = LineEditor(editor.text, multiline: true)
            fresh.moveCursor(to: editor.cursor)
            #expect(fresh.characters == editor.characters, "step \(step)")
            for (width, height) in [(5, 3), (1, 2), (12, 1)] {
                #expect(editor.layout(width: width, height: height) == fresh.layout(width: width, height: height), "step \(step), width \(width)")
            }
        }
    }
}
