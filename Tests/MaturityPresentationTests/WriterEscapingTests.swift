import MaturityCore
@testable import MaturityPresentation
import Testing

/// Hostile text from a file, through every writer: nothing it holds may act.
struct WriterEscapingTests {
    static let hostile = [
        "\u{1B}[2J",                              // clear screen
        "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}",     // OSC 52 clipboard write
        "\u{1B}]0;owned\u{07}",                   // OSC 0 window title
        "\u{9B}31m",                              // C1 CSI
        "\u{202E}txt.exe",                        // right-to-left override
        "\u{7F}",
        "</style><script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "![x](http://evil.example/x.png)",
        "=HYPERLINK(\"http://evil\")",
    ]

    static var document: Document {
        let text = hostile.joined(separator: " ")
        return Document([
            .title(text), .heading(text), .paragraph(text + "\nsecond line"), .fields([Field(text, text)]),
            .table(Table(columns: [Column(text, key: "a"), Column("n", key: "n", alignment: .trailing)],
                         rows: [[.text(text), .figure("-1")], [.note(text), .text("+1")], [.text("@x"), .text("\tx")]])),
            .notice(Notice(.warning, text)), .list([text]),
        ])
    }

    /// No output may hold ESC, BEL, DEL, a C1 control or a bidi override.
    static func assertNoControls(_ output: String, allowNewlines: Bool = true) {
        for scalar in output.unicodeScalars {
            let isControl = ControlCharacters.isControl(scalar, keepNewlines: true) || (!allowNewlines && scalar == "\n")
            #expect(!isControl || scalar == "\r", "control U+\(String(scalar.value, radix: 16)) reached the output")
        }
    }

    @Test func controlsBecomeVisiblePlaceholders() {
        #expect(ControlCharacters.visible("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(ControlCharacters.visible("\u{9B}1m\u{202E}x\u{7F}") == "<U+009B>1m<U+202E>x␡")
        #expect(ControlCharacters.visible("a\nb\tc") == "a␊b␉c")
        #expect(ControlCharacters.visible("a\nb\tc", keepNewlines: true) == "a\nb\tc")
        #expect(ControlCharacters.visible("中文 ok") == "中文 ok")
    }

    @Test func terminalWriterShowsControlsInsteadOfObeyingThem() {
        let out = TerminalWriter.write(Self.document)
        Self.assertNoControls(out)
        #expect(out.contains("␛[2J"))
        #expect(out.contains("<U+009B>31m"))
        #expect(out.contains("<U+202E>txt.exe"))
        #expect(out.contains("second line"))
    }

    @Test func markdownWriterKeepsLinksImagesAndHTMLAsText() {
        let out = MarkdownWriter.write(Self.document)
        Self.assertNoControls(out)
        #expect(!out.contains("](javascript:"))
        #expect(!out.contains("![x]("))
        #expect(!out.contains("<script>"))
        #expect(!out.contains("</style>"))
        #expect(out.contains("\\[x\\]\\(javascript:alert\\(1\\)\\)"))
        #expect(out.contains("\\!\\[x\\]\\(http://evil.example/x.png\\)"))
        #expect(out.contains("&lt;/style&gt;"))
        #expect(MarkdownWriter.blockStart("- item") == "\\- item")
        #expect(MarkdownWriter.blockStart("1. item") == "1\\. item")
    }

    @Test func htmlWriterEscapesAndIsolatesDirection() {
        let out = HTMLWriter.write(Self.document)
        Self.assertNoControls(out)
        #expect(!out.contains("<script>"))
        #expect(!out.contains("</style>"))
        #expect(out.contains("&lt;/style&gt;&lt;script&gt;"))
        #expect(out.contains("<td dir=\"auto\">"))
        #expect(out.contains("<p dir=\"auto\">"))
        #expect(out.contains("&lt;U+202E&gt;txt.exe"))
    }

    @Test func csvWriterNeutralisesFormulasButNotFigures() {
        let table = Self.document.tables[0]
        let out = CSVWriter.write(table)
        Self.assertNoControls(out.replacingOccurrences(of: "\r\n", with: "\n"))
        let lines = out.components(separatedBy: "\r\n")
        #expect(lines[1].hasSuffix(",-1"))           // a figure stays a number
        #expect(lines[2].hasSuffix(",'+1"))          // text beginning with + is neutralised
        #expect(lines[3] == "'@x,'\tx")
        #expect(CSVWriter.neutralise("=1+1") == "'=1+1")
        #expect(CSVWriter.neutralise("-2") == "'-2")
        #expect(CSVWriter.neutralise("\rx") == "'\nx")
        #expect(CSVWriter.neutralise("ok = fine") == "ok = fine")
        #expect(CSVWriter.quote("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }
}
