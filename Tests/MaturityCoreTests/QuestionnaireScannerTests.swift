import Foundation
import Testing
@testable import MaturityCore

/// The quick questionnaire reader must never disagree with the full decoder:
/// where the decoder refuses a file the scanner gives up, and where the
/// decoder reads one the scanner gives the same questionnaire or gives up.
@Suite struct QuestionnaireScannerTests {
    static func same(_ a: Questionnaire, _ b: Questionnaire) -> Bool { QuickReaderAgreement.same(a, b) }

    static func quick(_ bytes: [UInt8]) -> Questionnaire? {
        QuestionnaireScanner.decode(bytes, hash: ContentHash.of(bytes))
    }

    static func full(_ bytes: [UInt8]) -> Questionnaire? {
        try? QuestionnaireDecoder.decodeInFull(bytes: bytes, file: "q.json", hash: ContentHash.of(bytes))
    }

    /// The property every test checks, with the file's bytes as the only input.
    static func agrees(_ bytes: [UInt8]) -> Bool { QuickReaderAgreement.questionnaire(bytes) }

    static let fixtures: [String] = [
        Fixtures.ccmmLike(), GapFixtures.smallLevels(), GapFixtures.overlappingLevels(),
        GapFixtures.meanLevel([("1", ["a", "b"]), ("2", ["a"])]), GapFixtures.bands(weights: [60, 40], subItems: [2, 3]),
    ]

    /// The four shipped models are read the quick way, and read the same.
    @Test func builtInModelsReadTheSameBothWays() throws {
        let entries = QuestionnaireLibrary(directory: nil).builtIns()
        #expect(entries.count == 4)
        for entry in entries {
            let bytes = try entry.bytes()
            let quick = try #require(Self.quick(bytes), "\(entry.id): the quick reader gave up")
            let full = try #require(Self.full(bytes))
            #expect(Self.same(quick, full), "\(entry.id)")
            #expect(quick.criteria.count == full.criteria.count && quick.questionCount == full.questionCount)
        }
    }

    @Test func fixturesOfEveryScoringFamilyReadTheSameBothWays() throws {
        for (number, json) in Self.fixtures.enumerated() {
            let bytes = Array(json.utf8)
            #expect(Self.quick(bytes) != nil, "fixture \(number)")
            #expect(Self.agrees(bytes), "fixture \(number)")
        }
    }

    /// Every questionnaire in the bad-input corpus: refused ones are refused, good ones agree.
    @Test func corpusFilesAgree() throws {
        let files = try BadInputCorpusTests.files(in: "questionnaires")
        #expect(files.count >= 15)
        for (name, bytes) in files { #expect(Self.agrees(bytes), "\(name)") }
    }

    /// Small edits a hand or a broken disk makes: the scanner never accepts
    /// what the decoder refuses, and never reads something else.
    @Test func damagedFilesAgree() throws {
        var random = SplitMix(seed: 16)
        let pieces: [[UInt8]] = [Array("\"".utf8), Array(",".utf8), Array("}".utf8), Array("{".utf8), Array("]".utf8), Array("[".utf8),
                                 Array("0".utf8), Array("05".utf8), Array("1.5".utf8), Array("null".utf8), Array("\\".utf8),
                                 Array("\\u".utf8), Array(" ".utf8), [0x00], [0xC3], [0xFF], Array("\"id\": \"x\",".utf8),
                                 Array("\"criteria\": [],".utf8), Array("\"groups\": [],".utf8), Array("\"5\": {\"zh\": \"a\", \"en\": \"b\"},".utf8)]
        var accepted = 0, refused = 0
        for round in 0..<600 {
            var bytes = Array(Self.fixtures[round % 3 == 0 ? 1 : round % Self.fixtures.count].utf8)
            Damage.apply(to: &bytes, pieces: pieces, random: &random)
            #expect(Self.agrees(bytes), "round \(round): \(String(decoding: bytes, as: UTF8.self).prefix(300))")
            if Self.full(bytes) == nil { refused += 1 } else { accepted += 1 }
        }
        // Both kinds occur, so the property is tested on both sides.
        #expect(refused > 150 && accepted > 25)
    }

    @Test func casesTheScannerMustRefuse() throws {
        let text = GapFixtures.smallLevels()
        #expect(Self.quick(Array(text.utf8)) != nil)
        // Refused by both.
        let refusedByBoth: [(String, String)] = [
            (#""format": 1"#, #""format": 2"#),
            (#""format": 1"#, #""format": 1.0"#),
            (#""id": "fixture""#, #""id": "Fixture""#),                          // not a lowercase id
            (#""id": "fixture""#, #""id": "fixture", "id": "again""#),
            (#""provenance": "source""#, #""provenance": "invented""#),
            (#""5": {"zh": "g5", "en": "g5"}, "#, ""),                           // guidance without 5
            (#""5": {"zh": "g5", "en": "g5"}"#, #""7": {"zh": "g5", "en": "g5"}"#),  // not a scale value
            (#""title": {"zh": "GA", "en": "GA"}"#, #""title": {"zh": "GA", "en": " "}"#),
            (#""statement": {"zh": "s", "en": "s"}"#, #""statement": {"zh": "s", "en": "s", "fr": "s"}"#),
            (#""criteria": ["#, #""extra": 1, "criteria": ["#),
            (#""scale": {"#, #""scale": {"bad": 1, "#),
            (#""id": "L1""#, #""id": "L1", "id": "L1""#),
        ]
        for (from, to) in refusedByBoth {
            #expect(text.contains(from), "the fixture has \(from)")
            let bytes = Array(text.replacingOccurrences(of: from, with: to).utf8)
            let quickRefused = Self.quick(bytes) == nil, fullRefused = Self.full(bytes) == nil
            #expect(quickRefused && fullRefused, "\(to)")
        }
        // Read by the decoder, left to it by the scanner: the public decode gives the full reader's result.
        let groupsFirst = "{\"groups\": [\(Fixtures.group("A", first: 1, count: 3)), \(Fixtures.group("B", first: 4, count: 2)), \(Fixtures.group("C", first: 6, count: 2))],"
            + text.dropFirst().replacingOccurrences(of: "\"groups\": [\(Fixtures.group("A", first: 1, count: 3)), \(Fixtures.group("B", first: 4, count: 2)), \(Fixtures.group("C", first: 6, count: 2))],", with: "")
        let paddedKey = text.replacingOccurrences(of: #""5": {"zh": "g5", "en": "g5"}"#, with: #""05": {"zh": "g5", "en": "g5"}"#)
        for variant in [groupsFirst, paddedKey] {
            let bytes = Array(variant.utf8)
            let quickGaveUp = Self.quick(bytes) == nil
            #expect(quickGaveUp)
            let full = try #require(Self.full(bytes))
            #expect(Self.same(try QuestionnaireDecoder.decode(bytes: bytes, file: "q.json"), full))
        }
        // Accepted by both, and the same: a byte-order mark, CRLF, null optional members, a $schema.
        for variant in ["\u{FEFF}" + text, text.replacingOccurrences(of: "\n", with: "\r\n"),
                        text.replacingOccurrences(of: #""format": 1"#, with: #""format": 1, "summary": null, "notice": null, "$schema": {"x": [1, "]"]}"#)] {
            let bytes = Array(variant.utf8)
            let quick = try #require(Self.quick(bytes))
            let full = try #require(Self.full(bytes))
            #expect(Self.same(quick, full))
        }
    }
}
