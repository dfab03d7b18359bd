/// Everything a compare chart places, before any SVG is written: the value scale and its ticks, a row
/// for every bar in the caller's order, and the reference lines with their labels stacked into rows
/// where they would collide. Drawing adds only fixed offsets (a text's baseline) to these positions.
struct CompareLayout {
    struct Tick { var x: Double; var label: String }

    struct Rect { var x: Double; var y: Double; var width: Double; var height: Double }

    /// A bar's value at its end: outside the bar, left of a negative one.
    struct ValueLabel {
        var text: String
        var x: Double
        var anchorEnd: Bool
    }

    struct Row {
        /// Shortened to fit; the page's data table has it in full.
        var name: String
        var highlighted: Bool
        var centre: Double
        /// Nil for a missing value: the missing label stands at zero instead.
        var bar: Rect?
        var value: ValueLabel?
    }

    struct PlacedReference {
        var style: CompareChart.ReferenceStyle
        var x: Double
        /// Where the line starts: under its label, or up beside it.
        var lineTop: Double
        var text: String
        var labelX: Double
        var labelY: Double
    }

    let width = CompareChart.width
    var height = 0.0
    var ticks: [Tick] = []
    /// A long unit, written once under the axis.
    var unit: (text: String, x: Double, y: Double)?
    /// The right edge of the names.
    var nameRight = 0.0
    var barsTop = 0.0
    var barsBottom = 0.0
    var zeroX = 0.0
    var rows: [Row] = []
    var missingLabel: String
    /// Where a missing value's label starts.
    var missingX = 0.0
    var references: [PlacedReference] = []

    init(_ chart: CompareChart) {
        let fontSize = CompareChart.fontSize
        let values = chart.bars.map { bar -> Double? in
            guard let value = bar.value, value.isFinite else { return nil }
            return value
        }
        let shown = chart.references.filter { $0.value.isFinite }
        let all = values.compactMap { $0 } + shown.map(\.value)
        let tickValues = Ticks.nice(all.min() ?? 0, all.max() ?? 1, count: 5, includeZero: true)
        let decimals = Ticks.decimals(tickValues)
        missingLabel = chart.missingLabel

        // Names on the left, right-aligned against the bars.
        let names = chart.bars.map { bar in
            TextFit.shorten(bar.name, maxWidth: CompareChart.nameMaxWidth,
                            fontSize: fontSize * (bar.highlighted ? CompareChart.boldFactor : 1))
        }
        nameRight = 4 + (zip(names, chart.bars).map { name, bar in
            TrendChart.room(name, fontSize: fontSize, bold: bar.highlighted)
        }.max() ?? 0)
        let plotRight = width - 8
        let valueLabels = values.map { $0.map { chart.format.number($0) } }
        let x = Self.scale(chart, values: values, labels: valueLabels, low: tickValues.first!, high: tickValues.last!,
                           left: nameRight + 10, right: plotRight)
        zeroX = x(0)
        missingX = zeroX + 6

        let referenceXs = shown.map { x($0.value) }
        let (placed, referenceRows) = Self.placeReferenceLabels(shown, at: referenceXs, format: chart.format)
        references = placed
        barsTop = Double(referenceRows) * CompareChart.referenceRowHeight + 10
        barsBottom = barsTop + Double(chart.bars.count) * CompareChart.rowHeight
        let unitTitle = TrendChart.unitTitle(chart.format, chartWidth: width)
        height = barsBottom + 28 + (unitTitle != nil ? 18 : 0)
        unit = unitTitle.map { ($0, plotRight, barsBottom + 34) }
        ticks = tickValues.map { Tick(x: x($0), label: TrendChart.tickLabel($0, decimals: decimals, format: chart.format)) }
        rows = chart.bars.indices.map { i in
            Self.row(name: names[i], highlighted: chart.bars[i].highlighted, value: values[i], label: valueLabels[i],
                     centre: barsTop + Double(i) * CompareChart.rowHeight + CompareChart.rowHeight / 2, x: x)
        }
    }

    /// Values to x, with room inside the plot for the value labels at the bar ends (and for the missing
    /// label at zero).
    struct Scale {
        let low: Double
        let high: Double
        let left: Double
        let right: Double

        func callAsFunction(_ value: Double) -> Double { left + (value - low) / (high - low) * (right - left) }
    }

    private static func scale(_ chart: CompareChart, values: [Double?], labels: [String?], low: Double, high: Double,
                      left: Double, right: Double) -> Scale {
        func labelWidth(_ i: Int) -> Double {
            TrendChart.room(labels[i] ?? "", fontSize: CompareChart.fontSize, bold: chart.bars[i].highlighted)
        }
        let leftPad = values.indices.filter { (values[$0] ?? 0) < 0 }.map { labelWidth($0) + 8 }.max() ?? 0
        var rightPad = values.indices.filter { (values[$0] ?? -1) >= 0 }.map { labelWidth($0) + 8 }.max() ?? 0
        if values.contains(where: { $0 == nil }) {
            rightPad = max(rightPad, TrendChart.room(chart.missingLabel, fontSize: CompareChart.fontSize) + 10)
        }
        return Scale(low: low, high: high, left: left + leftPad, right: right - rightPad)
    }

    private static func row(name: String, highlighted: Bool, value: Double?, label: String?, centre: Double, x: Scale) -> Row {
        guard let value else { return Row(name: name, highlighted: highlighted, centre: centre) }
        let start = min(x(0), x(value)), end = max(x(0), x(value))
        let bar = Rect(x: start, y: centre - CompareChart.barHeight / 2, width: end - start, height: CompareChart.barHeight)
        let text = ValueLabel(text: label ?? "", x: value < 0 ? x(value) - 4 : x(value) + 4, anchorEnd: value < 0)
        return Row(name: name, highlighted: highlighted, centre: centre, bar: bar, value: text)
    }

    /// Reference labels at the top: centred on their line, or beside it, never across another line;
    /// stacked into a further row when a row has no room. Returns the references and the rows used.
    private static func placeReferenceLabels(_ shown: [CompareChart.Reference], at lineXs: [Double],
                                     format: ValueFormat) -> ([PlacedReference], Int) {
        let fontSize = CompareChart.fontSize, width = CompareChart.width
        var rows: [[(left: Double, right: Double)]] = []
        var placed: [PlacedReference] = []
        for (index, reference) in shown.enumerated() {
            let text = TextFit.shorten(reference.name, maxWidth: 220, fontSize: fontSize) + "\u{00A0}" + format.value(reference.value)
            let w = TrendChart.room(text, fontSize: fontSize)
            let rx = lineXs[index]
            let candidates = [rx - w / 2, rx + 5, rx - 5 - w].filter { $0 >= 0 && $0 + w <= width - 2 }
            func free(_ left: Double, row: Int) -> Bool {
                let crossed = lineXs.indices.contains { $0 != index && lineXs[$0] > left - 3 && lineXs[$0] < left + w + 3 }
                let overlaps = row < rows.count && rows[row].contains { $0.left < left + w + 10 && left < $0.right + 10 }
                return !crossed && !overlaps
            }
            var place: (row: Int, left: Double)? = nil
            for row in 0...rows.count {
                if let left = candidates.first(where: { free($0, row: row) }) {
                    place = (row, left)
                    break
                }
            }
            let chosen = place ?? (rows.count, min(max(rx - w / 2, 0), width - w - 2))
            while rows.count <= chosen.row { rows.append([]) }
            rows[chosen.row].append((chosen.left, chosen.left + w))
            let top = Double(chosen.row) * CompareChart.referenceRowHeight
            let beside = chosen.left != rx - w / 2
            placed.append(PlacedReference(style: CompareChart.referenceStyle(index), x: rx, lineTop: top + (beside ? 5 : 17),
                                          text: text, labelX: chosen.left, labelY: top + 17 - 4))
        }
        return (placed, rows.count)
    }
}
