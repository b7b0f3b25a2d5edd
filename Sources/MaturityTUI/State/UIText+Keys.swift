import MaturityCore
import MaturityPresentation

/// One key (or group of keys) of a screen: a short label for the key line
/// and a sentence for the help screen. Lists are in order of importance: the
/// key line shows as many as fit from the front, help shows them all.
public struct KeyHelp: Sendable, Equatable {
    public var keys: String
    public var short: String
    public var long: String
}

/// The screens that have their own keys (help lists the keys of the screen it was opened from).
public enum KeyScreen: Sendable, Equatable {
    case criterion, outline, scorecard, plan, start, pickModel, profile
}

extension UIText {
    /// A key of a screen, with what the catalog says about it.
    func key(_ keys: String, _ word: KeyWord) -> KeyHelp {
        let wording = c.key(word)
        return KeyHelp(keys: keys, short: wording.short, long: wording.long)
    }

    var quitKey: KeyHelp { key("q", .quit) }
    var helpKey: KeyHelp { key("?", .help) }
    var backKey: KeyHelp { key("Esc", .back) }

    var helpKeys: [KeyHelp] {
        [key("↑↓", .helpScroll), key("Esc", .helpBack)]
    }

    func helpPosition(first: Int, last: Int, of count: Int) -> String { self(.helpPosition, first, last, count) }

    func keys(_ screen: KeyScreen, choices: Int = 3) -> [KeyHelp] {
        switch screen {
        case .criterion: return criterionKeys(choices: choices)
        case .outline: return outlineKeys
        case .scorecard: return scorecardKeys
        case .plan: return planKeys
        case .start: return startKeys
        case .pickModel: return pickModelKeys
        case .profile: return profileKeys
        }
    }

    func criterionKeys(choices: Int) -> [KeyHelp] {
        [
            key("1-\(choices)", .answer),
            key("n", .notApplicable),
            helpKey,
            quitKey,
            key("z", .undo),
            key(", .", .previousNext),
            key("o", .outline),
            key("s", .scorecard),
            key("p", .plan),
            key("e", .note),
            key("v", .evidence),
            key("t", .actions),
            key("f", .flag),
            key("u", .nextUnanswered),
            key("S", .summary),
            key("i", .profile),
            key("R", .report),
            key("Z", .redo),
            key("↑↓", .question),
            key("←→", .choices),
            key("Enter", .choose),
            key("x", .clear),
            key("a", .settle),
            key("w", .counting),
            key("Ctrl-Z", .suspend),
        ]
    }

    var outlineKeys: [KeyHelp] {
        [
            key("↑↓", .outlineMove),
            key("Enter", .outlineOpen),
            key("Esc", .outlineBack),
            key("/", .outlineSearch),
            key("Tab", .outlineNextMatch),
            key("a/u/f/n/b/c/e", .outlineFilter),
            quitKey,
            key("s", .outlineScorecard),
            helpKey,
        ]
    }

    var scorecardKeys: [KeyHelp] {
        [
            key("Esc", .scorecardBack),
            key("o", .scorecardOutline),
            key("p", .scorecardPlan),
            key("l", .scorecardLevels),
            key("R", .scorecardReport),
            quitKey,
            helpKey,
        ]
    }

    var ladderKeys: [KeyHelp] {
        [
            key("↑↓", .ladderScroll),
            key("Esc", .ladderBack),
            quitKey,
        ]
    }

    var planKeys: [KeyHelp] {
        [
            key("↑↓", .planMove),
            key("Enter", .planOpen),
            key("a", .planMakeActions),
            key("t", .planActions),
            key("←→", .planTarget),
            backKey,
            quitKey,
            helpKey,
        ]
    }

    var evidenceKeys: [KeyHelp] {
        [
            key("a", .evidenceAdd),
            key("Enter", .evidenceEdit),
            key("d", .evidenceRemove),
            key("↑↓", .evidenceMove),
            backKey,
            quitKey,
            helpKey,
        ]
    }

    var actionsKeys: [KeyHelp] {
        [
            key("Enter", .actionEdit),
            key("n", .actionNew),
            key("d", .actionRemove),
            key("s", .actionSort),
            key("f", .actionStatus),
            key("w", .actionOwner),
            key("p", .actionPlan),
            backKey,
            quitKey,
            helpKey,
        ]
    }

    var formKeys: [KeyHelp] {
        [
            key("Tab", .formNext),
            key("←→", .formChoose),
            key("Ctrl-S", .formSave),
            key("Esc", .formCancel),
        ]
    }

    var startKeys: [KeyHelp] {
        [
            key("↑↓", .startMove),
            key("Enter", .startOpen),
            key("n", .startNew),
            quitKey,
            helpKey,
            key("f", .startFollowUp),
            key("r", .startRename),
            key("A", .startArchive),
            key("D", .startDelete),
        ]
    }

    var pickModelKeys: [KeyHelp] {
        [
            key("↑↓", .modelMove),
            key("Enter", .modelPick),
            key("Esc", .modelBack),
            quitKey,
        ]
    }

    var profileKeys: [KeyHelp] {
        [
            key("Tab", .profileNext),
            key("Enter", .profileConfirm),
            key("←→", .profileLanguage),
            key("Esc", .profileBack),
        ]
    }
}
