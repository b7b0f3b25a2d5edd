import Foundation
import Testing

/// Every word the wizard says lives in the catalog (MaturityPresentation);
/// a Chinese string literal in the wizard's source is a word that slipped
/// past it, and would be said in one language only or apart from the reports.
struct NoWordsInSourceTests {
    @Test func wizardSourceHasNoChineseStringLiteral() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Sources/MaturityTUI")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL])
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 20, "the wizard's sources were not found under \(folder.path)")
        var found: [String] = []
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            for literal in SwiftStringLiterals.find(in: source) where SwiftStringLiterals.hasCJK(literal.text) {
                found.append("\(file.lastPathComponent):\(literal.line): \"\(literal.text)\"")
            }
        }
        let list = found.joined(separator: "\n")
        #expect(found.isEmpty, "Chinese literals in MaturityTUI (move them into the catalog):\n\(list)")
    }

    /// The scanner itself: it must see through interpolations, raw and
    /// multi-line strings, and never read a comment as a literal.
    @Test func scannerFindsLiteralsAndSkipsComments() {
        let source = #"""
        let a = "plain"  // "注释里的字"
        /* "块注释" /* nested "嵌套" */ still a comment */
        let b = "\(flag ? "x" : "中")"
        let c = #"raw "原样" text"#
        let d = """
            多行
            """
        let e = "escaped \" quote 后"
        let f = "ok" + "\\" // "尾注"
        """#
        let literals = SwiftStringLiterals.find(in: source)
        let chinese = literals.filter { SwiftStringLiterals.hasCJK($0.text) }.map(\.line)
        #expect(chinese == [3, 4, 5, 8])
        #expect(literals.contains { $0.text == "plain" && $0.line == 1 })
        #expect(literals.contains { $0.text == "ok" })
        #expect(!literals.contains { $0.text.contains("注释") || $0.text.contains("尾注") || $0.text.contains("嵌套") })
        #expect(SwiftStringLiterals.hasCJK("＋ 新建"))
        #expect(SwiftStringLiterals.hasCJK("："))
        #expect(!SwiftStringLiterals.hasCJK("✓ ◐ ✗ — ▸ ⚑ ● ○ │ × ≥ → …"))
    }
}

/// A small lexer for Swift string literals: enough to tell code, comments
/// and strings apart (nested comments, `#` raw strings, `"""` blocks,
/// escapes and `\( … )` interpolations holding strings of their own).
enum SwiftStringLiterals {
    struct Literal: Equatable {
        var line: Int
        var text: String
    }

    static func find(in source: String) -> [Literal] {
        var lexer = Lexer(Array(source))
        lexer.code(untilClosingParenthesis: false)
        return lexer.literals
    }

    /// CJK ideographs, kana and Hangul, CJK punctuation and full-width forms.
    static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x2E80...0x303F, 0x3040...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
                return true
            default:
                return false
            }
        }
    }

    private struct Lexer {
        let chars: [Character]
        var index = 0
        var line = 1
        var literals: [Literal] = []

        init(_ chars: [Character]) { self.chars = chars }

        func at(_ offset: Int) -> Character? { chars.indices.contains(index + offset) ? chars[index + offset] : nil }

        func starts(_ text: String, at position: Int) -> Bool {
            for (offset, char) in text.enumerated() where !chars.indices.contains(position + offset) || chars[position + offset] != char {
                return false
            }
            return true
        }

        mutating func advance(_ count: Int = 1) {
            for _ in 0..<count where index < chars.count {
                if chars[index] == "\n" { line += 1 }
                index += 1
            }
        }

        /// Code, up to the end or (inside an interpolation) its closing parenthesis.
        mutating func code(untilClosingParenthesis: Bool) {
            var depth = 0
            while let char = at(0) {
                if char == "/" && at(1) == "/" {
                    while let next = at(0), next != "\n" { advance() }
                } else if char == "/" && at(1) == "*" {
                    blockComment()
                } else if char == "#" || char == "\"" {
                    var hashes = 0
                    while at(hashes) == "#" { hashes += 1 }
                    if at(hashes) == "\"" {
                        advance(hashes)
                        string(hashes: hashes)
                    } else {
                        advance(max(hashes, 1))
                    }
                } else if untilClosingParenthesis && char == "(" {
                    depth += 1
                    advance()
                } else if untilClosingParenthesis && char == ")" {
                    advance()
                    if depth == 0 { return }
                    depth -= 1
                } else {
                    advance()
                }
            }
        }

        mutating func blockComment() {
            var depth = 0
            while at(0) != nil {
                if at(0) == "/" && at(1) == "*" {
                    depth += 1
                    advance(2)
                } else if at(0) == "*" && at(1) == "/" {
                    depth -= 1
                    advance(2)
                    if depth == 0 { return }
                } else {
                    advance()
                }
            }
        }

        /// A literal from its opening quote; interpolated code is read as code.
        mutating func string(hashes: Int) {
            let start = line
            let multiline = starts("\"\"\"", at: index)
            advance(multiline ? 3 : 1)
            let pounds = String(repeating: "#", count: hashes)
            let closing = (multiline ? "\"\"\"" : "\"") + pounds
            var text = ""
            while let char = at(0) {
                if starts(closing, at: index) {
                    advance(closing.count)
                    break
                }
                if char == "\\" && starts(pounds, at: index + 1) {
                    advance(1 + hashes)
                    if at(0) == "(" {
                        advance()
                        code(untilClosingParenthesis: true)
                        text += "\\(…)"
                    } else if let escaped = at(0) {
                        text.append(escaped)
                        advance()
                    }
                    continue
                }
                text.append(char)
                advance()
            }
            literals.append(Literal(line: start, text: multiline ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text))
        }
    }
}
