import Foundation
import Testing

/// Runs python3 on a script with arguments and returns what it printed.
/// scripts/test installs jsonschema and openpyxl (scripts/ensure-deps --tests);
/// a missing package fails the test with that hint rather than passing it.
enum Python {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ script: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting, so a large output cannot fill the pipe and stall both sides.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                            errors: String(decoding: err, as: UTF8.self))
        if result.errors.contains("ModuleNotFoundError") {
            Issue.record("python3 lacks a package; run scripts/test (it installs jsonschema and openpyxl): \(result.errors)")
        }
        return result
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "ccmm-export-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
