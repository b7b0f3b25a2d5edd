import MaturityCore

/// The portfolio as one self-contained HTML page: the same sections as the
/// text, with an SVG heat map after the heat-map table and a small trend
/// line per centre after the trend table. No scripts, no network.
public enum PortfolioHTML {
    public static func page(_ b: PortfolioBuilder) -> String {
        var body = HTMLWriter.write(Document([.title(b.w(.title)), .paragraph(b.summary())]))
        if b.portfolio.models.isEmpty { body += HTMLWriter.write(Document([.notice(Notice(.warning, b.w(.noSessions)))])) }
        for m in b.portfolio.models {
            let parts = b.parts(m)
            body += "<section>\n" + HTMLWriter.write(parts.head) + HTMLWriter.write(parts.latest)
            body += HTMLWriter.write(parts.heatMap) + "<figure>" + heatMap(b, m) + "</figure>\n"
            body += HTMLWriter.write(parts.trend) + trends(b, m)
            body += HTMLWriter.write(parts.weakest) + HTMLWriter.write(parts.distribution) + HTMLWriter.write(parts.reconciled)
            body += "</section>\n"
        }
        body += HTMLWriter.write(b.setAside())
        return """
            <!DOCTYPE html>
            <html lang="\(b.c.language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLWriter.escape(b.w(.title)))</title>
            <style>\(style)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static func heatMap(_ b: PortfolioBuilder, _ m: ModelPortfolio) -> String {
        let table = b.heatTable(m)
        let cells = m.heatMap.cells.enumerated().map { row, cells in
            cells.enumerated().map { column, cell -> PortfolioSVG.HeatCell in
                let value = HeatMap.percent(cell, b.measure, counting: m.counting)
                return PortfolioSVG.HeatCell(percent: value?.doubleValue, label: table.rows[row][column + 1].plain)
            }
        }
        return PortfolioSVG.heatMap(title: b.w(.heatHeading, b.measureName), rowLabels: table.rows.map { $0.first?.plain ?? "" },
                                    columnLabels: table.columns.dropFirst().map(\.title), cells: cells, escape: { HTMLWriter.escape($0) })
    }

    static func trends(_ b: PortfolioBuilder, _ m: ModelPortfolio) -> String {
        let q = m.questionnaire
        // One scale for every centre of the model, from the data with some
        // room, so that lines can be compared and a change is visible.
        let values = m.centres.flatMap { $0.assessments.compactMap { $0.headline?.doubleValue } }
        let low = values.min() ?? 0, high = values.max() ?? 1
        let pad = max((high - low) * 0.15, high == 0 ? 1 : abs(high) * 0.02)
        let range = (low - pad, high + pad)
        var out = "<div class=\"trends\">\n"
        for centre in m.centres {
            let name = centre.key.site.isEmpty ? b.centreName(centre.key) : b.centreName(centre.key) + " " + centre.key.site
            let points = centre.assessments.map { a in
                PortfolioSVG.TrendPoint(value: a.headline?.doubleValue, label: a.standing.id + " " + b.headline(a.headline, q), date: a.date)
            }
            let title = b.w(.trendTitle, name, b.headlineName(q))
            out += "<figure><figcaption dir=\"auto\">" + HTMLWriter.escape(name) + "</figcaption>"
                + PortfolioSVG.trend(title: title, points: points, minimum: range.0, maximum: range.1, escape: { HTMLWriter.escape($0) }) + "</figure>\n"
        }
        return out + "</div>\n"
    }

    static let style = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1b2430;margin:2em auto;max-width:62em;padding:0 1em;line-height:1.45}
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #c9d3de;padding-bottom:.2em}
        section{margin-top:2em}table{border-collapse:collapse;margin:.6em 0;font-size:.92em}caption{text-align:left;font-weight:600;padding:.2em 0;display:none}
        th,td{border:1px solid #c9d3de;padding:.25em .55em;vertical-align:top}th{background:#eef2f6;text-align:left}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        dl.fields{display:grid;grid-template-columns:max-content auto;gap:.15em 1em}dt{font-weight:600}dd{margin:0}
        .notice{border-left:4px solid #b7791f;background:#fff8e6;padding:.4em .8em}
        figure{margin:.8em 0}figcaption{font-weight:600;font-size:.9em}.trends{display:flex;flex-wrap:wrap;gap:.5em 2em}
        svg text{font-size:12px;fill:#1b2430}svg .column,svg .row{font-weight:600}svg .cell{font-variant-numeric:tabular-nums}
        svg .axis{stroke:#8795a5;stroke-width:1}svg .line{fill:none;stroke:#1f5f9f;stroke-width:2}svg .point{fill:#1f5f9f}svg .date{fill:#56616e;font-size:11px}
        @media print{body{margin:0;max-width:none}section{break-inside:avoid-page}}
        """
}
