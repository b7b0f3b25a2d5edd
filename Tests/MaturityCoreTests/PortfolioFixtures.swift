import Foundation
@testable import MaturityCore

/// A group's folder of assessments, worked by hand in PortfolioTests:
/// three centres assessed in 2024, 2025 and 2026 with the small level model
/// (`GapFixtures.smallLevels`: core = A (1–3) + B (4–5), innovation = C (6–7)),
/// two of them also once with a mean-level model, one session answered against
/// an older version of the questionnaire, and files that are not sessions.
enum PortfolioFixtures {
    typealias A = GapFixtures.A

    /// Method and execution per criterion 1…7 (nil: unanswered).
    typealias Sheet = [(A?, A?)]

    static func levels() throws -> Questionnaire { try Fixtures.load(GapFixtures.smallLevels()) }
    static func means() throws -> Questionnaire {
        try Fixtures.load(GapFixtures.meanLevel([("1", ["approach", "deployment"]), ("2", ["approach", "deployment"])]))
    }

    static func session(_ q: Questionnaire, centre: String, site: String, date: String, years: Int, _ sheet: Sheet) -> Session {
        var s = Session(questionnaire: QuestionnaireReference(q),
                        profile: Profile(centre: centre, site: site, assessor: "QA", date: date, yearsInOperation: years, language: .en),
                        createdAt: date + "T09:00:00Z")
        for (index, answers) in sheet.enumerated() {
            GapFixtures.answer(&s, String(index + 1), ["method", "execution"], [answers.0, answers.1])
        }
        s.updatedAt = date + "T17:00:00Z"
        return s
    }

    static func uniform(_ method: A?, _ execution: A?, _ count: Int = 7) -> Sheet { Array(repeating: (method, execution), count: count) }

    /// Writes the group into `folder` and returns the paths by name.
    @discardableResult
    static func write(into folder: String) throws -> [String: String] {
        let q = try levels()
        let m = try means()
        var files: [String: String] = [:]
        func put(_ name: String, _ session: Session, _ questionnaire: Questionnaire) throws {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try SessionStore.save(session, questionnaire: questionnaire, to: path)
            files[name] = path
        }
        func raw(_ name: String, _ text: String) throws {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            files[name] = path
        }
        let ten = A.r(10), five = A.r(5), zero = A.r(0)
        // North, Beijing, 4 years: L1 75 → L2 105 → L3 125.
        try put("north/2024.json", session(q, centre: "North", site: "Beijing", date: "2024-03-15", years: 4,
                                           [(ten, ten), (ten, ten), (ten, five), (five, five), (five, five), (zero, zero), (zero, zero)]), q)
        try put("north/2025.json", session(q, centre: "North", site: "Beijing", date: "2025-03-15", years: 4,
                                           [(ten, ten), (ten, ten), (ten, ten), (ten, five), (five, five), (ten, five), (zero, five)]), q)
        try put("north/2026.json", session(q, centre: " North ", site: "Beijing", date: "2026-03-15", years: 4,
                                           [(ten, ten), (ten, ten), (ten, ten), (ten, ten), (ten, five), (ten, ten), (ten, zero)]), q)
        // South, Shenzhen, 1 year: L0 70 (old version, provisional) → L2 140 → L2 120 (criterion 4 N/A).
        var old = session(q, centre: "South", site: "Shenzhen", date: "2024-04-01", years: 1,
                          uniform(five, five, 5) + [(ten, ten)])
        GapFixtures.answer(&old, "8", ["method", "execution"], [ten, ten])
        old.questionnaire = QuestionnaireReference(id: q.id, version: "0", contentHash: "sha256:older",
                                                   criterionIDs: ["1", "2", "3", "4", "5", "6", "8"])
        try put("south/2024.json", old, q)
        try put("south/2025.json", session(q, centre: "South", site: "Shenzhen", date: "2025-04-01", years: 1, uniform(ten, ten)), q)
        var latest = session(q, centre: "South", site: "Shenzhen", date: "2026-04-01", years: 1, uniform(ten, ten))
        GapFixtures.answer(&latest, "4", ["method", "execution"], [.na, .na])
        try put("south/2026.json", latest, q)
        // East, Shanghai, 3 years: L0 30 (provisional) → L2 100 → L0 80. File names
        // run against the dates, so the order must come from the dates.
        try put("east/c.json", session(q, centre: "East", site: "Shanghai", date: "2024-05-20", years: 3,
                                       uniform(ten, nil, 3) + uniform(nil, nil, 4)), q)
        try put("east/b.json", session(q, centre: "East", site: "Shanghai", date: "2025-05-20", years: 3,
                                       uniform(ten, ten, 3) + uniform(ten, zero, 4)), q)
        try put("east/a.json", session(q, centre: "East", site: "Shanghai", date: "2026-05-20", years: 3,
                                       uniform(ten, ten, 2) + uniform(five, five, 3) + uniform(five, zero, 2)), q)
        // The mean-level model, once each for North and South.
        var northMean = Session(questionnaire: QuestionnaireReference(m),
                                profile: Profile(centre: "North", site: "Beijing", date: "2026-06-01", language: .en), createdAt: "2026-06-01T09:00:00Z")
        GapFixtures.answer(&northMean, "1", ["approach", "deployment"], [.r(3), .r(4)])
        GapFixtures.answer(&northMean, "2", ["approach", "deployment"], [.r(2), .r(2)])
        try put("see/north.json", northMean, m)
        var southMean = northMean
        southMean.profile = Profile(centre: "South", site: "Shenzhen", date: "2026-06-02", language: .en)
        GapFixtures.answer(&southMean, "1", ["approach", "deployment"], [.r(4), .r(4)])
        GapFixtures.answer(&southMean, "2", ["approach", "deployment"], [.r(3), .r(3)])
        try put("see/south.json", southMean, m)
        // Files that are not (usable) sessions.
        try raw("broken.json", #"{"ccmm_session": 1, "questionnaire": {"id": "fixture", "#)
        try raw("notes/README.txt", "minutes of the review meeting")
        try raw("notes/settings.json", #"{"theme": "dark"}"#)
        try raw(".git/config.json", #"{"hidden": true}"#)
        return files
    }

    static func questionnaires() throws -> @Sendable (String) throws(LoadError) -> Questionnaire {
        let known = [try levels(), try means()]
        return { (id: String) throws(LoadError) -> Questionnaire in
            guard let q = known.first(where: { $0.id == id }) else { throw LoadError(file: id, .unknownQuestionnaire(folder: nil, known: known.map(\.id))) }
            return q
        }
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "ccmm-portfolio-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
