import Foundation
import MaturityCore
import Testing

/// Drives the real `ccmm` binary in tmux like a person at a keyboard:
/// types, reads the screen, quits, checks the file, resumes.
@Suite(.serialized) struct EndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built beside the test bundle (scripts/test builds it first).
    static var binary: String? {
        let candidates: [String?] = [ProcessInfo.processInfo.environment["CCMM_BINARY"],
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ccmm").path,
                          root.appendingPathComponent(".build/debug/ccmm").path]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// tmux on a private socket, so tests never touch a user's tmux and end
    /// with their own server.
    struct Tmux {
        let name = "ccmm-e2e-\(getpid())-\(Int.random(in: 0..<1_000_000))"

        /// Runs tmux; output is read only when asked for.
        @discardableResult
        func run(_ arguments: [String], capture: Bool = false) throws -> String {
            guard capture else {
                _ = Spawn.run(["tmux", "-L", name] + arguments)
                return ""
            }
            let output = NSTemporaryDirectory() + name + "-out.txt"
            defer { try? FileManager.default.removeItem(atPath: output) }
            _ = Spawn.run(["tmux", "-L", name] + arguments, output: output)
            return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        }

        func start(_ command: String, cols: Int = 80, rows: Int = 24) throws {
            // Manual size, so resize-window works on a detached session.
            try run(["new-session", "-d", "-s", name, "-x", "\(cols)", "-y", "\(rows)", command])
            try run(["set-option", "-t", name, "window-size", "manual"])
        }

        func keys(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }
        func type(_ text: String) throws { try run(["send-keys", "-t", name, "-l", text]) }
        func screen() throws -> String { try run(["capture-pane", "-p", "-t", name], capture: true) }
        func kill() { _ = try? run(["kill-server"]) }
        var alive: Bool { (try? run(["list-sessions"], capture: true))?.contains(name) == true }

        /// Waits until the screen shows `text` (the program draws asynchronously).
        func waitFor(_ text: String, seconds: Double = 10) throws -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if last.contains(text) { return last }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("timed out waiting for \"\(text)\"; the screen was:\n\(last)")
            return last
        }

        func waitForExit(seconds: Double = 10) {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline && alive { Thread.sleep(forTimeInterval: 0.05) }
        }
    }

    /// posix_spawn and waitpid, not Foundation's Process: the tmux server that
    /// the first tmux call forks outlives its client, and Process was seen to
    /// wait forever on such a client under the test runner.
    enum Spawn {
        static func run(_ arguments: [String], output: String? = nil) -> Int32 {
            var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            // Children start with no blocked signals and default handlers,
            // whatever the test runner's threads have set.
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var empty = sigset_t()
            sigemptyset(&empty)
            var all = sigset_t()
            sigfillset(&all)
            posix_spawnattr_setsigmask(&attributes, &empty)
            posix_spawnattr_setsigdefault(&attributes, &all)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            var pid: pid_t = 0
            guard posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else { return -1 }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return (status >> 8) & 0xFF
        }
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "ccmm-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func command(_ binary: String, _ arguments: String, home: String) -> String {
        "cd \(home) && env CCMM_HOME=\(home) CCMM_QUESTIONNAIRES=\(Self.root.path)/Questionnaires LC_ALL=C.UTF-8 TERM=xterm-256color \(binary) \(arguments)"
    }

    @Test func answerQuitCheckFileResume() throws {
        let binary = try #require(Self.binary, "build ccmm first (scripts/test does)")
        let home = try Self.temporaryFolder()
        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start(command(binary, "open \(home)/s.json --lang en", home: home))

        // A new file: the profile form comes first.
        _ = try tmux.waitFor("Assessment profile")
        try tmux.type("Pudong 客服中心")
        try tmux.keys("Tab", "Tab", "Tab", "Tab")
        try tmux.type("3")
        try tmux.keys("Tab", "Tab", "Enter")
        _ = try tmux.waitFor("Criterion 1/170")

        // Criterion 1: 10 and 10; criterion 2: 10 and 5; criterion 3: N/A with a reason.
        try tmux.type("33")
        _ = try tmux.waitFor("Criterion 2/170")
        try tmux.type("32")
        _ = try tmux.waitFor("Criterion 3/170")
        try tmux.type("n")
        _ = try tmux.waitFor("Why is this not applicable?")
        try tmux.type("没有外呼业务")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("Criterion 4/170")
        #expect(screen.contains("Answered 6/340"))
        #expect(screen.contains("Level L0 Not rated"))
        try tmux.type("q")
        tmux.waitForExit()

        // The file holds every answer, the profile and the place the wizard stood.
        let session = try SessionStore.loadUnchecked(path: "\(home)/s.json")
        #expect(session.profile.centre == "Pudong 客服中心")
        #expect(session.profile.yearsInOperation == 3)
        #expect(session.answers["1"]?.ratings == ["method": .rated(10), "execution": .rated(10)])
        #expect(session.answers["2"]?.ratings == ["method": .rated(10), "execution": .rated(5)])
        #expect(session.answers["3"]?.ratings == ["method": .notApplicable(reason: "没有外呼业务"), "execution": .notApplicable(reason: "没有外呼业务")])
        #expect(session.position == "4")
        let attributes = try FileManager.default.attributesOfItem(atPath: "\(home)/s.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // Resume: the same criterion, the same answers and level.
        let again = Tmux()
        defer { again.kill() }
        try again.start(command(binary, "open \(home)/s.json --lang en", home: home))
        let resumed = try again.waitFor("Criterion 4/170")
        #expect(resumed.contains("Answered 6/340"))
        #expect(resumed.contains("Level L0 Not rated"))
        try again.type(",")
        _ = try again.waitFor("Criterion 3/170")
        // The header can be captured before the rest of the frame under load: wait for the body too.
        let third = try again.waitFor("N/A: 没有外呼业务")
        #expect(third.contains("●n N/A"))
        #expect(third.contains("N/A: 没有外呼业务"))
        try again.type(",")
        _ = try again.waitFor("Criterion 2/170")
        let second = try again.waitFor("●2 Partly meets·5")
        #expect(second.contains("●3 Fully meets·10"))
        #expect(second.contains("●2 Partly meets·5"))
        try again.type("q")
        again.waitForExit()
    }

    @Test func startScreenListsSavedSessionsAndChineseInterface() throws {
        let binary = try #require(Self.binary, "build ccmm first (scripts/test does)")
        let home = try Self.temporaryFolder()
        // A session made from the command line shows up on the start screen.
        let csv = "id,method,execution,note\n1,10,10,\n2,5,5,\n"
        try csv.write(toFile: "\(home)/a.csv", atomically: true, encoding: .utf8)
        let status = Spawn.run([binary, "import", "--csv", "\(home)/a.csv", "--output", "\(home)/imported.json", "--centre", "北京呼叫中心",
                                "--questionnaires-dir", "\(Self.root.path)/Questionnaires"])
        #expect(status == 0)

        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start(command(binary, "--lang zh", home: home), cols: 100, rows: 30)
        let start = try tmux.waitFor("已保存的评估")
        #expect(start.contains("北京呼叫中心"))
        #expect(start.contains("4/340"))
        try tmux.keys("Enter")
        let criterion = try tmux.waitFor("条目 3/170")   // an imported session opens at its first gap
        #expect(criterion.contains("答题进度 4/340"))
        try tmux.keys("C-c")
        tmux.waitForExit()
        #expect(!tmux.alive)
    }

    @Test func sigtermSighupAndSigquitRestoreTheTerminalAndKeepAnswers() throws {
        let binary = try #require(Self.binary, "build ccmm first (scripts/test does)")
        for signal in [SIGTERM, SIGHUP, SIGQUIT] {
            let home = try Self.temporaryFolder()
            let csv = "id,method,execution,note\n1,10,10,\n"
            try csv.write(toFile: "\(home)/a.csv", atomically: true, encoding: .utf8)
            #expect(Spawn.run([binary, "import", "--csv", "\(home)/a.csv", "--output", "\(home)/s.json", "--questionnaires-dir", "\(Self.root.path)/Questionnaires"]) == 0)
            let tmux = Tmux()
            defer { tmux.kill() }
            // A shell that outlives ccmm, so the restored screen can be read.
            try tmux.start("bash --norc --noprofile")
            try tmux.type(command(binary, "open \(home)/s.json --lang en; echo EX\"\"IT=$?", home: home))
            try tmux.keys("Enter")
            _ = try tmux.waitFor("Criterion 2/170")
            try tmux.type("2")
            _ = try tmux.waitFor("Answered 3/340")
            // The signal comes from outside, as from a closing SSH session or `kill`.
            let pid = try #require(SafetyTests.wizardPID("\(home)/s.json"))
            kill(pid, signal)
            let after = try tmux.waitFor("EXIT=0")
            // Back at the shell: the wizard's screen is gone.
            #expect(!after.contains("Criterion 2/170"))
            let session = try SessionStore.loadUnchecked(path: "\(home)/s.json")
            #expect(session.answers["2"]?.ratings["method"] == .rated(5))
        }
    }
}
