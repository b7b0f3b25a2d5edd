import Foundation
import MaturityCore
import Testing
import TerminalUI

/// Terminals that cannot show the usual screen, on the real binary: a GBK
/// locale gets a message in both languages and exit 1 (curses and plain
/// mode alike); --ascii draws borders and marks in ASCII.
@Suite(.serialized) struct TerminalCharsetEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux

    /// ccmm in a shell in tmux with this locale; stderr kept in a file, the exit status shown.
    func run(_ tmux: Tmux, _ binary: String, _ arguments: String, locale: String, home: String) throws {
        try tmux.start("bash --norc --noprofile", cols: 100, rows: 30)
        try tmux.type("cd \(home) && env -u LANG CCMM_HOME=\(home) CCMM_QUESTIONNAIRES=\(SafetyTests.questionnaires) LC_ALL=\(locale) TERM=xterm-256color "
                      + "\(binary) \(arguments) 2>\(home)/stderr.txt; echo EX\"\"IT=$?")
        try tmux.keys("Enter")
    }

    @Test func aGBKTerminalIsToldHowToFixItInBothLanguages() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        for arguments in ["--lang en", "--plain"] {
            let home = try EndToEndTests.temporaryFolder()
            let tmux = Tmux()
            defer { tmux.kill() }
            // Whether or not the machine has the GBK locale, its name says what the terminal is.
            try run(tmux, binary, arguments, locale: "zh_CN.GBK", home: home)
            _ = try tmux.waitFor("EXIT=1")
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: home + "/stderr.txt")))
            let english = String(decoding: bytes.prefix { $0 < 0x80 }, as: UTF8.self)
            #expect(english.contains("ccmm: the terminal's locale (zh_CN.GBK) uses the GBK character set, not UTF-8"))
            #expect(english.contains("LC_ALL=zh_CN.UTF-8 ccmm"))
            // The Chinese lines are in GBK, so that the GBK terminal shows them: 解决办法 is BD E2 BE F6 B0 EC B7 A8.
            let fix: [UInt8] = [0xBD, 0xE2, 0xBE, 0xF6, 0xB0, 0xEC, 0xB7, 0xA8]
            #expect(bytes.indices.contains { bytes[$0...].starts(with: fix) })
            #expect(String(validating: bytes, as: UTF8.self) == nil, "UTF-8 was sent to a GBK terminal")
        }
    }

    @Test func asciiDrawsTheCriterionScreenInASCII() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        let path = home + "/s.json"
        #expect(SafetyTests.importCSV(binary, "id,method,execution,note\n1,10,,\n", to: path, in: home) == 0)
        let tmux = Tmux()
        defer { tmux.kill() }
        try run(tmux, binary, "open \(path) --lang en --ascii", locale: "C.UTF-8", home: home)
        let screen = try tmux.waitFor("o3 Fully meets.10")
        #expect(screen.contains(String(repeating: "-", count: 80)))
        #expect(screen.contains("*3 Fully meets.10"))
        #expect(!screen.contains("─") && !screen.contains("●") && !screen.contains("○"))
        try tmux.type("q")
        _ = try tmux.waitFor("EXIT=0")
    }
}
