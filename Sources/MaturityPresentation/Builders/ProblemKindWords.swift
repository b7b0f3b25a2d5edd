import MaturityCore

/// Each ProblemKind in words.
extension ProblemWords {
    public static func message(_ kind: ProblemKind, _ c: Catalog) -> String {
        let p = c.problem
        switch kind {
        case let .noSuchFile(file): return p(.noSuchFile, fileKind(file, c))
        case .permissionDenied: return p(.permissionDenied)
        case let .linkLoop(file): return p(.linkLoop, fileKind(file, c))
        case let .unreadable(code): return p(.unreadable, systemError(code, c))
        case let .isFolder(file): return p(.isFolder, fileKind(file, c))
        case let .isPipe(file): return p(.isPipe, fileKind(file, c))
        case let .isDevice(file): return p(.isDevice, fileKind(file, c))
        case let .notRegularFile(file): return p(.notRegularFile, fileKind(file, c))
        case let .tooLarge(file, megabytes?, limit): return p(.tooLarge, fileKind(file, c), megabytes, limit)
        case let .tooLarge(file, nil, limit): return p(.grewTooLarge, fileKind(file, c), limit)
        case .folderUnreadable: return p(.folderUnreadable)
        case .linkToNothing: return p(.linkToNothing)
        case let .unknownQuestionnaire(folder, known): return p(.unknownQuestionnaire, folder ?? p(.builtInQuestionnaires), list(known, c))
        case .noQuestionnaires: return p(.noQuestionnaires)
        case .notAQuestionnaire: return p(.notAQuestionnaire)
        case .notASession: return p(.notASession)
        case let .unsupportedFormat(file, supported, found): return p(.unsupportedFormat, fileKind(file, c), supported, found)
        case let .json(syntax): return json(syntax, c)
        case let .csv(syntax): return csv(syntax, c)
        case let .missingKey(key, expected): return p(.missingKey, key, self.expected(expected, c))
        case let .wrongKind(expected, found): return p(.wrongKind, self.expected(expected, c), self.found(found, c))
        case let .unknownKey(key, allowed): return p(.unknownKey, key, list(allowed, c))
        case .emptyString: return p(.emptyString)
        case let .notWhole(text): return p(.notWhole, text)
        case let .numberTooLarge(text): return p(.numberTooLarge, text)
        case let .outOfRange(low, high, found): return p(.outOfRange, low, high, found)
        case let .notOneOf(allowed, found): return p(.notOneOf, alternatives(allowed, c), found)
        case let .badID(text): return p(.badID, text)
        case let .badDate(text): return p(.badDate, text)
        case let .tooLong(.note, count, limit): return p(.noteTooLong, count, limit)
        case let .tooLong(.title, count, limit): return p(.titleTooLong, count, limit)
        case let .tooMany(_, count, limit): return p(.tooManyEvidence, count, limit)
        case let .noneGiven(thing): return p(.noneGiven, self.thing(thing, c))
        case .scaleNotAscending: return p(.scaleNotAscending)
        case let .notAScaleValue(key): return p(.notAScaleValue, key)
        case let .missingLabel(value): return p(.missingLabel, value)
        case let .missingGuidance(value): return p(.missingGuidance, value)
        case let .emptyGroup(id, needsKey): return p(needsKey ? .emptyGroupNeedsKey : .emptyGroup, id ?? "")
        case let .duplicateID(id, first): return p(.duplicateID, id, first)
        case let .duplicate(what, id): return p(.duplicate, thing(what, c), id)
        case let .undeclaredAngle(angle): return p(.undeclaredAngle, angle)
        case let .angleAskedTwice(angle): return p(.angleAskedTwice, angle)
        case let .unknownGroup(group): return p(.unknownGroup, group)
        case let .unknownScope(scope): return p(.unknownScope, scope)
        case let .unknownAngle(angle): return p(.unknownAngle, angle)
        case .unscoredWithoutMeaning: return p(.unscoredWithoutMeaning)
        case let .levelCount(expected, found): return p(.levelCount, expected, found)
        case .bandsNotDescending: return p(.bandsNotDescending)
        case .lastBandNotZero: return p(.lastBandNotZero)
        case let .answeredOtherQuestionnaire(answered, given): return p(.answeredOther, answered, given)
        case let .noSuchCriterion(id, questionnaire, version):
            return p(.noSuchCriterion, id, version.map { "\(questionnaire) \($0)" } ?? questionnaire)
        case let .noSuchAngle(criterion, angle, expected): return p(.noSuchAngle, criterion, angle, list(expected, c))
        case let .notOnScale(value, allowed, notApplicable):
            return p(notApplicable ? .notOnScaleOrNA : .notOnScale, value, list(allowed.map(String.init), c))
        case .notApplicableNotAllowed: return p(.naNotAllowed)
        case .notApplicableNeedsReason: return p(.naNeedsReason)
        case .notApplicableWholeCriterion: return p(.naWholeCriterion)
        case let .actionIDReused(id): return p(.actionIDReused, id)
        case let .csvEmpty(header): return p(.csvEmpty, header.joined(separator: ","))
        case let .csvHeader(expected, found): return p(.csvHeader, expected.joined(separator: ","), found)
        case let .csvFieldCount(expected, found): return p(.csvFieldCount, expected.count, expected.joined(separator: ","), found)
        case let .csvListedTwice(id, first): return p(.csvListedTwice, id, first)
        case let .csvNoAnswerID(id, example): return p(.csvNoAnswerID, id, example)
        case let .csvNoAspect(criterion, aspect, expected): return p(.csvNoAspect, criterion, aspect, list(expected, c))
        case let .csvCellValue(allowed): return p(.csvCellValue, list(allowed.map(String.init), c))
        case .csvNeedsReason: return p(.csvNeedsReason)
        case let .csvCell(column, text, inner): return p(.csvCell, column, text, message(inner, c))
        case let .reportCSVHoldsScores(questionnaire): return p(.reportCSVHoldsScores, questionnaire)
        case let .reportCSVMissingColumns(columns): return p(.reportCSVMissingColumns, list(columns, c))
        case let .journalOfAnotherUser(session): return p(.journalOtherUser, session)
        }
    }

    public static func json(_ syntax: JSONSyntax, _ c: Catalog) -> String {
        let p = c.problem
        switch syntax {
        case .emptyFile: return p(.jsonEmptyFile)
        case .textAfterValue: return p(.jsonTextAfterValue)
        case .endsEarly: return p(.jsonEndsEarly)
        case .nulByte: return p(.jsonNulByte)
        case .expectedKey: return p(.jsonExpectedKey)
        case .expectedCommaOrBrace: return p(.jsonExpectedCommaOrBrace)
        case .expectedCommaOrBracket: return p(.jsonExpectedCommaOrBracket)
        case .controlCharacter: return p(.jsonControlCharacter)
        case .unpairedSurrogate: return p(.jsonUnpairedSurrogate)
        case .expectedHexDigits: return p(.jsonExpectedHexDigits)
        case .expectedDigit: return p(.jsonExpectedDigit)
        case .expectedDigitAfterPoint: return p(.jsonExpectedDigitAfterPoint)
        case .expectedDigitInExponent: return p(.jsonExpectedDigitInExponent)
        case let .unexpectedCharacter(text): return p(.jsonUnexpectedCharacter, text)
        case let .tooDeep(levels): return p(.jsonTooDeep, levels)
        case .endsInside(.object): return p(.jsonEndsInsideObject)
        case .endsInside(.array): return p(.jsonEndsInsideArray)
        case .endsInside(.string): return p(.jsonEndsInsideString)
        case .endsInside(.character): return p(.jsonEndsInsideCharacter)
        case .endsInside(.escape): return p(.jsonEndsInsideEscape)
        case let .duplicateKey(key): return p(.jsonDuplicateKey, key)
        case let .expectedColon(key): return p(.jsonExpectedColon, key)
        case let .notUTF8(byte): return p(.jsonNotUTF8, String(byte, radix: 16, uppercase: true))
        case let .unknownEscape(text): return p(.jsonUnknownEscape, text)
        case let .unexpectedWord(word): return p(.jsonUnexpectedWord, word)
        }
    }

    static func csv(_ syntax: CSVSyntax, _ c: Catalog) -> String {
        switch syntax {
        case .notUTF8: return c.problem(.csvNotUTF8)
        case .nulByte: return c.problem(.csvNulByte)
        case .textAfterClosingQuote: return c.problem(.csvTextAfterQuote)
        case .quoteInUnquotedField: return c.problem(.csvQuoteInUnquoted)
        case .unclosedQuote: return c.problem(.csvUnclosedQuote)
        }
    }

    static func expected(_ expected: Expected, _ c: Catalog) -> String {
        let p = c.problem
        switch expected {
        case .object: return p(.expectObject)
        case .list: return p(.expectList)
        case .text: return p(.expectText)
        case .chinese: return p(.expectChinese)
        case .english: return p(.expectEnglish)
        case .string: return p(.expectString)
        case .id: return p(.expectID)
        case .version: return p(.expectVersion)
        case .hash: return p(.expectHash)
        case .time: return p(.expectTime)
        case .date: return p(.expectDate)
        case .wholeNumber: return p(.expectWholeNumber)
        case .bool: return p(.expectBool)
        case .rating: return p(.expectRating)
        case .reason: return p(.expectReason)
        case .percent: return p(.expectPercent)
        case .sessionSchema: return p(.expectSessionSchema)
        case let .oneOf(names): return p(.expectOneOf, alternatives(names, c))
        }
    }

    static func found(_ kind: JSONKind, _ c: Catalog) -> String {
        switch kind {
        case .null: return c.problem(.foundNull)
        case .bool: return c.problem(.foundBool)
        case .number: return c.problem(.foundNumber)
        case .string: return c.problem(.foundString)
        case .array: return c.problem(.foundArray)
        case .object: return c.problem(.foundObject)
        }
    }

    static func thing(_ thing: Thing, _ c: Catalog) -> String {
        switch thing {
        case .value: return c.problem(.thingValue)
        case .angle: return c.problem(.thingAngle)
        case .group: return c.problem(.thingGroup)
        case .groupID: return c.problem(.thingGroupID)
        case .question: return c.problem(.thingQuestion)
        case .level: return c.problem(.thingLevel)
        case .condition: return c.problem(.thingCondition)
        case .answer: return c.problem(.thingAnswer)
        case .evidence: return c.problem(.thingEvidence)
        case .scope: return c.problem(.thingScope)
        }
    }
}
