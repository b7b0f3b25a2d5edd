/// Gave up: the input is not one a quick reader handles (or not valid
/// JSON); the caller reads it with the full decoder, which names the problem.
struct ScanGiveUp: Error {}

/// The JSON grammar, as strict as JSONParser, for the quick readers that go
/// straight from bytes to a model (SessionScanner, QuestionnaireScanner)
/// without the document tree and the paths the full decoders keep for their
/// messages. Anything unexpected throws `ScanGiveUp`.
protocol JSONScanning {
    var bytes: UnsafeBufferPointer<UInt8> { get }
    var index: Int { get set }
}

extension JSONScanning {
    mutating func enterObject() throws(ScanGiveUp) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { throw ScanGiveUp() }
        index += 1
    }

    /// The next member's key, leaving the position at its value; nil after
    /// the closing brace. `first` tells whether a comma is due.
    mutating func nextKey(_ first: inout Bool) throws(ScanGiveUp) -> String? {
        guard try continues(before: UInt8(ascii: "}"), &first) else { return nil }
        let key = try string(nonEmpty: false)
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw ScanGiveUp() }
        index += 1
        return key
    }

    /// True (and past it) when the next value is null.
    mutating func skipNull() throws(ScanGiveUp) -> Bool {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        guard bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { throw ScanGiveUp() }
        index += 4
        return true
    }

    mutating func boolean() throws(ScanGiveUp) -> Bool {
        skipWhitespace()
        if matches("true") { return true }
        if matches("false") { return false }
        throw ScanGiveUp()
    }

    mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// A whole number in JSON's grammar (no fraction, no exponent, no leading zero) within `range`.
    mutating func integer(in range: ClosedRange<Int>) throws(ScanGiveUp) -> Int {
        skipWhitespace()
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw ScanGiveUp() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            throw ScanGiveUp()
        }
        guard index - start <= 18 else { throw ScanGiveUp() }
        var value = 0
        var negative = false
        for position in start..<index {
            if bytes[position] == UInt8(ascii: "-") { negative = true; continue }
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
        }
        if negative { value = -value }
        guard range.contains(value) else { throw ScanGiveUp() }
        return value
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// A string; `nonEmpty` refuses one that is empty or only whitespace, as JSONReader does.
    mutating func string(nonEmpty: Bool) throws(ScanGiveUp) -> String {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw ScanGiveUp() }
        let start = index + 1
        var end = start
        var ascii = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start, nonEmpty: nonEmpty) }
            if byte < 0x20 { throw ScanGiveUp() }
            if byte >= 0x80 { ascii = false }
            end += 1
        }
        guard end < bytes.count else { throw ScanGiveUp() }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text: String
        if ascii {
            text = String(decoding: slice, as: UTF8.self)
        } else {
            guard let valid = String(validating: slice, as: UTF8.self) else { throw ScanGiveUp() }
            text = valid
        }
        index = end + 1
        // A visible ASCII first character settles it without Unicode properties.
        let visible = end > start && bytes[start] > 0x20 && bytes[start] < 0x7F
        if nonEmpty && !visible && text.allSatisfy(\.isWhitespace) { throw ScanGiveUp() }
        return text
    }

    /// The rare string with escapes, decoded scalar by scalar.
    mutating func escapedString(from start: Int, nonEmpty: Bool) throws(ScanGiveUp) -> String {
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() throws(ScanGiveUp) {
            guard !run.isEmpty else { return }
            guard let text = String(validating: run, as: UTF8.self) else { throw ScanGiveUp() }
            scalars.append(contentsOf: text.unicodeScalars)
            run.removeAll(keepingCapacity: true)
        }
        index = start
        while true {
            guard index < bytes.count else { throw ScanGiveUp() }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                try flush()
                break
            }
            if byte < 0x20 { throw ScanGiveUp() }
            guard byte == UInt8(ascii: "\\") else {
                run.append(byte)
                index += 1
                continue
            }
            try flush()
            index += 1
            guard index < bytes.count else { throw ScanGiveUp() }
            let escape = bytes[index]
            index += 1
            if let scalar = JSONEscapes.single(escape) {
                scalars.append(scalar)
                continue
            }
            guard escape == UInt8(ascii: "u") else { throw ScanGiveUp() }
            let value = try hex4()
            if (0xD800...0xDBFF).contains(value) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { throw ScanGiveUp() }
                index += 2
                guard let scalar = JSONEscapes.pair(value, try hex4()) else { throw ScanGiveUp() }
                scalars.append(scalar)
            } else {
                guard let scalar = Unicode.Scalar(value) else { throw ScanGiveUp() }
                scalars.append(scalar)
            }
        }
        let text = String(scalars)
        if nonEmpty && text.allSatisfy(\.isWhitespace) { throw ScanGiveUp() }
        return text
    }

    mutating func hex4() throws(ScanGiveUp) -> UInt32 {
        guard index + 4 <= bytes.count, let value = JSONEscapes.hex4(bytes, at: index) else { throw ScanGiveUp() }
        index += 4
        return value
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }
}

extension JSONScanning {
    /// Steps over one value of any kind, checking only its nesting, and says
    /// where it lies — for a part the caller hands to JSONParser whole. Deep
    /// nesting gives up: JSONParser's depth limit counts from the file's root,
    /// which a part taken alone would hide.
    mutating func skipValue() throws(ScanGiveUp) -> Range<Int> {
        skipWhitespace()
        let start = index
        var depth = 0
        repeat {
            guard index < bytes.count else { throw ScanGiveUp() }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count && bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < bytes.count else { throw ScanGiveUp() }
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                guard depth <= 16 else { throw ScanGiveUp() }
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard depth > 0 else { throw ScanGiveUp() }
                depth -= 1
                index += 1
            default:
                // A word or number at the top ends at a delimiter; inside a
                // container everything else is stepped over byte by byte.
                index += 1
                if depth == 0 {
                    while index < bytes.count, !Self.endsWord(bytes[index]) { index += 1 }
                }
            }
        } while depth > 0
        return start..<index
    }

    private static func endsWord(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
            || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Walks an object of a known layout, handing each member's key to
    /// `read` with the position at its value. A key outside `layout`, or one
    /// given twice, gives up. One bit per key: a set of strings per object
    /// was a fifth of the time to read a questionnaire, and a measurable share
    /// of reading a portfolio's sessions.
    mutating func members(_ layout: [String], _ read: (inout Self, String) throws(ScanGiveUp) -> Void) throws(ScanGiveUp) {
        var seen: UInt = 0
        try enterObject()
        var first = true
        while let key = try nextKey(&first) {
            guard let position = layout.firstIndex(of: key), seen & (1 << position) == 0 else { throw ScanGiveUp() }
            seen |= 1 << position
            try read(&self, key)
        }
    }

    /// Enters an array whose items are then walked with `nextItem`.
    mutating func enterArray() throws(ScanGiveUp) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw ScanGiveUp() }
        index += 1
    }

    /// Whether another item follows (the position is then at it); false after
    /// the closing bracket. `first` tells whether a comma is due.
    mutating func nextItem(_ first: inout Bool) throws(ScanGiveUp) -> Bool {
        try continues(before: UInt8(ascii: "]"), &first)
    }

    /// Past the comma before the next member or item, true; past the
    /// closing `close`, false.
    private mutating func continues(before close: UInt8, _ first: inout Bool) throws(ScanGiveUp) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw ScanGiveUp() }
        if bytes[index] == close {
            index += 1
            return false
        }
        if first {
            first = false
        } else {
            guard bytes[index] == UInt8(ascii: ",") else { throw ScanGiveUp() }
            index += 1
        }
        return true
    }
}
