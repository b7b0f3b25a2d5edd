import MaturityCore
import TerminalUI

/// A small form over the screen for one evidence item or one action: labelled
/// one-line fields (Chinese input through `LineEditor`) and choices cycled
/// with ← →. It holds its labels, so the view only draws.
public struct ItemForm: Sendable {
    public enum Purpose: Sendable, Equatable {
        /// Evidence of a criterion: a new item (index nil) or the item at `index`.
        case evidence(criterion: String, index: Int?)
        /// An action: a new one (id nil) or the one with `id`; `targets` are kept as they are.
        case action(id: String?, targets: [ActionTarget])
    }

    public enum Value: Sendable {
        case text(LineEditor)
        /// A choice among `options` (their labels); `index` is the chosen one.
        case choice(options: [String], index: Int)
    }

    public struct Field: Sendable {
        public var label: String
        public var value: Value
        public var required = false
        /// A YYYY-MM-DD day, or empty.
        public var isDate = false
    }

    public var title: String
    public var purpose: Purpose
    public var fields: [Field]
    public var focus = 0
    public var error: String?
    /// Read-only lines under the fields (an action's targets).
    public var details: [String] = []

    public func text(_ index: Int) -> String {
        if case let .text(editor)? = fields[safe: index]?.value { return editor.text.trimmed(.spacesAndNewlines) }
        return ""
    }

    public func choice(_ index: Int) -> Int {
        if case let .choice(_, chosen)? = fields[safe: index]?.value { return chosen }
        return 0
    }
}

extension ItemForm {
    /// title, kind, location, seen on, seen by, note.
    static func evidence(_ item: EvidenceItem?, criterion: String, index: Int?, today: String, text t: UIText) -> ItemForm {
        let kinds = EvidenceKind.allCases
        return ItemForm(title: t(.evidenceFormTitle, criterion), purpose: .evidence(criterion: criterion, index: index), fields: [
            Field(label: t.c(.evidenceTitle), value: .text(LineEditor(item?.title ?? "", maxLength: maximumTitleLength)), required: true),
            Field(label: t.c(.evidenceKind), value: .choice(options: kinds.map(t.kindName), index: item.flatMap { kinds.firstIndex(of: $0.kind) } ?? 0)),
            Field(label: t(.evidenceLocationField), value: .text(LineEditor(item?.location ?? "", maxLength: 4096))),
            Field(label: t.c(.evidenceSeenOn), value: .text(LineEditor(item?.seenOn ?? today, maxLength: 10)), isDate: true),
            Field(label: t.c(.evidenceSeenBy), value: .text(LineEditor(item?.seenBy ?? "", maxLength: 200))),
            Field(label: t.c(.reportNote2), value: .text(LineEditor(item?.note ?? "", maxLength: maximumNoteLength))),
        ])
    }

    /// The item the form describes; nil (with `error` set) when a field is wrong.
    mutating func evidenceItem(_ t: UIText) -> EvidenceItem? {
        guard validate(t) else { return nil }
        let kind = EvidenceKind.allCases[safe: choice(1)] ?? .document
        return EvidenceItem(title: text(0), kind: kind, location: text(2), seenOn: text(3), seenBy: text(4), note: text(5))
    }

    /// title, owner, due, status, note; the targets are listed below.
    static func action(_ action: ImprovementAction?, targets: [ActionTarget], details: [String], text t: UIText) -> ItemForm {
        let statuses = ActionStatus.allCases
        return ItemForm(title: action.map { t(.actionFormTitle, $0.id) } ?? t(.newAction), purpose: .action(id: action?.id, targets: targets), fields: [
            Field(label: t.c(.actionTitle), value: .text(LineEditor(action?.title ?? "", maxLength: maximumTitleLength)), required: true),
            Field(label: t.c(.actionOwner), value: .text(LineEditor(action?.owner ?? "", maxLength: 200))),
            Field(label: t.c(.actionDue), value: .text(LineEditor(action?.due ?? "", maxLength: 10)), isDate: true),
            Field(label: t.c(.actionStatus), value: .choice(options: statuses.map(t.statusName),
                                                        index: action.flatMap { statuses.firstIndex(of: $0.status) } ?? 0)),
            Field(label: t.c(.reportNote2), value: .text(LineEditor(action?.note ?? "", maxLength: maximumNoteLength))),
        ], details: details)
    }

    mutating func action(id: String, targets: [ActionTarget], _ t: UIText) -> ImprovementAction? {
        guard validate(t) else { return nil }
        return ImprovementAction(id: id, title: text(0), targets: targets, owner: text(1), due: text(2),
                                 status: ActionStatus.allCases[safe: choice(3)] ?? .planned, note: text(4))
    }

    /// Required fields filled and dates real; otherwise the first wrong field gets the focus and a message.
    private mutating func validate(_ t: UIText) -> Bool {
        for (index, field) in fields.enumerated() {
            if field.required && text(index).isEmpty {
                error = t(.fieldRequired, field.label)
                focus = index
                return false
            }
            if field.isDate && !text(index).isEmpty && CalendarDate(text(index)) == nil {
                error = t(.dateInvalid, text(index))
                focus = index
                return false
            }
        }
        return true
    }
}
