import Testing
@testable import MaturityCore

/// The text operations written in place of Foundation's, checked on the
/// cases Foundation handled and a hand-made implementation can get wrong.
@Suite struct PlainTextTests {
    @Test func trimmingTakesEverySpaceButKeepsInnerOnes() {
        // U+3000 is what a Chinese input method types as a space.
        #expect("\u{3000} 呼叫中心\t\u{A0}".trimmed() == "呼叫中心")
        #expect("  a  b ".trimmed() == "a  b")
        #expect(" \t\u{3000}".trimmed() == "")
        #expect("".trimmed() == "")
        // Newlines stay unless asked for.
        #expect("\nx\n".trimmed() == "\nx\n")
        #expect("\r\n x \u{2028}".trimmed(.spacesAndNewlines) == "x")
        #expect("é ".trimmed() == "é")
    }

    @Test func replacingFindsScalarsEvenUnderACombiningMark() {
        // A quote followed by U+0301 is one Character; CSV must still double it.
        #expect("a\"\u{301}b".replacingAll("\"", with: "\"\"") == "a\"\"\u{301}b")
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("x\r\ny\rz".replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n") == "x\ny\nz")
        #expect("abc".replacingAll("", with: "-") == "abc")
        #expect("−0.12".replacingAll("−", with: "-") == "-0.12")
        #expect("a\nb".replacingAll("\n", with: " ⏎ ") == "a ⏎ b")
    }

    @Test func percentDecodingRefusesWhatIsNotUTF8() {
        #expect("/srv/%E8%AF%81%E6%8D%AE/a%20b.pdf".percentDecoded == "/srv/证据/a b.pdf")
        #expect("plain".percentDecoded == "plain")
        #expect("%zz".percentDecoded == nil)
        #expect("%4".percentDecoded == nil)
        #expect("%FF".percentDecoded == nil)
        #expect("%41%62".percentDecoded == "Ab")
    }

    @Test func evidenceFileURLsArePathsAndSpacesAroundThemGo() {
        #expect(EvidenceCheck.classify("\u{3000}file:///tmp/a%20b.txt ", relativeTo: "/x") == .file(path: "/tmp/a b.txt", exists: false))
        #expect(EvidenceCheck.classify(" https://example.com/a ", relativeTo: "/x") == .url("https://example.com/a"))
        #expect(EvidenceCheck.classify("\t", relativeTo: "/x") == .none)
    }

    /// The decoder's blank check takes a short cut on the first byte; the
    /// answer must be the same as asking Unicode for every character.
    @Test func blankCheckAgreesWithUnicode() {
        for text in ["", " ", "\u{3000}", " \t\n\u{A0}", "中", "a", "\u{A0}x", "  中", "~", "\u{2028}", "é", "\u{9FFF}", "\u{4000}"] {
            #expect(JSONReader.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(Array(text.unicodeScalars))")
        }
    }
}
