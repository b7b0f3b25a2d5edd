/// Why a file was not written, as data: the presentation layer words it in
/// the reader's language (ProblemWords), so that a save refused in a Chinese
/// session is said in Chinese.
public enum SaveProblem: Sendable, Equatable {
    /// CCMM_FILE_MODE is not an octal mode.
    case fileModeNotOctal(String)
    /// CCMM_FILE_MODE would let the group or others write.
    case fileModeLetsOthersWrite(String)
    /// CCMM_FILE_MODE would keep the owner from reading or writing.
    case fileModeLocksOwnerOut(String)
    /// Something other than a regular file stands at the name.
    case notARegularFile
    /// The file has several names; replacing one would split them.
    case hardLinks(Int)
    /// A symbolic link to nothing.
    case danglingLink
    /// The system refused; the folder is where the temporary file was made.
    case system(errno: Int32, folder: String)
    /// Someone swapped the temporary file during the save.
    case temporaryReplaced(folder: String)
    /// Another program changed the file since it was last read or written.
    case changedOnDisk
    /// A file is there; `force` says whether --force would replace it.
    case exists(forceHelps: Bool)
    /// The report would land on the session it is made from.
    case reportOverItsSource
    /// The report would land on a session file.
    case reportOverASession
    /// A wizard has the session open.
    case locked(ReadOnlyReason)
    /// The journal's name holds a link, a special file or another user's file.
    case notOwnJournal
    /// Already said by a front in the catalog's words (the wizard's folder checks).
    case worded(String)
}
