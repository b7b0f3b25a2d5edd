import MaturityCore
import MaturityPresentation

/// Where sessions live: `--dir`, else `$CCMM_HOME`, else `$XDG_DATA_HOME/ccmm`,
/// else `~/.local/share/ccmm` (the XDG default).
public enum SessionFolder {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let home = environment["CCMM_HOME"], !home.isEmpty { return home }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/ccmm" }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/share/ccmm"
    }

    /// Creates the folder (owner-only) when it is missing.
    static func ensure(_ path: String, text t: UIText) throws(SaveError) {
        if let isFolder = FileIdentity.isFolder(path) {
            if !isFolder { throw SaveError(path: path, reason: .worded(t(.notAFolder))) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SaveError(path: path, reason: .worded(t(.folderNotCreated, ProblemWords.fileError(error, folder: AtomicFile.directory(of: path), t.c))))
        }
    }

    /// A new file name that does not exist yet: model, date and a counter.
    public static func newSessionPath(in folder: String, model: String, date: String) -> String {
        var counter = 1
        while true {
            let name = counter == 1 ? "\(model)-\(date).json" : "\(model)-\(date)-\(counter).json"
            let path = folder + "/" + name
            if !FileManager.default.fileExists(atPath: path) { return path }
            counter += 1
        }
    }

    /// Where a wizard stopped by a signal keeps answers it could not save:
    /// `<session>.recovery`, then `-2`, `-3`… so an older copy is never replaced.
    public static func recoveryNames(of session: String) -> [String] {
        [session + ".recovery"] + (2...20).map { session + ".recovery-\($0)" }
    }

    /// The recovery copies beside a session, oldest name first.
    public static func recoveryCopies(of session: String) -> [String] {
        recoveryNames(of: session).filter { FileIdentity(path: $0) != nil }
    }

    /// Summaries of the sessions in the folder, newest first. Unreadable
    /// files are listed with the reason rather than hidden.
    public static func catalog(_ folder: String, library: QuestionnaireLibrary, language: Language) -> [SessionSummary] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var cache: [String: Questionnaire] = [:]
        var summaries: [SessionSummary] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = folder + "/" + name
            do {
                let raw = try SessionStore.loadUnchecked(path: path)
                let q: Questionnaire
                if let cached = cache[raw.questionnaire.id] { q = cached } else {
                    q = try library.load(raw.questionnaire.id)
                    cache[raw.questionnaire.id] = q
                }
                let session = try OpenedSession.open(raw, at: path, with: q).session
                let card = Scorer.score(session, with: q)
                let progress = session.progress(in: q)
                var summary = SessionSummary(path: path, centre: session.profile.centre, model: q.id, answered: progress.answered,
                                             questions: progress.total, level: LevelLabel.short(card, language), updatedAt: session.updatedAt)
                summary.site = session.profile.site
                summary.assessor = session.profile.assessor
                summary.date = session.profile.date
                summaries.append(summary)
            } catch {
                summaries.append(SessionSummary(path: path, centre: "", model: "", answered: 0, questions: 0, level: "", updatedAt: "",
                                                problem: error.problems.first.map { ProblemWords.placeAndProblem($0, Catalog(language)) } ?? error.description))
            }
        }
        return summaries.sorted { ($0.problem == nil ? $0.updatedAt : "") > ($1.problem == nil ? $1.updatedAt : "") }
    }
}

extension Error {
    var problems: [Problem] { (self as? LoadError)?.problems ?? [] }
}

/// The short result shown in lists: "L2", "3", "five-star", "M4 62.5%".
public enum LevelLabel {
    private static func withheld(_ count: NotApplicableCount?, _ language: Language) -> String {
        count == nil ? "—" : Catalog(language)(.withheld)
    }

    public static func short(_ card: Scorecard, _ language: Language) -> String {
        switch card.outcome {
        case let .levels(outcome): return outcome.achievedID
        case let .meanLevel(outcome): return outcome.level.map { "\($0.id)" } ?? withheld(outcome.withheld, language)
        case let .bands(outcome): return outcome.band?.name[language] ?? withheld(outcome.withheld, language)
        case let .lowestGroup(outcome):
            return outcome.headline.map { "\($0.groupID) \(Figures.percentWithSign($0.percent))" } ?? withheld(outcome.withheld, language)
        }
    }
}
