import Foundation
import MaturityCore
import Testing
@testable import FileDigest

@Suite struct DigestTests {
    @Test func knownVectors() throws {
        // FIPS 180-2 test vectors.
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(SHA256Digest.hex(of: Array("abc".utf8)) == abc)
        #expect(SHA256Digest.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // The streamed file digest agrees, also across the 1 MiB chunk boundary.
        let folder = try Python.temporaryFolder()
        try Data("abc".utf8).write(to: URL(fileURLWithPath: folder + "/abc.txt"))
        #expect(SHA256Digest.hex(ofFile: folder + "/abc.txt") == abc)
        let big = [UInt8]((0..<(3 << 20) + 7).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try Data(big).write(to: URL(fileURLWithPath: folder + "/big.bin"))
        #expect(SHA256Digest.hex(ofFile: folder + "/big.bin") == SHA256Digest.hex(of: big))
        #expect(SHA256Digest.hex(ofFile: folder + "/missing") == nil)
    }

    @Test func evidenceCheckFindsMissingFilesAndHashesThePresentOnes() throws {
        let folder = try Python.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/证据", withIntermediateDirectories: true)
        try Data("abc".utf8).write(to: URL(fileURLWithPath: folder + "/证据/手册.txt"))
        let q = try SessionSchemaTests.questionnaire()
        var s = Session(questionnaire: QuestionnaireReference(q), profile: Profile(), createdAt: "t")
        s.update(criterion: "2", at: "t") {
            $0.evidence = [EvidenceItem(title: "manual", kind: .document, location: "证据/手册.txt"),
                           EvidenceItem(title: "gone", kind: .document, location: "证据/旧.pdf"),
                           EvidenceItem(title: "web", kind: .record, location: "https://example.invalid/x"),
                           EvidenceItem(title: "talk", kind: .interview)]
        }
        s.update(criterion: "1", at: "t") {
            $0.evidence = [EvidenceItem(title: "abs", kind: .record, location: "file://" + folder + "/%E8%AF%81%E6%8D%AE/手册.txt"),
                           EvidenceItem(title: "folder", kind: .record, location: folder + "/证据")]
        }
        let results = EvidenceCheck.run(s, order: q.criteria.map(\.id), sessionFolder: folder, hash: SHA256Digest.hex(ofFile:))
        #expect(results.map(\.criterionID) == ["1", "1", "2", "2", "2", "2"])
        #expect(results.map(\.location) == [
            .file(path: folder + "/证据/手册.txt", exists: true),
            .file(path: folder + "/证据", exists: true),
            .file(path: folder + "/证据/手册.txt", exists: true),
            .file(path: folder + "/证据/旧.pdf", exists: false),
            .url("https://example.invalid/x"),
            .none,
        ])
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(results.map(\.sha256) == [abc, nil, abc, nil, nil, nil])
        #expect(results.filter(\.isMissingFile).map(\.item.title) == ["gone"])
    }
}
