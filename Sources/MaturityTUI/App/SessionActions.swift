import MaturityCore
import MaturityPresentation

/// What the start screen and the report key do to files. Each returns an
/// `Outcome` that the update turns into what the user sees; none touches the
/// terminal, so they are tested on a temporary folder.
enum SessionActions {
    /// Writes a report; an existing file only when the user agreed to replace it.
    static func writeReport(_ format: ReportFormat, to path: String, replace: Bool, assessment a: Assessment, today: String) -> Outcome {
        if !replace && FileManager.default.fileExists(atPath: path) { return .reportExists(format, path: path) }
        var comparison: Comparison?
        let baselinePath = a.session.baseline.map { BaselineLink.path($0, sessionPath: a.path) }
        let before = try? BaselineLink.load(for: a.session, sessionPath: a.path)
        if let baselinePath, let before {
            comparison = try? Comparison.compare(baseline: before, followUp: a.session, questionnaire: a.questionnaire,
                                                 counting: a.counting, baselineFile: baselinePath, followUpFile: a.path)
        }
        let language = a.session.profile.language
        let input = ReportInput(questionnaire: a.questionnaire, session: a.session, counting: a.counting,
                                language: language, generatedOn: today, comparison: comparison)
        // Local evidence files are checked as the report is written, as `ccmm report` does.
        let checks = EvidenceCheck.run(a.session, order: a.questionnaire.criteria.map(\.id),
                                       sessionFolder: URL(fileURLWithPath: a.path).deletingLastPathComponent().path)
        let improvement = ImprovementBuilder(questionnaire: a.questionnaire, session: a.session, catalog: Catalog(language))
            .reportSections(counting: a.counting, baseline: before, baselineFile: baselinePath, checks: checks)
        do {
            try AtomicFile.write(ReportFile.render(format, input, improvement: improvement), to: path)
            return .reportWritten(path: path)
        } catch {
            return .failed(ProblemWords.reason(error.reason, Catalog(language)))
        }
    }

    /// A follow-up of a saved session: same questionnaire and profile, today's
    /// date, the old file as its baseline; answers copied or blank. Returns the new file.
    static func followUp(of path: String, copyAnswers: Bool, folder: String, library: QuestionnaireLibrary,
                         today: String, now: String, text t: UIText) throws -> String {
        let old = try OpenedSession.open(path, library: library)
        var profile = old.session.profile
        profile.date = today
        var session = Session(questionnaire: QuestionnaireReference(old.questionnaire), profile: profile, createdAt: now)
        if copyAnswers {
            // A starting point: the answers and notes, not the old review flags.
            session.answers = old.session.answers.mapValues { record in
                var copy = record
                copy.flagged = false
                return copy
            }.filter { !$0.value.isEmpty }
        }
        session.baseline = absolute(path)
        session.position = old.questionnaire.criteria.first { !session.isComplete($0) }?.id ?? old.questionnaire.criteria.first?.id
        try SessionFolder.ensure(folder, text: t)
        let target = SessionFolder.newSessionPath(in: folder, model: old.questionnaire.id, date: today)
        try SessionStore.create(session, questionnaire: old.questionnaire, at: target)
        return target
    }

    static func rename(_ path: String, to name: String, text t: UIText) -> Result<String, ActionError> {
        guard !name.contains("/"), name != ".", name != ".." else { return .failure(ActionError(t(.renameNoFolders))) }
        let file = name.hasSuffix(".json") ? name : name + ".json"
        let target = AtomicFile.directory(of: path) + "/" + file
        guard target != path else { return .success(path) }
        guard !FileManager.default.fileExists(atPath: target) else { return .failure(ActionError(t(.exists, target))) }
        return whileUnused(path, t) {
            try FileManager.default.moveItem(atPath: path, toPath: target)
            return target
        }
    }

    /// Moves the session into the `archive` subfolder (never over another file).
    static func archive(_ path: String, text t: UIText) -> Result<String, ActionError> {
        let folder = AtomicFile.directory(of: path) + "/archive"
        let name = AtomicFile.baseName(of: path)
        return whileUnused(path, t) {
            try SessionFolder.ensure(folder, text: t)
            var target = folder + "/" + name
            var counter = 2
            while FileManager.default.fileExists(atPath: target) {
                target = folder + "/" + (name.hasSuffix(".json") ? String(name.dropLast(5)) : name) + "-\(counter).json"
                counter += 1
            }
            try FileManager.default.moveItem(atPath: path, toPath: target)
            return target
        }
    }

    static func delete(_ path: String, text t: UIText) -> Result<String, ActionError> {
        whileUnused(path, t) {
            try FileManager.default.removeItem(atPath: path)
            return path
        }
    }

    /// Runs a file change only while no wizard has the session open.
    static func whileUnused(_ path: String, _ t: UIText, _ change: () throws -> String) -> Result<String, ActionError> {
        switch SessionLock.acquire(session: path, holder: .current(since: Clock.now())) {
        case let .readOnly(reason):
            return .failure(ActionError(t.readOnly(reason)))
        case let .unavailable(code):
            return .failure(ActionError(ProblemWords.systemError(code, t.c)))
        case let .acquired(lock):
            // A session moved or deleted takes its lock file along.
            defer { FileManager.default.fileExists(atPath: path) ? lock.release() : lock.releaseRemovingFile() }
            do { return .success(try change()) } catch { return .failure(ActionError(path + t.c(.colon) + ProblemWords.fileError(error, folder: AtomicFile.directory(of: path), t.c))) }
        }
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

struct ActionError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
