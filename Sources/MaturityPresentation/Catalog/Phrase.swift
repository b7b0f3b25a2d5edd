/// Every word ccmm says, named by meaning. The text is in Words+zh.swift and
/// Words+en.swift; CatalogTests checks that both have every key with the
/// same placeholders.
public enum Phrase: String, CaseIterable, Sendable {
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
    case unitCriteria, unitQuestions, unitAspects, unitPoints, naLimitRule, naNoLimitRule, inScope, naSeparator, nextLevelNeeds, totalForInformation, provisionalAspects, provisionalQuestions
    case withheld, withheldBecause, forInformation, naResolveCount, naResolvePoints, noRatingChangesThis
    case progressRatingChanges, progressMoreYears, progressGiveYears, progressAnswerNA, progressLessNAPoints
    case progressAnd, progressApartOnly, progressOutOfReach, progressReached, progressLine, requirementsMet
    // Sessions and output
    case reconciledNote, droppedAnswers, newCriteria, outputClosed, outputFailed
    case outputPipeClosed, outputDiskFull
    // Commands
    case validateOK, validateProblems, scoringLevels, scoringMeanLevel, scoringWeightedBands, scoringLowestGroup
    // Gap plan
    case gapPlanTitle, questionnaire, planNow, planTarget, meanTarget, bandTarget, groupTarget, nothingAnswered, answerFirst, shortMean, shortBandPoints, shortPercentPoints, blockerYears, blockerNoRating, blockerYearsNotGiven, blockerNothingAnswered, blockerUnreachable, unanswered, optimalityExact, optimalityFewest, optimalityGreedy, planProvisionalMean, planProvisionalZero, unmetRequirementsHeading, notByRatingsHeading, changesHeading, nothingByRatings, noPlan, planSummary, idColumn, angleColumn, fromColumn, toColumn, whyColumn, reconstructedLegend, alreadyHeld, alreadyAbove, noLevel, everyModule, changeSeparator
    // Plan errors
    case planErrorWrongFamily, planErrorNothingToAimFor, planErrorUnknownTarget, planErrorPercentOnly, planErrorPercentRange, planErrorNamedForModules
    // Comparison
    case compareTitle, baseline, followUp, changeColumn, answeredAgainst, provisionalWord, lowestModule, directionUp, directionDown, directionSame, improvedHeading, regressedHeading, otherChangesHeading, answerNotApplicable, questionnaireVersions, newSinceBaseline, newSinceFollowUp, droppedFromBaseline, droppedFromFollowUp, measureTotal, measureOverall, measureLowestModule, measureMeanModule, modulePercent, compareDifferentQuestionnaires, compareNoBaseline
    // Merge and agreement
    case mergedInto, criteriaInConflict, andMore, agreementTitle, kappaCohen, kappaFleiss, categoriesList, items, exactAgreement, kappaColumn, strengthColumn, allAngles, undefined, leftOutQuestions, kappaUndefinedNote, strengthPoor, strengthSlight, strengthFair, strengthModerate, strengthSubstantial, strengthAlmostPerfect, remarkCentres, remarkSites, remarkYears, remarkDropped, mergeReconciled, fileExists, reportWritten
    // Questionnaires and import
    case columnID, columnVersion, columnCriteria, columnTitle, noQuestionnaires, inFolder, cannotRead, imported
    // Standard input and --version
    case standardInputUnreadable, standardInputTooLarge, versionQuestionnaires, questionnairesBuiltIn
    // The wizard's journal
    case journalSetAside, journalLeftStale
    // Argument checks
    case yearsRange, mergeNeedsTwo, givenTwice, targetOrPercent, targetPercentRange
    // Evidence register, action plan and workbook sheets
    case criterionTitle, evidenceRegister, evidenceRegisterOf, evidenceTitle, evidenceKind, evidenceLocation
    case evidenceSeenOn, evidenceSeenBy, evidenceCheck, evidenceURL, evidenceFound, evidenceMissing
    case evidenceCheckSummary, evidenceMissingItem, noEvidenceYet, topWithoutEvidence, evidenceDocument
    case evidenceRecord, evidenceObservation, evidenceInterview, evidenceCount, actionPlan, actionPlanOf, noActionsYet
    case actionID, actionTitle, actionStatus, actionOwner, actionDue, actionTargets, actionResult, actionPlanned
    case actionInProgress, actionDone, actionDropped, resultReached, resultPartly, resultNotReached, resultNothing
    case unansweredShort, criterionGone, coverageText, coverageComplete, coverageRemaining, baselineActions
    case sheetCriteria, sheetScorecard, sheetActions, sheetEvidence, naReason, flaggedColumn, hashNeedsCheck, xlsxNeedsOutput
    case dateInvalid
    case reportKind, fileWritten
    // A terminal set up for another character set than UTF-8
    case terminalCharset, terminalCharsetFix
    // The criterion screen's one N/A choice
    case notApplicableWholeCriterion
    // Reports
    case reportQuestionnaire, reportVersion, reportDimensionId, reportDimension, reportSectionId
    case reportSection, reportCriterionId, reportCriterion, reportProvenance, reportBaseline, reportScore
    case reportPoints, reportAspectsRated, reportMaximum, reportNaReason, reportNote, reportFlagged
    case reportConflict, reportPlanTarget, reportCounting, reportYes, reportNo, reportRatingsToRaise
    case reportComparedWithTheBaseline, reportChangeByDimension, reportNow, reportBaselineAndNow
    case reportBarsShowTheScoreAs, reportBarsShowPointsAsA, reportAnswersImproved, reportAnswersRegressed
    case reportOtherChanges, reportNo2, reportCriterion2, reportAspects, reportNotesNAReasonsFlags
    case reportTheLowerRatingCountsUntil, reportChartOf, reportMeanLevel14, reportEachCriterionSRating0
    case reportWholeDimension, reportPercentagesUse, reportText, reportResult, reportLevelHeld
    case reportTheHighestLevelIsHeld, reportLevelLadderHeld, reportHeld, reportNext, reportWhatTheLevelRestsOn
    case reportActual, reportRequired, reportStatus, reportMet, reportNotMet, reportScoresByDimension
    case reportMaximum2, reportTotal, reportOverallMaturityLevel, reportOverallScore, reportNothingAnsweredYet
    case reportWeakestCriterion, reportMaturityLevelLadder, reportReportCardOneMarkPer
    case reportScorePerCriterion, reportWeakest, reportNAOrNotAnswered, reportTheAspectSLevelN, reportOutcome
    case reportTotal2, reportTheBandIsReadFrom, reportOutcomeBands, reportThisResult, reportNextBand
    case reportBand, reportMeaning, reportThisResult2, reportPointsByCategory
    case reportPercentagesAreRatingPointsOver, reportShareOfEachCategoryS, reportPointsWeight
    case reportNothingAnsweredYet2, reportMeanOfTheModules, reportFollowingTheShortestStaveIdea, reportScore2
    case reportLowestShortestStave, reportScorePerModule, reportLowest, reportMadeWithCcmm, reportOn
    case reportQuestionnaire2, reportContentHash, reportThisIsASelfAssessment, reportVersion2, reportCounting2
    case reportReportDate, reportPROVISIONAL, reportComplete, reportAboutThisQuestionnaire
    case reportConflictsBetweenAssessors, reportEachAssessorSAnswer, reportReportDate2
    case reportAboutThisQuestionnaire2, reportMadeWithCcmmThisIs, reportNextLevel, reportWhatTheLevelRestsOn2
    case reportReportCard, reportFrom, reportModules, reportDisputed, reportCriteria, reportFlags
    case reportSelfAssessmentReport, reportQuestionnaireVersion, reportCounting3, reportAnswered
    case reportOfQuestions, reportNA, reportReconstructed, reportUnofficialOutline, reportDate, reportText2
    case reportFlaggedForReview, reportNAReason, reportNote2, reportAssessorsDisagree, reportLevel
    case reportLevelNothingAnsweredYet, reportMaturityLevel, reportOverallScore2, reportText3, reportOutcome2
    case reportShortestStaveNothingAnsweredYet, reportShortestStaveLowestModule, reportMeanOfModules
    case reportMean, reportText4, reportDisputed2, reportGapPlanTarget, reportNow2, reportTarget
    case reportTheTargetIsAlreadyHeld, reportSomeQuestionsAreUnansweredThe, reportWhatRemainsCannotBeMet
    case reportNoSetOfRatingChanges, reportNeeded, reportShortfall, reportPointsRaised, reportNoDate
    case reportBaseline2, reportThisAssessment, reportUp, reportDown, reportUnchanged, reportThen, reportNow3
    case reportMeasure, reportThen2, reportNow4, reportPointsThen, reportScoreThen, reportThen3
    case reportCriteriaNewSinceTheBaseline, reportCriteriaNewSinceThisAssessment
    case reportBaselineAnswersNoLongerIn, reportAnswersOfThisAssessmentNo
    // Reports
    case reportHeldLevelsAreCumulativeA, reportTheMaximumLeavesOutN, reportSomeQuestionsAreUnansweredAnd
    case reportEveryQuestionIsAnsweredOr, reportTotalOfDecidedOn
    case reportProvisionalAspects, reportProvisionalQuestions, reportTotalOfForInformation, reportOverallForInformation, reportShortestStaveLabel
    case reportAnswersImprovedRegressedChangedOtherwise, reportTheTwoAssessmentsWereAnswered
    // Reports (by hand)
    case reportNextLevelUnmet, reportAtLeastChanges
    // CSV report
    case provenanceSource, provenanceReconstructed, provenanceOutline, countingStrictShort, countingWeightedShort, resultColumn
    // File problems
    case couldNotSave
    // Files not written, and who holds a session
    case saveFileModeNotOctal, saveFileModeOthersWrite, saveFileModeOwnerLocked, saveNotRegularFile, saveHardLinks, saveDanglingLink
    case saveTemporaryReplaced, saveChangedOnDisk, saveExists, saveExistsForce, saveReportOverSource, saveReportOverSession
    case saveLocked, saveNotOwnJournal, saveDiskFull, saveTooLarge, savePermission, saveReadOnlyFolder, saveNoFolder, systemError
    case mergeTooFew, mergeUnsettled, mergeDifferentQuestionnaires, mergeDifferentVersions, mergeDifferentTexts, questionnaireReference
    case compareOtherQuestionnaire
    case lockHeldBy, lockHeldByUnknown, lockForeign, lockBad, lockHardLinks
}
