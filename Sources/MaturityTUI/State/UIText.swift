import MaturityCore
import MaturityPresentation

/// The wizard's words, looked up in the presentation layer's catalog so that
/// the wizard, plain mode and the CLI say one thing one way. Questionnaire
/// text comes from the file. What stays here is only the choosing: which
/// words a wizard value (a pending question, an undo, a read-only reason)
/// is said with.
public struct UIText: Sendable {
    public let language: Language
    /// The catalog's main table, for the words the reports and the CLI share.
    public let c: Catalog

    public init(_ language: Language) {
        self.language = language
        c = Catalog(language)
    }

    /// A word of the wizard's own.
    func callAsFunction(_ key: WizardKey, _ arguments: CustomStringConvertible...) -> String {
        c.wizard(key, arguments.map(\.description))
    }

    /// Punctuation follows the language: full-width in Chinese, ASCII in English.
    var colon: String { c.colon }
    func paren(_ inner: String) -> String { c.parenthesised(inner) }

    var filterNames: [String] {
        [self(.filterAll), c(.unanswered), c(.reportFlagged), c(.notApplicableShort), self(.filterBelowTop),
         self(.filterConflicts), self(.filterTopWithoutEvidence)]
    }

    /// What a change was, in words, for the undo message.
    func changeName(_ change: AnswerChange, questionnaire q: Questionnaire) -> String {
        let angle: (String) -> String = { q.angle($0)?.title[self.language] ?? $0 }
        switch change.kind {
        case let .rating(id, value): return self(.changeRating, angle(id), value)
        case .notApplicable: return self(.changeNotApplicable)
        case .note: return c(.reportNote)
        case .flag: return self(.changeFlag)
        case let .clear(id): return self(.changeClear, angle(id))
        }
    }

    func undone(_ change: AnswerChange, redo: Bool, questionnaire q: Questionnaire) -> String {
        self(redo ? .redone : .undone, change.criterion, changeName(change, questionnaire: q))
    }

    /// "years 2 → 3: L3 → L4", or just the level when the years did not change.
    func yearsChange(_ years: (Int?, Int?), level: (String, String)) -> String {
        let show: (Int?) -> String = { $0.map(String.init) ?? "—" }
        let levelPart = level.0 == level.1 ? self(.levelStays, level.0) : "\(level.0) → \(level.1)"
        guard years.0 != years.1 else { return self(.levelIs, levelPart) }
        return self(.yearsChanged, show(years.0), show(years.1), levelPart)
    }

    func profileSaved(years: (Int?, Int?), level: (String, String)) -> String {
        self(.profileSaved, yearsChange(years, level: level))
    }

    func remaining(_ count: Int, of total: Int) -> String {
        count == 0 ? self(.allAnswered, total) : self(.remaining, count, total)
    }

    func question(_ question: PendingQuestion) -> String {
        switch question {
        case .reportFormat: return self(.askReportFormat)
        case .followUpAnswers: return self(.askFollowUp)
        case let .archive(path): return self(.askArchive, URLName.last(path))
        case let .delete(path, second): return self(second ? .askDeleteComplete : .askDelete, URLName.last(path))
        }
    }

    /// The whole read-only line for why the session cannot be edited here.
    func readOnly(_ reason: ReadOnlyReason) -> String {
        switch reason {
        case let .heldBy(holder): return self(.readOnly, self(.lockedBy, holder.user, holder.host, holder.pid, holder.since))
        case .heldByUnknown: return self(.readOnly, self(.anotherProgram))
        case let .foreignLock(path): return self(.readOnlyForeignLock, path)
        case let .badLock(path): return self(.readOnlyBadLock, path)
        case let .hardLinks(count): return self(.readOnlyHardLinks, count)
        }
    }
}
