import CNcursesw // ccmm_wcwidth: the C library's wcwidth, which ncurses uses too

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The character set the terminal is set up for, as the locale says, and
/// how its C library measures the characters the wizard draws.
public enum TerminalLocale {
    public enum Charset: Equatable, Sendable {
        case utf8
        /// The C / POSIX locale names no character set; UTF-8 is assumed, as
        /// almost every terminal decodes it (a container with LANG unset).
        case unnamed
        /// A terminal set up for another character set (GBK, GB18030, Big5,
        /// ISO-8859-1): UTF-8 bytes would show as garbled text there.
        case other(String)
    }

    /// Reads the locale from the environment into the process and says its
    /// character set. Anything but UTF-8 then falls back to C.UTF-8 for the
    /// character type, so that ncurses can draw Chinese at all.
    @discardableResult
    public static func adopt(environment: [String: String] = currentEnvironment()) -> Charset {
        let known = setlocale(LC_ALL, "") != nil
        let charset = classify(codeset: known ? currentCodeset() : nil, environment: environment)
        // Whatever the name said: a locale the C library does not have leaves it at "C".
        if currentCodeset().map(normalized) != "UTF8" {
            for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { break }
        }
        return charset
    }

    /// The character set from the C library's answer, or — for a locale that
    /// is not installed, which the C library ignores — from the name the
    /// environment gives (LANG=zh_CN.GBK means a GBK terminal all the same).
    public static func classify(codeset: String?, environment: [String: String]) -> Charset {
        let named = localeName(environment).flatMap { name -> String? in
            guard let dot = name.firstIndex(of: ".") else { return nil }
            return String(name[name.index(after: dot)...].prefix { $0 != "@" })
        }
        let libraryAnswer = codeset.map(normalized)
        // An uninstalled locale leaves the C library at "C" (ASCII): the name decides then.
        let chosen: String? = (libraryAnswer == nil || isASCII(libraryAnswer ?? "")) ? (named ?? codeset) : codeset
        guard let chosen, !isASCII(normalized(chosen)) else { return .unnamed }
        return normalized(chosen) == "UTF8" ? .utf8 : .other(chosen)
    }

    /// The locale name that sets the character type: LC_ALL, LC_CTYPE, then LANG.
    public static func localeName(_ environment: [String: String]) -> String? {
        ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    }

    /// The same locale with UTF-8 as its character set ("zh_CN.GBK" → "zh_CN.UTF-8"),
    /// to suggest as the fix.
    public static func utf8Name(_ environment: [String: String]) -> String {
        guard let name = localeName(environment) else { return "C.UTF-8" }
        let language = name.prefix { $0 != "." && $0 != "@" }
        return language.isEmpty || language == "C" || language == "POSIX" ? "C.UTF-8" : language + ".UTF-8"
    }

    /// The locale measures "─" or "●" two columns wide (a CJK locale whose
    /// table widens East-Asian-ambiguous characters).
    public static var ambiguousIsWide: Bool {
        ccmm_wcwidth(0x2500) == 2 || ccmm_wcwidth(0x25CF) == 2
    }

    /// `text` in the character set `codeset` (iconv, unencodable characters
    /// approximated), or nil when the C library cannot convert to it.
    public static func encode(_ text: String, as codeset: String) -> [UInt8]? {
        guard let converter = iconv_open(codeset + "//TRANSLIT", "UTF-8"), Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        let capacity = output.count
        var inputLeft = input.count
        var outputLeft = capacity
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                return iconv(converter, &inPointer, &inputLeft, &outPointer, &outputLeft)
            }
        }
        guard status != -1 || inputLeft == 0 else { return nil }
        return output.prefix(capacity - outputLeft).map { UInt8(bitPattern: $0) }
    }

    public static func currentEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    private static func currentCodeset() -> String? {
        nl_langinfo(nl_item(CODESET)).map { String(cString: $0) }
    }

    private static func normalized(_ codeset: String) -> String {
        codeset.uppercased().filter { $0 != "-" && $0 != "_" }
    }

    private static func isASCII(_ normalized: String) -> Bool {
        ["", "ANSIX3.41968", "ASCII", "USASCII", "646", "POSIX"].contains(normalized)
    }
}
