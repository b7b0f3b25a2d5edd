import MaturityCore

/// `ccmm merge --format json`: what was written, the conflicts and the agreement figures.
public enum MergeJSON {
    public static func encode(_ result: MergeResult, questionnaire q: Questionnaire, output: String, reconciled: [String]) -> JSONValue {
        JSONOutput.versioned([
            ("questionnaire", .object([("id", .string(q.id)), ("version", .string(q.version))])),
            ("output", .string(output)),
            ("assessors", .array(result.assessors.map(JSONValue.string))),
            ("answered_criteria", .int(result.session.answers.count)),
            ("conflicts", .array(result.session.conflictIDs(in: q).map(JSONValue.string))),
            ("agreement", .object([
                ("kind", .string(result.agreement.kind.rawValue)),
                ("categories", .array(result.agreement.categories.map(JSONValue.string))),
                ("angles", .array(result.agreement.angles.map(row))),
                ("overall", row(result.agreement.overall)),
            ])),
            ("remarks", .array(result.remarks.map(remark))),
            ("reconciled_files", .array(reconciled.map(JSONValue.string))),
        ])
    }

    static func row(_ row: AgreementRow) -> JSONValue {
        .object([("angle", row.angle.map(JSONValue.string) ?? .null), ("items", .int(row.items)), ("agreed", .int(row.agreed)),
                 ("left_out", .int(row.leftOut)),
                 ("exact_percent", row.exact.map { .number(Figures.percent($0 * Fraction(100))) } ?? .null),
                 ("kappa", row.kappa.map { .number(Figures.kappa($0).replacingAll("−", with: "-")) } ?? .null)])
    }

    static func remark(_ remark: MergeRemark) -> JSONValue {
        switch remark {
        case let .differentCentres(values): return .object([("kind", .string("different_centres")), ("values", .array(values.map(JSONValue.string)))])
        case let .differentSites(values): return .object([("kind", .string("different_sites")), ("values", .array(values.map(JSONValue.string)))])
        case let .differentYears(low, high): return .object([("kind", .string("different_years")), ("low", .int(low)), ("high", .int(high))])
        case let .droppedAnswersKept(count): return .object([("kind", .string("dropped_answers_kept")), ("count", .int(count))])
        }
    }
}
