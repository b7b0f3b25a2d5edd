import Foundation
import Testing
@testable import MaturityCore

/// Only regular files are read, and never more than the limit: a FIFO, a
/// device or a huge file is refused at once with a message naming it.
@Suite struct FileBytesTests {
    func message(_ path: String) -> String? {
        do {
            _ = try SessionStore.loadUnchecked(path: path)
            return nil
        } catch {
            return error.english
        }
    }

    @Test func fifoDeviceAndHugeFilesAreRefusedWithoutWaiting() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        // A FIFO nobody writes to: without O_NONBLOCK this would wait forever.
        #expect(mkfifo(folder + "/pipe.json", 0o600) == 0)
        #expect(message(folder + "/pipe.json") == "\(folder)/pipe.json: $: is a named pipe (FIFO), not a file; expected a session file")
        // A link to /dev/zero: refused before a byte is read.
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.json", withDestinationPath: "/dev/zero")
        #expect(message(folder + "/zero.json") == "\(folder)/zero.json: $: is a device, not a file; expected a session file")
        // Just over the limit (sparse: no disk space used).
        let huge = folder + "/huge.json"
        _ = FileManager.default.createFile(atPath: huge, contents: nil)
        #expect(truncate(huge, off_t(FileBytes.limit + 1)) == 0)
        #expect(message(huge)?.contains("is 16 MB; a session file is expected to be under 16 MB") == true)
        // A folder, and a missing file.
        #expect(message(folder)?.hasSuffix("is a folder; expected a session file") == true)
        #expect(message(folder + "/none.json")?.hasSuffix("no such file; expected a session file") == true)
    }

    @Test func regularFilesOfEverySizeReadWhole() throws {
        let folder = try SessionStoreTests.temporaryFolder()
        for size in [0, 1, 4095, 4096, 4097, 1 << 20] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let path = folder + "/f\(size)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try FileBytes.read(path: path, what: .session) == bytes)
        }
    }
}
