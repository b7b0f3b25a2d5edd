import MaturityCore

/// Scorer.score on the real questionnaire and on synthetic ones of growing size.
struct ScoringBench {
    struct Point {
        var label: String
        var criteria: Int
        var median: Double
        var runs: Int
        /// Laying the answers out in reading order, done once when a session
        /// is opened (reconciled), outside the scores timed.
        var layOut: Double
        var perCriterionNanoseconds: Double { median * 1_000_000 / Double(max(criteria, 1)) }
    }

    /// The median time of one score, repeating for about `budget` ms (at least
    /// 5 runs), of the session as `ccmm score` and the wizard score it: opened,
    /// so its answers are laid out for `q` (timed once, apart).
    static func measure(_ q: Questionnaire, _ session: Session, label: String, budget: Double) -> Point {
        var opened = session
        let layOutStart = Stopwatch.now()
        opened.layOutAnswers(for: q)
        let layOut = Stopwatch.milliseconds(from: layOutStart, to: Stopwatch.now())
        var times: [Double] = []
        var spent = 0.0
        var sink = 0
        while times.count < 5 || (spent < budget && times.count < 2001) {
            let start = Stopwatch.now()
            let card = Scorer.score(opened, with: q)
            let elapsed = Stopwatch.milliseconds(from: start, to: Stopwatch.now())
            sink &+= card.total
            times.append(elapsed)
            spent += elapsed
        }
        if sink == Int.min { print(sink) }
        return Point(label: label, criteria: q.criteria.count, median: Samples(times).median, runs: times.count, layOut: layOut)
    }
}
