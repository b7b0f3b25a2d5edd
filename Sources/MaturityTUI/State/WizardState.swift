import MaturityCore
import MaturityPresentation
import TerminalUI

/// Which subset of criteria the outline (and "next") shows.
public enum CriterionFilter: Int, CaseIterable, Sendable {
    case all, unanswered, flagged, notApplicable, belowTop, conflicts
    /// Rated at the top on some angle with no evidence recorded: what a reviewer checks first.
    case topWithoutEvidence
}

/// The order of the actions screen.
public enum ActionSort: Sendable, Equatable {
    /// The order the actions were made.
    case made
    /// Earliest due date first; actions without one last.
    case due
}

/// A text being typed in a modal prompt, and what it is for.
public struct Prompt: Sendable {
    public enum Purpose: Sendable, Equatable {
        case notApplicableReason(criterion: String, angles: [String])
        case note(criterion: String)
        case saveAs
        case search
        /// Where to write a report; `replace` once the user was told the file exists.
        case reportPath(ReportFormat, replace: Bool)
        /// A new file name for a saved session (start screen).
        case rename(path: String)
    }
    public var purpose: Purpose
    public var editor: LineEditor
    public var error: String?
    /// The path the user was told exists (Enter again on it replaces it).
    public var confirmedPath: String?
    /// The text the prompt opened with: leaving with anything else asks first.
    public let original: String
    /// Esc or Ctrl-C was pressed over typed text: y discards it, any other key goes back to editing.
    public var confirmingDiscard = false

    public init(purpose: Purpose, editor: LineEditor, error: String? = nil, confirmedPath: String? = nil) {
        self.purpose = purpose
        self.editor = editor
        self.error = error
        self.confirmedPath = confirmedPath
        self.original = editor.text
    }

    /// Whether leaving would lose typed text (a save-as path is not worth a question).
    public var hasUnsavedTyping: Bool {
        purpose != .saveAs && editor.text != original
    }
}

/// A question the wizard waits on before anything else happens (nothing is lost without it).
public enum GuardQuestion: Sendable, Equatable {
    /// Quit was asked for with answers not on disk: r retries, w saves elsewhere, d discards, Esc stays.
    case quitUnsaved
    /// A rating typed over an N/A answer (whose reason would go): y replaces it.
    case replaceNotApplicable(value: Int)
    /// A copy of unsaved answers from an earlier run lies beside the session: y loads it, d deletes it.
    case restoreRecovery(path: String)
}

/// A question answered with one key, asked on the bottom line.
public enum PendingQuestion: Sendable, Equatable {
    case reportFormat
    /// A follow-up of this session: blank answers or a copy of them?
    case followUpAnswers(path: String)
    case archive(path: String)
    /// Deleting asks once, and a second time for a complete assessment.
    case delete(path: String, second: Bool)
}

/// The fields of the new-assessment profile form.
public struct ProfileForm: Sendable {
    public enum Field: Int, CaseIterable, Sendable { case centre, site, assessor, date, years, language, start }
    public var questionnaire: Questionnaire
    public var centre = LineEditor(maxLength: 200)
    public var site = LineEditor(maxLength: 200)
    public var assessor = LineEditor(maxLength: 200)
    public var date: LineEditor
    public var years = LineEditor(maxLength: 3)
    public var language: Language
    public var focus: Field = .centre
    public var error: String?
    /// Set when the form edits the open assessment's profile rather than
    /// creating a new one: the date keeps the file name, the form shows the
    /// level change before it is saved.
    public var editing = false

    public init(questionnaire: Questionnaire, today: String, language: Language) {
        self.questionnaire = questionnaire
        self.date = LineEditor(today, maxLength: 10)
        self.language = language
    }

    /// The form filled with an existing profile, for editing it.
    public init(editing profile: Profile, questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        self.centre = LineEditor(profile.centre, maxLength: 200)
        self.site = LineEditor(profile.site, maxLength: 200)
        self.assessor = LineEditor(profile.assessor, maxLength: 200)
        self.date = LineEditor(profile.date, maxLength: 10)
        self.years = LineEditor(profile.yearsInOperation.map(String.init) ?? "", maxLength: 3)
        self.language = profile.language
        self.editing = true
    }
}

/// One saved assessment on the start screen.
public struct SessionSummary: Sendable, Equatable {
    public var path: String
    public var centre: String
    public var model: String
    public var answered: Int
    public var questions: Int
    public var level: String
    public var updatedAt: String
    /// Set when the file could not be read; it is listed, not hidden.
    public var problem: String?
    public var site = ""
    public var assessor = ""
    /// The assessment date of the profile.
    public var date = ""

    public init(path: String, centre: String, model: String, answered: Int, questions: Int, level: String, updatedAt: String, problem: String? = nil) {
        self.path = path
        self.centre = centre
        self.model = model
        self.answered = answered
        self.questions = questions
        self.level = level
        self.updatedAt = updatedAt
        self.problem = problem
    }
}

public enum Screen: Sendable {
    case start(selection: Int)
    case pickModel(selection: Int)
    case profile(ProfileForm)
    case criterion
    case outline
    case scorecard
    /// The level ladder with each level's definition (key l on the scorecard).
    case ladder
    case help(returnTo: ReturnScreen)
    /// The gap plan to the next level; `selection` indexes its criteria.
    case plan(selection: Int)
    /// The current criterion's evidence list.
    case evidence(selection: Int)
    /// The action plan: `selection` indexes `WizardState.visibleActions()`.
    case actions(selection: Int)
    case summary
}

/// Where help and overlays go back to.
public enum ReturnScreen: Sendable { case criterion, outline, scorecard, plan, start, evidence, actions }

/// The open assessment.
public struct Assessment: Sendable {
    public var questionnaire: Questionnaire
    public var session: Session
    public var path: String
    public var scorecard: Scorecard
    /// Rating changes to the next level or band, and what no rating can meet.
    public var progress: PlanProgress?
    public var counting: Counting?
    /// How much of the next level's gap the live actions cover; computed only
    /// while the session has actions (a gap plan per answer costs time).
    public var coverage: (plan: GapPlan, coverage: ActionCoverage)?
    /// The actions of the baseline this session follows up, when it has one.
    public var baselineActions: [ImprovementAction] = []

    public init(questionnaire: Questionnaire, session: Session, path: String, counting: Counting? = nil) {
        self.questionnaire = questionnaire
        self.session = session
        self.path = path
        self.counting = counting
        // A new session was never opened from a file, so never laid out.
        self.session.layOutAnswers(for: questionnaire)
        self.scorecard = Scorer.score(self.session, with: questionnaire, counting: counting)
        self.progress = GapPlanner.progress(self.session, questionnaire: questionnaire, counting: counting, scorecard: scorecard)
        updateCoverage()
    }

    public mutating func rescore() {
        // Nothing to do after the session's own changes, which keep the
        // layout current; after any other change, laid out again once.
        session.layOutAnswers(for: questionnaire)
        scorecard = Scorer.score(session, with: questionnaire, counting: counting)
        progress = GapPlanner.progress(session, questionnaire: questionnaire, counting: counting, scorecard: scorecard)
        updateCoverage()
    }

    public mutating func updateCoverage() {
        guard !session.actions.isEmpty,
              let plan = try? GapPlanner.plan(session, questionnaire: questionnaire, target: .next, counting: counting),
              !plan.alreadyMet else {
            coverage = nil
            return
        }
        coverage = (plan, ActionCoverage(plan: plan, actions: session.actions, session: session, questionnaire: questionnaire,
                                         counting: counting))
    }
}

/// Everything the wizard shows. Keys turn into changes of this value (see
/// `WizardUpdate`); views draw it; the runner performs the effects.
public struct WizardState: Sendable {
    public var text: UIText
    public var screen: Screen
    public var sessions: [SessionSummary] = []
    public var models: [Questionnaire] = []
    public var assessment: Assessment?
    /// Index into the questionnaire's criteria.
    public var current = 0
    /// Index of the focused question of the current criterion.
    public var focus = 0
    /// Highlighted choice (index into the scale, the last one past it is N/A).
    public var highlight: Int?
    public var outlineSelection = 0
    public var outlineScroll = 0
    public var filter: CriterionFilter = .all
    public var prompt: Prompt?
    /// The gap plan shown on the plan screen (computed when it opens).
    public var plan: GapPlan?
    public var planError: String?
    public var confirmingClear = false
    /// Asking whether to remove the selected evidence item or action.
    public var confirmingRemoval = false
    /// On the plan screen: asking how to group the changes into actions.
    public var choosingGrouping = false
    /// The evidence or action form over the screen.
    public var form: ItemForm?
    public var actionSort: ActionSort = .made
    public var actionStatusFilter: ActionStatus?
    public var actionOwnerFilter: String?
    public var saveError: String?
    /// Set when another wizard holds the session: answers cannot change.
    public var readOnly: String?
    /// Read-only, and the lock has just been freed (and taken for us): t takes over.
    public var takeOverOffered = false
    public var question: GuardQuestion?
    public var message: String?
    /// The answer changes that `z` undoes and `Z` redoes, newest last.
    public var history = AnswerHistory()
    /// A one-key question waiting for its answer.
    public var asking: PendingQuestion?
    /// The outline's last search (`/`), for Tab / Shift-Tab.
    public var search: SearchResult?
    /// What the gap plan aims at (← → on the plan screen): the next level by default.
    public var planTarget: PlanTarget = .next
    /// Help is longer than a small screen: the first key shown.
    public var helpScroll = 0
    /// The first line of the level ladder shown.
    public var ladderScroll = 0
    /// The terminal's size, set by the runner before each key (help scrolls by what fits).
    public var size = Size(rows: 24, cols: 80)
    public var today: String
    public var now: String
    /// The interface language was given (--lang): an opened session's own language does not change it.
    public var languageFixed = false

    public init(language: Language, screen: Screen = .start(selection: 0), today: String = "", now: String = "") {
        self.text = UIText(language)
        self.screen = screen
        self.today = today
        self.now = now
    }

    public var language: Language { text.language }

    public var currentCriterion: Criterion? {
        guard let q = assessment?.questionnaire, q.criteria.indices.contains(current) else { return nil }
        return q.criteria[current]
    }

    /// The criteria the outline lists under the current filter.
    public func filteredIndices() -> [Int] {
        guard let a = assessment else { return [] }
        let top = a.questionnaire.scale.top
        return a.questionnaire.criteria.indices.filter { index in
            let criterion = a.questionnaire.criteria[index]
            let record = a.session.answers[criterion.id]
            switch filter {
            case .all: return true
            case .unanswered: return !a.session.isComplete(criterion)
            case .flagged: return record?.flagged ?? false
            case .notApplicable: return record?.ratings.values.contains(where: \.isNotApplicable) ?? false
            case .conflicts: return a.session.conflicts[criterion.id] != nil
            case .topWithoutEvidence:
                return (record?.evidence.isEmpty ?? true) && (record?.ratings.values.contains { $0.rating == top } ?? false)
            case .belowTop:
                return criterion.questions.contains { question in
                    if case let .rated(value)? = record?.ratings[question.angle] { return value < top }
                    return false
                }
            }
        }
    }
}

extension WizardState {
    /// The actions the actions screen lists: filtered by status and owner, sorted as chosen.
    public func visibleActions() -> [ImprovementAction] {
        guard let a = assessment else { return [] }
        var list = a.session.actions.filter { action in
            (actionStatusFilter.map { action.status == $0 } ?? true) && (actionOwnerFilter.map { action.owner == $0 } ?? true)
        }
        if actionSort == .due {
            // Stable: equal dates keep the order the actions were made.
            list = list.enumerated().sorted { lhs, rhs in
                let l = lhs.element.due.isEmpty ? "9999-99-99" : lhs.element.due
                let r = rhs.element.due.isEmpty ? "9999-99-99" : rhs.element.due
                return (l, lhs.offset) < (r, rhs.offset)
            }.map(\.element)
        }
        return list
    }

    /// The owners named in the plan, in the order they first appear.
    public var actionOwners: [String] {
        var seen = Set<String>()
        return (assessment?.session.actions ?? []).map(\.owner).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
