import Foundation
import MaturityCore
import Testing

/// The wizard is killed with SIGKILL at random moments while answering; after
/// every kill the file parses and holds every answer confirmed on screen
/// before the keystroke in flight. Then the terminal-side abuse: a 100 KB
/// paste, a resize storm, a 20×6 terminal and a non-UTF-8 locale.
@Suite(.serialized) struct CrashSafetyTests {
    typealias Tmux = EndToEndTests.Tmux
    typealias Spawn = EndToEndTests.Spawn

    func open(_ tmux: Tmux, _ binary: String, _ path: String, home: String, locale: String = "C.UTF-8", cols: Int = 80, rows: Int = 24) throws {
        try tmux.start("cd \(home) && env CCMM_HOME=\(home) CCMM_QUESTIONNAIRES=\(EndToEndTests.root.path)/Questionnaires LC_ALL=\(locale) LANG=\(locale) TERM=xterm-256color \(binary) open \(path) --lang en", cols: cols, rows: rows)
    }

    func newSession(_ binary: String, home: String, name: String = "s.json") throws -> String {
        try "id,method,execution,note\n".write(toFile: "\(home)/empty.csv", atomically: true, encoding: .utf8)
        let path = "\(home)/\(name)"
        #expect(Spawn.run([binary, "import", "--csv", "\(home)/empty.csv", "--output", path, "--years", "3",
                           "--questionnaires-dir", "\(EndToEndTests.root.path)/Questionnaires"]) == 0)
        return path
    }

    /// A new session open in the wizard, the note editor of criterion 1 on
    /// screen. The caller kills `tmux` when done.
    func openNoteEditor() throws -> (binary: String, home: String, path: String, tmux: Tmux) {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        let path = try newSession(binary, home: home)
        let tmux = Tmux()
        do {
            try open(tmux, binary, path, home: home)
            _ = try tmux.waitFor("Answered 0/340")
            try tmux.type("e")
            _ = try tmux.waitFor("Note (Ctrl-S")
        } catch {
            tmux.kill()
            throw error
        }
        return (binary, home, path, tmux)
    }

    /// The questions in the order the wizard asks them: 1.method, 1.execution, 2.method, …
    func answered(_ session: Session) -> [Int] {
        var values: [Int] = []
        for id in 1...170 {
            for angle in ["method", "execution"] {
                guard let value = session.answer(String(id), angle)?.rating else { return values }
                values.append(value)
            }
        }
        return values
    }

    /// Seeded, so a failure can be replayed: CCMM_KILL_SEED=<seed printed
    /// in the failure>. CCMM_KILL_ROUNDS sets the number of kills (20 by
    /// default; the run used 200+). The wizard is killed by the pid
    /// it wrote into its lock, never by name.
    @Test func sigkillAtRandomMomentsLosesAtMostTheKeyInFlight() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        var path = try newSession(binary, home: home)
        var sessions = 1
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["CCMM_KILL_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1 ... .max)
        let rounds = environment["CCMM_KILL_ROUNDS"].flatMap { Int($0) } ?? 20
        var generator = SeededGenerator(seed: seed)
        var pressed: [Int] = []          // every answer key confirmed on screen, in order
        var sent = 0, acknowledged = 0, lost = 0, inFlightKept = 0
        for round in 0..<rounds {
            if pressed.count + 6 > 340 {
                // This session is nearly full: the kills go on in a new one.
                let full = path
                sessions += 1
                path = try newSession(binary, home: home, name: "s\(sessions).json")
                #expect(answered(try SessionStore.loadUnchecked(path: full)).count == pressed.count)
                pressed = []
            }
            let tmux = Tmux()
            defer { tmux.kill() }
            try open(tmux, binary, path, home: home)
            _ = try tmux.waitFor("Answered \(pressed.count)/340")
            let pid = try #require(SafetyTests.wizardPID(path), "seed \(seed): no wizard pid in the lock")
            let keys = Int.random(in: 1...6, using: &generator)
            for index in 0..<keys {
                let choice = Int.random(in: 1...3, using: &generator)   // 1, 2, 3 → 0, 5, 10
                try tmux.type(String(choice))
                sent += 1
                if index == keys - 1 {
                    // The key in flight: kill at once, after a random few milliseconds.
                    Thread.sleep(forTimeInterval: Double.random(in: 0...0.02, using: &generator))
                    kill(pid, SIGKILL)
                    var status: Int32 = 0
                    for _ in 0..<200 where kill(pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.01) }
                    _ = waitpid(pid, &status, WNOHANG)
                    let session = try SessionStore.loadUnchecked(path: path)   // the file and its journal parse: never torn
                    let onDisk = answered(session)
                    let inFlight = [0, 5, 10][choice - 1]
                    let keptAll = onDisk == pressed || onDisk == pressed + [inFlight]
                    #expect(keptAll, "seed \(seed), round \(round): on disk \(onDisk.count), confirmed \(pressed.count)")
                    if !keptAll { lost += max(0, pressed.count - zip(onDisk, pressed).prefix { $0 == $1 }.count) }
                    if onDisk.count == pressed.count + 1 { inFlightKept += 1 }
                    pressed = onDisk
                } else {
                    pressed.append([0, 5, 10][choice - 1])
                    _ = try tmux.waitFor("Answered \(pressed.count)/340")
                    acknowledged += 1
                }
            }
        }
        print("SIGKILL run: seed \(seed), \(rounds) kills over \(sessions) session(s), answers sent \(sent), acknowledged \(acknowledged), lost \(lost), in-flight kept \(inFlightKept) of \(rounds)")
        #expect(lost == 0, "seed \(seed)")
        #expect(acknowledged >= rounds / 2, "seed \(seed)")
        // The lock a killed wizard leaves is free for the next one.
        let tmux = Tmux()
        defer { tmux.kill() }
        try open(tmux, binary, path, home: home)
        let screen = try tmux.waitFor("Answered \(pressed.count)/340")
        #expect(!screen.contains("Read-only"))
    }

    /// SIGKILL after the answers are in the journal and before the journal is
    /// folded into the file: the file alone lacks them, the journal has them,
    /// and the next open shows every one; quitting folds them into the file.
    @Test func killBetweenJournalWriteAndFoldLosesNothing() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        let path = try newSession(binary, home: home)
        let journal = SessionJournal.path(for: path)
        let tmux = Tmux()
        defer { tmux.kill() }
        // The fold is held off for a minute, so the kill surely comes before it.
        try tmux.start("cd \(home) && env CCMM_HOME=\(home) CCMM_JOURNAL_FOLD_SECONDS=60 LC_ALL=C.UTF-8 TERM=xterm-256color \(binary) open \(path) --lang en")
        _ = try tmux.waitFor("Answered 0/340")
        for (index, key) in ["3", "2", "1", "3", "3"].enumerated() {
            try tmux.type(key)
            _ = try tmux.waitFor("Answered \(index + 1)/340")
        }
        // The wizard alone (its command line starts with the binary): the tmux
        // server's names the file too, and killing it first would hang up the
        // wizard, which then saves on SIGHUP.
        _ = Spawn.run(["pkill", "-KILL", "-f", "^\(binary) open \(path)"])
        tmux.waitForExit()
        // Between the journal write and the fold: the file has none of the five, the journal all.
        #expect(try SessionStore.loadFileOnly(path: path).answers.isEmpty)
        #expect(FileManager.default.fileExists(atPath: journal))
        let expected: [(String, String, Int)] = [("1", "method", 10), ("1", "execution", 5), ("2", "method", 0), ("2", "execution", 10), ("3", "method", 10)]
        let recovered = try SessionJournal.recover(path: path)
        #expect(recovered.replayed == 5)
        for (criterion, angle, value) in expected { #expect(recovered.session.answer(criterion, angle) == .rated(value)) }

        // The session with its journal left behind opens with every answer …
        let again = Tmux()
        defer { again.kill() }
        try open(again, binary, path, home: home)
        let screen = try again.waitFor("Answered 5/340")
        #expect(screen.contains("Criterion 3/170"))
        // … which are folded into the file at once; quitting removes the journal.
        let folded = try SessionStore.loadFileOnly(path: path)
        for (criterion, angle, value) in expected { #expect(folded.answer(criterion, angle) == .rated(value)) }
        try again.type("q")
        again.waitForExit()
        #expect(!FileManager.default.fileExists(atPath: journal))
        #expect(try SessionStore.loadFileOnly(path: path).answers.count == 3)
    }

    @Test func secondWizardOpensReadOnly() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        let path = try newSession(binary, home: home)
        let first = Tmux()
        defer { first.kill() }
        try open(first, binary, path, home: home)
        _ = try first.waitFor("Answered 0/340")
        let second = Tmux()
        defer { second.kill() }
        try open(second, binary, path, home: home)
        _ = try second.waitFor("Read-only:")
        try second.type("3")
        let screen = try second.waitFor("is editing")
        #expect(screen.contains("Answered 0/340"))
        #expect(screen.contains("pid"))
        try first.type("3")
        _ = try first.waitFor("Answered 1/340")
        #expect(try SessionJournal.recover(path: path).session.answer("1", "method") == .rated(10))
    }

    /// A character whose bytes reach the wizard in two reads (an SSH packet
    /// ending mid-character, a paste on a busy machine) is put together, and
    /// the text after it is typed too. ncurses' get_wch, read with a timeout,
    /// dropped the cut character and every non-ASCII key after it.
    @Test func splitCharactersAreKept() throws {
        let (_, _, path, tmux) = try openNoteEditor()
        defer { tmux.kill() }
        // 7-byte pieces cut 3-byte characters after their first or second
        // byte; each piece waits longer than the wizard's 100 ms read.
        let text = String(repeating: "客户满意度调查记录", count: 3) + "鑫"
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: 7) {
            let piece = bytes[start..<min(bytes.count, start + 7)].map { String($0, radix: 16) }
            try tmux.run(["send-keys", "-t", tmux.name, "-H"] + piece)
            Thread.sleep(forTimeInterval: 0.15)
        }
        _ = try tmux.waitFor("鑫")
        try tmux.keys("C-s")
        _ = try tmux.waitFor("Note: 客户满意度")
        #expect(try SessionStore.loadUnchecked(path: path).answers["1"]?.note == text)
        try tmux.type("q")
        tmux.waitForExit()
    }

    @Test func pasteResizeTinyTerminalAndNonUTF8Locale() throws {
        let (binary, home, path, tmux) = try openNoteEditor()
        defer { tmux.kill() }

        // 100 KB pasted into the note (34,000 Chinese characters, 3 bytes each… capped by the note limit).
        // It ends in a character found nowhere else on the screen.
        let paste = String(repeating: "客户满意度调查记录", count: 3_800) + "鑫"   // 34,201 characters, 102,603 bytes
        try paste.write(toFile: "\(home)/paste.txt", atomically: true, encoding: .utf8)
        try tmux.run(["load-buffer", "\(home)/paste.txt"])
        try tmux.run(["paste-buffer", "-t", tmux.name])
        // 100 KB reach the program over a while, and a save key sent while they
        // still arrive lands inside the paste (a fresh-clone CI run saved the
        // first 9,386 characters and typed the rest on the criterion screen).
        // The wizard draws once it has taken every key that has arrived, so
        // the last character on the screen means the whole paste is in: then
        // save — again every 2 s, for at most a minute, until the editor
        // closes. The saved note must be the whole paste.
        // Alone the paste is in within 2 s. Under the full suite it once never
        // finished: a character cut between two reads made ncurses' get_wch
        // drop every non-ASCII key after it (12,117 characters in after 5
        // minutes); see splitCharactersAreKept. The wait is generous because
        // what is asserted is that nothing is lost, not speed.
        _ = try tmux.waitFor("鑫", seconds: 120)
        var saved = false
        let deadline = Date().addingTimeInterval(60)
        while !saved && Date() < deadline {
            try tmux.keys("C-s")
            let retry = Date().addingTimeInterval(2)
            while !saved && Date() < retry {
                saved = try tmux.screen().contains("Note: 客户满意度")
                if !saved { Thread.sleep(forTimeInterval: 0.05) }
            }
        }
        #expect(saved, "the note editor never closed after Ctrl-S")
        let note = try SessionStore.loadUnchecked(path: path).answers["1"]?.note ?? ""
        #expect(note.count == paste.count)

        // A resize storm, down to 20×6 and back.
        for (cols, rows) in [(120, 40), (60, 16), (20, 6), (200, 60), (33, 11), (80, 24), (20, 6)] {
            try tmux.run(["resize-window", "-t", tmux.name, "-x", "\(cols)", "-y", "\(rows)"])
        }
        _ = try tmux.waitFor("Please enlarge")
        try tmux.run(["resize-window", "-t", tmux.name, "-x", "80", "-y", "24"])
        let back = try tmux.waitFor("Criterion 1/170")
        #expect(back.contains("Note: 客户满意度"))
        try tmux.type("q")
        tmux.waitForExit()

        // A non-UTF-8 locale: ccmm switches its character type to UTF-8 and draws as usual.
        let plain = Tmux()
        defer { plain.kill() }
        try open(plain, binary, path, home: home, locale: "C")
        // The question, not the heading: a capture can fall between the two.
        let screen = try plain.waitFor("▶ Method")
        #expect(screen.contains("Criterion 1/170"))
        try plain.type("q")
        plain.waitForExit()
        #expect(!plain.alive)
    }
}

/// SplitMix64: a small seeded generator, so a random run can be repeated.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
