#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import MaturityPresentation

/// A failed move or folder creation is said in the catalog's language, not
/// as Foundation's English sentence (which FoundationEssentials does not
/// have): the refusals a user can act on in words, as for a save, and any
/// other with the system's number.
@Suite struct FileErrorWordsTests {
    @Test func aMissingFileKeepsItsNumberAndIsNotCalledAMissingFolder() throws {
        var thrown: (any Error)?
        do { try FileManager.default.moveItem(atPath: "/nonexistent-ccmm-folder/a.json", toPath: "/tmp/b.json") } catch { thrown = error }
        let error = try #require(thrown)
        #expect(ProblemWords.fileError(error, folder: "/nonexistent-ccmm-folder", Catalog(.zh)).hasPrefix("系统错误 2（"))
        #expect(ProblemWords.fileError(error, folder: "/nonexistent-ccmm-folder", Catalog(.en)).hasSuffix("(error 2)"))
    }

    @Test func aReadOnlyFolderOrAFullDiskIsSaidInWords() {
        // The key FileManager files its POSIX error under (NSUnderlyingErrorKey, not in FoundationEssentials).
        let readOnly = CocoaError(.fileWriteVolumeReadOnly, userInfo: ["NSUnderlyingError": POSIXError(.EROFS)])
        #expect(ProblemWords.fileError(readOnly, folder: "/srv/c", Catalog(.zh)) == "文件夹 /srv/c 位于只读文件系统上")
        #expect(ProblemWords.fileError(readOnly, folder: "/srv/c", Catalog(.en)) == "the folder /srv/c is on a read-only file system")
        #expect(ProblemWords.fileError(POSIXError(.ENOSPC), folder: "/srv/c", Catalog(.zh)) == "磁盘已满")
    }

    @Test func anErrorWithoutANumberDescribesItself() {
        struct Odd: Error, CustomStringConvertible { var description: String { "odd failure" } }
        #expect(ProblemWords.fileError(Odd(), folder: "/srv/c", Catalog(.en)) == "odd failure")
    }
}
