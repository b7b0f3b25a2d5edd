import Foundation

/// Command-line options of ccmm-bench.
struct Options {
    var json = false
    var runs = 25
    var keys = 2400
    var byteRepeats = 6
    var ccmm: String?
    var only: Set<String> = []
    var keep = false
    var portfolioSessions = 10_000

    static let usage = """
    usage: ccmm-bench [--json] [--runs N] [--keys N] [--repeats N] [--ccmm PATH] [--sessions N]
                      [--only startup,cli,keystroke,bytes,scoring,limits,portfolio,memory] [--keep]
      --json      print the results as JSON instead of a table
      --runs      start-up runs per program (default 25, at least 20 for the targets)
      --keys      keystrokes for the in-process measurement (default 2400)
      --repeats   key presses of each kind for the bytes measurement (default 6)
      --ccmm      the ccmm binary (default: the one beside ccmm-bench)
      --sessions  session files for the portfolio measurement (default 10000)
      --only      run only these measurements
      --keep      keep the scratch folder (the full session file) and print its path
    """

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(name) needs a value\n\(usage)") }
            return next
        }
        func number(_ name: String) throws -> Int {
            let text = try value(name)
            guard let number = Int(text), number > 0 else { throw BenchError("\(name) expects a positive number, found \"\(text)\"") }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--json": options.json = true
            case "--keep": options.keep = true
            case "--runs": options.runs = try number(argument)
            case "--keys": options.keys = try number(argument)
            case "--repeats": options.byteRepeats = try number(argument)
            case "--ccmm": options.ccmm = try value(argument)
            case "--sessions": options.portfolioSessions = try number(argument)
            case "--only": options.only = Set(try value(argument).split(separator: ",").map(String.init))
            case "-h", "--help":
                print(usage)
                exit(0)
            default: throw BenchError("unknown argument \"\(argument)\"\n\(usage)")
            }
        }
        return options
    }

    func wants(_ part: String) -> Bool { only.isEmpty || only.contains(part) }
}
