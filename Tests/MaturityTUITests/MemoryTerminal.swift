import Foundation
import MaturityCore
import TerminalUI
@testable import MaturityTUI

/// The terminal as a test double: plays a script of keys, keeps every frame
/// the wizard presents. Once the script is played the terminal hangs up (as
/// a closed SSH session would), and the wizard saves and ends as it does then.
@MainActor
final class MemoryTerminal: TerminalScreen {
    var size: Size
    var drawsAmbiguousWide = false
    private var keys: [Key]
    private(set) var frames: [CellGrid] = []
    private(set) var cursors: [Position?] = []
    private(set) var starts = 0
    private(set) var stops = 0
    private var hungUp = false

    init(keys: [Key], size: Size = Size(rows: 24, cols: 80)) {
        self.keys = keys
        self.size = size
    }

    func start() throws { starts += 1 }
    func stop() { stops += 1 }
    func suspend() {}

    func present(_ grid: CellGrid, cursor: Position?) {
        frames.append(grid)
        cursors.append(cursor)
    }

    func readKey(timeout milliseconds: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    func takeSignal() -> Int32? {
        guard keys.isEmpty, !hungUp else { return nil }
        hungUp = true
        return SIGHUP
    }

    /// The last frame as text.
    var screen: [String] { frames.last?.text() ?? [] }

    /// Whether some frame showed `text` (on one line).
    func showed(_ text: String) -> Bool {
        frames.contains { $0.text().contains { $0.contains(text) } }
    }
}

/// A sessions folder and a questionnaire folder holding the mini model, under a fresh temporary folder.
struct AppFolders {
    let root: String
    var sessions: String { root + "/sessions" }
    var library: QuestionnaireLibrary { QuestionnaireLibrary(directory: root + "/models") }

    init() throws {
        root = try EndToEndTests.temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/models", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
        try TUIFixtures.json.write(toFile: root + "/models/mini.json", atomically: true, encoding: .utf8)
    }

    @MainActor
    func app(_ terminal: MemoryTerminal, language: Language = .en, ascii: Bool = false) -> WizardApp {
        WizardApp(language: language, languageFixed: true, library: library, folder: sessions, ascii: ascii, terminal: terminal)
    }

    func session(_ path: String) throws -> Session {
        try SessionStore.load(path: path, questionnaire: TUIFixtures.questionnaire()).session
    }
}
