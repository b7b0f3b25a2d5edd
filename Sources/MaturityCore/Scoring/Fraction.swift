/// An exact non-negative rational. Level decisions compare fractions by cross
/// multiplication so that 120 of 150 is exactly 80%, never 79.99999%.
public struct Fraction: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "a fraction needs a non-zero denominator")
        let divisor = Fraction.gcd(abs(numerator), abs(denominator))
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / max(divisor, 1)
        self.denominator = sign * denominator / max(divisor, 1)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    public static func < (lhs: Fraction, rhs: Fraction) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    public static func + (lhs: Fraction, rhs: Fraction) -> Fraction {
        let common = lhs.denominator / gcd(lhs.denominator, rhs.denominator) * rhs.denominator
        return Fraction(lhs.numerator * (common / lhs.denominator) + rhs.numerator * (common / rhs.denominator), common)
    }

    public static func * (lhs: Fraction, rhs: Fraction) -> Fraction {
        Fraction(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    public static func / (lhs: Fraction, rhs: Int) -> Fraction {
        Fraction(lhs.numerator, lhs.denominator * rhs)
    }

    public var floor: Int {
        numerator >= 0 ? numerator / denominator : -((-numerator + denominator - 1) / denominator)
    }

    /// Rounded half up to a whole number: 80.5 → 81.
    public var roundedHalfUp: Int { Fraction(2 * numerator + denominator, 2 * denominator).floor }

    /// For display only; decisions never go through this.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// Shown with `places` decimals, rounded half up ("80.46" → "80.5").
    public func formatted(places: Int) -> String { decimal(places: places) { $0.roundedHalfUp } }

    /// Shown with `places` decimals, cut toward zero ("2.998" → "2.99"), for
    /// values whose floor decides something: the display never looks higher
    /// than the level it gives.
    public func truncated(places: Int) -> String { decimal(places: places) { $0.floor } }

    /// Shown with `places` decimals, raised to the next step ("10.714" → "10.72"),
    /// for a count compared against a limit: it never looks within the limit when it is over.
    public func roundedUp(places: Int) -> String {
        decimal(places: places) { Fraction($0.numerator + $0.denominator - 1, $0.denominator).floor }
    }

    private func decimal(places: Int, toWhole: (Fraction) -> Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = toWhole(Fraction(numerator * scale, denominator))
        let whole = scaled / scale
        guard places > 0 else { return String(whole) }
        let part = String(scaled % scale)
        return "\(whole)." + String(repeating: "0", count: places - part.count) + part
    }

    public var description: String { denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)" }
}
