import Testing
import TerminalUI

/// The bytes are written out by hand from the UTF-8 table (中 = E4 B8 AD).
@Suite struct UTF8AssemblerTests {
    private func feed(_ bytes: [UInt8], into assembler: inout UTF8Assembler) -> [UTF8Assembler.Step] {
        bytes.map { assembler.take($0) }
    }

    @Test func aCharacterIsWholeAtItsLastByte() {
        var assembler = UTF8Assembler()
        #expect(feed([0xE4, 0xB8, 0xAD], into: &assembler) == [.needsMore, .needsMore, .scalar("中")])
        #expect(!assembler.isPending)
        #expect(feed([0xF0, 0x9F, 0x98, 0x80], into: &assembler) == [.needsMore, .needsMore, .needsMore, .scalar("😀")])
        #expect(feed([0xC3, 0xA9, 0x61], into: &assembler) == [.needsMore, .scalar("é"), .scalar("a")])
    }

    /// What ncurses' get_wch lost: a character cut between two reads. The
    /// assembler keeps the first part however long the rest takes.
    @Test func aCharacterCutBetweenReadsIsKept() {
        var assembler = UTF8Assembler()
        #expect(feed([0x61, 0xE6], into: &assembler) == [.scalar("a"), .needsMore])   // a, then 满 begun
        #expect(assembler.isPending)
        #expect(feed([0xBB, 0xA1, 0xE6, 0x84, 0x8F], into: &assembler)
                == [.needsMore, .scalar("满"), .needsMore, .needsMore, .scalar("意")])
    }

    @Test func anyCutOfAPasteGivesTheSameText() {
        let text = "客户满意度 survey 😀 é"
        let bytes = Array(text.utf8)
        for cut in [1, 2, 4, 7, 1000] {
            var assembler = UTF8Assembler()
            var scalars = String.UnicodeScalarView()
            for start in stride(from: 0, to: bytes.count, by: cut) {
                for byte in bytes[start..<min(bytes.count, start + cut)] {
                    if case .scalar(let scalar) = assembler.take(byte) { scalars.append(scalar) }
                }
            }
            #expect(String(scalars) == text, "cut every \(cut) bytes")
        }
    }

    @Test func illFormedBytesAreDroppedWithoutTakingTheNextKey() {
        var assembler = UTF8Assembler()
        #expect(assembler.take(0x80) == .invalid)                          // a lone continuation byte
        #expect(assembler.take(0xC0) == .invalid)                          // never a lead byte (overlong)
        #expect(assembler.take(0xFF) == .invalid)
        #expect(feed([0xE0, 0x80, 0x80], into: &assembler) == [.needsMore, .needsMore, .invalid])        // overlong NUL
        #expect(feed([0xED, 0xA0, 0x80], into: &assembler) == [.needsMore, .needsMore, .invalid])        // a surrogate
        #expect(feed([0xF4, 0x90, 0x80, 0x80], into: &assembler) == [.needsMore, .needsMore, .needsMore, .invalid])  // past U+10FFFF
        // A character broken off by a plain key: the key is kept.
        #expect(feed([0xE4, 0xB8, 0x71], into: &assembler) == [.needsMore, .needsMore, .scalar("q")])
        #expect(feed([0xE4, 0xB8, 0xAD], into: &assembler) == [.needsMore, .needsMore, .scalar("中")])
    }

    @Test func resetForgetsAnUnfinishedCharacter() {
        var assembler = UTF8Assembler()
        _ = assembler.take(0xE4)
        assembler.reset()
        #expect(!assembler.isPending)
        #expect(assembler.take(0xB8) == .invalid)
    }
}
