import Testing
@testable import TerminalUI

#if canImport(Glibc)
import Glibc
import CNcursesw

/// The self-contained table must give the answers glibc's wcwidth gives in
/// a UTF-8 locale, or the grid and ncurses would disagree on where text
/// ends. Uses a per-thread locale (uselocale) so parallel tests are not
/// affected; skipped where C.UTF-8 is not installed.
/// Scalars whose category changed between glibc's and Swift's Unicode versions.
private let unicodeVersionDrift: Set<UInt32> = [
    0x1171E, // AHOM CONSONANT SIGN MEDIAL RA: a combining mark for glibc 2.36, spacing for Swift
]

@Test func tableAgreesWithGlibcWhereGlibcKnowsTheScalar() throws {
    guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return }
    let previous = uselocale(utf8)
    defer {
        uselocale(previous)
        freelocale(utf8)
    }
    var disagreements: [String] = []
    for value in UInt32(0xA0)...0x3FFFF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let glibc = Int(ccmm_wcwidth(value))
        guard glibc >= 0 else { continue }       // unassigned or non-printing for glibc
        let table = DisplayWidth.tableWidth(scalar)
        if table != glibc && !unicodeVersionDrift.contains(value) {
            disagreements.append("U+\(String(value, radix: 16, uppercase: true)) glibc \(glibc) table \(table)")
        }
    }
    #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(40))")
}
#endif
