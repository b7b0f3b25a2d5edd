import Foundation
import MaturityCore
import Testing

/// Saving goes wrong under the running wizard: a full disk, a read-only
/// folder, the file replaced or deleted by someone else. Each time the screen
/// says so, the answers stay in memory, and there is a way out.
@Suite(.serialized) struct FaultTests {
    typealias Tmux = EndToEndTests.Tmux
    typealias Spawn = EndToEndTests.Spawn

    /// A small tmpfs of our own (root can mount one; elsewhere these tests are skipped, and say so).
    static let canMount: Bool = {
        guard let folder = try? EndToEndTests.temporaryFolder() else { return false }
        defer { _ = Spawn.run(["umount", folder]) }
        return Spawn.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder]) == 0
    }()

    func start(_ tmux: Tmux, _ binary: String, _ path: String) throws {
        try tmux.start("env CCMM_QUESTIONNAIRES=\(EndToEndTests.root.path)/Questionnaires LC_ALL=C.UTF-8 TERM=xterm-256color \(binary) open \(path) --lang en", cols: 120, rows: 30)
    }

    func importEmpty(_ binary: String, to path: String, folder: String) throws {
        try "id,method,execution,note\n".write(toFile: folder + "/empty.csv", atomically: true, encoding: .utf8)
        #expect(Spawn.run([binary, "import", "--csv", folder + "/empty.csv", "--output", path, "--force",
                           "--questionnaires-dir", "\(EndToEndTests.root.path)/Questionnaires"]) == 0)
    }

    @Test(.enabled(if: canMount, "needs permission to mount a small tmpfs"))
    func fullDiskThenReadOnlyFolder() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let scratch = try EndToEndTests.temporaryFolder()
        let disk = try EndToEndTests.temporaryFolder()
        #expect(Spawn.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk]) == 0)
        defer { _ = Spawn.run(["umount", "-l", disk]) }
        let path = disk + "/s.json"
        try importEmpty(binary, to: path, folder: scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Fill the disk to the last byte.
        _ = Spawn.run(["dd", "if=/dev/zero", "of=\(disk)/filler", "bs=1k"])

        let tmux = Tmux()
        defer { tmux.kill() }
        try start(tmux, binary, path)
        _ = try tmux.waitFor("Answered 0/340")
        try tmux.type("3")
        let full = try tmux.waitFor("SAVE FAILED")
        #expect(full.contains("the disk is full"))
        #expect(full.contains("Answered 1/340"))                 // kept in memory
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)   // the old file untouched

        // Room again: the next save (r) writes everything.
        try FileManager.default.removeItem(atPath: disk + "/filler")
        try tmux.type("r")
        _ = try tmux.waitFor("? help")
        #expect(try SessionStore.loadUnchecked(path: path).answer("1", "method") == .rated(10))

        // The folder turns read-only: said on screen; w saves elsewhere.
        #expect(Spawn.run(["mount", "-o", "remount,ro", disk]) == 0)
        try tmux.type("3")
        let readOnly = try tmux.waitFor("SAVE FAILED")
        #expect(readOnly.contains("read-only file system"))
        try tmux.type("w")
        _ = try tmux.waitFor("Save as")
        try tmux.keys("End")
        // Erase the whole proposed path, however deep the temporary folder is.
        for _ in 0..<(path.count + 20) { try tmux.keys("BSpace") }
        try tmux.type(scratch + "/rescued.json")
        try tmux.keys("Enter")
        _ = try tmux.waitFor("Saved to")
        let rescued = try SessionStore.loadUnchecked(path: scratch + "/rescued.json")
        #expect(rescued.answer("1", "method") == .rated(10))
        #expect(rescued.answer("1", "execution") == .rated(10))
        try tmux.type("q")
        tmux.waitForExit()
    }

    @Test func fileReplacedOrDeletedUnderTheWizard() throws {
        let binary = try #require(EndToEndTests.binary, "build ccmm first (scripts/test does)")
        let folder = try EndToEndTests.temporaryFolder()
        let path = folder + "/s.json"
        try importEmpty(binary, to: path, folder: folder)
        let tmux = Tmux()
        defer { tmux.kill() }
        try start(tmux, binary, path)
        _ = try tmux.waitFor("Answered 0/340")
        try tmux.type("3")
        _ = try tmux.waitFor("Answered 1/340")

        // Another program (one that knows nothing of the lock — ccmm import
        // --force would refuse) replaces the file: it is not overwritten silently.
        try "id,method,execution,note\n170,5,5,from elsewhere\n".write(toFile: folder + "/other.csv", atomically: true, encoding: .utf8)
        #expect(Spawn.run([binary, "import", "--csv", folder + "/other.csv", "--output", folder + "/other.json",
                           "--questionnaires-dir", "\(EndToEndTests.root.path)/Questionnaires"]) == 0)
        #expect(rename(folder + "/other.json", path) == 0)
        try tmux.type("3")
        let warned = try tmux.waitFor("changed by another program")
        #expect(warned.contains("Answered 2/340"))
        #expect(try SessionStore.loadUnchecked(path: path).answers["170"]?.note == "from elsewhere")
        // r: the user chooses to replace it with the wizard's answers.
        try tmux.type("r")
        _ = try tmux.waitFor("? help")
        let replaced = try SessionStore.loadUnchecked(path: path)
        #expect(replaced.answer("1", "execution") == .rated(10))
        #expect(replaced.answers["170"] == nil)

        // Deleted: written again from memory, and said so.
        try FileManager.default.removeItem(atPath: path)
        try tmux.type("2")
        _ = try tmux.waitFor("written again")
        #expect(try SessionStore.loadUnchecked(path: path).answer("2", "method") == .rated(5))
        try tmux.type("q")
        tmux.waitForExit()
    }
}
