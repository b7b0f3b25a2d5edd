import MaturityCore

/// Why a file was not written, in the catalog's language.
extension ProblemWords {
    public static func reason(_ problem: SaveProblem, _ c: Catalog) -> String {
        switch problem {
        case let .fileModeNotOctal(text): return c(.saveFileModeNotOctal, text)
        case let .fileModeLetsOthersWrite(text): return c(.saveFileModeOthersWrite, text)
        case let .fileModeLocksOwnerOut(text): return c(.saveFileModeOwnerLocked, text)
        case .notARegularFile: return c(.saveNotRegularFile)
        case let .hardLinks(count): return c(.saveHardLinks, count)
        case .danglingLink: return c(.saveDanglingLink)
        case let .system(code, folder): return system(code, folder: folder, c)
        case let .temporaryReplaced(folder): return c(.saveTemporaryReplaced, folder)
        case .changedOnDisk: return c(.saveChangedOnDisk)
        case let .exists(forceHelps): return c(forceHelps ? .saveExistsForce : .saveExists)
        case .reportOverItsSource: return c(.saveReportOverSource)
        case .reportOverASession: return c(.saveReportOverSession)
        case let .locked(why): return c(.saveLocked, held(why, c))
        case .notOwnJournal: return c(.saveNotOwnJournal)
        case let .worded(text): return text
        }
    }

    /// Why someone else has the session: "alice@host (pid 42, since …) is editing it".
    public static func held(_ reason: ReadOnlyReason, _ c: Catalog) -> String {
        switch reason {
        case let .heldBy(holder): return c(.lockHeldBy, holder.user, holder.host, holder.pid, holder.since)
        case .heldByUnknown: return c(.lockHeldByUnknown)
        case let .foreignLock(path): return c(.lockForeign, path)
        case let .badLock(path): return c(.lockBad, path)
        case let .hardLinks(count): return c(.lockHardLinks, count)
        }
    }

    /// The system's refusals a user can act on, in words; any other with the system's own text and number.
    static func system(_ code: Int32, folder: String, _ c: Catalog) -> String {
        switch code {
        case ENOSPC, EDQUOT: return c(.saveDiskFull)
        case EFBIG: return c(.saveTooLarge)
        case EACCES, EPERM: return c(.savePermission, folder)
        case EROFS: return c(.saveReadOnlyFolder, folder)
        case ENOENT: return c(.saveNoFolder, folder)
        default: return systemError(code, c)
        }
    }

    /// A file operation's error in `folder` (moving, removing, making a
    /// folder): a full disk, a refusal or a read-only folder in words, as for
    /// a save; other numbers with the system's text. A missing file is not a
    /// missing folder here, so it keeps its number. Without a number, the
    /// error as it describes itself.
    public static func fileError(_ error: any Error, folder: String, _ c: Catalog) -> String {
        let posix = error as? POSIXError ?? (error as? CocoaError)?.underlying as? POSIXError
        guard let code = posix?.code.rawValue else { return String(describing: error) }
        return code == ENOENT ? systemError(code, c) : system(code, folder: folder, c)
    }

    /// An error the system names only by its own (English) text: said with its number.
    public static func systemError(_ code: Int32, _ c: Catalog) -> String {
        c(.systemError, String(cString: strerror(code)), code)
    }
}
