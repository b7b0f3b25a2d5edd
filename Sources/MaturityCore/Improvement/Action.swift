/// Where an improvement action stands.
public enum ActionStatus: String, Sendable, CaseIterable {
    case planned
    case inProgress = "in_progress"
    case done
    case dropped

    /// Dropped actions no longer count toward closing a gap.
    public var isLive: Bool { self != .dropped }
}

/// One rating an action aims for: this criterion, this angle, at least this rating.
public struct ActionTarget: Sendable, Equatable, Hashable {
    public var criterionID: String
    public var angle: String
    public var rating: Int

    public init(criterionID: String, angle: String, rating: Int) {
        self.criterionID = criterionID
        self.angle = angle
        self.rating = rating
    }
}

/// An improvement action: the criteria it raises, who owns it, by when, and how it stands.
public struct ImprovementAction: Sendable, Equatable {
    /// Stable within the session ("A1", "A2", …), so that a follow-up can name it.
    public var id: String
    public var title: String
    public var targets: [ActionTarget]
    public var owner: String
    /// YYYY-MM-DD, or empty when not set.
    public var due: String
    public var status: ActionStatus
    public var note: String

    public init(id: String, title: String, targets: [ActionTarget] = [], owner: String = "", due: String = "",
                status: ActionStatus = .planned, note: String = "") {
        self.id = id
        self.title = title
        self.targets = targets
        self.owner = owner
        self.due = due
        self.status = status
        self.note = note
    }

    /// The criteria the action raises, in the order of its targets, each once.
    public var criterionIDs: [String] {
        var seen = Set<String>()
        return targets.map(\.criterionID).filter { seen.insert($0).inserted }
    }
}

extension Session {
    /// The id for a new action: one past the highest "A<n>" in use.
    public var nextActionID: String {
        let highest = actions.compactMap { action -> Int? in
            guard action.id.first == "A" else { return nil }
            return Int(action.id.dropFirst())
        }.max() ?? 0
        return "A\(highest + 1)"
    }

    public mutating func addAction(_ action: ImprovementAction, at time: String) {
        actions.append(action)
        updatedAt = time
    }

    /// Replaces the action with the same id; false when there is none.
    @discardableResult
    public mutating func replaceAction(_ action: ImprovementAction, at time: String) -> Bool {
        guard let index = actions.firstIndex(where: { $0.id == action.id }) else { return false }
        actions[index] = action
        updatedAt = time
        return true
    }

    public mutating func removeAction(id: String, at time: String) {
        actions.removeAll { $0.id == id }
        updatedAt = time
    }
}
