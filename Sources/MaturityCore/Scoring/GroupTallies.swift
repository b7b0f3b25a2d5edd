/// The sheet tallied by runs of criteria, for one score. Each top-level
/// group is tallied once, up front; a result over whole top-level groups
/// (the whole questionnaire, CC-CMM-OC's scopes, many weights and shares)
/// adds up theirs instead of reading the answers again. With tens of
/// thousands of criteria the answers no longer fit in the caches, and each
/// further pass over them cost more per criterion than at a few hundred.
struct GroupTallies {
    let sheet: AnswerSheet
    let top: Int
    private var known: [Range<Int>: AngleTallies] = [:]

    init(_ sheet: AnswerSheet, top: Int) {
        self.sheet = sheet
        self.top = top
        for range in sheet.layout.topGroupRanges where known[range] == nil { known[range] = sheet.tallies(range, top: top) }
    }

    /// Over the criteria in `ranges`; a range given twice counts twice, as
    /// walking a group listed twice did.
    func score(_ ranges: [Range<Int>], id: String, title: LocalizedText) -> GroupScore {
        var total = AngleTallies(angles: sheet.layout.angleIDs.count)
        for range in ranges { total.add(known[range] ?? sheet.tallies(range, top: top)) }
        return GroupScore(angleIDs: sheet.layout.angleIDs, tallies: total, id: id, title: title)
    }

    /// Every criterion: the top-level groups cover each one once, in order.
    func whole(title: LocalizedText) -> GroupScore { score(sheet.layout.topGroupRanges, id: "", title: title) }
}
