/// Plain words for N/A beside its limit (models.md §6), shared by `ccmm
/// score`, `ccmm plan`, the wizard and reports so that all say it alike.
public enum NotApplicablePhrases {
    /// The result id of a withheld outcome in JSON (`level.id`, `outcome.id`).
    public static let withheldID = NotApplicableCount.withheldID
    public static let withheldName = LocalizedText(zh: "不予评定", en: "Withheld")

    /// A count as people read it. Points are shown exactly when whole and
    /// otherwise rounded up to two decimals, so that a count over its limit
    /// never shows as equal to it.
    public static func figure(_ value: Fraction, unit: NotApplicableCount.Unit) -> String {
        guard unit == .points, value.denominator != 1 else { return String(value.floor) }
        return value.roundedUp(places: 2)
    }

    static func unitName(_ unit: NotApplicableCount.Unit, plural: Bool, _ language: Language) -> String {
        switch (unit, language) {
        case (.criteria, .zh): return "条"
        // Only mean-of-levels results count questions, and there they are aspects.
        case (.questions, .zh): return "个方面"
        case (.points, .zh): return "分"
        case (.criteria, .en): return plural ? "criteria" : "criterion"
        case (.questions, .en): return plural ? "aspects" : "aspect"
        case (.points, .en): return plural ? "points" : "point"
        }
    }

    private static func prefix(_ count: NotApplicableCount, _ language: Language) -> String {
        guard count.scopeID != NotApplicableCounting.wholeScope else { return "" }
        return count.title[language] + (language == .zh ? "：" : ": ")
    }

    /// "1.0–4.0: 16 criteria N/A, at most 15" · "N/A leaves out 20 of 100 points, at most 10".
    public static func count(_ count: NotApplicableCount, _ language: Language) -> String {
        let zh = language == .zh
        let n = figure(count.count, unit: count.unit)
        let unit = unitName(count.unit, plural: count.count != Fraction(1), language)
        let limit: String
        if let most = count.limit {
            limit = zh ? "，上限 \(most) \(unitName(count.unit, plural: true, language))" : ", at most \(most)"
        } else {
            limit = zh ? "（未设上限）" : " (no limit set)"
        }
        if count.unit == .points {
            return prefix(count, language) + (zh ? "不适用占去 \(count.outOf) 分中的 \(n) 分" : "N/A leaves out \(n) of \(count.outOf) points") + limit
        }
        return prefix(count, language) + (zh ? "不适用 \(n) \(unit)" : "\(n) \(unit) N/A") + limit
    }

    /// The rule as a requirement: "1.0–4.0: at most 15 of 150 criteria N/A".
    public static func limitRule(_ count: NotApplicableCount, _ language: Language) -> String {
        let zh = language == .zh
        let unit = unitName(count.unit, plural: true, language)
        guard let most = count.limit else { return prefix(count, language) + (zh ? "不适用未设上限" : "no N/A limit set") }
        return prefix(count, language) + (zh ? "不适用至多 \(most) \(unit)（共 \(count.outOf) \(unit)）" : "at most \(most) of \(count.outOf) \(unit) N/A")
    }

    /// What brings the count back within its limit.
    public static func resolve(_ count: NotApplicableCount, _ language: Language) -> String {
        let zh = language == .zh
        let scope = count.scopeID == NotApplicableCounting.wholeScope ? "" : count.title[language]
        let n = figure(count.count, unit: count.unit)
        let most = count.limit ?? 0
        if count.unit == .points {
            return zh ? "重新作答不适用的子项，直到不适用占去的分数不超过 \(most) 分（目前 \(n) 分）"
                      : "answer N/A sub-items until N/A leaves out at most \(most) points (now \(n))"
        }
        let excess = count.excess.floor
        let unit = unitName(count.unit, plural: true, language)
        if zh { return "\(scope)有 \(n) \(unit)不适用，上限 \(most) \(unit)：请至少重新作答其中 \(excess) \(unit)" }
        let what = unitName(count.unit, plural: count.count != Fraction(1), language)
        return "answer at least \(excess) of the \(n) N/A \(what)\(scope.isEmpty ? "" : " in " + scope) (at most \(most) may be N/A)"
    }

    /// "Withheld: 4 questions N/A, at most 3".
    public static func withheldReason(_ count: NotApplicableCount, _ language: Language) -> String {
        withheldName[language] + (language == .zh ? "：" : ": ") + Self.count(count, language)
    }
}
