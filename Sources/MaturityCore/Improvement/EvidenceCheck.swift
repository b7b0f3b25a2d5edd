#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where an evidence item points, and whether a local file is still there.
public struct EvidenceCheck: Sendable, Equatable {
    public enum Location: Sendable, Equatable {
        /// No location was recorded.
        case none
        /// A URL (scheme://…); not fetched, only listed.
        case url(String)
        /// A local file, resolved against the session file's folder.
        case file(path: String, exists: Bool)
    }

    public var criterionID: String
    /// Position of the item in the criterion's evidence list, from 0.
    public var index: Int
    public var item: EvidenceItem
    public var location: Location
    /// SHA-256 of a local file that exists, when asked for.
    public var sha256: String?

    public var isMissingFile: Bool {
        if case let .file(_, exists) = location { return !exists }
        return false
    }

    /// Classifies `location`: "scheme://…" is a URL (file:// is read as a
    /// path), anything else a path; a relative path is taken from `folder`.
    public static func classify(_ location: String, relativeTo folder: String) -> Location {
        let trimmed = location.trimmed()
        guard !trimmed.isEmpty else { return .none }
        var path = trimmed
        if let schemeEnd = trimmed.firstRange(of: "://") {
            let scheme = trimmed[..<schemeEnd.lowerBound]
            let isScheme = !scheme.isEmpty && scheme.first?.isLetter == true
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
            if isScheme && scheme.lowercased() != "file" { return .url(trimmed) }
            if isScheme { path = trimmed[schemeEnd.upperBound...].percentDecoded ?? String(trimmed[schemeEnd.upperBound...]) }
        }
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            path = home + path.dropFirst()
        } else if !path.hasPrefix("/") {
            path = (folder.isEmpty ? "." : folder) + "/" + path
        }
        // A folder named as evidence counts as present; it is not hashed.
        return .file(path: path, exists: FileManager.default.fileExists(atPath: path))
    }

    /// Every evidence item of the session in questionnaire order, with its
    /// location classified; `hash` (given a path) is asked for the SHA-256 of
    /// each local file that exists, when given.
    public static func run(_ session: Session, order: [String], sessionFolder: String,
                           hash: ((String) -> String?)? = nil) -> [EvidenceCheck] {
        var results: [EvidenceCheck] = []
        for (criterionID, items) in session.evidenceByCriterion(order: order) {
            for (index, item) in items.enumerated() {
                let location = classify(item.location, relativeTo: sessionFolder)
                var digest: String?
                if let hash, case let .file(path, true) = location, isRegularFile(path) { digest = hash(path) }
                results.append(EvidenceCheck(criterionID: criterionID, index: index, item: item, location: location, sha256: digest))
            }
        }
        return results
    }

    /// Only regular files are hashed: a folder has no single digest, and
    /// reading a pipe or a device could wait for ever.
    private static func isRegularFile(_ path: String) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        return type == .typeRegular
    }
}
