/// The exact fewest changes within one group of questions, for every number of
/// points the group could add.
///
/// A dynamic programme over the group's questions in reading order; the state
/// is (questions raised to the top, capped at `quota`; points added, in
/// units). For each state it keeps the fewest changes reaching it and the
/// decision that did, so that the chosen raises can be read back. Ties keep
/// the earlier decision ("leave this question"), which reading back from the
/// last question turns into "prefer the earlier criteria".
struct RaiseTable {
    let candidates: [RaiseCandidate]
    let unit: Int
    /// How many questions must reach the top of the scale (strict counting); 0 for none.
    let quota: Int
    /// Points (in units) the whole group can add: the table's last column.
    let capacity: Int
    private let width: Int
    private var fewest: [Int]
    private var decisions: [UInt8]

    private static let unreachable = Int.max
    private static let fromCapped: UInt8 = 0x80

    /// Cells the table would fill (decisions kept for reading back); callers
    /// fall back to a greedy plan above `budget`.
    static func cost(_ candidates: [RaiseCandidate], unit: Int, quota: Int) -> Int {
        let capacity = candidates.reduce(0) { $0 + ($1.top - $1.current) / unit }
        return candidates.count * (max(0, min(quota, candidates.count + 1)) + 1) * (capacity + 1)
    }

    static let budget = 40_000_000

    init(_ candidates: [RaiseCandidate], unit: Int, quota: Int) {
        self.candidates = candidates
        self.unit = unit
        self.quota = max(0, min(quota, candidates.count + 1))
        let capacity = candidates.reduce(0) { $0 + ($1.top - $1.current) / unit }
        self.capacity = capacity
        let width = capacity + 1
        self.width = width
        let states = (self.quota + 1) * width
        var fewest = [Int](repeating: Self.unreachable, count: states)
        fewest[0] = 0
        var decisions = [UInt8](repeating: 0, count: max(candidates.count * states, 0))
        let k = self.quota
        var reach = 0
        for (index, candidate) in candidates.enumerated() {
            var next = fewest
            let base = index * states
            let top = candidate.top
            for t in 0...k {
                for p in 0...reach {
                    let count = fewest[t * width + p]
                    guard count != Self.unreachable else { continue }
                    for (offset, value) in candidate.options.enumerated() {
                        let gain = (value - candidate.current) / unit
                        let raisesTop = value == top
                        let newT = raisesTop ? min(t + 1, k) : t
                        let state = newT * width + p + gain
                        if count + 1 < next[state] {
                            next[state] = count + 1
                            var decision = UInt8(offset + 1)
                            if raisesTop && newT == t { decision |= Self.fromCapped }
                            decisions[base + state] = decision
                        }
                    }
                }
            }
            reach += (top - candidate.current) / unit
            fewest = next
        }
        self.fewest = fewest
        self.decisions = decisions
    }

    /// The fewest changes adding exactly `points` units with the quota met; nil when impossible.
    func fewestChanges(points: Int) -> Int? {
        guard points >= 0, points < width else { return nil }
        let count = fewest[quota * width + points]
        return count == Self.unreachable ? nil : count
    }

    /// Every (points, changes) the group can deliver with its quota met, points ascending.
    var options: [(points: Int, changes: Int)] {
        (0..<width).compactMap { p in fewestChanges(points: p).map { (p, $0) } }
    }

    /// The raises behind `fewestChanges(points:)`, in reading order.
    func raises(points: Int) -> [(candidate: RaiseCandidate, to: Int)] {
        guard fewestChanges(points: points) != nil else { return [] }
        let states = (quota + 1) * width
        var t = quota
        var p = points
        var result: [(candidate: RaiseCandidate, to: Int)] = []
        for index in candidates.indices.reversed() {
            let decision = decisions[index * states + t * width + p]
            guard decision != 0 else { continue }
            let candidate = candidates[index]
            let offset = Int(decision & ~Self.fromCapped) - 1
            guard candidate.options.indices.contains(offset) else { break }
            let value = candidate.options[offset]
            p -= (value - candidate.current) / unit
            if value == candidate.top && decision & Self.fromCapped == 0 { t -= 1 }
            result.append((candidate, value))
        }
        return result.reversed()
    }
}

/// Chooses one option per group so that the points reach a demand with the
/// fewest changes, then the fewest points: a dynamic programme over points
/// capped at the demand (every state at or past the demand is one state that
/// keeps its least (changes, points)). Exact because both are sums.
enum RaiseCombiner {
    /// For each group, the chosen option's points; nil when the demand cannot be met.
    static func choose(_ groups: [[(points: Int, changes: Int)]], demand: Int) -> [Int]? {
        let cap = max(demand, 0)
        let none = (changes: Int.max, points: Int.max)
        var best = [(changes: Int, points: Int)](repeating: none, count: cap + 1)
        best[0] = (0, 0)
        var back: [[(from: Int, points: Int)]] = []
        for options in groups {
            var next = [(changes: Int, points: Int)](repeating: none, count: cap + 1)
            var step = [(from: Int, points: Int)](repeating: (-1, 0), count: cap + 1)
            for state in 0...cap where best[state].changes != Int.max {
                for option in options {
                    let target = min(state + option.points, cap)
                    let value = (changes: best[state].changes + option.changes, points: best[state].points + option.points)
                    if value.changes < next[target].changes
                        || (value.changes == next[target].changes && value.points < next[target].points) {
                        next[target] = value
                        step[target] = (state, option.points)
                    }
                }
            }
            best = next
            back.append(step)
        }
        guard best[cap].changes != Int.max else { return nil }
        var chosen = [Int](repeating: 0, count: groups.count)
        var state = cap
        for index in groups.indices.reversed() {
            let step = back[index][state]
            guard step.from >= 0 else { return nil }
            chosen[index] = step.points
            state = step.from
        }
        return chosen
    }
}
