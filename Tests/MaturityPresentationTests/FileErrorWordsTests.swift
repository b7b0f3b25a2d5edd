#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
@testable import MaturityPresentation

/// A failed move or folder creation is said with the system's error number in
/// the catalog's language, not as Foundation's English sentence (which
/// FoundationEssentials does not have).
@Suite struct FileErrorWordsTests {
    @Test func aFailedMoveNamesTheSystemErrorInEachLanguage() throws {
        var thrown: (any Error)?
        do { try FileManager.default.moveItem(atPath: "/nonexistent-ccmm-folder/a.json", toPath: "/tmp/b.json") } catch { thrown = error }
        let error = try #require(thrown)
        #expect(ProblemWords.fileError(error, Catalog(.zh)).hasPrefix("系统错误 2（"))
        #expect(ProblemWords.fileError(error, Catalog(.en)).hasSuffix("(error 2)"))
    }

    @Test func anErrorWithoutANumberDescribesItself() {
        struct Odd: Error, CustomStringConvertible { var description: String { "odd failure" } }
        #expect(ProblemWords.fileError(Odd(), Catalog(.en)) == "odd failure")
    }
}
