import Foundation
import MaturityCore

/// Where things are: the repository (for Questionnaires/), the ccmm binary
/// beside this one, and a scratch folder for session files.
struct BenchSetup {
    var root: String
    var questionnaires: String
    var ccmm: String
    /// This program, for the memory measurement's small parent.
    var bench: String
    var dialog: String?
    var jq: String?
    var scratch: String

    static func locate(ccmm explicit: String?) throws -> BenchSetup {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map(URL.init(fileURLWithPath:)) ?? executable
        var candidates: [URL] = []
        var folder = program.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        guard let root = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("Questionnaires/cc-cmm-oc.json").path) }) else {
            throw BenchError("cannot find the repository (Questionnaires/cc-cmm-oc.json) above \(program.path) or in the current folder")
        }
        let ccmm = explicit ?? program.deletingLastPathComponent().appendingPathComponent("ccmm").path
        guard FileManager.default.isExecutableFile(atPath: ccmm) else {
            throw BenchError("no ccmm binary at \(ccmm); build it (swift build -c release --product ccmm) or pass --ccmm PATH")
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let dialog = SpawnTimer.find("dialog", path: path)
        let jq = SpawnTimer.find("jq", path: path)
        let scratch = NSTemporaryDirectory() + "ccmm-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        return BenchSetup(root: root.path, questionnaires: root.appendingPathComponent("Questionnaires").path,
                           ccmm: ccmm, bench: program.path, dialog: dialog, jq: jq, scratch: scratch)
    }

    /// What the programs in the pseudo-terminal see: ccmm uses the
    /// questionnaires compiled into it, as an installed ccmm does.
    var childEnvironment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return ["TERM": "xterm-256color", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
                "HOME": scratch, "CCMM_HOME": scratch,
                "PATH": inherited["PATH"] ?? "/usr/bin:/bin"]
    }
}

enum Fixtures {
    /// A complete session: every question answered, a realistic mix of 10s, 5s
    /// and 0s, one N/A with its reason, some notes and flags.
    static func fullSession(for q: Questionnaire, years: Int = 6) -> Session {
        var answers: [String: CriterionAnswer] = [:]
        answers.reserveCapacity(q.criteria.count)
        for (index, criterion) in q.criteria.enumerated() {
            var record = CriterionAnswer(changedAt: "2026-01-15T10:00:00+08:00")
            for (position, question) in criterion.questions.enumerated() {
                let value: Int
                if position == 0 {
                    value = index % 12 == 11 ? 5 : 10
                } else {
                    value = index % 9 == 8 ? 0 : index % 4 == 3 ? 5 : 10
                }
                record.ratings[question.angle] = .rated(q.scale.values.contains(value) ? value : q.scale.top)
            }
            if index % 10 == 4 { record.note = "Reviewed on site with the operations manager; evidence in binder \(index / 10 + 1)." }
            if index % 25 == 7 { record.flagged = true }
            answers[criterion.id] = record
        }
        if q.scale.allowsNotApplicable, let last = q.criteria.last {
            var record = CriterionAnswer(changedAt: "2026-01-15T10:00:00+08:00")
            for question in last.questions { record.ratings[question.angle] = .notApplicable(reason: "No upstream partners yet.") }
            answers[last.id] = record
        }
        return Session(questionnaire: QuestionnaireReference(q),
                       profile: Profile(centre: "Benchmark Contact Centre", site: "Shanghai", assessor: "Bench",
                                        date: "2026-01-15", yearsInOperation: years, language: .en),
                       answers: answers, position: q.criteria.first?.id,
                       createdAt: "2026-01-15T09:00:00+08:00", updatedAt: "2026-01-15T10:00:00+08:00")
    }

    /// A questionnaire of `count` criteria with the shape and rules of
    /// `template` (CC-CMM-OC): criterion i is a copy of the template's
    /// criterion i mod 170 under a new id, in the same leaf group, so the
    /// share of criteria in each group and scope stays the same; the total
    /// thresholds scale with the criterion count.
    static func synthetic(from template: Questionnaire, count: Int) -> Questionnaire {
        var leafOf: [String: String] = [:]
        for criterion in template.criteria {
            if let leaf = template.ancestry[criterion.id]?.last { leafOf[criterion.id] = leaf.id }
        }
        var byGroup: [String: [Criterion]] = [:]
        for index in 0..<count {
            guard !template.criteria.isEmpty else { break }
            var criterion = template.criteria[index % template.criteria.count]
            let group = leafOf[criterion.id] ?? ""
            criterion.id = String(index + 1)
            byGroup[group, default: []].append(criterion)
        }
        func rebuild(_ group: Group) -> Group {
            var copy = group
            copy.criteria = byGroup[group.id] ?? []
            copy.groups = group.groups.map(rebuild)
            return copy
        }
        var scoring = template.scoring
        if case var .levels(rules) = scoring {
            let templateMaximum = template.questionCount * template.scale.top
            let maximum = count * (template.criteria.first?.questions.count ?? 0) * template.scale.top
            rules.levels = rules.levels.map { level in
                var level = level
                level.requirements = level.requirements.map { requirement in
                    guard case let .total(atLeast) = requirement, templateMaximum > 0 else { return requirement }
                    return .total(atLeast: Int((Double(atLeast) * Double(maximum) / Double(templateMaximum)).rounded(.up)))
                }
                return level
            }
            scoring = .levels(rules)
        }
        return Questionnaire(id: template.id, version: "synthetic-\(count)", title: template.title, summary: nil, notice: nil,
                             scale: template.scale, angles: template.angles, groups: template.groups.map(rebuild),
                             scoring: scoring, contentHash: "synthetic")
    }
}
