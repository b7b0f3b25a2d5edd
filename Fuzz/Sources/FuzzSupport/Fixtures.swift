import MaturityCore

/// The two questionnaires the session and CSV harnesses parse against: a
/// points model (method/execution, 0/5/10, N/A per criterion) and a level
/// model (aspects rated 1–4, N/A per aspect). They are read from the test
/// corpus (Tests/MaturityCoreTests/Corpus/reference/), found from this file's
/// place in the repository, so the seeds' sessions carry the right content
/// hash and reach the "same questionnaire" checks of the reconciler — and the
/// text exists once.
public enum FuzzFixtures {
    public static let points: Questionnaire = load("points.json")
    public static let levels: Questionnaire = load("levels.json")

    private static func load(_ name: String) -> Questionnaire {
        // Drop the file name and Fuzz/Sources/FuzzSupport: what is left is the repository root.
        var root = #filePath
        for _ in 0..<4 { root = String(root[..<(root.lastIndex(of: "/") ?? root.startIndex)]) }
        let path = root + "/Tests/MaturityCoreTests/Corpus/reference/" + name
        do {
            return try QuestionnaireDecoder.load(path: path)
        } catch {
            fatalError("the fuzz fixture \(path) does not load: \(error)")
        }
    }
}
