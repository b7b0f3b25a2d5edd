import Foundation

/// Reads a whole file, turning the system's refusal into a message that names the file.
enum FileBytes {
    /// Files larger than this are refused before reading: no questionnaire or
    /// session is anywhere near it, and a runaway file should not exhaust memory.
    static let limit = 64 * 1024 * 1024

    static func read(path: String, what: String) throws(LoadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(file: path, message: "no such file; expected a \(what) file")
        }
        if isDirectory.boolValue { throw LoadError(file: path, message: "is a folder; expected a \(what) file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LoadError(file: path, message: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            if size > UInt64(limit) { throw LoadError(file: path, message: "is \(size / 1_048_576) MB; a \(what) file is expected to be under \(limit / 1_048_576) MB") }
            try handle.seek(toOffset: 0)
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(file: path, message: "cannot be read: \(error.localizedDescription)")
        }
    }
}
