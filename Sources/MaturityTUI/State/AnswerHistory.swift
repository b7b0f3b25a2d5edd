import MaturityCore

/// One change to a criterion's record (ratings, N/A and its reason, note,
/// flag), kept whole before and after so that undo restores exactly what was
/// there — a rating typed over an N/A gets its reason back.
public struct AnswerChange: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case rating(angle: String, value: Int)
        case notApplicable
        case note
        case flag
        case clear(angle: String)
    }

    public var criterion: String
    public var kind: Kind
    public var before: CriterionAnswer?
    public var after: CriterionAnswer?

    public init(criterion: String, kind: Kind, before: CriterionAnswer?, after: CriterionAnswer?) {
        self.criterion = criterion
        self.kind = kind
        self.before = before
        self.after = after
    }
}

/// Undo and redo stacks. A new change empties the redo stack, as in editors.
public struct AnswerHistory: Sendable {
    /// Enough for an afternoon's corrections; the oldest fall off first.
    public static let limit = 500
    public private(set) var undoStack: [AnswerChange] = []
    public private(set) var redoStack: [AnswerChange] = []

    public init() {}

    public mutating func record(_ change: AnswerChange) {
        guard change.before != change.after else { return }
        undoStack.append(change)
        if undoStack.count > Self.limit { undoStack.removeFirst(undoStack.count - Self.limit) }
        redoStack.removeAll()
    }

    public mutating func popUndo() -> AnswerChange? {
        guard let change = undoStack.popLast() else { return nil }
        redoStack.append(change)
        return change
    }

    public mutating func popRedo() -> AnswerChange? {
        guard let change = redoStack.popLast() else { return nil }
        undoStack.append(change)
        return change
    }
}
