#if canImport(Glibc)
import Glibc
#endif

/// Times as the session file records them.
public enum Clock {
    /// Local time with its offset, e.g. 2026-01-15T10:00:00+08:00 (Z in UTC),
    /// as ISO8601DateFormatter's internet date-time writes it. From the C
    /// library: the formatter costs about 0.1 ms a call and loads ICU's data
    /// (about 5 MB of resident memory) into the wizard.
    public static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        func two(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
        var year = String(Int(parts.tm_year) + 1900)
        while year.count < 4 { year = "0" + year }
        let date = year + "-" + two(Int(parts.tm_mon) + 1) + "-" + two(Int(parts.tm_mday))
        let text = date + "T" + two(Int(parts.tm_hour)) + ":" + two(Int(parts.tm_min)) + ":" + two(Int(parts.tm_sec))
        let offset = Int(parts.tm_gmtoff)
        if offset == 0 { return text + "Z" }
        let minutes = abs(offset) / 60
        return text + (offset < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
    }

    public static func today() -> String { String(now().prefix(10)) }
}
