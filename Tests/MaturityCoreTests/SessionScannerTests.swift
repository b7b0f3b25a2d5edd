import Foundation
import Testing
@testable import MaturityCore

/// The portfolio's quick session reader must never disagree with
/// SessionCodec: where the codec refuses a file the scanner gives up, and
/// where the codec reads one the scanner gives the same session or gives up.
@Suite struct SessionScannerTests {
    /// The property every test checks, with the file's bytes as the only input.
    static func agrees(_ bytes: [UInt8]) -> Bool { QuickReaderAgreement.session(bytes) }

    /// Sessions with every member the scanner reads, and text that needs escapes.
    static func generated(_ seed: UInt64) throws -> Session {
        var random = SplitMix(seed: seed)
        let q = try Fixtures.load(GapFixtures.smallLevels())
        let texts = ["", " ", "plain", "引号 \"quoted\" and \\ backslash", "line one\nline two\ttab", "emoji 😀 and é vs e\u{301}",
                     "control \u{01} \u{1F} del \u{7F}", "slash / and </script>", "\u{3000}", "\u{202E}override"]
        func text() -> String { texts[Int(random.next() % UInt64(texts.count))] }
        var session = Session(questionnaire: QuestionnaireReference(q),
                              profile: Profile(centre: text(), site: text(), assessor: text(), date: "2026-0\(1 + random.next() % 9)-15",
                                               yearsInOperation: random.next() % 3 == 0 ? nil : Int(random.next() % 201),
                                               language: random.next() % 2 == 0 ? .zh : .en),
                              position: random.next() % 3 == 0 ? nil : String(1 + random.next() % 7),
                              createdAt: "2026-01-01T00:00:00Z")
        for id in 1...7 where random.next() % 5 != 0 {
            let criterion = String(id)
            if random.next() % 6 == 0 {
                let reason = text().isEmpty ? "none" : "reason: " + text()
                for angle in ["method", "execution"] { session.setAnswer(.notApplicable(reason: reason), criterion: criterion, angle: angle, at: "2026-02-0\(id)T10:00:00Z") }
            } else {
                for angle in ["method", "execution"] where random.next() % 4 != 0 {
                    session.setAnswer(.rated([0, 5, 10][Int(random.next() % 3)]), criterion: criterion, angle: angle, at: "2026-02-0\(id)T10:00:00Z")
                }
            }
            if random.next() % 3 == 0 { session.update(criterion: criterion, at: "2026-02-09T10:00:00Z") { $0.note = text() } }
            if random.next() % 4 == 0 { session.update(criterion: criterion, at: "2026-02-09T10:00:00Z") { $0.flagged = true } }
        }
        if random.next() % 4 == 0 { session.droppedAnswers["99"] = CriterionAnswer(ratings: ["method": .rated(5)], note: text()) }
        if random.next() % 4 == 0 { session.baseline = "earlier/" + String(random.next() % 100) + ".json" }
        return session
    }

    @Test func generatedSessionsReadTheSameBothWays() throws {
        var taken = 0
        for seed in 1...300 as ClosedRange<UInt64> {
            let session = try Self.generated(seed)
            let bytes = SessionStore.render(session, questionnaire: nil)
            let full = try SessionCodec.decode(bytes: bytes, file: "f.json")
            let quick = SessionScanner.decode(bytes)
            #expect(quick == nil || quick == full, "seed \(seed)")
            if quick != nil { taken += 1 }
        }
        // The quick reader must actually take the usual file, or it is no use.
        #expect(taken == 300)
    }

    /// Every session in the bad-input corpus: refused ones are refused, good ones agree.
    @Test func corpusFilesAgree() throws {
        let files = try BadInputCorpusTests.files(in: "sessions")
        #expect(files.count >= 20)
        for (name, bytes) in files { #expect(Self.agrees(bytes), "\(name)") }
        let valid = try #require(files.first { $0.name == "valid.json" }).bytes
        #expect(SessionScanner.decode(valid) != nil)
    }

    /// Small edits a hand or a broken disk makes: the scanner never accepts
    /// what the codec refuses, and never reads something else.
    @Test func damagedFilesAgree() throws {
        var random = SplitMix(seed: 15)
        let pieces: [[UInt8]] = [Array("\"".utf8), Array(",".utf8), Array("}".utf8), Array("{".utf8), Array("0".utf8), Array("07".utf8),
                                 Array("1.5".utf8), Array("-".utf8), Array("null".utf8), Array("\\".utf8), Array("\\u".utf8), Array(" ".utf8),
                                 [0x00], [0xC3], [0xFF], Array("\"note\": \"x\",".utf8), Array("\"method\": 10,".utf8), Array("e5".utf8)]
        var accepted = 0, refused = 0
        for round in 0..<1000 {
            var bytes = SessionStore.render(try Self.generated(UInt64(round % 40 + 1)), questionnaire: nil)
            Damage.apply(to: &bytes, pieces: pieces, random: &random)
            #expect(Self.agrees(bytes), "round \(round): \(String(decoding: bytes, as: UTF8.self).prefix(400))")
            if (try? SessionCodec.decode(bytes: bytes, file: "f.json")) == nil { refused += 1 } else { accepted += 1 }
        }
        // Both kinds occur, so the property is tested on both sides.
        #expect(refused > 200 && accepted > 50)
    }

    @Test func casesTheScannerMustRefuse() throws {
        let q = try Fixtures.load(GapFixtures.smallLevels())
        var session = Fixtures.session(q)
        Fixtures.rate(&session, 1...2, method: 10, execution: 5)
        let text = String(decoding: SessionStore.render(session, questionnaire: q), as: UTF8.self)
        #expect(SessionScanner.decode(Array(text.utf8)) != nil)
        let edits: [(String, String)] = [
            ("\"method\": 10", "\"method\": 10, \"method\": 5"),      // duplicate angle
            ("\"method\": 10", "\"method\": 010"),                     // leading zero
            ("\"method\": 10", "\"method\": 10.0"),                    // not a whole number
            ("\"method\": 10", "\"method\": 1001"),                    // out of range
            ("\"method\": 10", "\"method\": \"10\""),                  // a string
            ("\"method\": 10", "\"method\": null"),                    // null is not a rating
            ("\"centre\": \"Test\"", "\"centre\": \"Test\", \"centre\": \"x\""),
            ("\"created_at\": \"2026-01-01T00:00:00Z\"", "\"created_at\": \" \""),
            ("\"ccmm_session\": 1", "\"ccmm_session\": 2"),
            ("\"ccmm_session\": 1", "\"ccmm_session\": 1, \"extra\": true"),
            ("\"language\": \"zh\"", "\"language\": \"fr\""),
            ("\"language\": \"zh\"", "\"language\": \"\""),
            ("\"years_in_operation\": null", "\"years_in_operation\": 201"),
        ]
        for (from, to) in edits {
            #expect(text.contains(from), "the fixture has \(from)")
            let bytes = Array(text.replacingOccurrences(of: from, with: to).utf8)
            #expect(SessionScanner.decode(bytes) == nil, "\(to)")
            #expect(throws: LoadError.self) { try SessionCodec.decode(bytes: bytes, file: "f.json") }
        }
        // Accepted by both, and the same: a byte-order mark, CRLF, null members.
        for variant in ["\u{FEFF}" + text, text.replacingOccurrences(of: "\n", with: "\r\n"),
                        text.replacingOccurrences(of: "\"ccmm_session\": 1", with: "\"ccmm_session\": 1, \"conflicts\": null, \"position\": null")] {
            let bytes = Array(variant.utf8)
            #expect(SessionScanner.decode(bytes) != nil)
            #expect(SessionScanner.decode(bytes) == (try SessionCodec.decode(bytes: bytes, file: "f.json")))
        }
    }
}
