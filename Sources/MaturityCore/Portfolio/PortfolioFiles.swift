#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns the paths a user names into the files the portfolio reads.
public enum PortfolioFiles {
    /// Files named directly are always read. Folders are walked recursively
    /// in name order: `.json` files are read, other files are set aside with
    /// that reason. Hidden entries (a name starting with ".") are not walked:
    /// they are `.git`, lock files and temporary saves, never sessions.
    public static func expand(_ paths: [String]) -> (files: [String], setAside: [SetAsideFile]) {
        var files: [String] = []
        var setAside: [SetAsideFile] = []
        var seen = Set<String>()
        func add(_ path: String) {
            if seen.insert(path).inserted { files.append(path) }
        }
        func walk(_ folder: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                setAside.append(SetAsideFile(file: folder, reason: .unreadable(LoadError(file: folder, .folderUnreadable))))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard let isFolder = FileIdentity.isFolder(path) else {
                    setAside.append(SetAsideFile(file: path, reason: .unreadable(LoadError(file: path, .linkToNothing))))
                    continue
                }
                if isFolder {
                    walk(path)
                } else if name.lowercased().hasSuffix(".json") {
                    add(path)
                } else {
                    setAside.append(SetAsideFile(file: path, reason: .notJSONFile))
                }
            }
        }
        for path in paths {
            if FileIdentity.isFolder(path) == true {
                walk(path)
            } else {
                add(path)   // a missing file is reported when it is read
            }
        }
        return (files, setAside)
    }
}
