/// Puts typed characters back together from the bytes the terminal sends.
///
/// Why not ncurses' `get_wch`: when a character's bytes arrive in two reads
/// (a paste over SSH, a busy machine, a 100 KB paste cut into pty-sized
/// pieces) and the wait runs out between them, `get_wch` drops the first
/// part and — seen with ncurses 6 — every non-ASCII character after it,
/// until the program restarts. The terminal therefore reads single bytes
/// (`wgetch`) and this keeps an unfinished character between reads, however
/// long the rest takes to come.
///
/// Input is decoded as UTF-8, the character type the wizard always runs
/// with (TerminalLocale.adopt falls back to C.UTF-8).
public struct UTF8Assembler: Sendable, Equatable {
    public enum Step: Equatable, Sendable {
        /// A whole character.
        case scalar(Unicode.Scalar)
        /// The start of a character: its other bytes are still to come.
        case needsMore
        /// A byte no character can start with, or an ill-formed sequence
        /// (overlong, a surrogate, beyond U+10FFFF): dropped.
        case invalid
    }

    private var pending: [UInt8] = []
    private var expected = 0

    public init() {}

    /// Part of a character is waiting for its other bytes.
    public var isPending: Bool { !pending.isEmpty }

    /// Forgets an unfinished character (a function key cut into it).
    public mutating func reset() {
        pending.removeAll(keepingCapacity: true)
        expected = 0
    }

    /// Takes the next byte. A byte that cannot continue the character in
    /// progress ends it as ill-formed, silently, and starts afresh — so a
    /// stray byte never swallows the keys typed after it.
    public mutating func take(_ byte: UInt8) -> Step {
        if isPending {
            if byte & 0xC0 == 0x80 {
                pending.append(byte)
                guard pending.count == expected else { return .needsMore }
                defer { reset() }
                return Self.decode(pending).map(Step.scalar) ?? .invalid
            }
            reset()
        }
        switch byte {
        case 0x00...0x7F: return .scalar(Unicode.Scalar(byte))
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return .invalid            // a lone continuation byte, C0, C1, F5…FF
        }
        pending.append(byte)
        return .needsMore
    }

    /// The scalar of one complete sequence; nil when the standard forbids it
    /// (overlong forms, surrogates, values past U+10FFFF).
    private static func decode(_ bytes: [UInt8]) -> Unicode.Scalar? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let scalars = text.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }
}
