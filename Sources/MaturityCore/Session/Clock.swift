import Foundation

/// Times as the session file records them.
public enum Clock {
    public static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    public static func today() -> String { String(now().prefix(10)) }
}
