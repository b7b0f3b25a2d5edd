@testable import MaturityCore
import TerminalUI
import Testing
@testable import MaturityTUI

/// The wizard scores its session with the answers laid out and kept
/// current through every kind of answer key, undo and redo included: after
/// each key the scorecard is the one laying the answers out afresh gives.
@Suite struct KeptSheetKeysTests: PressesKeys {
    @Test func answerKeysKeepTheAnswersLaidOut() throws {
        var state = try TUIFixtures.state(language: .en)
        let steps: [[Key]] = [
            chars("3"), [.character("n")] + chars("无外呼业务") + [.enter],      // a rating, an N/A with its reason
            [.character(","), .character("3"), .character("y")],                  // a rating over the N/A
            [.character("z")], [.character("Z")],                                 // undo, redo
            [.up, .character("x"), .character("y")], [.character("f")],          // a clear, a flag
            [.character("z"), .character("z"), .character("z")],
        ]
        for (index, step) in steps.enumerated() {
            _ = press(step, &state)
            let a = try #require(state.assessment)
            #expect(a.session.keptSheet != nil, "step \(index)")
            var fresh = a.session
            fresh.answers = a.session.answers    // drops the sheet: laid out afresh to score
            var expected = "", shown = ""
            dump(Scorer.score(fresh, with: a.questionnaire, counting: a.counting), to: &expected)
            dump(a.scorecard, to: &shown)
            #expect(shown == expected, "step \(index)")
        }
    }
}
