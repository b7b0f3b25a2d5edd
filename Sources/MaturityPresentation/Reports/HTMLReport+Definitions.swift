import MaturityCore

/// Each level's definition beside the ladder, and the conditions of it that
/// only the certifying body checks (models.md §6). They are words from the
/// questionnaire; the level shown above is computed without them.
extension HTMLReport {
    static func levelDefinitions(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords, _ outcome: LevelOutcome) {
        let l = input.language
        let defined = outcome.levels.enumerated().filter { $0.element.rule.meaning != nil }
        guard !defined.isEmpty else { return }
        b.element("h3", words.levelDefinitionsTitle)
        b.raw("<dl class=\"definitions\">\n")
        for (index, status) in defined {
            let rule = status.rule
            let held = outcome.achievedIndex.map { index <= $0 } ?? false
            b.element("dt", (held ? "✓ " : "") + "\(rule.id) \(rule.name[l])", class: held ? "held" : nil)
            b.raw("<dd>")
            b.element("p", rule.meaning?[l] ?? "")
            if !rule.unscoredConditions.isEmpty {
                b.element("p", words.checkedByCertifier, class: "unscored")
                b.raw("<ul class=\"unscored\">")
                for condition in rule.unscoredConditions { b.element("li", condition[l]) }
                b.raw("</ul>")
            }
            b.raw("</dd>\n")
        }
        b.raw("</dl>\n")
    }
}

extension MarkdownReport {
    static func levelDefinitions(_ input: ReportInput, _ words: ReportWords) -> String {
        guard case let .levels(rules) = input.questionnaire.scoring else { return "" }
        let l = input.language
        let defined = rules.levels.filter { $0.meaning != nil }
        guard !defined.isEmpty else { return "" }
        var out = "### " + escape(words.levelDefinitionsTitle) + "\n\n"
        for rule in defined {
            out += "**" + escape("\(rule.id) \(rule.name[l])") + "**" + escape(words.say(.colon) + (rule.meaning?[l] ?? "")) + "\n\n"
            if !rule.unscoredConditions.isEmpty {
                out += escape(words.checkedByCertifier) + "\n\n"
                out += rule.unscoredConditions.map { "- " + escape($0[l]) + "\n" }.joined() + "\n"
            }
        }
        return out
    }
}

extension ReportWords {
    // The same words as the presentation catalog's (levelDefinitions,
    // checkedByCertifier), until the reports are drawn from it.
    var levelDefinitionsTitle: String { say(.levelDefinitions) }
    var checkedByCertifier: String {
        say(.checkedByCertifier)
    }
}
