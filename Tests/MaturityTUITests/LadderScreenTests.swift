import Foundation
import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// The level ladder with definitions (models.md §6), key l on the scorecard,
/// with the shipped CC-CMM-OC file: at 80×24 in both languages, scrolled to
/// its end, and back.
struct LadderScreenTests: PressesKeys {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Questionnaires").path

    /// Everything 10/10 with three years: L4 held, L5 not (it needs five years).
    static func state(_ language: Language, model: String = "cc-cmm-oc") throws -> WizardState {
        let q = try QuestionnaireDecoder.load(path: shipped + "/\(model).json")
        var session = Session(questionnaire: QuestionnaireReference(q),
                              profile: Profile(centre: "中心", date: "2026-11-23", yearsInOperation: 3, language: language),
                              createdAt: "2026-11-23T09:00:00Z")
        for criterion in q.criteria {
            for question in criterion.questions { session.setAnswer(.rated(10), criterion: criterion.id, angle: question.angle, at: "t") }
        }
        var state = WizardState(language: language, screen: .scorecard, today: "2026-11-23", now: "2026-11-23T10:00:00Z")
        state.assessment = Assessment(questionnaire: q, session: session, path: "/tmp/s.json")
        state.models = [q]
        return state
    }

    func screen(_ state: WizardState, _ cols: Int = 80, _ rows: Int = 24) -> [String] {
        WizardView.render(state, size: Size(rows: rows, cols: cols)).grid.text()
    }

    @Test func lOnTheScorecardOpensTheLadderAndAnyOtherKeyGoesBack() throws {
        var state = try Self.state(.en)
        _ = press([.character("l")], &state)
        guard case .ladder = state.screen else { Issue.record("l did not open the ladder: \(state.screen)"); return }
        _ = press([.down, .down], &state)
        #expect(state.ladderScroll == 2)
        _ = press([.escape], &state)
        guard case .scorecard = state.screen else { Issue.record("Esc did not go back: \(state.screen)"); return }
        #expect(state.ladderScroll == 0)
    }

    @Test func aModelWithoutLevelsHasNoLadder() throws {
        var state = try Self.state(.en, model: "cccs-op-2003")
        _ = press([.character("l")], &state)
        if case .ladder = state.screen { Issue.record("a bands model opened a ladder") }
    }

    @Test func englishAt80x24ShowsTheFirstLevelsWithTheirDefinitions() throws {
        var state = try Self.state(.en)
        _ = press([.character("l")], &state)
        let lines = screen(state)
        #expect(lines[0].contains("Level ladder · Level definitions"))
        #expect(lines[1].contains("Level: L4 Lean"))
        #expect(lines[3].hasPrefix("  ✓ L1 Applied"))
        #expect(lines[4].hasPrefix("    The centre shows that it uses the maturity model"))
        #expect(lines.contains { $0.contains("✓ L2 Professional") })
        #expect(lines.contains { $0.contains("Checked by the certifying body, not scored by ccmm;") })
        #expect(lines[22].hasSuffix("↓"))
        #expect(lines[23].contains("↑↓ scroll") && lines[23].contains("Esc back"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        // The English screen holds no Chinese.
        #expect(!lines.joined().unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }

    @Test(arguments: [Language.zh, .en])
    func scrolledToTheEndItShowsL5AndWhatOnlyTheCertifierChecks(_ language: Language) throws {
        var state = try Self.state(language)
        _ = press([.character("l"), .end], &state)
        let text = screen(state).joined(separator: "\n")
        if language == .zh {
            #expect(text.contains("✗ L5 卓越级  未满足要求数：1"))
            #expect(text.contains("由认证机构核查，ccmm 不评分，也不影响算出的等级："))
            #expect(text.contains("• 主动的运营预警机制和危机应急处理机制已经健全"))
        } else {
            #expect(text.contains("✗ L5 Excellent  Unmet requirements: 1"))
            #expect(text.contains("• A world-leading level among contact centres"))
        }
        #expect(!text.contains("↓\n"))
    }

    @Test func chineseAt80x24NeverCutsALine() throws {
        var state = try Self.state(.zh)
        _ = press([.character("l")], &state)
        for scroll in 0...LadderView.lastScroll(state) {
            state.ladderScroll = scroll
            let lines = screen(state)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "scroll \(scroll)")
        }
        // Every line of the ladder text fits the 76 columns it is wrapped to.
        #expect(LadderView.lines(state, width: 76).allSatisfy { DisplayWidth.of($0.text) <= 76 })
        #expect(LadderView.lines(state, width: 76).contains { $0.text.contains("标杆测评") })
    }
}
