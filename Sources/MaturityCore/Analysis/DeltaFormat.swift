/// Signed numbers for deltas (`Fraction.formatted` is for values that are
/// never negative). Decisions never go through these strings.
public enum DeltaFormat {
    /// "12", "-3.5": the magnitude rounded half up, with a minus sign when below zero.
    /// With `truncating`, the magnitude is cut instead ("2.998" → "2.99"), for
    /// values whose floor decides a level (mean_level scores).
    public static func number(_ value: Fraction, places: Int, truncating: Bool = false) -> String {
        let absolute = Fraction(abs(value.numerator), value.denominator)
        let magnitude = truncating ? absolute.truncated(places: places) : absolute.formatted(places: places)
        let isZero = magnitude.allSatisfy { $0 == "0" || $0 == "." }
        return value.numerator < 0 && !isZero ? "-" + magnitude : magnitude
    }

    /// "+12", "-3.5", "0": for changes, where the sign is the point.
    public static func signed(_ value: Fraction, places: Int) -> String {
        let text = number(value, places: places)
        return text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
    }
}
