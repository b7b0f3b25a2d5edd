import Testing
@testable import TerminalUI

/// The character set a terminal's locale names, the fix suggested for it,
/// and the ASCII form of borders and marks.
@Suite struct TerminalLocaleTests {
    @Test func charsetComesFromTheCLibraryOrTheLocaleName() {
        #expect(TerminalLocale.classify(codeset: "UTF-8", environment: ["LANG": "zh_CN.UTF-8"]) == .utf8)
        #expect(TerminalLocale.classify(codeset: "GBK", environment: ["LANG": "zh_CN.GBK"]) == .other("GBK"))
        #expect(TerminalLocale.classify(codeset: "GB18030", environment: ["LC_ALL": "zh_CN.GB18030"]) == .other("GB18030"))
        // A GBK locale that is not installed leaves the C library at "C": the name still says GBK.
        #expect(TerminalLocale.classify(codeset: "ANSI_X3.4-1968", environment: ["LANG": "zh_CN.GBK"]) == .other("GBK"))
        #expect(TerminalLocale.classify(codeset: nil, environment: ["LC_CTYPE": "zh_TW.Big5@stroke"]) == .other("Big5"))
        // The C locale names none: UTF-8 is assumed, as before.
        #expect(TerminalLocale.classify(codeset: "ANSI_X3.4-1968", environment: ["LANG": "C"]) == .unnamed)
        #expect(TerminalLocale.classify(codeset: "ANSI_X3.4-1968", environment: [:]) == .unnamed)
        // LC_ALL wins over LANG.
        #expect(TerminalLocale.classify(codeset: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.GBK"]) == .utf8)
    }

    @Test func theFixKeepsTheLanguageAndTerritory() {
        #expect(TerminalLocale.utf8Name(["LANG": "zh_CN.GBK"]) == "zh_CN.UTF-8")
        #expect(TerminalLocale.utf8Name(["LC_ALL": "zh_TW.Big5@stroke"]) == "zh_TW.UTF-8")
        #expect(TerminalLocale.utf8Name(["LANG": "C"]) == "C.UTF-8")
        #expect(TerminalLocale.utf8Name([:]) == "C.UTF-8")
    }

    @Test func textIsEncodedInTheTerminalsCharset() {
        // 中 is D6 D0 and 文 is CE C4 in GBK (and GB18030).
        #expect(TerminalLocale.encode("中文 ok", as: "GBK") == [0xD6, 0xD0, 0xCE, 0xC4, 0x20, 0x6F, 0x6B])
        #expect(TerminalLocale.encode("中", as: "no-such-charset") == nil)
    }

    @Test func asciiKeepsEveryCellAndStyle() {
        var grid = CellGrid(rows: 2, cols: 12)
        grid.box(Rect(row: 0, col: 0, rows: 2, cols: 4))
        grid.put("●3 中…", row: 0, col: 5, style: Style(bold: true))
        let ascii = grid.asciiOnly()
        #expect(ascii.text() == ["+--+ *3 中~", "+--+"])
        // Same columns: the wide character keeps its two cells, the style stays.
        #expect(ascii[0, 5].style == Style(bold: true))
        #expect(ascii[0, 9].isContinuation)
        for replacement in ASCIIGlyphs.replacements {
            #expect(DisplayWidth.of(replacement.key) == 1 && replacement.value.isASCII, "\(replacement.key)")
        }
    }
}
