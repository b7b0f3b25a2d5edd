import CMinizip
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The zip container of an .xlsx package, written by zlib's minizip into a
/// private temporary file and read back, so that the caller writes the
/// result atomically wherever it belongs.
enum ZipContainer {
    static func bytes(_ entries: [(path: String, bytes: [UInt8])]) throws(XLSXError) -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.path
        let path = "\(folder)/ccmm-xlsx-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).zip"
        defer { unlink(path) }
        guard let zip = zipOpen64(path, APPEND_STATUS_CREATE) else {
            throw XLSXError("cannot create a temporary file in \(folder) for the workbook")
        }
        var closed = false
        defer { if !closed { zipClose(zip, nil) } }
        // A fixed time stamp keeps the same workbook byte for byte the same.
        var info = zip_fileinfo()
        info.tmz_date = tm_zip(tm_sec: 0, tm_min: 0, tm_hour: 0, tm_mday: 1, tm_mon: 0, tm_year: 1980)
        for entry in entries {
            guard zipOpenNewFileInZip64(zip, entry.path, &info, nil, 0, nil, 0, nil, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK
            else { throw XLSXError("cannot add \(entry.path) to the workbook") }
            let written = entry.bytes.withUnsafeBufferPointer { buffer in
                zipWriteInFileInZip(zip, buffer.baseAddress, UInt32(buffer.count))
            }
            guard written == ZIP_OK, zipCloseFileInZip(zip) == ZIP_OK else {
                throw XLSXError("cannot write \(entry.path) into the workbook (disk full?)")
            }
        }
        closed = true
        guard zipClose(zip, nil) == ZIP_OK else { throw XLSXError("cannot finish the workbook's zip container (disk full?)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XLSXError("cannot read back the temporary workbook \(path)")
        }
        return [UInt8](data)
    }
}
