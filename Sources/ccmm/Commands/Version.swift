import MaturityCore

/// `ccmm --version`: ccmm's own version and the version of each questionnaire
/// it would use (compiled in, or from CCMM_QUESTIONNAIRES).
enum Version {
    static let number = "0.1.0"

    /// Answers `ccmm --version` before ArgumentParser, which can only print a fixed text.
    static func handled(_ arguments: [String]) -> Bool {
        guard arguments == ["--version"] else { return false }
        let library = QuestionnaireLibrary.locate()
        var out = "ccmm \(number)\n"
        out += Messages.current(.versionQuestionnaires, library.directory ?? Messages.current(.questionnairesBuiltIn)) + "\n"
        var problems: [String] = []
        for entry in library.builtIns() {
            do {
                let q = try entry.load()
                out += "  \(q.id) \(q.version)\n"
            } catch {
                problems.append(error.description)
            }
        }
        try? printOut(out)
        for problem in problems { StandardOutput.error("ccmm: " + problem + "\n") }
        return true
    }
}
