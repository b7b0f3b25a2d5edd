import MaturityCore

/// The three report formats, as the command line and the wizard write them.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, csv

    /// The file name extension of the format.
    public var fileExtension: String { rawValue }
}

/// A report as the bytes of its file: one place, so that `ccmm report` and
/// the wizard's report key write the same thing.
public enum ReportFile {
    /// `improvement` (the evidence and action sections) goes into HTML and
    /// Markdown; CSV keeps one row per criterion.
    public static func render(_ format: ReportFormat, _ input: ReportInput, improvement: Document) -> [UInt8] {
        switch format {
        case .html:
            // The evidence and actions go before the report's footer.
            var html = HTMLReport.render(input)
            let sections = "<section class=\"improvement\">\n" + HTMLWriter.write(improvement) + "</section>\n"
            if let footer = html.ranges(of: "<footer").last {
                html.insert(contentsOf: sections, at: footer.lowerBound)
            } else {
                html += sections
            }
            return Array(html.utf8)
        case .md:
            return Array(ControlCharacters.visible(MarkdownReport.render(input), keepNewlines: true).utf8)
                + Array(("\n" + MarkdownWriter.write(improvement)).utf8)
        case .csv:
            return CSVReport.byteOrderMark + Array(CSVReport.renderText(input).split(separator: "\r\n", omittingEmptySubsequences: false)
                .map { ControlCharacters.visible(String($0), keepNewlines: true) }.joined(separator: "\r\n").utf8)
        }
    }

    /// The report's default place: beside the session, its name with the format's extension.
    public static func defaultPath(session path: String, format: ReportFormat) -> String {
        let base = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
        return base + "." + format.fileExtension
    }
}
