import MaturityCore
import TerminalUI

/// Which subset of criteria the outline (and "next") shows.
public enum CriterionFilter: Int, CaseIterable, Sendable {
    case all, unanswered, flagged, notApplicable, belowTop, conflicts
}

/// A text being typed in a modal prompt, and what it is for.
public struct Prompt: Sendable {
    public enum Purpose: Sendable, Equatable {
        case notApplicableReason(criterion: String, angles: [String])
        case note(criterion: String)
        case saveAs
    }
    public var purpose: Purpose
    public var editor: LineEditor
    public var error: String?
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
    case help(returnTo: ReturnScreen)
    /// The gap plan to the next level; `selection` indexes its criteria.
    case plan(selection: Int)
    case summary
}

/// Where help and overlays go back to.
public enum ReturnScreen: Sendable { case criterion, outline, scorecard, plan, start }

/// The open assessment.
public struct Assessment: Sendable {
    public var questionnaire: Questionnaire
    public var session: Session
    public var path: String
    public var scorecard: Scorecard
    public var counting: Counting?

    public init(questionnaire: Questionnaire, session: Session, path: String, counting: Counting? = nil) {
        self.questionnaire = questionnaire
        self.session = session
        self.path = path
        self.counting = counting
        self.scorecard = Scorer.score(session, with: questionnaire, counting: counting)
    }

    public mutating func rescore() {
        scorecard = Scorer.score(session, with: questionnaire, counting: counting)
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
    public var saveError: String?
    /// Set when another wizard holds the session: answers cannot change.
    public var readOnly: String?
    public var message: String?
    /// The answer changes that `z` undoes and `Z` redoes, newest last.
    public var history = AnswerHistory()
    /// Help is longer than a small screen: the first line shown.
    public var helpScroll = 0
    public var today: String
    public var now: String

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
            case .belowTop:
                return criterion.questions.contains { question in
                    if case let .rated(value)? = record?.ratings[question.angle] { return value < top }
                    return false
                }
            }
        }
    }
}
