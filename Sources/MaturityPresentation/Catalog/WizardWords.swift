import MaturityCore

/// The curses wizard's own words: its screens, prompts and status messages.
/// A word the catalog's main table already has (level, total, centre, N/A …)
/// is not repeated here; the wizard takes it from there, so the screen and the
/// reports say it the same way. Same form as the main tables (one line per
/// key, `{0}` placeholders); a method of its own (`wizard`) so that a key
/// added to the main table later can never make a call ambiguous.
public enum WizardKey: String, CaseIterable, Sendable {
    // Screens and headings
    case appName, helpPosition, startTitle, newAssessment, pickModel, criteriaCount, profileTitle, editProfileTitle, keysTitle
    case outline, scorecard, summaryTitle, criterionPosition, progress, filter, modelColumn, lastChange
    case languageField, languageChinese, languageEnglish, startButton, saveProfileButton, yearsHint, yearsHintLevel, profileKeyLine
    // The criterion screen
    case auditEvidence, noNote, notApplicableGuide, complete, conflictTitle, settleHint, settled
    case readingStrict, readingWeighted, shortestStave, tooSmall, tooSmallSize, tooSmallOnlyQuit
    // The outline
    case filterAll, filterBelowTop, filterConflicts, filterTopWithoutEvidence, noMatch, allAnswered, remaining
    case searchPrompt, noSearchMatch, searchFirst, searchPosition
    // Prompts and questions
    case naReasonPrompt, notePrompt, saveAsPrompt, renamePrompt, reportPathPrompt, askReportFormat
    case confirmClear, askFollowUp, askArchive, askDelete, askDeleteComplete, quitUnsaved, discardTyping, replaceNotApplicable
    // Status messages
    case saveFailed, saveFailedHelp, savedTo, sessionClosed, fileReplaced, fileRecreated, reportExists, reportWritten
    case nothingToUndo, nothingToRedo, nothingToClear, chooseFirst, noConflict, keyDoesNothing, lastCriterion, noSuchChoice
    case profileUnchanged, digitsOnly, profileSaved, levelStays, levelIs, yearsChanged, yearsInvalid, dateInvalid, centreRequired
    case undone, redone, changeRating, changeNotApplicable, changeFlag, changeClear
    case renameNoFolders, exists, renamed, archived, deleted, followUpCreated, pickASessionFirst, migrated
    case recoveryFound, recoveryLoaded, recoveryDeleted, takeOver, tookOver
    case notAFolder, folderNotCreated, unsavedKept, unsavedKeptOffered, unsavedLost
    // The evidence register and the action plan
    case evidenceList, evidenceCount, noEvidence, evidenceFormTitle, evidenceLocationField, evidenceSaved
    case newAction, actionFormTitle, actionSaved, actionsMade, noActions, sortMade, sortDue, allStatuses, allOwners
    case raiseGroup, reachTarget, groupingPrompt, confirmRemove, fieldRequired
    // The start screen and locks
    case noSessions, unreadable, readOnly, lockedBy, anotherProgram, readOnlyForeignLock, readOnlyBadLock, readOnlyHardLinks
}

/// What the help screen and the key line say about one key of a screen: a
/// short label for the key line and a sentence for help. The key itself
/// (`q`, `Ctrl-S`, `↑↓`) is not a word and stays with the screen.
public enum KeyWord: String, CaseIterable, Sendable {
    case quit, help, back, helpScroll, helpBack
    case answer, notApplicable, undo, previousNext, outline, scorecard, plan, note, evidence, actions, flag
    case nextUnanswered, summary, profile, report, redo, question, choices, choose, clear, settle, counting, suspend
    case outlineMove, outlineOpen, outlineBack, outlineSearch, outlineNextMatch, outlineFilter, outlineScorecard
    case scorecardBack, scorecardOutline, scorecardPlan, scorecardLevels, scorecardReport
    case ladderScroll, ladderBack
    case planMove, planOpen, planMakeActions, planActions, planTarget
    case evidenceAdd, evidenceEdit, evidenceRemove, evidenceMove
    case actionEdit, actionNew, actionRemove, actionSort, actionStatus, actionOwner, actionPlan
    case formNext, formChoose, formSave, formCancel
    case startMove, startOpen, startNew, startFollowUp, startRename, startArchive, startDelete
    case modelMove, modelPick, modelBack
    case profileNext, profileConfirm, profileLanguage, profileBack
}

/// A key's label for the key line and its sentence for help.
public struct KeyWording: Sendable, Equatable {
    public let short: String
    public let long: String

    init(_ short: String, _ long: String) {
        self.short = short
        self.long = long
    }
}

extension Catalog {
    /// A word of the curses wizard.
    public func wizard(_ key: WizardKey, _ arguments: CustomStringConvertible...) -> String {
        wizard(key, arguments.map(\.description))
    }

    public func wizard(_ key: WizardKey, _ arguments: [String]) -> String {
        let table = language == .zh ? WizardWords.zh : WizardWords.en
        return Catalog.fill(table[key] ?? key.rawValue, arguments)
    }

    /// What the wizard says about one of its keys.
    public func key(_ word: KeyWord) -> KeyWording {
        let table = language == .zh ? KeyWords.zh : KeyWords.en
        return table[word] ?? KeyWording(word.rawValue, word.rawValue)
    }
}
