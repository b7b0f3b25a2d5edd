import MaturityCore

/// The figure formatters as properties, for the reports' long expressions.
extension Fraction {
    var shownMean: String { Figures.mean(self) }
    var shownPercent: String { Figures.percent(self) }
    var shownBandTotal: String { Figures.bandTotal(self) }
}

/// Answers as shown side by side.
public enum AnswerWords {
    /// One assessor's answer: "10", "N/A (reason)", "—".
    public static func assessor(_ answer: AngleAnswer?, _ c: Catalog) -> String {
        switch answer {
        case let .rated(value)?: return String(value)
        case let .notApplicable(reason)?: return c(.answerNotApplicable, reason)
        case nil: return "—"
        }
    }
}
