/// Sheet names as Excel accepts them: 1–31 characters, none of : \ / ? * [ ],
/// not starting or ending with an apostrophe, and unique ignoring case.
enum SheetNames {
    static func unique(_ wanted: [String]) -> [String] {
        var used = Set<String>()
        return wanted.enumerated().map { index, name in
            var base = String(name.map { ":\\/?*[]".contains($0) ? "_" : $0 })
            while base.hasPrefix("'") { base.removeFirst() }
            while base.hasSuffix("'") { base.removeLast() }
            if base.isEmpty { base = "Sheet\(index + 1)" }
            var candidate = String(base.prefix(31))
            var suffix = 2
            while used.contains(candidate.lowercased()) {
                let tail = " (\(suffix))"
                candidate = String(base.prefix(31 - tail.count)) + tail
                suffix += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
