import Foundation

/// Finds questionnaires: the built-in ones shipped in `Questionnaires/`, or a
/// file the user names.
public struct QuestionnaireLibrary: Sendable {
    public static let defaultID = "cc-cmm-oc"
    /// Built-in files in the order users meet them (the default first).
    public static let builtInOrder = ["cc-cmm-oc", "see-cmm", "cccs-op-2003", "cccs-v7-outline"]

    public var directory: String?

    public init(directory: String?) { self.directory = directory }

    /// `CCMM_QUESTIONNAIRES` if set; otherwise the `Questionnaires` folder found
    /// beside or above the executable (a build inside the repository), or in an
    /// installed `share/ccmm`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> QuestionnaireLibrary {
        if let configured = environment["CCMM_QUESTIONNAIRES"], !configured.isEmpty {
            return QuestionnaireLibrary(directory: configured)
        }
        let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [folder.appendingPathComponent("Questionnaires"), folder.appendingPathComponent("share/ccmm/Questionnaires")]
            where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("\(defaultID).json").path) {
                return QuestionnaireLibrary(directory: candidate.path)
            }
            folder = folder.deletingLastPathComponent()
        }
        let here = FileManager.default.currentDirectoryPath + "/Questionnaires"
        return QuestionnaireLibrary(directory: FileManager.default.fileExists(atPath: here) ? here : nil)
    }

    public func path(forBuiltIn id: String) -> String? {
        guard let directory else { return nil }
        let path = directory + "/" + id + ".json"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The built-in questionnaires that are present, default first.
    public func builtInPaths() -> [String] {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let ids = names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.map { String($0.dropLast(5)) }
        let ordered = Self.builtInOrder.filter(ids.contains) + ids.filter { !Self.builtInOrder.contains($0) }.sorted()
        return ordered.map { directory + "/" + $0 + ".json" }
    }

    /// Loads by built-in id, or by path when the argument names a file.
    public func load(_ idOrPath: String) throws(LoadError) -> Questionnaire {
        if idOrPath.contains("/") || idOrPath.hasSuffix(".json") || FileManager.default.fileExists(atPath: idOrPath) {
            return try QuestionnaireDecoder.load(path: idOrPath)
        }
        guard let path = path(forBuiltIn: idOrPath) else {
            let known = builtInPaths().map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            let where_ = directory.map { " in \($0)" } ?? " (no Questionnaires folder found; set CCMM_QUESTIONNAIRES)"
            throw LoadError(file: idOrPath, message: "no built-in questionnaire with this id\(where_); known: \(known.joined(separator: ", "))")
        }
        return try QuestionnaireDecoder.load(path: path)
    }
}
