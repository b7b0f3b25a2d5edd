#if canImport(Glibc)
import Glibc
#endif

/// The changes made to a session since its file was last written whole, kept
/// durably in `.NAME.journal` beside the session file `NAME`.
///
/// Writing the whole session on every key (render 27 KB of JSON, write, fsync,
/// rename, fsync of the folder) took most of a keystroke's 2 ms. Instead the
/// wizard appends each change to the journal as one line and flushes it
/// (fdatasync) before it draws the frame that shows the change. After a few
/// seconds without keys, and on quit, it writes the session file whole,
/// atomically as before, and empties the journal: it "folds" the journal into
/// the file. The session file stays the canonical format (Session.swift,
/// SessionCodec.swift); the journal only covers the seconds between two folds,
/// and opening a session replays one that a crash left behind.
///
/// The journal holds one JSON object per line:
///
///     {"ccmm_journal": 1, "base": "<hash of the session file the changes apply to>"}
///     {"answers": {…}, "removed": […], "profile": {…}, "position": "…", "updated_at": "…"}   one change
///       (also "dropped_answers", "removed_dropped", "conflicts", "removed_conflicts",
///       "actions" — the whole list — and "baseline", when they changed)
///     {"fold": "<hash of the session file about to be written>"}
///
/// A change holds the new state of what changed (whole criterion records, in
/// the session file's layout), so replaying it twice gives the same session.
/// A last line without its newline was cut off before it was flushed — the
/// change was never shown as saved — and is ignored. The fold line tells a
/// journal whose fold finished (the file holds every change) from one written
/// for another version of the file.
public final class SessionJournal {
    public static let format = 1

    public let path: String
    private let folder: String
    private var descriptor: Int32 = -1
    /// The hash of the session file the next change applies to.
    private var base: String
    /// The journal was emptied by a fold: the next change starts it with a new header.
    private var needsHeader = true
    /// Changes written since the session file was last written whole.
    public private(set) var changes = 0

    /// A journal for the session at `session`, whose file on disk holds `fileBytes`.
    /// Nothing is written until the first change.
    public init(session: String, fileBytes: [UInt8]) {
        path = Self.path(for: session)
        folder = Self.folder(of: session)
        base = ContentHash.of(fileBytes)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Beside the real file when the session is a symbolic link, as its lock is:
    /// every name of one session shares one journal.
    public static func path(for link: String) -> String {
        let session = (try? AtomicFile.realTarget(link)) ?? link
        let name = session.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? session
        return folder(of: session) + "/." + name + ".journal"
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    // MARK: Writing

    /// Appends the change from `old` to `new` and flushes it to the disk.
    /// Returns false when the change cannot be journaled (the session was
    /// re-based on another questionnaire): the caller then writes the file whole.
    public func record(from old: Session, to new: Session) throws(SaveError) -> Bool {
        guard let members = Self.change(from: old, to: new) else { return false }
        if members.isEmpty { return true }
        try openIfNeeded()
        var line = ""
        if needsHeader { line = Self.compact(header) }
        line += Self.compact(.object(members))
        try append(line)
        needsHeader = false
        changes += 1
        return true
    }

    /// Before the session file is written whole: records the hash of the bytes
    /// about to be written, so that a crash after that write and before
    /// `folded` leaves a journal that is recognisably already in the file.
    public func folding(_ bytes: [UInt8]) throws(SaveError) {
        guard descriptor >= 0, !needsHeader else { return }
        try append(Self.compact(.object([("fold", .string(ContentHash.of(bytes)))])))
    }

    /// After the session file was written whole with `bytes`: the journal is emptied.
    public func folded(_ bytes: [UInt8]) {
        base = ContentHash.of(bytes)
        changes = 0
        guard descriptor >= 0, !needsHeader else { return }
        // Not flushed: if the emptying is lost, the fold line marks the old lines as folded.
        if ftruncate(descriptor, 0) == 0 { needsHeader = true }
    }

    /// On quit, after the last fold: the journal file goes.
    public func remove() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        needsHeader = true
        if unlink(path) == 0 { Self.syncFolder(folder) }
    }

    private var header: JSONValue {
        .object([("ccmm_journal", .int(Self.format)), ("base", .string(base))])
    }

    private func openIfNeeded() throws(SaveError) {
        guard descriptor < 0 else { return }
        // Owner-only: it holds the last seconds of changes, never a wider mode than needed.
        let mode = AtomicFile.privateMode
        // The name is predictable, so in a shared folder someone else may have
        // put a link, a FIFO or a file of theirs there: never followed, never
        // waited on, and only our own single-named regular file is truncated.
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else { throw SaveError(path: path, reason: AtomicFile.describe(errno, folder: folder)) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(), info.st_nlink == 1 else {
            close(fd)
            throw SaveError(path: path, reason: .notOwnJournal)
        }
        // Truncated: the caller folds a journal left behind before it records anything.
        guard ftruncate(fd, 0) == 0 else {
            let failure = errno
            close(fd)
            throw SaveError(path: path, reason: AtomicFile.describe(failure, folder: folder))
        }
        fchmod(fd, mode)
        descriptor = fd
        needsHeader = true
        // The new name must survive a power loss too.
        Self.syncFolder(folder)
    }

    private func append(_ text: String) throws(SaveError) {
        var failure = AtomicFile.writeAll(Array(text.utf8), to: descriptor)
        if failure == 0 && fdatasync(descriptor) != 0 { failure = errno }
        if failure != 0 {
            // A partial line would be taken for a cut-off one; start over at the next change.
            close(descriptor)
            descriptor = -1
            throw SaveError(path: path, reason: AtomicFile.describe(failure, folder: folder))
        }
    }

    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    // MARK: The change between two sessions

    /// The members of a change line, empty when nothing changed; nil when the
    /// change is not one a journal holds (another questionnaire or creation time).
    static func change(from old: Session, to new: Session) -> [(key: String, value: JSONValue)]? {
        guard old.questionnaire == new.questionnaire, old.createdAt == new.createdAt else { return nil }
        var members: [(key: String, value: JSONValue)] = []
        func differences<Value: Equatable>(_ before: [String: Value], _ after: [String: Value]) -> (changed: [String: Value], removed: [String]) {
            var changed: [String: Value] = [:]
            for (id, value) in after where before[id] != value { changed[id] = value }
            let removed = before.keys.filter { after[$0] == nil }.sorted()
            return (changed, removed)
        }
        let answers = differences(old.answers, new.answers)
        if !answers.changed.isEmpty { members.append(("answers", SessionCodec.encode(answers.changed, order: []))) }
        if !answers.removed.isEmpty { members.append(("removed", .array(answers.removed.map(JSONValue.string)))) }
        let dropped = differences(old.droppedAnswers, new.droppedAnswers)
        if !dropped.changed.isEmpty { members.append(("dropped_answers", SessionCodec.encode(dropped.changed, order: []))) }
        if !dropped.removed.isEmpty { members.append(("removed_dropped", .array(dropped.removed.map(JSONValue.string)))) }
        let conflicts = differences(old.conflicts, new.conflicts)
        if !conflicts.changed.isEmpty { members.append(("conflicts", SessionCodec.encode(conflicts.changed, order: []))) }
        if !conflicts.removed.isEmpty { members.append(("removed_conflicts", .array(conflicts.removed.map(JSONValue.string)))) }
        if old.actions != new.actions { members.append(("actions", .array(new.actions.map(ImprovementCodec.encode)))) }
        if old.baseline != new.baseline { members.append(("baseline", new.baseline.map(JSONValue.string) ?? .null)) }
        if old.profile != new.profile { members.append(("profile", SessionCodec.encode(new.profile))) }
        if old.position != new.position { members.append(("position", new.position.map(JSONValue.string) ?? .null)) }
        if !members.isEmpty || old.updatedAt != new.updatedAt { members.append(("updated_at", .string(new.updatedAt))) }
        return members
    }

    /// One line of compact JSON (the session file itself is indented).
    static func compact(_ value: JSONValue) -> String {
        var out = ""
        writeCompact(value, into: &out)
        return out + "\n"
    }

    private static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case let .bool(flag): out += flag ? "true" : "false"
        case let .number(text): out += text
        case let .string(text): JSONWriter.writeString(text, into: &out)
        case let .array(items):
            out += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { out += "," }
                writeCompact(item, into: &out)
            }
            out += "]"
        case let .object(members):
            out += "{"
            for (offset, member) in members.enumerated() {
                if offset > 0 { out += "," }
                JSONWriter.writeString(member.key, into: &out)
                out += ":"
                writeCompact(member.value, into: &out)
            }
            out += "}"
        }
    }
}
