import TerminalUI

/// The portfolio's two charts as inline SVG: a heat map of dimensions ×
/// centres and a small trend line per centre. Every cell and point carries
/// its value as text, so the charts read in black and white and to a screen
/// reader (each has a <title>); colour only repeats what the numbers say.
public enum PortfolioSVG {
    struct HeatCell {
        /// 0…100, nil when there is nothing to show.
        var percent: Double?
        var label: String
    }

    /// Rows are dimensions, columns centres. `escape` is the HTML writer's escaping.
    static func heatMap(title: String, rowLabels: [String], columnLabels: [String], cells: [[HeatCell]],
                        escape: (String) -> String) -> String {
        let labelWidth = 190.0, cellWidth = 128.0, cellHeight = 30.0, headerHeight = 40.0
        let width = labelWidth + cellWidth * Double(max(columnLabels.count, 1))
        let height = headerHeight + cellHeight * Double(rowLabels.count) + 4
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"\(n(min(width, 900)))\" aria-label=\"\(escape(title))\"><title>\(escape(title))</title>"
        for (index, label) in columnLabels.enumerated() {
            let x = labelWidth + cellWidth * Double(index) + cellWidth / 2
            svg += "<text x=\"\(n(x))\" y=\"\(n(headerHeight - 10))\" text-anchor=\"middle\" class=\"column\">\(escape(clip(label, 16)))</text>"
        }
        for (row, label) in rowLabels.enumerated() {
            let y = headerHeight + cellHeight * Double(row)
            svg += "<text x=\"4\" y=\"\(n(y + 19))\" class=\"row\">\(escape(clip(label, 24)))</text>"
            for (column, cell) in (row < cells.count ? cells[row] : []).enumerated() {
                let x = labelWidth + cellWidth * Double(column)
                svg += "<rect x=\"\(n(x + 1))\" y=\"\(n(y + 1))\" width=\"\(n(cellWidth - 2))\" height=\"\(n(cellHeight - 2))\" fill=\"\(colour(cell.percent))\">"
                svg += "<title>\(escape(label + " · " + (column < columnLabels.count ? columnLabels[column] : "") + ": " + cell.label))</title></rect>"
                svg += "<text x=\"\(n(x + cellWidth / 2))\" y=\"\(n(y + 19))\" text-anchor=\"middle\" class=\"cell\">\(escape(cell.label))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// From a pale red at 0% through amber to a pale green at 100%; grey when empty.
    static func colour(_ percent: Double?) -> String {
        guard let percent else { return "#eeeeee" }
        let p = max(0, min(percent, 100)) / 100
        let (low, middle, high) = ((244.0, 199.0, 195.0), (255.0, 236.0, 179.0), (200.0, 230.0, 201.0))
        func mix(_ a: (Double, Double, Double), _ b: (Double, Double, Double), _ t: Double) -> String {
            let parts = [a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t].map { Int($0.rounded()) }
            return "rgb(\(parts[0]),\(parts[1]),\(parts[2]))"
        }
        return p < 0.5 ? mix(low, middle, p * 2) : mix(middle, high, (p - 0.5) * 2)
    }

    struct TrendPoint {
        var value: Double?
        /// Printed above the point: the level and the figure.
        var label: String
        /// Printed under the axis: the date.
        var date: String
    }

    /// One centre's assessments in date order, on a scale from `minimum` to `maximum`.
    static func trend(title: String, points: [TrendPoint], minimum: Double, maximum: Double, escape: (String) -> String) -> String {
        let step = 120.0, left = 40.0, top = 22.0, plot = 60.0
        let width = left * 2 + step * Double(max(points.count - 1, 0))
        let height = top + plot + 26
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"\(n(width))\" aria-label=\"\(escape(title))\"><title>\(escape(title))</title>"
        svg += "<line x1=\"\(n(left - 20))\" y1=\"\(n(top + plot))\" x2=\"\(n(width - left + 20))\" y2=\"\(n(top + plot))\" class=\"axis\"/>"
        let span = maximum > minimum ? maximum - minimum : 1
        let placed = points.enumerated().map { index, point -> (x: Double, y: Double?, point: TrendPoint) in
            let x = left + step * Double(index)
            return (x, point.value.map { top + plot - (max(minimum, min($0, maximum)) - minimum) / span * plot }, point)
        }
        let line = placed.compactMap { p in p.y.map { "\(n(p.x)),\(n($0))" } }
        if line.count > 1 { svg += "<polyline points=\"\(line.joined(separator: " "))\" class=\"line\"/>" }
        for p in placed {
            if let y = p.y {
                svg += "<circle cx=\"\(n(p.x))\" cy=\"\(n(y))\" r=\"3.5\" class=\"point\"/>"
                svg += "<text x=\"\(n(p.x))\" y=\"\(n(y - 7))\" text-anchor=\"middle\" class=\"value\">\(escape(p.point.label))</text>"
            }
            svg += "<text x=\"\(n(p.x))\" y=\"\(n(top + plot + 16))\" text-anchor=\"middle\" class=\"date\">\(escape(p.point.date))</text>"
        }
        return svg + "</svg>"
    }

    /// Cut to `columns` display columns (a Chinese character takes two), with "…".
    static func clip(_ text: String, _ columns: Int) -> String { DisplayWidth.truncate(text, to: columns) }

    /// Coordinates with at most one decimal, no trailing zeros.
    static func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
