/// What is wrong in a file, as data: the presentation layer (ProblemWords)
/// words each case in the reader's language. A case carries what a message
/// must name: the value found, the values expected, the limit.
public enum ProblemKind: Sendable, Equatable {
    // The file itself
    case noSuchFile(FileKind)
    case permissionDenied
    case linkLoop(FileKind)
    case unreadable(errno: Int32)
    case isFolder(FileKind)
    case isPipe(FileKind)
    case isDevice(FileKind)
    case notRegularFile(FileKind)
    /// Larger than `limit` MB before reading, or grew past it while being read (`size` nil).
    case tooLarge(FileKind, megabytes: Int?, limit: Int)
    case folderUnreadable
    case linkToNothing
    case unknownQuestionnaire(folder: String?, known: [String])
    case noQuestionnaires
    case notAQuestionnaire
    case notASession
    /// The layout version this ccmm reads, and the one the file has.
    case unsupportedFormat(FileKind, supported: Int, found: String)

    // Syntax
    case json(JSONSyntax)
    case csv(CSVSyntax)

    // Values read from JSON
    case missingKey(String, Expected)
    case wrongKind(Expected, found: JSONKind)
    case unknownKey(String, allowed: [String])
    case emptyString
    case notWhole(String)
    case numberTooLarge(String)
    case outOfRange(Int, Int, found: Int)
    case notOneOf([String], found: String)
    case badID(String)
    case badDate(String)
    case tooLong(TextKind, count: Int, limit: Int)
    case tooMany(Thing, count: Int, limit: Int)
    case noneGiven(Thing)

    // A questionnaire's own rules
    case scaleNotAscending
    case notAScaleValue(String)
    case missingLabel(Int)
    case missingGuidance(Int)
    case emptyGroup(id: String?, needsKey: Bool)
    case duplicateID(String, firstAt: String)
    case duplicate(Thing, String)
    case undeclaredAngle(String)
    case angleAskedTwice(String)
    case unknownGroup(String)
    case unknownScope(String)
    case unknownAngle(String)
    case unscoredWithoutMeaning
    case levelCount(expected: Int, found: Int)
    case bandsNotDescending
    case lastBandNotZero

    // Answers against a questionnaire
    case answeredOtherQuestionnaire(answered: String, given: String)
    case noSuchCriterion(String, questionnaire: String, version: String?)
    case noSuchAngle(criterion: String, angle: String, expected: [String])
    case notOnScale(Int, allowed: [Int], notApplicable: Bool)
    case notApplicableNotAllowed
    case notApplicableNeedsReason
    case notApplicableWholeCriterion
    case actionIDReused(String)

    // CSV answers and reports
    case csvEmpty(header: [String])
    case csvHeader(expected: [String], found: String)
    case csvFieldCount(expected: [String], found: Int)
    case csvListedTwice(String, firstLine: Int)
    case csvNoAnswerID(String, example: String)
    case csvNoAspect(criterion: String, aspect: String, expected: [String])
    /// A cell that is neither a scale value, NA nor empty.
    case csvCellValue(allowed: [Int])
    /// NA in a CSV row whose note column is empty.
    case csvNeedsReason
    /// A cell's problem, after the angle or "level" and the cell's text.
    indirect case csvCell(column: String, text: String, ProblemKind)
    case reportCSVHoldsScores(questionnaire: String)
    case reportCSVMissingColumns([String])

    // The wizard's journal
    case journalOfAnotherUser(session: String)
}

/// The kind of file a message expects.
public enum FileKind: String, Sendable, Equatable {
    case session, questionnaire, csv, journal
}

/// Kinds of text with a length limit.
public enum TextKind: Sendable, Equatable { case note, title }

/// Things counted, listed or named in a problem.
public enum Thing: String, Sendable, Equatable {
    case value, angle, group, groupID, question, level, condition, answer, evidence, scope
}

/// A JSON value's kind, as found.
public enum JSONKind: String, Sendable, Equatable {
    case null, bool, number, string, array, object
}

/// What a place in a file should hold.
public enum Expected: Sendable, Equatable {
    case object, list, text, chinese, english, string, id, version, hash, time, date
    case wholeNumber, bool, rating, reason, percent
    /// The session schema version, which says the file is a ccmm session.
    case sessionSchema
    case oneOf([String])
}

/// Where a JSON text goes wrong.
public enum JSONSyntax: Sendable, Equatable {
    case emptyFile, textAfterValue, endsEarly, nulByte, expectedKey, expectedCommaOrBrace, expectedCommaOrBracket
    case controlCharacter, unpairedSurrogate, expectedHexDigits, expectedDigit, expectedDigitAfterPoint, expectedDigitInExponent
    case unexpectedCharacter(String)
    case tooDeep(Int)
    case endsInside(Inside)
    case duplicateKey(String)
    case expectedColon(after: String)
    case notUTF8(UInt8)
    case unknownEscape(String)
    case unexpectedWord(String)

    public enum Inside: String, Sendable, Equatable { case object, array, string, character, escape }
}

/// Where a CSV text goes wrong.
public enum CSVSyntax: Sendable, Equatable {
    case notUTF8, nulByte, textAfterClosingQuote, quoteInUnquotedField, unclosedQuote
}
