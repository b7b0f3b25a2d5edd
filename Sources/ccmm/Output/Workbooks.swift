import MaturityCore
import MaturityPresentation
import XLSXWriter

/// XLSX workbooks from the presentation layer's tables: the words and rows
/// are the same as in every other format; only the cell types are added here.
enum Workbooks {
    /// Column keys whose cells are days (YYYY-MM-DD) and become date cells.
    static let dateKeys: Set<String> = ["due", "seen_on", "date"]

    /// A figure is a number when it reads as one ("10", "87.5"); every other
    /// cell is text — ids such as "1.0" included, since they are `.text`.
    static func cell(_ cell: Cell, key: String) -> CellValue {
        switch cell {
        case .empty: return .empty
        case let .figure(text):
            if let number = Int(text) { return .integer(number) }
            if let number = Double(text), number.isFinite { return .decimal(number) }
            return .text(text)
        case let .text(text) where dateKeys.contains(key):
            if text.isEmpty { return .empty }
            return CalendarDate(text).map { .date(daysSince1970: $0.daysSinceEpoch) } ?? .text(text)
        default:
            return cell.plain.isEmpty ? .empty : .text(cell.plain)
        }
    }

    static func sheet(_ table: Table, name: String) -> Worksheet {
        let keys = table.columns.map(\.key)
        var rows = table.rows.map { row in row.enumerated().map { cell($0.element, key: keys[safe: $0.offset] ?? "") } }
        if let footer = table.footer { rows.append(footer.enumerated().map { cell($0.element, key: keys[safe: $0.offset] ?? "") }) }
        return Worksheet(name: name, header: table.columns.map(\.title), rows: rows)
    }

    /// A whole document on one sheet: fields as label–value rows, each table
    /// under its column titles, notices and paragraphs as text rows.
    static func sheet(_ document: Document, name: String) -> Worksheet {
        var rows: [[CellValue]] = []
        var header: [String] = []
        for block in document.blocks {
            switch block {
            case let .title(text): header = [text]
            case let .heading(text): rows.append([]); rows.append([.text(text)])
            case let .paragraph(text): rows.append([.text(text)])
            case let .fields(fields): rows += fields.map { [.text($0.label), .text($0.value)] }
            case let .notice(notice): rows.append([.text(notice.text)])
            case let .list(items): rows += items.map { [.text($0)] }
            case let .progress(label, fraction): rows.append([.text(label), .decimal((fraction * 1000).rounded() / 10)])
            case let .table(table):
                rows.append([])
                rows.append(table.columns.map { .text($0.title) })
                rows += sheet(table, name: name).rows
            }
        }
        return Worksheet(name: name, header: header, rows: rows)
    }

    /// One row per criterion: ratings per angle (numbers; N/A as text),
    /// rating points, the N/A reason, the note, the flag and the evidence count.
    static func criteriaSheet(_ q: Questionnaire, _ session: Session, _ c: Catalog) -> Worksheet {
        let angles = q.angles
        var header = [c(.criterion), c(.criterionTitle)]
        header += angles.map { c($0.title) }
        header += [c(.points), c(.naReason), c(.noteLabel), c(.flaggedColumn), c(.evidenceCount)]
        let rows: [[CellValue]] = q.criteria.map { criterion in
            let record = session.answers[criterion.id]
            var row: [CellValue] = [.text(criterion.id), .text(c(criterion.title))]
            var points = 0
            for angle in angles {
                switch record?.ratings[angle.id] {
                case let .rated(value)?: row.append(.integer(value)); points += value
                case .notApplicable?: row.append(.text(c(.notApplicableShort)))
                case nil: row.append(.empty)
                }
            }
            row.append(record?.isNotApplicable == true ? .empty : .integer(points))
            row.append(record?.notApplicableReason.map(CellValue.text) ?? .empty)
            row.append(record.map { $0.note.isEmpty ? .empty : .text($0.note) } ?? .empty)
            row.append(record?.flagged == true ? .text("⚑") : .empty)
            row.append(.integer(record?.evidence.count ?? 0))
            return row
        }
        return Worksheet(name: c(.sheetCriteria), header: header, rows: rows)
    }

    /// `ccmm report --format xlsx`: criteria, scorecard, actions, evidence.
    static func report(_ q: Questionnaire, _ session: Session, counting: Counting?, baseline: Session?, baselineFile: String?,
                       checks: [EvidenceCheck]?, _ c: Catalog) -> Workbook {
        let card = Scorer.score(session, with: q, counting: counting)
        let scorecard = ScorecardBuilder(card, questionnaire: q, session: session, catalog: c).document()
        let improvement = ImprovementBuilder(questionnaire: q, session: session, catalog: c)
        return Workbook(sheets: [
            criteriaSheet(q, session, c),
            sheet(scorecard, name: c(.sheetScorecard)),
            actionsSheet(improvement, counting: counting, baseline: baseline, baselineFile: baselineFile, c),
            sheet(improvement.evidenceTable(checks: checks), name: c(.sheetEvidence)),
        ])
    }

    /// `ccmm actions --format xlsx`, and the report's actions sheet: the
    /// plan's table; a follow-up's result column comes from the baseline's
    /// actions, on the same sheet below.
    static func actionsSheet(_ builder: ImprovementBuilder, counting: Counting?, baseline: Session?, baselineFile: String?,
                             _ c: Catalog) -> Worksheet {
        var worksheet = sheet(builder.actionsTable(builder.session.actions), name: c(.sheetActions))
        if let baseline, !baseline.actions.isEmpty {
            let progress = baseline.actions.map { ActionProgress($0, in: builder.session, questionnaire: builder.q) }
            let table = builder.actionsTable(baseline.actions, progress: progress)
            worksheet.rows.append([])
            worksheet.rows.append([.text(c(.baselineActions, baselineFile ?? ""))])
            worksheet.rows.append(table.columns.map { .text($0.title) })
            worksheet.rows += sheet(table, name: "").rows
        }
        return worksheet
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Workbooks {
    /// The .xlsx bytes, with a failure to write them said as a user error.
    static func bytes(_ workbook: Workbook) throws -> [UInt8] {
        do {
            return try XLSXFile.bytes(workbook)
        } catch {
            throw UserError(error.description)
        }
    }
}
