/// Plain words for level requirements, shared by the wizard, `ccmm score`
/// and reports, so the three never disagree.
public enum RequirementPhrases {
    /// "Method ≥ 90% in 1.0–4.0" / "1.0–4.0 方法合规 ≥ 90%".
    public static func describe(_ requirement: Requirement, in q: Questionnaire, _ language: Language) -> String {
        switch requirement {
        case let .percent(scope, angle, atLeast):
            let scopeName = scopeTitle(scope, in: q, language)
            let angleName = q.angle(angle)?.title[language] ?? angle
            return language == .zh ? "\(scopeName) \(angleName) ≥ \(atLeast)%" : "\(angleName) ≥ \(atLeast)% in \(scopeName)"
        case let .total(atLeast):
            return language == .zh ? "总分 ≥ \(atLeast)" : "Total ≥ \(atLeast) points"
        case let .years(atLeast):
            return language == .zh ? "运营年限 ≥ \(atLeast) 年" : "At least \(atLeast) years in operation"
        }
    }

    /// The actual value as people read it: "82.0%", "2690", "3 years".
    public static func actual(_ status: RequirementStatus, _ language: Language) -> String {
        guard let actual = status.actual else {
            switch status.requirement {
            case .years: return language == .zh ? "未填写" : "not given"
            default: return language == .zh ? "全部不适用" : "all N/A"
            }
        }
        switch status.requirement {
        case .percent: return actual.formatted(places: 1) + "%"
        case .total: return actual.formatted(places: 0)
        case .years: return actual.formatted(places: 0) + (language == .zh ? " 年" : " years")
        }
    }

    public static func required(_ status: RequirementStatus, _ language: Language) -> String {
        switch status.requirement {
        case .percent: return status.required.formatted(places: 0) + "%"
        case .total: return status.required.formatted(places: 0)
        case .years: return status.required.formatted(places: 0) + (language == .zh ? " 年" : " years")
        }
    }

    /// What is still missing: "12 more criteria at 10", "45 more points".
    public static func shortfall(_ status: RequirementStatus, in q: Questionnaire, counting: Counting, _ language: Language) -> String? {
        guard !status.met else { return nil }
        // Over the N/A limit no rating is missing: the limit is (models.md §6).
        if let count = status.notApplicableOverLimit { return NotApplicablePhrases.count(count, language) }
        let n = status.shortfall
        switch status.requirement {
        case .percent:
            if counting == .strict {
                return language == .zh ? "还需 \(n) 条评为 \(q.scale.top) 分" : "\(n) more \(n == 1 ? "criterion" : "criteria") at \(q.scale.top)"
            }
            return language == .zh ? "还差 \(n) 分" : "\(n) more rating \(n == 1 ? "point" : "points")"
        case .total:
            return language == .zh ? "还差 \(n) 分" : "\(n) more \(n == 1 ? "point" : "points")"
        case .years:
            if status.actual == nil { return language == .zh ? "请在档案中填写运营年限" : "enter the years in operation in the profile" }
            return language == .zh ? "还需运营 \(n) 年" : "\(n) more \(n == 1 ? "year" : "years") of operation"
        }
    }

    /// One sentence: "L2 needs Method ≥ 90% in 1.0–4.0: 82.0% now, 12 more criteria at 10".
    public static func sentence(_ status: RequirementStatus, level: LevelRule, in q: Questionnaire, counting: Counting, _ language: Language) -> String {
        let what = describe(status.requirement, in: q, language)
        let now = actual(status, language)
        let missing = shortfall(status, in: q, counting: counting, language).map { language == .zh ? "，\($0)" : ", \($0)" } ?? ""
        return language == .zh ? "\(level.id) 要求 \(what)：目前 \(now)\(missing)" : "\(level.id) needs \(what): \(now) now\(missing)"
    }

    static func scopeTitle(_ scope: String, in q: Questionnaire, _ language: Language) -> String {
        if case let .levels(rules) = q.scoring, let found = rules.scope(scope) { return found.title[language] }
        return scope
    }
}

/// The counting readings in words, for every output that must name the one used.
public enum CountingPhrases {
    public static func name(_ counting: Counting, _ language: Language) -> String {
        switch (counting, language) {
        case (.strict, .zh): return "严格计数（仅 10 分计入百分比）"
        case (.strict, .en): return "strict counting (only ratings of 10 count toward percentages)"
        case (.weighted, .zh): return "加权计数（5 分按一半计入百分比）"
        case (.weighted, .en): return "weighted counting (a 5 counts half toward percentages)"
        }
    }
}
