import Foundation
import MaturityCore
import Testing

/// The attacks of issue 12, run as two real users (uid 65533 the victim,
/// 65534 the attacker) with setpriv. Needs root to switch users; elsewhere
/// these tests are skipped, and say so.
@Suite(.serialized) struct TwoUserTests {
    typealias Tmux = EndToEndTests.Tmux
    typealias Spawn = EndToEndTests.Spawn
    static let victim: uid_t = 65533
    static let attacker: uid_t = 65534

    static let canSwitchUsers: Bool = {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
            && Spawn.run(["/usr/bin/setpriv", "--reuid=\(victim)", "--regid=\(victim)", "--clear-groups", "true"]) == 0
    }()

    static func asUser(_ uid: uid_t, _ arguments: [String]) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(uid)", "--clear-groups"] + arguments
    }

    static func mode(_ path: String) -> (mode: mode_t, owner: uid_t) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (0, uid_t.max) }
        return (info.st_mode & 0o7777, info.st_uid)
    }

    /// A folder all can write (no sticky bit), the victim's private file in
    /// her own home, her session in the shared folder.
    static func setUp() throws -> (base: String, shared: String, home: String, secret: String) {
        // Under /tmp itself: the test run's own temporary folder may be private to root.
        let base = "/tmp/ccmm-two-users-" + UUID().uuidString
        let shared = base + "/shared"
        let home = base + "/victim"
        for folder in [base, shared, home] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false) }
        chmod(base, 0o755)
        chmod(shared, 0o777)
        chown(home, victim, victim)
        chmod(home, 0o700)
        let secret = home + "/private.txt"
        try "her private notes".write(toFile: secret, atomically: false, encoding: .utf8)
        chown(secret, victim, victim)
        chmod(secret, 0o600)
        try "id,method,execution,note\n1,10,10,mine\n".write(toFile: home + "/a.csv", atomically: false, encoding: .utf8)
        chown(home + "/a.csv", victim, victim)
        return (base, shared, home, secret)
    }

    /// The binary and the questionnaires copied where the victim can reach
    /// them: a fresh clone (as CI makes) may sit in a folder private to root,
    /// which another user cannot even pass through.
    static func stage(_ built: String, in base: String) throws -> String {
        let tools = base + "/tools"
        try FileManager.default.createDirectory(atPath: tools, withIntermediateDirectories: false)
        chmod(tools, 0o755)
        let binary = tools + "/ccmm"
        // Copied by cp, not in this process: a copy written here is open for
        // writing while other tests fork, and a child that inherits the
        // descriptor and lives on (a tmux server) makes the copy
        // "text file busy" (exit 126) for as long as it runs.
        #expect(Spawn.run(["cp", built, binary]) == 0)
        chmod(binary, 0o755)
        let questionnaires = questionnaires(beside: binary)
        try FileManager.default.copyItem(atPath: SafetyTests.questionnaires, toPath: questionnaires)
        chmod(questionnaires, 0o755)
        for name in try FileManager.default.contentsOfDirectory(atPath: questionnaires) { chmod(questionnaires + "/" + name, 0o644) }
        return binary
    }

    static func questionnaires(beside binary: String) -> String {
        URL(fileURLWithPath: binary).deletingLastPathComponent().appendingPathComponent("Questionnaires").path
    }

    static func importAsVictim(_ binary: String, home: String, to output: String, force: Bool) -> Int32 {
        let command = asUser(victim, ["env", "HOME=\(home)", binary, "import", "--csv", home + "/a.csv", "--output", output,
                                      "--questionnaires-dir", Self.questionnaires(beside: binary)] + (force ? ["--force"] : []))
        // 126 is "cannot execute": right after the copy a process that another
        // test spawned at that moment may still hold the copy open for writing
        // (ETXTBSY) until it execs. Try again briefly; any other result stands.
        var status = Spawn.run(command)
        for _ in 0..<50 where status == 126 {
            Thread.sleep(forTimeInterval: 0.1)
            status = Spawn.run(command)
        }
        return status
    }

    /// The attacker plants, for the next few thousand pids, a link to the
    /// victim's private file at every name the former code used, and a file
    /// of her own, writable by all, at the others. The victim's import
    /// --force neither writes the private file nor ends up with a session
    /// owned by the attacker or readable by others.
    @Test(.enabled(if: canSwitchUsers, "needs root and setpriv to run as two users"))
    func plantedTemporaryNamesDoNotReachOutsideTheFolder() throws {
        let built = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let (base, shared, home, secret) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let binary = try Self.stage(built, in: base)
        let session = shared + "/s.json"
        #expect(Self.importAsVictim(binary, home: home, to: session, force: false) == 0)
        #expect(Self.mode(session) == (0o600, Self.victim))
        let last = Int((try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 1
        var planted = 0
        for pid in (last + 1)...(last + 3000) {
            let name = "\(shared)/.s.json.tmp-\(pid)"
            if pid % 2 == 0 {
                if symlink(secret, name) == 0 { lchown(name, Self.attacker, Self.attacker); planted += 1 }
            } else if FileManager.default.createFile(atPath: name, contents: Data("attacker".utf8)) {
                chown(name, Self.attacker, Self.attacker)
                chmod(name, 0o666)
                planted += 1
            }
        }
        #expect(planted == 3000)
        #expect(Self.importAsVictim(binary, home: home, to: session, force: true) == 0)
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "her private notes")
        #expect(Self.mode(secret) == (0o600, Self.victim))
        #expect(Self.mode(session) == (0o600, Self.victim))
        #expect(try SessionStore.loadUnchecked(path: session).answers["1"]?.note == "mine")
        // A link planted at the lock's name is not followed either: the write is refused, the private file untouched.
        unlink(SessionLock.lockPath(for: session))      // the folder lets the attacker remove the victim's lock file
        #expect(symlink(secret, SessionLock.lockPath(for: session)) == 0)
        lchown(SessionLock.lockPath(for: session), Self.attacker, Self.attacker)
        #expect(Self.importAsVictim(binary, home: home, to: session, force: true) == 1)
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "her private notes")
    }

    /// Another user's lock that the victim cannot read is respected: her
    /// wizard opens read-only and says so, her import --force refuses, and
    /// the lock is still there afterwards.
    @Test(.enabled(if: canSwitchUsers, "needs root and setpriv to run as two users"))
    func foreignUnreadableLockIsRespectedNotDeleted() throws {
        let built = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let (base, shared, home, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let binary = try Self.stage(built, in: base)
        let session = shared + "/s.json"
        #expect(Self.importAsVictim(binary, home: home, to: session, force: false) == 0)
        let lock = SessionLock.lockPath(for: session)
        try "pid=1\nhost=elsewhere\nuser=mallory\nsince=today\n".write(toFile: lock, atomically: false, encoding: .utf8)
        chown(lock, Self.attacker, Self.attacker)
        chmod(lock, 0o600)
        let before = try Data(contentsOf: URL(fileURLWithPath: session))
        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start("cd \(home) && " + Self.asUser(Self.victim, ["env", "HOME=\(home)", "LC_ALL=C.UTF-8", "TERM=xterm-256color", binary, "open", session,
                                                            "--lang", "en", "--questionnaires-dir", Self.questionnaires(beside: binary)]).joined(separator: " "), cols: 140)
        let screen = try tmux.waitFor("Read-only: another user holds")
        #expect(screen.contains(lock))
        try tmux.type("3")
        Thread.sleep(forTimeInterval: 0.3)
        try tmux.type("q")
        tmux.waitForExit()
        #expect(Self.importAsVictim(binary, home: home, to: session, force: true) == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: session)) == before)
        #expect(Self.mode(lock) == (0o600, Self.attacker))
        #expect(try String(contentsOfFile: lock, encoding: .utf8).contains("mallory"))
    }
}
