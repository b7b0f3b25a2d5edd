import MaturityCore

/// Inline SVG charts for the HTML report: no scripts, no external files.
/// Series are told apart by fill pattern and by their printed values, not by
/// colour alone, so a black-and-white printout still reads.
enum SVGCharts {
    struct Row {
        var label: String
        /// One per series; nil draws no bar and prints the value label alone.
        var values: [Double?]
        var valueLabels: [String]
        /// Drawn bold with a marker word before the label (e.g. the lowest module).
        var marker: String?
    }

    static let width = 680.0
    private static let valueColumn = 78.0

    /// Horizontal bars, one group per row, one bar per series, on a scale
    /// from 0 to `maximum` with gridlines at `ticks`.
    static func bars(id: String, title: String, series: [String], rows: [Row], maximum: Double, ticks: [Double],
                     tickLabel: (Double) -> String) -> String {
        let barHeight = 13.0, barGap = 3.0, labelHeight = 17.0, rowGap = 9.0, legendHeight = 24.0, axisHeight = 16.0
        let plot = width - valueColumn
        let rowHeight = labelHeight + Double(series.count) * (barHeight + barGap) + rowGap
        let height = legendHeight + Double(rows.count) * rowHeight + axisHeight
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\" aria-label=\"\(HTMLEscaping.escape(title))\">"
        svg += "<title>\(HTMLEscaping.escape(title))</title>"
        svg += patterns(id)
        // Legend.
        var x = 0.0
        for (index, name) in series.enumerated() {
            svg += "<rect x=\"\(n(x))\" y=\"5\" width=\"16\" height=\"11\" fill=\"\(fill(index, id))\" stroke=\"#1f3a5f\" stroke-width=\"0.8\"/>"
            svg += "<text x=\"\(n(x + 21))\" y=\"14.5\" class=\"legend\">\(HTMLEscaping.escape(name))</text>"
            x += 36 + Double(estimatedWidth(name, size: 12))
        }
        // Gridlines and axis.
        let top = legendHeight, bottom = legendHeight + Double(rows.count) * rowHeight
        for tick in ticks {
            let gx = plot * tick / maximum
            svg += "<line x1=\"\(n(gx))\" y1=\"\(n(top))\" x2=\"\(n(gx))\" y2=\"\(n(bottom))\" class=\"grid\"/>"
            let anchor = tick == 0 ? "start" : (tick == maximum ? "end" : "middle")
            svg += "<text x=\"\(n(gx))\" y=\"\(n(bottom + 12))\" text-anchor=\"\(anchor)\" class=\"tick\">\(HTMLEscaping.escape(tickLabel(tick)))</text>"
        }
        var y = top
        for row in rows {
            let label = (row.marker.map { $0 + " " } ?? "") + row.label
            svg += "<text x=\"0\" y=\"\(n(y + 12.5))\" class=\"\(row.marker == nil ? "label" : "label marked")\">\(HTMLEscaping.escape(label))</text>"
            var by = y + labelHeight
            for (index, value) in row.values.enumerated() {
                let barWidth = max(0, min(value ?? 0, maximum)) / maximum * plot
                svg += "<rect x=\"0\" y=\"\(n(by))\" width=\"\(n(plot))\" height=\"\(n(barHeight))\" class=\"track\"/>"
                if value != nil {
                    svg += "<rect x=\"0\" y=\"\(n(by))\" width=\"\(n(barWidth))\" height=\"\(n(barHeight))\" fill=\"\(fill(index, id))\" stroke=\"#1f3a5f\" stroke-width=\"0.8\"/>"
                }
                let valueText = index < row.valueLabels.count ? row.valueLabels[index] : ""
                svg += "<text x=\"\(n(plot + 6))\" y=\"\(n(by + 10.5))\" class=\"value\">\(HTMLEscaping.escape(valueText))</text>"
                by += barHeight + barGap
            }
            y += rowHeight
        }
        return svg + "</svg>"
    }

    /// One step of the level ladder.
    struct Step {
        var id: String
        var name: String
        var met: Bool
        var held: Bool
        var next: Bool
    }

    /// A staircase from the lowest level to the highest; the held level is
    /// filled dark and labelled in words, met levels carry ✓, unmet ✗.
    static func ladder(title: String, steps: [Step], heldWord: String, nextWord: String) -> String {
        guard !steps.isEmpty else { return "" }
        let gap = 6.0, base = 40.0, rise = 14.0, caption = 22.0
        let stepWidth = (width - gap * Double(steps.count - 1)) / Double(steps.count)
        let tallest = base + rise * Double(steps.count - 1)
        let height = caption + tallest + 4
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ladder\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"100%\" aria-label=\"\(HTMLEscaping.escape(title))\">"
        svg += "<title>\(HTMLEscaping.escape(title))</title>"
        svg += "<defs><pattern id=\"ladder-unmet\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c9ced6\" stroke-width=\"2\"/></pattern></defs>"
        for (index, step) in steps.enumerated() {
            let x = Double(index) * (stepWidth + gap)
            let h = base + rise * Double(index)
            let y = caption + tallest - h
            let fill = step.held ? "#1f3a5f" : (step.met ? "#dfe8f3" : "url(#ladder-unmet)")
            let stroke = step.held ? "#0b1a2e" : (step.next ? "#1f3a5f" : "#8a94a3")
            let dash = step.next ? " stroke-dasharray=\"5 3\"" : ""
            svg += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(stepWidth))\" height=\"\(n(h))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(step.held ? 2.5 : 1.2)\"\(dash) rx=\"2\"/>"
            let ink = step.held ? "#ffffff" : "#1b2430"
            let mark = step.met ? "✓" : "✗"
            svg += "<text x=\"\(n(x + stepWidth / 2))\" y=\"\(n(y + 15))\" text-anchor=\"middle\" class=\"step-id\" style=\"fill:\(ink)\">\(HTMLEscaping.escape(step.id)) \(mark)</text>"
            svg += "<text x=\"\(n(x + stepWidth / 2))\" y=\"\(n(y + 29))\" text-anchor=\"middle\" class=\"step-name\" style=\"fill:\(ink)\">\(HTMLEscaping.escape(step.name))</text>"
            if step.held || step.next {
                let word = step.held ? "▼ " + heldWord : "▽ " + nextWord
                svg += "<text x=\"\(n(x + stepWidth / 2))\" y=\"\(n(y - 7))\" text-anchor=\"middle\" class=\"\(step.held ? "step-held" : "step-next")\">\(HTMLEscaping.escape(word))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Solid for the first series, diagonal hatching for the second, dots after.
    private static func fill(_ index: Int, _ id: String) -> String {
        switch index {
        case 0: return "#1f4e79"
        case 1: return "url(#\(id)-hatch)"
        default: return "url(#\(id)-dots)"
        }
    }

    private static func patterns(_ id: String) -> String {
        "<defs><pattern id=\"\(id)-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"5\" height=\"5\" fill=\"#d9efe6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#1d6b4f\" stroke-width=\"2.2\"/></pattern>"
            + "<pattern id=\"\(id)-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"#fff4d6\"/>"
            + "<circle cx=\"2.5\" cy=\"2.5\" r=\"1.3\" fill=\"#8a5a00\"/></pattern></defs>"
    }

    /// A rough width for legend spacing: wide (CJK) characters count double.
    static func estimatedWidth(_ text: String, size: Int) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? size : size * 6 / 10) }
    }

    /// Numbers in SVG attributes: at most two decimals, no exponent.
    static func n(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(magnitude / 100)" }
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
