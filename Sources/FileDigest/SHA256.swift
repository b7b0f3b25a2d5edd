import CLibCrypto
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// SHA-256 by OpenSSL's libcrypto (EVP), so that no hash is written by hand.
public enum SHA256Digest {
    /// Lower-case hex of the SHA-256 of `bytes`; nil only if libcrypto refuses.
    public static func hex(of bytes: [UInt8]) -> String? {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            EVP_Digest(input.baseAddress, input.count, &digest, &length, EVP_sha256(), nil)
        }
        guard ok == 1 else { return nil }
        return hex(digest, length)
    }

    /// The SHA-256 of a file, read a megabyte at a time so that a large
    /// evidence file (a recording, a scanned manual) never sits whole in memory.
    /// Nil when the file cannot be read.
    public static func hex(ofFile path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let context = EVP_MD_CTX_new() else { return nil }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in read(descriptor, buffer.baseAddress, buffer.count) }
            if count == 0 { break }     // the end of the file
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            let ok = chunk.withUnsafeBytes { buffer in EVP_DigestUpdate(context, buffer.baseAddress, count) }
            guard ok == 1 else { return nil }
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { return nil }
        return hex(digest, length)
    }

    private static func hex(_ digest: [UInt8], _ length: UInt32) -> String? {
        guard length == 32 else { return nil }
        return digest.prefix(Int(length)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
