import MaturityCore

/// A problem with the profile form: the message and the field to fix.
public struct ProfileProblem: Error, Sendable, Equatable {
    public var message: String
    public var field: ProfileForm.Field
}

/// Editing the open assessment's profile (key i): the years decide
/// CC-CMM-OC's L3–L5, so the form shows the level change before it is saved.
enum ProfileEdit {
    /// The level now and with the form's profile, or nil when the form does
    /// not parse; the same core scorer as everywhere else.
    static func levelChange(_ form: ProfileForm, _ a: Assessment) -> (profile: Profile, before: String, after: String)? {
        guard case let .success(profile) = ProfileKeys.parse(form) else { return nil }
        var session = a.session
        session.profile = profile
        let after = Scorer.score(session, with: a.questionnaire, counting: a.counting)
        return (profile, LevelLabel.short(a.scorecard, profile.language), LevelLabel.short(after, profile.language))
    }

    static func apply(_ profile: Profile, _ state: inout WizardState) -> [Effect] {
        guard var a = state.assessment else { return [] }
        let old = a.session.profile
        let before = LevelLabel.short(a.scorecard, profile.language)
        a.session.profile = profile
        a.session.updatedAt = state.now
        a.rescore()
        state.assessment = a
        state.text = UIText(profile.language)
        state.screen = .criterion
        state.message = state.text.profileSaved(years: (old.yearsInOperation, profile.yearsInOperation),
                                                level: (before, LevelLabel.short(a.scorecard, profile.language)))
        return old == profile ? [] : [.save]
    }
}
