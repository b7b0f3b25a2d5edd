import Testing
import TerminalUI

// Characters by their scalar value and ncurses key codes by their documented
// octal values, written out by hand.
@Suite struct KeyTests {
    @Test func printableCharacters() {
        #expect(Key.decode(character: 0x61) == .character("a"))
        #expect(Key.decode(character: 0x20) == .character(" "))
        #expect(Key.decode(character: 0x4E2D) == .character("中"))
        #expect(Key.decode(character: 0xFF0C) == .character("，"))
    }

    @Test func asciiControlsThatAreKeys() {
        #expect(Key.decode(character: 127) == .backspace)
        #expect(Key.decode(character: 8) == .backspace)
        #expect(Key.decode(character: 10) == .enter)
        #expect(Key.decode(character: 13) == .enter)
        #expect(Key.decode(character: 9) == .tab)
        #expect(Key.decode(character: 27) == .escape)
    }

    @Test func controlChords() {
        #expect(Key.decode(character: 1) == .ctrl("a"))
        #expect(Key.decode(character: 3) == .ctrl("c"))
        #expect(Key.decode(character: 26) == .ctrl("z"))
        #expect(Key.decode(character: 0) == .ctrl("@"))
        #expect(Key.decode(character: 28) == .ctrl("\\"))
        #expect(Key.decode(character: 31) == .ctrl("_"))
    }

    @Test func invalidOrC1ValuesAreUnknown() {
        #expect(Key.decode(character: 0xD800) == .unknown)     // a lone surrogate
        #expect(Key.decode(character: 0x9B) == .unknown)       // C1 CSI
    }

    @Test func keyCodes() {
        let expected: [(UInt32, Key)] = [
            (0o402, .down), (0o403, .up), (0o404, .left), (0o405, .right),
            (0o406, .home), (0o550, .end), (0o523, .pageUp), (0o522, .pageDown),
            (0o527, .enter), (0o541, .backTab), (0o407, .backspace), (0o512, .delete),
            (0o632, .resize), (0o411, .function(1)), (0o414, .function(4)), (0o424, .function(12)),
            (0o513, .unknown),                                      // Insert: not used
        ]
        for (code, key) in expected {
            #expect(Key.decode(keyCode: Int32(code)) == key, "code \(String(code, radix: 8))")
        }
    }

    @Test func extendedKeysByName() {
        #expect(Key.decode(extendedKeyName: "kRIT5") == .right)     // Ctrl-Right in xterm's terminfo
        #expect(Key.decode(extendedKeyName: "kUP3") == .up)
        #expect(Key.decode(extendedKeyName: "kDC") == .delete)
        #expect(Key.decode(extendedKeyName: "kxIN") == .unknown)    // focus in
    }

    @Test func escapeSequencesNcursesDidNotDecode() {
        #expect(EscapeSequence.decode([]) == .escape)
        #expect(EscapeSequence.decode(Array("[A")) == .up)
        #expect(EscapeSequence.decode(Array("[1;5C")) == .right)      // Ctrl-Right
        #expect(EscapeSequence.decode(Array("OB")) == .down)
        #expect(EscapeSequence.decode(Array("OP")) == .function(1))
        #expect(EscapeSequence.decode(Array("[3~")) == .delete)
        #expect(EscapeSequence.decode(Array("[6~")) == .pageDown)
        #expect(EscapeSequence.decode(Array("[15~")) == .function(5))
        #expect(EscapeSequence.decode(Array("[Z")) == .backTab)
        #expect(EscapeSequence.decode(Array("x")) == .unknown)        // Alt-x
        #expect(EscapeSequence.decode(Array("[99~")) == .unknown)
    }

    @Test func escapeSequenceCompleteness() {
        #expect(!EscapeSequence.isComplete([]))
        #expect(!EscapeSequence.isComplete(Array("[")))
        #expect(!EscapeSequence.isComplete(Array("[1;")))
        #expect(!EscapeSequence.isComplete(Array("[1;5")))
        #expect(EscapeSequence.isComplete(Array("[1;5A")))
        #expect(EscapeSequence.isComplete(Array("[3~")))
        #expect(!EscapeSequence.isComplete(Array("O")))
        #expect(EscapeSequence.isComplete(Array("OA")))
        #expect(EscapeSequence.isComplete(Array("x")))
    }
}
