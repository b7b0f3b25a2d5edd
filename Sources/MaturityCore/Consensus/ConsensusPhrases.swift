/// Words about merged sessions shared by the command line, the wizard and reports.
public enum ConsensusPhrases {
    /// "3 criteria are in conflict; until settled the lower rating counts."
    public static func lowerCounts(_ conflicts: Int, _ language: Language) -> String {
        language == .zh
            ? "有 \(conflicts) 条存在评估人分歧；在协调确定之前，按较低的评分计分。"
            : "\(conflicts) \(conflicts == 1 ? "criterion is" : "criteria are") in conflict between assessors; until settled, the lower rating counts."
    }

    public static func kappaName(_ kind: KappaKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.cohen, .zh): return "Cohen kappa（两位评估人）"
        case (.cohen, .en): return "Cohen's kappa (two assessors)"
        case (.fleiss, .zh): return "Fleiss kappa（三位及以上评估人）"
        case (.fleiss, .en): return "Fleiss' kappa (three or more assessors)"
        }
    }

    /// A kappa to two decimals, with a true minus sign: "0.40", "−0.13".
    public static func kappa(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths > 0 ? "−" : ""
        let fraction = hundredths % 100
        return "\(sign)\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// One assessor's answer to an angle as shown side by side: "10", "N/A (reason)", "—".
    public static func answer(_ answer: AngleAnswer?, _ language: Language) -> String {
        switch answer {
        case let .rated(value)?: return String(value)
        case let .notApplicable(reason)?: return language == .zh ? "不适用（\(reason)）" : "N/A (\(reason))"
        case nil: return "—"
        }
    }
}
