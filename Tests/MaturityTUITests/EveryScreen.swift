import Foundation
import MaturityCore
import TerminalUI
@testable import MaturityTUI

/// Every screen of the wizard, each reached by the keys a person would type
/// (or, for what only the runner causes — a failed save, a recovery copy —
/// by setting what the runner would set), in one language.
struct EveryScreen: PressesKeys {
    let language: Language

    static var shippedModels: [Questionnaire] {
        let library = QuestionnaireLibrary(directory: EndToEndTests.root.appendingPathComponent("Questionnaires").path)
        return QuestionnaireLibrary.builtInOrder.compactMap { try? library.load($0) }
    }

    /// Criterion 1 answered 10/5, the wizard on criterion 2.
    func criterion() throws -> WizardState {
        var state = try TUIFixtures.state(language: language)
        _ = press(chars("32"), &state)
        return state
    }

    func after(_ keys: [Key], from state: WizardState) -> WizardState {
        var copy = state
        _ = press(keys, &copy)
        return copy
    }

    func all() throws -> [(String, WizardState)] {
        let base = try criterion()
        var list: [(String, WizardState)] = [("criterion", base)]
        let reason = language == .zh ? "本中心没有外呼业务，所以这一条不适用于我们" : "we make no outbound calls, so this does not apply to us at all"
        // N/A with its reason, back on the criterion to see it.
        let notApplicable = after([.character("n")] + chars(reason) + [.enter, .character(",")], from: base)
        list.append(("criterion N/A", notApplicable))
        var simple: [(String, [Key])] = [
            ("outline", chars("o")), ("scorecard", chars("s")), ("summary", chars("S")), ("ladder", chars("sl")),
            ("plan", chars("p")), ("plan grouping", chars("pa")), ("profile edit", chars("i")),
            ("profile years", chars("i") + [.tab, .tab, .tab, .tab, .backspace] + chars("4")),
            ("evidence", chars("v")), ("evidence form", chars("va")), ("actions", chars("t")), ("action form", chars("tn")),
            ("report format", chars("R")), ("report path", chars("Rh")), ("note prompt", chars("e") + chars(reason)),
            ("N/A prompt", chars("n")), ("search prompt", chars("o/")), ("search results", chars("o/") + chars("plan") + [.enter]),
            ("confirm clear", [.character(","), .character("x")]), ("key does nothing", chars("`")),
        ]
        for back in ["", "o", "s", "p", "v", "t"] {
            simple.append(("help from \(back)", chars(back + "?")))
            simple.append(("help end from \(back)", chars(back + "?") + [.end]))
        }
        for (name, keys) in simple { list.append((name, after(keys, from: base))) }
        list.append(("replace N/A", after(chars("3"), from: notApplicable)))
        var failed = base
        failed.saveError = "/home/wang/.local/share/ccmm/cc-cmm-oc-2026-11-23.json: No space left on device (the disk is full)"
        list.append(("save failed", failed))
        failed.question = .quitUnsaved
        list.append(("quit unsaved", failed))
        var recovery = base
        recovery.question = .restoreRecovery(path: "/home/wang/.local/share/ccmm/cc-cmm-oc-2026-11-23.json.recovery")
        list.append(("recovery", recovery))
        var offered = base
        offered.takeOverOffered = true
        list.append(("take over", offered))
        list += try startScreens()
        return list
    }

    func startScreens() throws -> [(String, WizardState)] {
        var start = WizardState(language: language, screen: .start(selection: 1), today: "2026-11-23", now: "2026-11-23T10:00:00Z")
        start.models = Self.shippedModels
        start.sessions = [summary(centre: language == .zh ? "上海浦东新区客户联络中心（二期）" : "Pudong New Area Customer Contact Centre, phase two"),
                          summary(centre: "Beijing"),
                          SessionSummary(path: "/home/wang/.local/share/ccmm/broken.json", centre: "", model: "", answered: 0, questions: 0,
                                         level: "", updatedAt: "", problem: "$.answers: expected an object")]
        var list: [(String, WizardState)] = [("start", start)]
        for (name, keys) in [("follow-up question", chars("f")), ("archive question", chars("A")), ("delete question", chars("D")),
                             ("rename prompt", chars("r")), ("start help", chars("?")), ("model picker", chars("n")),
                             ("model picker last", chars("n") + [.down, .down, .down]), ("profile new", chars("n") + [.enter])] {
            list.append((name, after(keys, from: start)))
        }
        var empty = start
        empty.sessions = []
        empty.screen = .start(selection: 0)
        list.append(("start empty", empty))
        return list
    }

    func summary(centre: String) -> SessionSummary {
        var summary = SessionSummary(path: "/home/wang/.local/share/ccmm/cc-cmm-oc-2026-11-23.json", centre: centre, model: "cc-cmm-oc",
                                     answered: 120, questions: 340, level: "L2", updatedAt: "2026-11-23T10:00:00+08:00")
        summary.site = language == .zh ? "浦东" : "Pudong"
        summary.assessor = language == .zh ? "王经理" : "Wang"
        summary.date = "2026-11-23"
        return summary
    }
}
