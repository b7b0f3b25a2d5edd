import Foundation
import MaturityCore
import Testing

/// Issue 12 end to end, on the real binary: answers kept when saving fails
/// and the wizard is quit or signalled, keys on a screen too small to see,
/// locks between wizards and commands, files that are not files, terminals
/// without an alternate screen, and attacks by a second user.
@Suite(.serialized) struct SafetyTests {
    typealias Tmux = EndToEndTests.Tmux
    typealias Spawn = EndToEndTests.Spawn
    static var questionnaires: String { "\(EndToEndTests.root.path)/Questionnaires" }

    /// The wizard holding a session, by the pid it wrote into the lock (never by name).
    static func wizardPID(_ session: String, seconds: Double = 10) -> pid_t? {
        let lock = SessionLock.lockPath(for: session)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: lock, encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("pid=") }), let pid = pid_t(line.dropFirst(4)) {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    static func importCSV(_ binary: String, _ csv: String, to path: String, in folder: String, force: Bool = false) -> Int32 {
        let file = folder + "/import-\(UUID().uuidString).csv"
        try? csv.write(toFile: file, atomically: true, encoding: .utf8)
        return Spawn.run([binary, "import", "--csv", file, "--output", path, "--questionnaires-dir", questionnaires] + (force ? ["--force"] : []))
    }

    /// A new folder holding s.json, a session with nothing answered yet.
    static func emptySession(_ binary: String) throws -> (home: String, path: String) {
        let home = try EndToEndTests.temporaryFolder()
        let path = home + "/s.json"
        #expect(importCSV(binary, "id,method,execution,note\n", to: path, in: home) == 0)
        return (home, path)
    }

    /// A shell in tmux that outlives ccmm, so the exit status and the screen after it can be read.
    static func shell(_ tmux: Tmux, _ binary: String, _ arguments: String, home: String, term: String = "xterm-256color",
                      cols: Int = 100, rows: Int = 30) throws {
        try tmux.start("bash --norc --noprofile", cols: cols, rows: rows)
        try tmux.type("cd \(home) && env CCMM_HOME=\(home) CCMM_QUESTIONNAIRES=\(questionnaires) LC_ALL=C.UTF-8 TERM=\(term) \(binary) \(arguments) 2>\(home)/stderr.txt; echo EX\"\"IT=$?")
        try tmux.keys("Enter")
    }

    /// After a save fails (another program replaced the file), q asks, and
    /// SIGTERM, SIGHUP or SIGQUIT write a recovery copy that says where it is
    /// and that the next open offers; the replaced file is never overwritten.
    @Test func quitAndSignalsAfterAFailedSaveKeepTheAnswers() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        for signal in [SIGTERM, SIGHUP, SIGQUIT] {
            let (home, path) = try Self.emptySession(binary)
            let tmux = Tmux()
            defer { tmux.kill() }
            try Self.shell(tmux, binary, "open \(path) --lang en", home: home)
            _ = try tmux.waitFor("Answered 0/340")
            try tmux.type("3")
            _ = try tmux.waitFor("Answered 1/340")
            // Another program renames its own version over the session.
            #expect(Self.importCSV(binary, "id,method,execution,note\n170,5,5,theirs\n", to: home + "/theirs.json", in: home) == 0)
            #expect(rename(home + "/theirs.json", path) == 0)
            try tmux.type("3")
            _ = try tmux.waitFor("SAVE FAILED")
            // q asks instead of quitting; Esc stays.
            try tmux.type("q")
            _ = try tmux.waitFor("Answers NOT saved")
            try tmux.keys("Escape")
            let stayed = try tmux.waitFor("Answered 2/340")
            #expect(!stayed.contains("EXIT="))
            // The signal, from outside.
            let pid = try #require(Self.wizardPID(path))
            kill(pid, signal)
            let after = try tmux.waitFor("EXIT=")
            #expect(after.contains("EXIT=1"), "signal \(signal)")
            #expect(!after.contains("Answered 2/340"), "signal \(signal): \(after)")   // the terminal is restored
            let message = (try? String(contentsOfFile: home + "/stderr.txt", encoding: .utf8)) ?? ""
            #expect(message.contains("\(path).recovery"), "signal \(signal): \(message)")
            #expect(try SessionStore.loadUnchecked(path: path).answers["170"]?.note == "theirs")   // not overwritten
            let copy = try SessionStore.loadUnchecked(path: path + ".recovery")
            #expect(copy.answer("1", "method") == .rated(10))
            #expect(copy.answer("1", "execution") == .rated(10))

            // The next open offers the copy; y loads and saves it, and removes it.
            try tmux.type("clear; \(binary) open \(path) --lang en --questionnaires-dir \(Self.questionnaires); echo EX\"\"IT=$?")
            try tmux.keys("Enter")
            _ = try tmux.waitFor("Unsaved answers from last time")
            try tmux.type("y")
            _ = try tmux.waitFor("unsaved answers from last time were loaded")
            let restored = try SessionStore.loadUnchecked(path: path)
            #expect(restored.answer("1", "execution") == .rated(10))
            #expect(!FileManager.default.fileExists(atPath: path + ".recovery"))
            try tmux.type("q")
            _ = try tmux.waitFor("EXIT=0")
        }
    }

    /// d in the quit question discards, and only then does ccmm exit 0 without the answers.
    @Test func quitDiscardsOnlyWhenTold() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let (home, path) = try Self.emptySession(binary)
        let tmux = Tmux()
        defer { tmux.kill() }
        try Self.shell(tmux, binary, "open \(path) --lang en", home: home)
        _ = try tmux.waitFor("Answered 0/340")
        #expect(Self.importCSV(binary, "id,method,execution,note\n170,5,5,theirs\n", to: home + "/theirs.json", in: home) == 0)
        #expect(rename(home + "/theirs.json", path) == 0)
        try tmux.type("3")
        _ = try tmux.waitFor("SAVE FAILED")
        try tmux.keys("C-c")
        _ = try tmux.waitFor("Answers NOT saved")
        try tmux.keys("C-c")                      // Ctrl-C again does not discard
        _ = try tmux.waitFor("SAVE FAILED")
        try tmux.type("q")
        _ = try tmux.waitFor("Answers NOT saved")
        try tmux.type("d")
        _ = try tmux.waitFor("EXIT=0")
        #expect(try SessionStore.loadUnchecked(path: path).answers["170"]?.note == "theirs")
        #expect(!FileManager.default.fileExists(atPath: path + ".recovery"))
    }

    /// At 40×10 and 20×6 the screen only asks to be enlarged: answer keys,
    /// flag, clear and confirm change nothing on disk; q still quits.
    @Test func keysOnATooSmallScreenChangeNothing() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        let path = home + "/s.json"
        #expect(Self.importCSV(binary, "id,method,execution,note\n1,10,10,\n60,10,10,\n", to: path, in: home) == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for (cols, rows) in [(40, 10), (20, 6)] {
            let tmux = Tmux()
            defer { tmux.kill() }
            try Self.shell(tmux, binary, "open \(path) --lang en", home: home, cols: cols, rows: rows)
            _ = try tmux.waitFor("enlarge")
            for keys in ["1", "1", "f", "x", "y", "n", "e", "a", "2", "3", " "] { try tmux.type(keys) }
            try tmux.keys("Enter")
            try tmux.keys("Delete")
            Thread.sleep(forTimeInterval: 0.5)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(cols)×\(rows)")
            // Enlarged again: nothing happened unseen.
            try tmux.run(["resize-window", "-t", tmux.name, "-x", "100", "-y", "30"])
            let screen = try tmux.waitFor("Answered 4/340")
            #expect(!screen.contains("Why is this not applicable"))
            #expect(!screen.contains("Note (Ctrl-S"))
            try tmux.run(["resize-window", "-t", tmux.name, "-x", "\(cols)", "-y", "\(rows)"])
            _ = try tmux.waitFor("enlarge")
            try tmux.type("q")
            _ = try tmux.waitFor("EXIT=0")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(cols)×\(rows)")
        }
    }

    /// Two wizards: the second is read-only and, when the first quits (or is
    /// killed), is offered the session; t re-reads it and edits.
    @Test func readOnlyWizardTakesOverWhenTheLockIsFreed() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let (home, path) = try Self.emptySession(binary)
        for (ending, base) in [("quit", 0), ("kill", 2)] {
            let first = Tmux()
            defer { first.kill() }
            try Self.shell(first, binary, "open \(path) --lang en", home: home)
            _ = try first.waitFor("Answered")
            let second = Tmux()
            defer { second.kill() }
            try Self.shell(second, binary, "open \(path) --lang en", home: home)
            _ = try second.waitFor("Read-only:")
            try first.type("3")
            _ = try first.waitFor("Answered \(base + 1)/340")
            if ending == "quit" {
                try first.type("q")
            } else {
                let pid = try #require(Self.wizardPID(path))
                kill(pid, SIGKILL)
            }
            _ = try first.waitFor("EXIT=")
            _ = try second.waitFor("Press T to take over")
            try second.type("T")
            _ = try second.waitFor("Taken over")
            _ = try second.waitFor("Answered \(base + 1)/340")      // the first wizard's answer, re-read
            try second.type("3")
            _ = try second.waitFor("Answered \(base + 2)/340")
            try second.type("q")
            _ = try second.waitFor("EXIT=0")
        }
        #expect(try SessionStore.loadUnchecked(path: path).progress(in: QuestionnaireLibrary(directory: Self.questionnaires).load("cc-cmm-oc")).answered == 4)
        #expect(FileManager.default.fileExists(atPath: SessionLock.lockPath(for: path)))      // never deleted
    }

    /// import --force, merge --force and report --output respect the lock;
    /// a report is never written over a session, least of all its own.
    @Test func commandsRespectTheLockAndNeverTurnASessionIntoAReport() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        let path = home + "/s.json"
        #expect(Self.importCSV(binary, "id,method,execution,note\n1,10,10,\n", to: path, in: home) == 0)
        #expect(Self.importCSV(binary, "id,method,execution,note\n1,5,5,\n", to: home + "/b.json", in: home) == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let tmux = Tmux()
        defer { tmux.kill() }
        try Self.shell(tmux, binary, "open \(path) --lang en", home: home)
        _ = try tmux.waitFor("Answered 2/340")
        #expect(Self.importCSV(binary, "id,method,execution,note\n", to: path, in: home, force: true) == 1)
        #expect(Spawn.run([binary, "merge", path, home + "/b.json", "--output", path, "--force", "--questionnaires-dir", Self.questionnaires]) == 1)
        #expect(Spawn.run([binary, "report", path, "--format", "html", "--output", path, "--force", "--questionnaires-dir", Self.questionnaires]) == 1)
        #expect(Spawn.run([binary, "report", home + "/b.json", "--format", "md", "--output", path, "--force", "--questionnaires-dir", Self.questionnaires]) == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        try tmux.type("q")
        _ = try tmux.waitFor("EXIT=0")
        // Closed: --force replaces the session again, but a report still never lands on one.
        #expect(Spawn.run([binary, "report", path, "--format", "md", "--output", home + "/b.json", "--force", "--questionnaires-dir", Self.questionnaires]) == 1)
        #expect(Self.importCSV(binary, "id,method,execution,note\n2,5,5,\n", to: path, in: home, force: true) == 0)
        #expect(try SessionStore.loadUnchecked(path: path).answer("2", "method") == .rated(5))
    }

    /// A FIFO and a link to /dev/zero named *.json: score refuses them at
    /// once, the start screen lists them as unreadable and still opens.
    @Test func fifoAndDevZeroNeitherHangNorGrow() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let home = try EndToEndTests.temporaryFolder()
        #expect(Self.importCSV(binary, "id,method,execution,note\n1,10,10,\n", to: home + "/good.json", in: home) == 0)
        #expect(mkfifo(home + "/pipe.json", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: home + "/zero.json", withDestinationPath: "/dev/zero")
        let started = Date()
        #expect(Spawn.run([binary, "score", home + "/pipe.json", "--questionnaires-dir", Self.questionnaires]) == 1)
        #expect(Spawn.run([binary, "score", home + "/zero.json", "--questionnaires-dir", Self.questionnaires]) == 1)
        #expect(Date().timeIntervalSince(started) < 10)
        let tmux = Tmux()
        defer { tmux.kill() }
        try Self.shell(tmux, binary, "--lang en", home: home, cols: 140)
        let screen = try tmux.waitFor("zero.json")
        #expect(screen.contains("pipe.json"))
        #expect(screen.contains("named pipe"))
        #expect(screen.contains("is a device"))
        try tmux.type("q")
        _ = try tmux.waitFor("EXIT=0")
    }

    /// TERM=vt100 and TERM=linux have no alternate screen: the wizard clears
    /// what it drew when it quits.
    @Test func terminalsWithoutAlternateScreenAreClearedOnExit() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let (home, path) = try Self.emptySession(binary)
        for term in ["vt100", "linux"] {
            let tmux = Tmux()
            defer { tmux.kill() }
            try Self.shell(tmux, binary, "open \(path) --lang en", home: home, term: term)
            _ = try tmux.waitFor("Answered 0/340")
            try tmux.type("q")
            let after = try tmux.waitFor("EXIT=0")
            #expect(!after.contains("Criterion 1/170"), "TERM=\(term)")
            #expect(!after.contains("Answered"), "TERM=\(term)")
        }
    }
}
