/// Every word ccmm says, named by meaning. The text is in Words+zh.swift and
/// Words+en.swift; CatalogTests checks that both have every key with the
/// same placeholders.
public enum Key: String, CaseIterable, Sendable {
    // Punctuation and glue
    case colon, parenthesised, listSeparator, titleWithID, noteLabel
    // Profile
    case centre, site, assessor, date, yearsInOperation, yearsValue, notGiven, answered, notApplicableCount
    // Scorecard
    case provisionalZero, provisionalLeftOut, reading, countingStrict, countingWeighted
    case level, nextLevel, topLevelReached, levelLadder, unmetRequirements, maturityLevel, overallScore, noLevelYet
    case levelDefinitions, checkedByCertifier
    case weakest, total, outcome, decidedOnRounded, categoriesTruncated, shortestStave, meanOfModules
    case dimension, module, criterion, category, weight, points, maximum, score, anglePercent, notApplicableShort
    case conflictsLowerCounts
    // Requirements
    case requirement, now, needed, stillMissing
    case requirementPercent, requirementTotal, requirementTotalScaled, requirementYears, requirementSentence, sentenceMissing
    case allNotApplicable, shortCriteriaAtTop, shortRatingPoints, shortPoints, shortYears, shortYearsNotGiven
    // N/A beside its limit, withheld results, progress (models.md §6)
    case notApplicableLimits, naCriteria, naQuestions, naAspects, naPoints, naNoLimit
    case unitCriteria, unitQuestions, unitAspects, inScope, naSeparator, nextLevelNeeds, totalForInformation, provisionalAspects, provisionalQuestions
    case withheld, withheldBecause, forInformation, naResolveCount, naResolvePoints, noRatingChangesThis
    case progressRatingChanges, progressMoreYears, progressGiveYears, progressAnswerNA, progressLessNAPoints
    case progressAnd, progressApartOnly, progressOutOfReach, progressReached, progressLine, requirementsMet
    // Sessions and output
    case reconciledNote, droppedAnswers, newCriteria, outputClosed, outputFailed
    case outputPipeClosed, outputDiskFull
    // Commands
    case validateOK, validateProblems, scoringLevels, scoringMeanLevel, scoringWeightedBands, scoringLowestGroup
    // Evidence register, action plan and workbook sheets
    case criterionTitle, evidenceRegister, evidenceRegisterOf, evidenceTitle, evidenceKind, evidenceLocation
    case evidenceSeenOn, evidenceSeenBy, evidenceCheck, evidenceURL, evidenceFound, evidenceMissing
    case evidenceCheckSummary, evidenceMissingItem, noEvidenceYet, topWithoutEvidence, evidenceDocument
    case evidenceRecord, evidenceObservation, evidenceInterview, evidenceCount, actionPlan, actionPlanOf, noActionsYet
    case actionID, actionTitle, actionStatus, actionOwner, actionDue, actionTargets, actionResult, actionPlanned
    case actionInProgress, actionDone, actionDropped, resultReached, resultPartly, resultNotReached, resultNothing
    case unansweredShort, criterionGone, coverageText, coverageComplete, coverageRemaining, baselineActions
    case sheetCriteria, sheetScorecard, sheetActions, sheetEvidence, naReason, flaggedColumn, hashNeedsCheck, xlsxNeedsOutput
}
