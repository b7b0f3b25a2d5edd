#if canImport(Glibc)
import Glibc
#endif
import MaturityCore

/// How the wizard makes each change durable within a keystroke: the change
/// goes to the session's journal (one flushed line, see `SessionJournal`)
/// before the frame that shows it is drawn, and the session file is written
/// whole only when the keys pause for a while, and on quit ("folding").
@MainActor
final class SaveJournal {
    /// Quiet time after which the journal is folded into the session file;
    /// CCMM_JOURNAL_FOLD_SECONDS changes it (the crash tests hold the fold off).
    private let foldAfterSeconds: Double = {
        guard let text = getenv("CCMM_JOURNAL_FOLD_SECONDS").map({ String(cString: $0) }), let value = Double(text), value >= 0 else { return 3 }
        return value
    }()

    private var journal: SessionJournal?
    /// What the session file and the journal together hold.
    private var recorded: Session?
    private var lastChange = 0.0

    /// Starts journaling a session the wizard may write, whose file holds
    /// `fileBytes` and `session` as opened (or just created).
    func start(path: String, fileBytes: [UInt8], session: Session) {
        journal = SessionJournal(session: path, fileBytes: fileBytes)
        recorded = session
    }

    /// No journaling: a read-only session, or one whose left-behind journal could not be folded.
    func stop() {
        journal = nil
        recorded = nil
    }

    /// Records the change to `session` durably. False when it must be written
    /// whole instead (nothing journaled yet to compare with, another
    /// questionnaire, or the journal could not be written).
    func record(_ session: Session) -> Bool {
        guard let journal, let recorded else { return false }
        do {
            guard try journal.record(from: recorded, to: session) else { return false }
        } catch {
            return false
        }
        self.recorded = session
        lastChange = Self.seconds()
        return true
    }

    /// Whether the journal holds changes and the keys have paused long enough to fold them.
    var wantsFold: Bool {
        guard let journal, journal.changes > 0 else { return false }
        return Self.seconds() - lastChange >= foldAfterSeconds
    }

    /// Before the session file is written whole.
    func folding(_ bytes: [UInt8]) throws(SaveError) {
        try journal?.folding(bytes)
    }

    /// After the session file was written whole with `bytes`, holding `session`.
    func folded(_ bytes: [UInt8], session: Session) {
        journal?.folded(bytes)
        if journal != nil { recorded = session }
    }

    /// Once everything is in the session file: the journal file goes (journaling goes on).
    func removeFile() {
        journal?.remove()
    }

    /// On quit, once everything is in the session file: the journal file goes.
    func close() {
        removeFile()
        stop()
    }

    private static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
