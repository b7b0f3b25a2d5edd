import MaturityPresentation
import TerminalUI

/// A terminal set up for another character set than UTF-8 (LANG=zh_CN.GBK)
/// would show every Chinese word and line of the wizard as garbled bytes. It
/// gets this message instead, in both languages (the language setting is
/// itself suspect here): English first, readable in any character set, then
/// Chinese in the terminal's own character set, so that a GBK terminal shows it right.
public enum CharsetCheck {
    /// The bytes to print before leaving, or nil when the terminal takes UTF-8
    /// (or names no character set: the C locale, where UTF-8 is assumed).
    public static func refusal(_ charset: TerminalLocale.Charset, environment: [String: String]) -> [UInt8]? {
        guard case let .other(codeset) = charset else { return nil }
        let locale = TerminalLocale.localeName(environment) ?? codeset
        let fix = TerminalLocale.utf8Name(environment)
        func lines(_ catalog: Catalog) -> String {
            "ccmm\(catalog.colon)\(catalog(.terminalCharset, locale, codeset))\n" + "ccmm\(catalog.colon)\(catalog(.terminalCharsetFix, fix))\n"
        }
        let chinese = lines(.zh)
        return Array(lines(.en).utf8) + (TerminalLocale.encode(chinese, as: codeset) ?? Array(chinese.utf8))
    }
}
