import MaturityCore

/// One formatter per kind of figure, used by every surface (models.md §6).
/// A figure from which a level or band is read is truncated to its shown
/// precision, never rounded up, so that a reader who applies the rule to the
/// shown figure gets the result shown.
public enum Figures {
    /// Share of criteria meeting an angle, one decimal, truncated: a level is
    /// read from it ("89.96" must not look like 90.0%).
    public static func percent(_ value: Fraction) -> String { value.truncated(places: 1) }
    public static func percentWithSign(_ value: Fraction) -> String { percent(value) + "%" }

    /// Rating points: whole numbers, exact.
    public static func points(_ value: Int) -> String { String(value) }

    /// A whole-number threshold or an actual total ("2237").
    public static func whole(_ value: Fraction) -> String { value.truncated(places: 0) }

    /// SEE-CMM scores (overall and per criterion): two decimals, truncated,
    /// because the level is the overall mean rounded down.
    public static func mean(_ value: Fraction) -> String { value.truncated(places: 2) }

    /// CCCS-OP-2003 totals and category points: one decimal, truncated
    /// (80.46 shows 80.4 and is a pass; 80.50 shows 80.5 and is five-star).
    public static func bandTotal(_ value: Fraction) -> String { value.truncated(places: 1) }

    /// Agreement (kappa) with two decimals; it decides nothing, so it is rounded.
    /// Negative values get a true minus sign.
    public static func kappa(_ value: Double) -> String {
        let hundredths = (abs(value) * 100).rounded()
        let text = String(Int(hundredths) / 100) + "." + twoDigits(Int(hundredths) % 100)
        return value < 0 && hundredths > 0 ? "−" + text : text
    }

    /// Exact agreement as a whole percent, rounded.
    public static func share(_ value: Double) -> String { String(Int((value * 100).rounded())) + "%" }

    /// A change: "+12", "-3.5", "0". Signed deltas of values a level is read
    /// from are truncated like the values themselves.
    public static func delta(_ value: Fraction, places: Int, truncating: Bool = true) -> String {
        let text = unsigned(value, places: places, truncating: truncating)
        return text.hasPrefix("-") || isZero(text) ? text : "+" + text
    }

    /// "12", "-3.5": the magnitude cut (or rounded), with a minus sign when below zero.
    public static func unsigned(_ value: Fraction, places: Int, truncating: Bool = true) -> String {
        let absolute = Fraction(abs(value.numerator), value.denominator)
        let magnitude = truncating ? absolute.truncated(places: places) : absolute.formatted(places: places)
        return value.numerator < 0 && !isZero(magnitude) ? "-" + magnitude : magnitude
    }

    /// A progress fraction as a whole percent, never 100 before it is reached.
    public static func progress(_ fraction: Double) -> String { String(Int(fraction * 100)) + "%" }

    static func isZero(_ text: String) -> Bool { text.allSatisfy { $0 == "0" || $0 == "." } }
    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
