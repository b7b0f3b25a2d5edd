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
    case compareTitle, baseline, followUp, changeColumn, answeredAgainst, provisionalWord, lowestModule, directionUp, directionDown, directionSame, improvedHeading, regressedHeading, otherChangesHeading, answerNotApplicable, questionnaireVersions, newSinceBaseline, newSinceFollowUp, droppedFromBaseline, droppedFromFollowUp, measureTotal, measureOverall, measureLowestModule, measureMeanModule, modulePercent, compareDifferentQuestionnaires
    // Merge and agreement
    case mergedInto, criteriaInConflict, andMore, agreementTitle, kappaCohen, kappaFleiss, categoriesList, items, exactAgreement, kappaColumn, strengthColumn, allAngles, undefined, leftOutQuestions, kappaUndefinedNote, strengthPoor, strengthSlight, strengthFair, strengthModerate, strengthSubstantial, strengthAlmostPerfect, remarkCentres, remarkSites, remarkYears, remarkDropped, mergeReconciled, fileExists, reportWritten
    // Questionnaires and import
    case columnID, columnVersion, columnCriteria, columnTitle, noQuestionnaires, inFolder, cannotRead, imported
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
}
