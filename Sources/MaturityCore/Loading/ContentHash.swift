/// FNV-1a, 64 bits, over a file's bytes. It only has to notice that a
/// questionnaire changed between sessions, not resist an attacker, and it
/// needs no dependency on a crypto library.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
