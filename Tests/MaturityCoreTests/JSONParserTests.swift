import Testing
@testable import MaturityCore

@Suite struct JSONParserTests {
    func error(_ text: String) -> JSONParser.SyntaxError? {
        do { _ = try JSONParser.parse(text); return nil } catch { return error }
    }

    @Test func parsesAndKeepsKeyOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, -2.5e3, true, null], "a": "中文\n\u00e9\ud83d\ude00"}"#)
        guard case let .object(members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(value["a"] == .string("中文\né😀"))
        #expect(value["b"] == .array([.number("1"), .number("-2.5e3"), .bool(true), .null]))
    }

    @Test func duplicateKeyIsAnError() {
        let found = error("{\"a\": 1,\n \"a\": 2}")
        #expect(found?.message == "duplicate key \"a\" in the same object")
        #expect(found?.line == 2)
        #expect(found?.column == 2)
    }

    /// Past 16 keys the parser hashes them instead of comparing one by one:
    /// a repeat is found on either side of that switch, one key per line.
    @Test func duplicateKeyIsFoundInALargeObjectToo() throws {
        func object(_ keys: [String]) -> String { "{\n" + keys.map { "\"\($0)\": 0" }.joined(separator: ",\n") + "\n}" }
        let distinct = (1...40).map { "k\($0)" }
        #expect(error(object(distinct)) == nil)
        // k3 again as the 20th key (line 21), after the set was built from the first 16.
        let late = error(object(Array(distinct[0..<19]) + ["k3"] + Array(distinct[19...])))
        #expect(late?.message == "duplicate key \"k3\" in the same object")
        #expect(late?.line == 21)
        // k16 again as the 17th key: the repeat that builds the set.
        let edge = error(object(Array(distinct[0..<16]) + ["k16"]))
        #expect(edge?.line == 18)
        #expect(edge?.problem == .duplicateKey("k16"))
    }

    /// \u escapes: the place of the first byte that is not a hex digit, a
    /// surrogate without its pair, and an escape cut off by the end of the file.
    @Test func badUnicodeEscapesAreNamedWhereTheyGoWrong() throws {
        // [ " \ u 1 2 G: the G is the 7th character.
        let digits = error(#"["\u12G4"]"#)
        #expect(digits?.problem == .expectedHexDigits)
        #expect(digits?.column == 7)
        #expect(error(#"["\ud83d"]"#)?.problem == .unpairedSurrogate)
        #expect(error(#"["\ud83d\u0041"]"#)?.problem == .unpairedSurrogate)
        #expect(error(#"["\u12"#)?.problem == .endsInside(.escape))
        #expect(try JSONParser.parse(#""\u00E9\uD83D\uDE00\t""#) == .string("é😀\t"))
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(error(text)?.message == "nesting deeper than 64 levels")
    }

    @Test func truncatedAndNonUTF8() throws {
        #expect(error(#"{"a": "abc"#)?.message.contains("truncated") == true)
        #expect(error(#"{"a": [1, 2"#)?.message.contains("truncated") == true)
        do {
            _ = try JSONParser.parse([0x22, 0xC3, 0x28, 0x22])
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.message.contains("not valid UTF-8"))
        }
    }

    @Test func writerRoundTrips() throws {
        let value = JSONValue.object([("x", .string("a\"b\\c\u{1}\n")), ("y", .array([.int(1), .int(2)])), ("z", .object([]))])
        #expect(try JSONParser.parse(JSONWriter.render(value)) == value)
    }

    @Test func hugeNumbersAreReportedNotRounded() {
        let log = ProblemLog(file: "f")
        let reader = JSONReader(.number("99999999999999999999999"), log: log)
        #expect(reader.int() == nil)
        #expect(log.problems.first?.message == "the number 99999999999999999999999 is too large")
    }
}
