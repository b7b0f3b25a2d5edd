import ArgumentParser
import MaturityCore

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the scorecard of a session: level, percentages, points and what blocks the next level.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The session file.") var session: String
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "Percent reading: strict (only 10s count) or weighted (a 5 counts half). Default: the questionnaire's.") var counting: Counting?
    @Option(help: "Questionnaire id or file to score against (default: the one the session names).") var questionnaire: String?
    @Option(help: "Language of the text output: zh or en (default: the session's).") var lang: Language?

    func run() throws {
        let loaded = try SessionLoading.load(session, questionnaire: questionnaire, library: libraryOptions.library)
        let card = Scorer.score(loaded.session, with: loaded.questionnaire, counting: counting)
        switch format {
        case .json:
            printOut(JSONWriter.render(ScorecardJSON.encode(card, questionnaire: loaded.questionnaire, session: loaded.session)))
        case .text:
            let language = lang ?? loaded.session.profile.language
            printOut(ScoreText.render(card, questionnaire: loaded.questionnaire, session: loaded.session, language: language))
            if !loaded.session.conflicts.isEmpty { printOut(ConsensusPhrases.lowerCounts(loaded.session.conflicts.count, language) + "\n") }
            for line in loaded.changeNotes(language) { printOut(line + "\n") }
        }
    }
}

/// Loads a session with the questionnaire it names (or one given), reporting migrations.
struct SessionLoading {
    var session: Session
    var questionnaire: Questionnaire
    var reconciliation: Reconciliation

    static func load(_ path: String, questionnaire explicit: String?, library: QuestionnaireLibrary) throws -> SessionLoading {
        let raw = try SessionStore.loadUnchecked(path: path)
        let q = try library.load(explicit ?? raw.questionnaire.id)
        let reconciliation = try SessionReconciler.reconcile(raw, with: q, file: path)
        return SessionLoading(session: reconciliation.session, questionnaire: q, reconciliation: reconciliation)
    }

    func changeNotes(_ language: Language) -> [String] {
        guard reconciliation.questionnaireChanged else { return [] }
        var lines = [language == .zh
            ? "注意：本次评估是按问卷的另一版本作答的，答案已按条目编号带入 \(questionnaire.version)。"
            : "Note: this session was answered against another version of the questionnaire; answers were carried over by criterion id to \(questionnaire.version)."]
        if !reconciliation.dropped.isEmpty {
            lines.append((language == .zh ? "已不在问卷中的答案（保留在文件中）：" : "Answers no longer in the questionnaire (kept in the file): ") + reconciliation.dropped.joined(separator: ", "))
        }
        if !reconciliation.added.isEmpty {
            lines.append((language == .zh ? "新增条目：" : "New criteria: ") + reconciliation.added.joined(separator: ", "))
        }
        return lines
    }
}
