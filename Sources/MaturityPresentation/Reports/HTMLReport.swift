import MaturityCore

/// One self-contained HTML file: inline CSS and SVG, no scripts, no network,
/// printable on A4 with a page break before each dimension. Every piece of
/// text, whether typed by a user or read from the questionnaire, is escaped.
public enum HTMLReport {
    public static func render(_ input: ReportInput) -> String {
        let words = ReportWords(language: input.language)
        let q = input.questionnaire
        var b = HTMLBuffer()
        b.raw("<!DOCTYPE html>\n<html lang=\"\(input.language == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n")
        b.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        b.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        b.raw("<title>")
        b.text("\(q.title[input.language]) — \(words.reportTitle)" + (input.session.profile.centre.isEmpty ? "" : " — \(input.session.profile.centre)"))
        b.raw("</title>\n<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n")
        cover(&b, input, words)
        outcome(&b, input, words)
        gapPlan(&b, input, words)
        comparison(&b, input, words)
        conflicts(&b, input, words)
        for (index, group) in q.groups.enumerated() {
            dimension(&b, input, words, group: group, index: index)
        }
        b.raw("<footer>")
        b.text(words.say(.reportMadeWithCcmm) + (input.generatedOn.isEmpty ? "" : words.say(.reportOn) + input.generatedOn)
            + words.say(.reportQuestionnaire2) + "\(q.id) \(q.version)" + words.say(.reportContentHash) + String(q.contentHash.prefix(16))
            + words.say(.reportThisIsASelfAssessment))
        b.raw("</footer>\n</body>\n</html>\n")
        return b.html
    }

    // MARK: - Cover: title, questionnaire, reading, status, notice, profile

    private static func cover(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords) {
        let q = input.questionnaire
        let l = input.language
        b.raw("<header>\n")
        b.element("h1", q.title[l])
        b.element("p", words.reportTitle + (input.session.profile.centre.isEmpty ? "" : " · " + input.session.profile.centre), class: "subtitle")
        b.raw("<dl class=\"meta\">")
        var meta: [(String, String)] = [
            (words.say(.questionnaire), "\(q.id) · " + words.say(.reportVersion2) + q.version),
        ]
        if let counting = words.countingValue(input) { meta.append((words.say(.reportCounting2), counting)) }
        meta.append((words.say(.answered), words.progressValue(input.scorecard, input.questionnaire)))
        meta += words.profile(input.session.profile, q)
        if !input.generatedOn.isEmpty { meta.append((words.say(.reportReportDate), input.generatedOn)) }
        for (key, value) in meta {
            b.element("dt", key)
            b.element("dd", value)
        }
        b.raw("</dl>\n")
        b.raw("<div class=\"banner\"><strong>")
        b.text(input.scorecard.provisional ? words.say(.reportPROVISIONAL) : words.say(.reportComplete))
        b.raw("</strong> — ")
        b.text(words.provisionalLine(input.scorecard))
        b.raw("</div>\n")
        if let line = words.conflictLine(input.session) {
            b.raw("<div class=\"banner\"><strong>")
            b.text(words.conflictWord)
            b.raw("</strong> — ")
            b.text(line)
            b.raw("</div>\n")
        }
        for remark in input.remarks {
            b.raw("<div class=\"banner\">")
            b.text(remark)
            b.raw("</div>\n")
        }
        if let notice = q.notice {
            b.raw("<div class=\"notice\"><strong>")
            b.text(words.say(.reportAboutThisQuestionnaire))
            b.raw("</strong>")
            b.text(notice[l])
            b.raw("</div>\n")
        }
        b.raw("</header>\n")
    }

    // MARK: - Conflicts between assessors

    private static func conflicts(_ b: inout HTMLBuffer, _ input: ReportInput, _ words: ReportWords) {
        let q = input.questionnaire
        let ids = input.session.conflictIDs(in: q)
        guard !ids.isEmpty else { return }
        b.raw("<section class=\"conflicts\">\n")
        b.element("h2", words.say(.reportConflictsBetweenAssessors))
        b.element("p", Catalog(input.language)(.conflictsLowerCounts, ids.count))
        b.raw("<table><thead><tr>")
        b.element("th", words.say(.reportNo2))
        b.element("th", words.say(.reportCriterion2))
        b.element("th", words.say(.reportEachAssessorSAnswer))
        b.raw("</tr></thead><tbody>\n")
        for id in ids {
            guard let conflict = input.session.conflicts[id] else { continue }
            let criterion = q.criterion(id)
            b.raw("<tr>")
            b.element("td", id)
            b.raw("<td>")
            b.text(criterion?.title[input.language] ?? id)
            b.raw("<div class=\"detail\">")
            b.text(words.disputedAngles(conflict, q))
            b.raw("</div></td><td><ul class=\"assessors\">")
            for line in words.conflictLines(conflict, q, angles: criterion?.angleIDs ?? conflict.angles) {
                b.element("li", line, class: "note")
            }
            b.raw("</ul></td></tr>\n")
        }
        b.raw("</tbody></table>\n</section>\n")
    }
}
