#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import Dispatch

extension Portfolio {
    /// What to read and how to score it.
    public struct Options: Sendable {
        /// Only sessions of this questionnaire id; the others are set aside.
        public var model: String?
        /// The percent reading for level models; nil uses each questionnaire's.
        public var counting: Counting?
        /// Threads reading files; nil uses every core.
        public var workers: Int?

        public init(model: String? = nil, counting: Counting? = nil, workers: Int? = nil) {
            self.model = model
            self.counting = counting
            self.workers = workers
        }
    }

    /// Reads the session files and folders in `paths` into a portfolio.
    ///
    /// - Parameter questionnaire: finds the questionnaire of an id (the
    ///   built-in one, as `compare` does); every session of that id is
    ///   scored against it, other versions carried over by criterion id.
    public static func read(paths: [String], options: Options = Options(),
                            questionnaire: @escaping @Sendable (String) throws(LoadError) -> Questionnaire) -> Portfolio {
        PortfolioReading.read(paths: paths, options: options, questionnaire: questionnaire)
    }
}

/// Reads session files one at a time on every core, scores each and keeps
/// only its summary, then groups the summaries by model and centre. No
/// session's text outlives the scoring of that session.
enum PortfolioReading {
    typealias Options = Portfolio.Options

    static func read(paths: [String], options: Options,
                     questionnaire: @escaping @Sendable (String) throws(LoadError) -> Questionnaire) -> Portfolio {
        let (files, walked) = PortfolioFiles.expand(paths)
        let cache = QuestionnaireCache(questionnaire)
        let outcomes = ParallelMap.map(files.count, workers: options.workers) { index in
            read(files[index], cache: cache, options: options)
        }
        var setAside = walked
        var summaries: [String: [AssessmentSummary]] = [:]
        var notes: [String: [VersionNote]] = [:]
        for outcome in outcomes {
            switch outcome {
            case let .used(modelID, summary, note):
                summaries[modelID, default: []].append(summary)
                if let note { notes[modelID, default: []].append(note) }
            case let .setAside(file):
                setAside.append(file)
            }
        }
        let order = QuestionnaireLibrary.builtInOrder
        let ids = summaries.keys.sorted { a, b in
            let (x, y) = (order.firstIndex(of: a) ?? order.count, order.firstIndex(of: b) ?? order.count)
            return x != y ? x < y : a < b
        }
        let models = ids.compactMap { id -> ModelPortfolio? in
            guard let q = cache.loaded(id), let list = summaries[id] else { return nil }
            return model(q, summaries: list, notes: notes[id] ?? [], counting: options.counting)
        }
        return Portfolio(models: models, setAside: setAside.sorted { $0.file < $1.file }, filesRead: files.count + walked.count)
    }

    enum Outcome: Sendable {
        case used(modelID: String, AssessmentSummary, VersionNote?)
        case setAside(SetAsideFile)
    }

    /// One file: read, decode, match to its questionnaire, score, summarise.
    static func read(_ file: String, cache: QuestionnaireCache, options: Options) -> Outcome {
        let bytes: [UInt8]
        if let quick = quickRead(file) {
            bytes = quick
        } else {
            // The slower reader names what went wrong (missing, a folder, too large).
            do { bytes = try FileBytes.read(path: file, what: .session) } catch {
                return .setAside(SetAsideFile(file: file, reason: .unreadable(error)))
            }
        }
        let raw: Session
        // The quick reader takes the usual file; anything else goes to the
        // full decoder, which gives the same session or names the problem.
        if let quick = SessionScanner.decode(bytes) {
            raw = quick
        } else {
            do { raw = try SessionCodec.decode(bytes: bytes, file: file) } catch {
                // The parser places syntax errors by line; the decoder by JSON path.
                let syntax = error.problems.first?.location.hasPrefix("line ") == true
                return .setAside(SetAsideFile(file: file, reason: syntax ? .notJSON(error) : .notASession(error)))
            }
        }
        let id = raw.questionnaire.id
        if let wanted = options.model, wanted != id {
            return .setAside(SetAsideFile(file: file, reason: .otherModel(id: id)))
        }
        let q: Questionnaire
        do { q = try cache.load(id) } catch {
            return .setAside(SetAsideFile(file: file, reason: .unknownQuestionnaire(id: id, error)))
        }
        let matched: Reconciliation
        do { matched = try SessionReconciler.reconcile(raw, with: q, file: file) } catch {
            return .setAside(SetAsideFile(file: file, reason: .doesNotFit(error)))
        }
        let summary = AssessmentSummary(session: matched.session, questionnaire: q, file: file,
                                        answeredVersion: raw.questionnaire.version, counting: options.counting)
        let note = matched.questionnaireChanged
            ? VersionNote(file: file, answeredVersion: raw.questionnaire.version, scoredVersion: q.version,
                          dropped: matched.dropped, added: matched.added)
            : nil
        return .used(modelID: id, summary, note)
    }

    /// One open, fstat and read: thousands of files make Foundation's file
    /// handle and the copy out of Data a measurable share of the time. Nil
    /// when anything is unusual; the caller then reads it the careful way.
    static func quickRead(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= off_t(FileBytes.limit) else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = Glibc.read(fd, buffer.baseAddress.map { $0 + done }, size - done)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { break }
                done += got
            }
            complete = done == size
            count = done
        }
        return complete ? bytes : nil
    }

    static func model(_ q: Questionnaire, summaries: [AssessmentSummary], notes: [VersionNote], counting: Counting?) -> ModelPortfolio {
        var byCentre: [CentreKey: [AssessmentSummary]] = [:]
        for summary in summaries { byCentre[summary.centre, default: []].append(summary) }
        let centres = byCentre.keys.sorted().map { key in
            CentreHistory(key: key, assessments: (byCentre[key] ?? []).sorted(by: AssessmentSummary.chronological))
        }
        let latest = centres.compactMap(\.latest)
        return ModelPortfolio(
            questionnaire: q, counting: latest.first?.counting ?? counting ?? .strict, centres: centres,
            reconciled: notes.sorted { $0.file < $1.file },
            heatMap: heatMap(q, centres: centres), weakest: weakest(q, latest: latest),
            distribution: distribution(q, latest: latest))
    }

    static func heatMap(_ q: Questionnaire, centres: [CentreHistory]) -> HeatMap {
        let groups = q.groups.map { (id: $0.id, title: $0.title) }
        let cells = groups.map { group in
            centres.map { centre in centre.latest?.groups.first { $0.groupID == group.id } }
        }
        return HeatMap(groups: groups, centres: centres.map(\.key), cells: cells)
    }

    /// Lowest mean rating first; among equal means, most answers below the
    /// top; then reading order. Criteria nobody rated come last.
    static func weakest(_ q: Questionnaire, latest: [AssessmentSummary]) -> [CriterionWeakness] {
        let top = q.scale.top
        var offset = 0
        var result: [(index: Int, weakness: CriterionWeakness)] = []
        for (index, criterion) in q.criteria.enumerated() {
            let width = criterion.questions.count
            var sum = 0, rated = 0, below = 0, centresBelow = 0
            for summary in latest where summary.answers.count >= offset + width {
                var centreBelow = false
                for code in summary.answers[offset..<(offset + width)] where code >= 0 {
                    sum += Int(code)
                    rated += 1
                    if Int(code) < top {
                        below += 1
                        centreBelow = true
                    }
                }
                if centreBelow { centresBelow += 1 }
            }
            offset += width
            result.append((index, CriterionWeakness(criterionID: criterion.id, mean: rated == 0 ? nil : Fraction(sum, rated),
                                                    rated: rated, belowTop: below, centresBelowTop: centresBelow)))
        }
        result.sort { a, b in
            switch (a.weakness.mean, b.weakness.mean) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                if a.weakness.belowTop != b.weakness.belowTop { return a.weakness.belowTop > b.weakness.belowTop }
                return a.index < b.index
            }
        }
        return result.map(\.weakness)
    }

    /// Every rung of the model's ladder with the centres on it now; for a
    /// model without a ladder (lowest group), each group that is some
    /// centre's lowest.
    static func distribution(_ q: Questionnaire, latest: [AssessmentSummary]) -> [StandingCount] {
        var ladder: [Comparison.Standing]
        switch q.scoring {
        case let .levels(rules):
            ladder = [Comparison.Standing(id: rules.unrated.id, name: rules.unrated.name, rank: 0)]
                + rules.levels.enumerated().map { Comparison.Standing(id: $1.id, name: $1.name, rank: $0 + 1) }
        case let .meanLevel(rules):
            ladder = rules.levels.enumerated().map { Comparison.Standing(id: $1.id, name: $1.name, rank: $0) }
        case let .weightedBands(rules):
            ladder = rules.bands.reversed().enumerated().map { Comparison.Standing(id: $1.id, name: $1.name, rank: $0) }
        case .lowestGroup:
            ladder = []
        }
        // Standings off the ladder (no level yet, a lowest module) follow in order of first appearance.
        for summary in latest where !ladder.contains(where: { $0.id == summary.standing.id }) {
            ladder.append(summary.standing)
        }
        return ladder.map { standing in
            StandingCount(standing: standing, centres: latest.filter { $0.standing.id == standing.id }.count)
        }
    }
}

/// Questionnaires by id, each decoded once however many threads ask for it.
final class QuestionnaireCache: @unchecked Sendable {
    private let loader: @Sendable (String) throws(LoadError) -> Questionnaire
    private let lock = ThreadLock()
    private var found: [String: Result<Questionnaire, LoadError>] = [:]

    init(_ loader: @escaping @Sendable (String) throws(LoadError) -> Questionnaire) { self.loader = loader }

    func load(_ id: String) throws(LoadError) -> Questionnaire {
        lock.lock()
        defer { lock.unlock() }
        if let known = found[id] { return try known.get() }
        let result: Result<Questionnaire, LoadError>
        do { result = .success(try loader(id)) } catch { result = .failure(error) }
        found[id] = result
        return try result.get()
    }

    func loaded(_ id: String) -> Questionnaire? {
        lock.lock()
        defer { lock.unlock() }
        return try? found[id]?.get()
    }
}

/// Maps indices to results on several threads; each thread takes the next
/// index when it is free, so one slow file does not hold up a fixed share.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, workers: Int?, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let threads = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, count))
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = slots.claim() { slots.put(index, transform(index)) }
        }
        return slots.results()
    }

    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let lock = ThreadLock()
        private var next = 0
        private var values: [T?]

        init(_ count: Int) { values = [T?](repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < values.count else { return nil }
            next += 1
            return next - 1
        }

        func put(_ index: Int, _ value: T) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        func results() -> [T] { values.compactMap { $0 } }
    }
}
