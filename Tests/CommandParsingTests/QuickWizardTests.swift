import ArgumentParser
import Testing
@testable import ccmm

/// `ccmm`, `ccmm start` and `ccmm open FILE` skip ArgumentParser when
/// QuickWizard can read the line: every line it reads must mean exactly
/// what ArgumentParser makes of it, and every other line must be left to
/// ArgumentParser.
@Suite struct QuickWizardTests {
    /// ArgumentParser's reading of a whole command line, in QuickWizard's terms.
    private func full(_ line: [String]) throws -> QuickWizard.Parsed? {
        let command = try CCMM.parseAsRoot(line)
        if let open = command as? Open {
            return .open(open.options.settings, session: open.session, questionnaire: open.questionnaire)
        }
        return (command as? Start).map { .start($0.options.settings) }
    }

    @Test func linesItReadsMeanWhatArgumentParserReads() throws {
        let lines: [[String]] = [
            [], ["start"], ["--lang", "zh"], ["--plain", "--ascii"], ["start", "--dir", "/srv/sessions", "--questionnaires-dir", "/srv/q"],
            ["open", "s.json"],
            ["open", "s.json", "--lang", "en"],
            ["open", "--lang", "zh", "中文 会话.json"],
            ["open", "s.json", "--ascii", "--plain"],
            ["open", "--plain", "s.json", "--ascii"],
            ["open", "s.json", "--dir", "/srv/sessions", "--questionnaire", "see-cmm", "--questionnaires-dir", "/srv/q"],
            ["open", "--questionnaire", "models/own.json", "new.json"],
        ]
        for line in lines {
            let quick = try #require(QuickWizard.parse(line), "\(line)")
            #expect(quick == (try full(line)), "\(line)")
        }
        // Spelt out by hand, so that the comparison above cannot pass on two empty readings.
        #expect(QuickWizard.parse(["open", "s.json", "--lang", "zh", "--ascii", "--dir", "d"])
                == .open(WizardSettings(lang: .zh, dir: "d", plain: false, ascii: true, questionnairesDirectory: nil),
                         session: "s.json", questionnaire: nil))
        #expect(QuickWizard.parse(["--plain"]) == .start(WizardSettings(plain: true)))
    }

    @Test func everyOtherLineIsLeftToArgumentParser() throws {
        let lines: [[String]] = [
            ["score", "s.json"], ["questionnaires"], ["open"], ["s.json"], ["start", "s.json"],
            ["open", "s.json", "--lang", "fr"],             // refused by ArgumentParser, which says why
            ["open", "s.json", "--lang=en"],                // accepted by ArgumentParser: parsed there
            ["open", "s.json", "--help"], ["open", "-h"], ["--help"], ["--version"], ["help"],
            ["open", "-"],
            ["open", "s.json", "--ascii", "--ascii"], ["--ascii", "--ascii"],
            ["open", "s.json", "--lang", "en", "--lang", "zh"],
            ["open", "a.json", "b.json"],
            ["open", "s.json", "--dir"], ["open", "s.json", "--dir", "--ascii"],
            ["start", "--questionnaire", "see-cmm"],       // an option of open only
            ["open", "s.json", "--verbose"], ["open", "--", "s.json"],
        ]
        for line in lines {
            #expect(QuickWizard.parse(line) == nil, "\(line)")
        }
        // One that ArgumentParser takes still means the same, through it.
        #expect(try full(["open", "s.json", "--lang=en"]) == .open(WizardSettings(lang: .en), session: "s.json", questionnaire: nil))
    }
}
