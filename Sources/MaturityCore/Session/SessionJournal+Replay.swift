#if canImport(Glibc)
import Glibc
#endif

/// Reading a session together with the journal a crash may have left beside it.
extension SessionJournal {
    public struct Recovered: Sendable {
        /// The session with every journaled change applied.
        public var session: Session
        /// The session file's bytes as read: what a new journal starts from.
        public var fileBytes: [UInt8]
        /// Changes replayed from a journal (0 when there was none, or it was already folded).
        public var replayed: Int
        /// A journal file was there (replayed, folded or empty): fold it away before recording.
        public var journalFound: Bool
        /// The journal was written for another version of the file (it was
        /// replaced since, by another program): its changes were not applied,
        /// and the journal must be set aside, not folded away.
        public var stale = false
    }

    /// Reads the session file and replays its journal, if one was left behind.
    public static func recover(path: String) throws(LoadError) -> Recovered {
        let bytes = try FileBytes.read(path: path, what: .session)
        var session = try SessionCodec.decode(bytes: bytes, file: path)
        let journal = Self.path(for: path)
        guard let lines = try journalLines(journal, sessionFile: path) else {
            return Recovered(session: session, fileBytes: bytes, replayed: 0, journalFound: false)
        }
        guard let replayed = try replay(lines, onto: &session, fileHash: ContentHash.of(bytes), journal: journal) else {
            // The file as it is now is what every reader gets; the wizard sets the journal aside.
            return Recovered(session: session, fileBytes: bytes, replayed: 0, journalFound: true, stale: true)
        }
        return Recovered(session: session, fileBytes: bytes, replayed: replayed, journalFound: true)
    }

    /// Moves a stale journal out of the way under a new name beside it, never
    /// over another file, and returns that name; nil when it could not be moved.
    public static func setAside(session path: String, now: String) -> String? {
        let journal = Self.path(for: path)
        let stamp = now.filter { $0.isNumber }
        for attempt in 0..<100 {
            let name = journal + ".stale-" + stamp + (attempt == 0 ? "" : "-\(attempt)")
            // link fails when the name is taken; the journal is removed only once it has its new name.
            if link(journal, name) == 0 {
                unlink(journal)
                syncFolder(AtomicFile.directory(of: journal))
                return name
            }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    /// The complete lines of the journal; nil when there is none.
    private static func journalLines(_ journal: String, sessionFile: String) throws(LoadError) -> [ArraySlice<UInt8>]? {
        var info = stat()
        guard lstat(journal, &info) == 0 else { return nil }
        // Changes are taken only from the session's owner (or ours): in a shared
        // folder another user could otherwise plant answers in someone's session.
        var owner = stat()
        if stat(sessionFile, &owner) == 0, info.st_uid != owner.st_uid, info.st_uid != geteuid() {
            throw LoadError(file: journal, .journalOfAnotherUser(session: sessionFile))
        }
        let bytes = try FileBytes.read(path: journal, what: .journal)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // The part after the last newline: empty, or a line cut off before it was flushed.
        lines.removeLast()
        return lines
    }

    /// The number of changes applied; nil when the journal belongs to another version of the file.
    private static func replay(_ lines: [ArraySlice<UInt8>], onto session: inout Session, fileHash: String,
                               journal: String) throws(LoadError) -> Int? {
        guard let first = lines.first else { return 0 }
        let log = ProblemLog(file: journal)
        func parse(_ line: ArraySlice<UInt8>, number: Int) throws(LoadError) -> JSONReader {
            do {
                return JSONReader(try JSONParser.parse(Array(line)), path: "line \(number)", log: log)
            } catch {
                throw LoadError(file: journal, place: .lineColumn(number, error.column), .json(error.problem))
            }
        }
        let header = try parse(first, number: 1)
        let format = header.required("ccmm_journal", .wholeNumber)?.int()
        let base = header.required("base", .hash)?.string()
        guard let format, let base, log.problems.isEmpty else { throw LoadError(log.problems) }
        guard format == SessionJournal.format else {
            throw LoadError(file: journal, place: .line(1), .unsupportedFormat(.journal, supported: SessionJournal.format, found: String(format)))
        }
        var changes: [JSONReader] = []
        for (offset, line) in lines.enumerated().dropFirst() { changes.append(try parse(line, number: offset + 1)) }
        if base != fileHash {
            // Written whole since: by this journal's own fold (then the file holds
            // every change), or by someone else (then the changes belong to another version).
            if changes.contains(where: { $0.optional("fold")?.string() == fileHash }) { return 0 }
            return nil
        }
        var replayed = 0
        for change in changes where !change.has("fold") {
            apply(change, to: &session)
            replayed += 1
        }
        guard log.problems.isEmpty else { throw LoadError(log.problems) }
        return replayed
    }

    /// Applies one change line (see `change(from:to:)` for its members).
    private static func apply(_ change: JSONReader, to session: inout Session) {
        guard change.object() != nil else { return }
        change.rejectUnknownKeys(["answers", "removed", "dropped_answers", "removed_dropped", "conflicts", "removed_conflicts",
                                  "actions", "baseline", "profile", "position", "updated_at"])
        func ids(_ key: String) -> [String] { change.optional(key)?.array()?.compactMap { $0.string() } ?? [] }
        for (id, answer) in change.optional("answers")?.decodeAnswers() ?? [:] { session.answers[id] = answer }
        for id in ids("removed") { session.answers[id] = nil }
        for (id, answer) in change.optional("dropped_answers")?.decodeAnswers() ?? [:] { session.droppedAnswers[id] = answer }
        for id in ids("removed_dropped") { session.droppedAnswers[id] = nil }
        for (id, conflict) in change.optional("conflicts")?.decodeConflicts() ?? [:] { session.conflicts[id] = conflict }
        for id in ids("removed_conflicts") { session.conflicts[id] = nil }
        if let actions = change.optional("actions")?.decodeActions() { session.actions = actions }
        if let baseline = change.value["baseline"] {
            session.baseline = JSONReader(baseline, path: change.child("baseline"), log: change.log).stringOrNull()
        }
        if let profile = change.optional("profile")?.decodeProfile() { session.profile = profile }
        if let position = change.value["position"] {
            session.position = JSONReader(position, path: change.child("position"), log: change.log).stringOrNull()
        }
        if let updated = change.optional("updated_at")?.string() { session.updatedAt = updated }
    }
}

extension JSONReader {
    /// A string, or nil for JSON null.
    fileprivate func stringOrNull() -> String? {
        if case .null = value { return nil }
        return string()
    }
}
