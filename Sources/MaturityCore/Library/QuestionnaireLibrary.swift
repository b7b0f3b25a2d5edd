import CBuiltInQuestionnaires
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#endif

/// Finds questionnaires: the built-in ones (compiled into ccmm, or read from a
/// folder the user names), or a file the user names.
public struct QuestionnaireLibrary: Sendable {
    public static let defaultID = "cc-cmm-oc"
    /// Built-in files in the order users meet them (the default first).
    public static let builtInOrder = ["cc-cmm-oc", "see-cmm", "cccs-op-2003", "cccs-v7-outline"]

    /// A folder of questionnaire files that replaces the compiled-in ones;
    /// nil for the copies compiled into ccmm.
    public var directory: String?

    public init(directory: String?) { self.directory = directory }

    /// `CCMM_QUESTIONNAIRES` if set; otherwise the questionnaires compiled into ccmm.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> QuestionnaireLibrary {
        if let configured = environment["CCMM_QUESTIONNAIRES"], !configured.isEmpty {
            return QuestionnaireLibrary(directory: configured)
        }
        return QuestionnaireLibrary(directory: nil)
    }

    /// One built-in questionnaire, not yet decoded: decoding is the costly part
    /// of start-up, so callers decode only the ones they show.
    public struct BuiltIn: Sendable {
        public var id: String
        /// What error messages name: the file's path, or "built-in ID.json".
        public var file: String
        fileprivate var source: Source

        fileprivate enum Source { case path(String), compiledIn(Int) }

        public func load() throws(LoadError) -> Questionnaire {
            switch source {
            case let .path(path): return try QuestionnaireDecoder.load(path: path)
            case let .compiledIn(index): return try QuestionnaireDecoder.decode(bytes: CompiledIn.bytes(index), file: file)
            }
        }

        /// The file's bytes, exactly as shipped (or as in the folder).
        public func bytes() throws(LoadError) -> [UInt8] {
            switch source {
            case let .path(path): return try FileBytes.read(path: path, what: .questionnaire)
            case let .compiledIn(index): return CompiledIn.bytes(index)
            }
        }
    }

    /// The built-in questionnaires that are present, default first.
    public func builtIns() -> [BuiltIn] {
        guard let directory else {
            return (0..<CompiledIn.count).map { BuiltIn(id: CompiledIn.id($0), file: "built-in \(CompiledIn.id($0)).json", source: .compiledIn($0)) }
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let ids = names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.map { String($0.dropLast(5)) }
        let ordered = Self.builtInOrder.filter(ids.contains) + ids.filter { !Self.builtInOrder.contains($0) }.sorted()
        return ordered.map { BuiltIn(id: $0, file: directory + "/" + $0 + ".json", source: .path(directory + "/" + $0 + ".json")) }
    }

    /// The files of a folder library (empty for the compiled-in one).
    public func builtInPaths() -> [String] {
        directory == nil ? [] : builtIns().map(\.file)
    }

    public func builtIn(_ id: String) -> BuiltIn? {
        builtIns().first { $0.id == id }
    }


    /// Loads by built-in id, or by path when the argument names a file.
    public func load(_ idOrPath: String) throws(LoadError) -> Questionnaire {
        if idOrPath.contains("/") || idOrPath.hasSuffix(".json") || FileManager.default.fileExists(atPath: idOrPath) {
            return try QuestionnaireDecoder.load(path: idOrPath)
        }
        let available = builtIns()
        guard let entry = available.first(where: { $0.id == idOrPath }) else {
            throw LoadError(file: idOrPath, .unknownQuestionnaire(folder: directory, known: available.map(\.id)))
        }
        return try entry.load()
    }
}

/// The table of CBuiltInQuestionnaires, in Swift terms.
private enum CompiledIn {
    static var count: Int { ccmm_built_in_questionnaire_count() }

    static func id(_ index: Int) -> String {
        String(cString: ccmm_built_in_questionnaire(index).id)
    }

    static func bytes(_ index: Int) -> [UInt8] {
        let entry = ccmm_built_in_questionnaire(index)
        guard let start = entry.bytes else { return [] }
        return Array(UnsafeBufferPointer(start: start, count: entry.count))
    }
}
