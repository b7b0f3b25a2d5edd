import MaturityCore

/// The curses wizard's own words: its screens, prompts and status messages.
/// A word the catalog's main table already has (level, total, centre, N/A …)
/// is not repeated here; the wizard takes it from there, so the screen and the
/// reports say it the same way. Same form as the main tables (one line per
/// key, `{0}` placeholders); a method of its own (`wizard`) so that a key
/// added to the main table later can never make a call ambiguous.
public enum WizardKey: String, CaseIterable, Sendable {
    // Screens and headings
    case appName, startTitle, newAssessment, pickModel, criteriaCount, profileTitle, editProfileTitle, keysTitle
    case outline, scorecard, summaryTitle, criterionPosition, progress, filter, modelColumn, lastChange
    case languageField, languageChinese, languageEnglish, startButton, saveProfileButton, yearsHint, profileKeyLine
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
    // The start screen and locks
    case noSessions, unreadable, readOnly, lockedBy, anotherProgram, readOnlyForeignLock, readOnlyBadLock, readOnlyHardLinks
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
}
