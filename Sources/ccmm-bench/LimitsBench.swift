import Foundation
import MaturityCore

/// Issue 12: files near the size limits load "well under a second". A
/// questionnaire just under the 16 MB limit (FileBytes.limit; CC-CMM-OC's
/// criteria repeated under new ids, about 4,400 of them) and a session just
/// under it (every criterion of that questionnaire answered, with long notes)
/// are written to a temporary folder and read back the way `ccmm open` reads
/// them, several times.
enum LimitsBench {

    static func rows(template q: Questionnaire, templatePath: String, runs: Int) throws -> [Row] {
        let section = "files near the size limits (release build, in-process, \(runs) runs)"
        let folder = NSTemporaryDirectory() + "ccmm-bench-limits-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let templateBytes = try FileBytes.read(path: templatePath, what: .questionnaire).count
        // As many criteria as fit in 97% of the limit, at the template's bytes per criterion.
        let criteria = Int(Double(q.criteria.count) * 0.97 * Double(FileBytes.limit) / Double(max(templateBytes, 1)))
        progress("limits: writing a questionnaire of \(Format.grouped(criteria)) criteria")
        let questionnairePath = folder + "/big.json"
        let questionnaireBytes = try bigQuestionnaire(from: templatePath, count: criteria)
        try Data(questionnaireBytes).write(to: URL(fileURLWithPath: questionnairePath))
        var loaded: Questionnaire?
        let loading = try timed(runs) { loaded = try QuestionnaireDecoder.load(path: questionnairePath) }
        guard let big = loaded else { return [] }

        progress("limits: writing a session of nearly \(FileBytes.limit / 1_048_576) MB")
        let sessionPath = folder + "/big-session.json"
        let sessionBytes = nearLimitSession(for: big)
        try Data(sessionBytes).write(to: URL(fileURLWithPath: sessionPath))
        let library = QuestionnaireLibrary(directory: folder)
        var answered = 0
        let opening = try timed(runs) {
            let opened = try OpenedSession.open(sessionPath, questionnaire: questionnairePath, library: library)
            answered = Scorer.score(opened.session, with: opened.questionnaire).answered
        }
        func row(_ name: String, _ samples: Samples, _ bytes: Int, _ detail: String) -> Row {
            Row(section: section, measurement: name + " (\(Format.fixed(Double(bytes) / 1_048_576, 1)) MiB)", value: samples.median,
                unit: "ms", shown: Format.milliseconds(samples.median), target: "< 1,000 ms", met: samples.maximum < 1000,
                detail: detail, spread: samples)
        }
        return [
            row("load a questionnaire of \(Format.grouped(big.criteria.count)) criteria", loading, questionnaireBytes.count,
                "decode and check, as ccmm validate or open does"),
            row("open and score a session of \(Format.grouped(big.criteria.count)) answered criteria", opening, sessionBytes.count,
                "read, reconcile with the questionnaire above (loaded too), score; \(Format.grouped(answered)) questions answered"),
        ]
    }

    /// Runs `body` `runs` times; the milliseconds of each run.
    private static func timed(_ runs: Int, _ body: () throws -> Void) throws -> Samples {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = Stopwatch.now()
            try body()
            times.append(Stopwatch.milliseconds(from: start, to: Stopwatch.now()))
        }
        return Samples(times)
    }

    /// The template's file with every leaf group's criteria repeated, under new
    /// ids, until there are `count`; everything else (rules, scale) kept.
    static func bigQuestionnaire(from templatePath: String, count: Int) throws -> [UInt8] {
        let template = try JSONParser.parse(try FileBytes.read(path: templatePath, what: .questionnaire))
        var leaves: [[JSONValue]] = []
        collectLeaves(template, into: &leaves)
        let perLeaf = leaves.map(\.count)
        let total = perLeaf.reduce(0, +)
        guard total > 0 else { return Array(JSONWriter.render(template).utf8) }
        var next = 0
        var leafIndex = 0
        func rebuild(_ value: JSONValue) -> JSONValue {
            guard case let .object(members) = value else { return value }
            return .object(members.map { member in
                switch member.key {
                case "groups":
                    guard case let .array(items) = member.value else { return member }
                    return (member.key, .array(items.map(rebuild)))
                case "criteria":
                    guard case let .array(items) = member.value, !items.isEmpty else { return member }
                    // This leaf's share of `count`, in proportion to its share of the template.
                    let share = leafIndex == leaves.count - 1 ? count - next : count * items.count / total
                    leafIndex += 1
                    var copies: [JSONValue] = []
                    copies.reserveCapacity(share)
                    for index in 0..<share {
                        next += 1
                        copies.append(renamed(items[index % items.count], id: String(next)))
                    }
                    return (member.key, .array(copies))
                default:
                    return member
                }
            })
        }
        return Array(JSONWriter.render(rebuild(template)).utf8)
    }

    private static func collectLeaves(_ value: JSONValue, into leaves: inout [[JSONValue]]) {
        guard case let .object(members) = value else { return }
        for member in members {
            if member.key == "criteria", case let .array(items) = member.value, !items.isEmpty { leaves.append(items) }
            if member.key == "groups", case let .array(items) = member.value { items.forEach { collectLeaves($0, into: &leaves) } }
        }
    }

    private static func renamed(_ criterion: JSONValue, id: String) -> JSONValue {
        guard case let .object(members) = criterion else { return criterion }
        return .object(members.map { $0.key == "id" ? ("id", .string(id)) : $0 })
    }

    /// A full session for `q` whose notes grow until the file is just under the limit.
    static func nearLimitSession(for q: Questionnaire) -> [UInt8] {
        var session = Fixtures.fullSession(for: q)
        let plain = SessionStore.render(session, questionnaire: q)
        // Every criterion gets the same note, as long as the room left allows (with 1% to spare).
        let room = Int(Double(FileBytes.limit) * 0.99) - plain.count
        let perCriterion = max(0, room / max(q.criteria.count, 1) - 16)
        let sentence = "Checked against the rota, the call records and the quality reviews of the month. "
        let note = String(String(repeating: sentence, count: perCriterion / sentence.utf8.count + 1).utf8.prefix(perCriterion)) ?? ""
        for criterion in q.criteria { session.answers[criterion.id]?.note = note }
        return SessionStore.render(session, questionnaire: q)
    }
}
