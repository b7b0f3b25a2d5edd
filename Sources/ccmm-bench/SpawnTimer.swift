#if canImport(Glibc)
import Glibc
#endif

/// Times whole programs from spawn to exit, their output going to /dev/null:
/// `ccmm score` beside `jq .` on the same session file.
enum SpawnTimer {
    /// Milliseconds from posix_spawn to the child's exit, for `runs` runs after one warm-up run.
    static func time(_ executable: String, _ arguments: [String], environment: [String: String], runs: Int) throws -> Samples {
        var times: [Double] = []
        for run in 0...runs {
            let elapsed = try once(executable, arguments, environment: environment)
            if run > 0 { times.append(elapsed) }
        }
        return Samples(times)
    }

    static func once(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Double {
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = Stopwatch.now()
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else { throw BenchError("\(executable) could not be started: \(String(cString: strerror(result)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let end = Stopwatch.now()
        guard status == 0 else { throw BenchError("\(executable) \(arguments.joined(separator: " ")) exited with status \(status)") }
        return Stopwatch.milliseconds(from: start, to: end)
    }

    /// The first executable of that name on PATH.
    static func find(_ name: String, path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }
}
