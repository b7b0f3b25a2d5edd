/// A strict JSON parser (RFC 8259) that reports where a document goes wrong.
///
/// Foundation's parser silently keeps one of two duplicate keys, gives no line
/// numbers and recurses without limit; a hand-edited or hostile questionnaire
/// or session file deserves better, so we parse ourselves.
public struct JSONParser {
    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let problem: JSONSyntax
        public var description: String { "\(line):\(column): \(problem)" }
    }

    /// Deeper documents are refused rather than risking the stack.
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    public static func parse(_ data: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: data)
        return try parser.parseDocument()
    }

    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // tolerate a UTF-8 byte-order mark
        skipWhitespace()
        if index >= bytes.count { throw fail(.emptyFile) }
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw fail(.textAfterValue) }
        return value
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw fail(.endsEarly) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case 0: throw fail(.nulByte)
        default: throw fail(.unexpectedCharacter(describe(bytes[index])))
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw fail(.tooDeep(Self.maximumDepth)) }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        // Objects in these files have a few keys: they are compared one by one
        // until there are enough to be worth hashing (a hostile file with
        // thousands of keys stays linear).
        var seen: Set<String>?
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw fail(index >= bytes.count ? .endsInside(.object) : .expectedKey) }
            let keyStart = index
            let key = try parseString()
            if Self.repeats(key, in: members, seen: &seen) {
                index = keyStart
                throw fail(.duplicateKey(key))
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw fail(.expectedColon(after: key)) }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
            throw fail(index >= bytes.count ? .endsInside(.object) : .expectedCommaOrBrace)
        }
    }

    private static func repeats(_ key: String, in members: [(key: String, value: JSONValue)], seen: inout Set<String>?) -> Bool {
        if seen == nil && members.count >= 16 { seen = Set(members.map(\.key)) }
        if seen != nil { return seen?.insert(key).inserted == false }
        return members.contains { $0.key == key }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; return .array(items) }
            throw fail(index >= bytes.count ? .endsInside(.array) : .expectedCommaOrBracket)
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        // Fast path: a string without escapes or control characters is
        // validated and decoded in one go. Anything else, or invalid UTF-8,
        // is parsed byte by byte below, which names the problem and its place.
        var end = index + 1
        var ascii = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let text = ascii ? String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    : String(validating: bytes[(index + 1)..<end], as: UTF8.self)
                guard let text else { break }
                index = end + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte >= 0x80 { ascii = false }
            end += 1
        }
        index += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush(_ run: inout [UInt8], into scalars: inout String.UnicodeScalarView) {
            if !run.isEmpty { scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars); run.removeAll(keepingCapacity: true) }
        }
        while true {
            guard index < bytes.count else { throw fail(.endsInside(.string)) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                flush(&run, into: &scalars)
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(&run, into: &scalars)
                scalars.append(try parseEscape())
            case 0..<0x20:
                throw fail(.controlCharacter)
            case 0x80...:
                let length = try validUTF8Length(at: index)
                run.append(contentsOf: bytes[index..<index + length])
                index += length
            default:
                run.append(byte)
                index += 1
            }
        }
    }

    /// Checks one UTF-8 sequence so that a non-UTF-8 file is named as such
    /// instead of being decoded into replacement characters.
    private func validUTF8Length(at start: Int) throws(SyntaxError) -> Int {
        let lead = bytes[start]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: throw notUTF8(lead)
        }
        guard start + length <= bytes.count else {
            throw fail(.endsInside(.character))
        }
        // Name the byte that starts the bad sequence: in a Latin-1 or GBK file
        // that is the accented or Chinese character the user typed.
        for offset in 1..<length where bytes[start + offset] & 0xC0 != 0x80 { throw notUTF8(lead) }
        // Reject overlong forms and surrogates, which String would silently repair.
        if String(validating: bytes[start..<start + length], as: UTF8.self) == nil { throw notUTF8(lead) }
        return length
    }

    private func notUTF8(_ byte: UInt8) -> SyntaxError {
        fail(.notUTF8(byte))
    }

    private mutating func parseEscape() throws(SyntaxError) -> Unicode.Scalar {
        index += 1
        guard index < bytes.count else { throw fail(.endsInside(.string)) }
        let byte = bytes[index]
        index += 1
        if let scalar = JSONEscapes.single(byte) { return scalar }
        switch byte {
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800...0xDBFF).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw fail(.unpairedSurrogate)
                }
                index += 2
                guard let scalar = JSONEscapes.pair(high, try parseHex4()) else { throw fail(.unpairedSurrogate) }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw fail(.unpairedSurrogate) }
            return scalar
        default:
            index -= 1
            throw fail(.unknownEscape(describe(byte)))
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail(.endsInside(.escape)) }
        guard let value = JSONEscapes.hex4(bytes, at: index) else {
            // The place of the first byte that is not a hex digit.
            while JSONEscapes.hexDigit(bytes[index]) != nil { index += 1 }
            throw fail(.expectedHexDigits)
        }
        index += 4
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) -> String {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.expectedDigit) }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.expectedDigitAfterPoint) }
            skipDigits()
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.expectedDigitInExponent) }
            skipDigits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func expectWord(_ word: StaticString) throws(SyntaxError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
            throw fail(.unexpectedWord("\(word)"))
        }
        index += expected.count
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() { while index < bytes.count, isDigit(bytes[index]) { index += 1 } }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// Line and column (in characters, from 1) of the current position. A
    /// byte-order mark is not a character the user sees, so it is not counted.
    private func fail(_ problem: JSONSyntax) -> SyntaxError {
        var line = 1
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(index, bytes.count)
        for position in 0..<end where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        let column = String(decoding: bytes[min(lineStart, end)..<end], as: UTF8.self).count + 1
        return SyntaxError(line: line, column: column, problem: problem)
    }
}
