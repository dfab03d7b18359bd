/// Everything a trend chart places, before any SVG is written: the scales and their ticks, every
/// line's points, the legend, the goal markers and the direct labels, with their collisions resolved.
/// Drawing adds only fixed offsets (a text's baseline, a tick's length) to these positions.
struct TrendLayout {
    typealias LineStyle = TrendChart.LineStyle

    struct Point { var x: Double; var y: Double }

    /// A value tick (at a height) or a year tick (at an x).
    struct Tick { var position: Double; var label: String }

    struct LegendEntry {
        var text: String
        var style: LineStyle
        /// The start of its line sample, and the row's middle.
        var x: Double
        var y: Double
    }

    struct Line {
        var style: LineStyle
        var points: [Point]
        /// Runs of `points` joined by a line; a run of one is a point without neighbours.
        var runs: [Range<Int>]
    }

    struct PlacedMarker {
        var kind: TrendChart.Marker.Kind
        var x: Double
        var y: Double
        var label: String
        var labelX: Double
        var labelY: Double
    }

    struct DirectLabel {
        var text: String
        var style: LineStyle
        /// The line's last point.
        var endX: Double
        var endY: Double
        /// The label's middle after spreading the labels apart.
        var centre: Double
        /// Whether a dotted leader joins the label to a line end it has moved away from.
        var leader: Bool
    }

    /// A label's extent, for keeping marker labels off each other and off the direct labels.
    struct Box {
        var left: Double, right: Double, top: Double, bottom: Double

        func overlaps(_ other: Box) -> Bool {
            other.left < right + 4 && left < other.right + 4 && other.top < bottom && top < other.bottom
        }
    }

    static let sampleWidth = 28.0
    static let markerRadius = 6.5

    let width = TrendChart.width
    var height = 0.0
    var legend: [LegendEntry] = []
    /// A long unit, written once above the axis.
    var unit: (text: String, y: Double)?
    var plotLeft = 0.0
    var plotRight = 0.0
    var plotBottom = 0.0
    var valueTicks: [Tick] = []
    var yearTicks: [Tick] = []
    /// Where a zero line crosses the plot, when the values go below and above zero.
    var zeroY: Double?
    /// In drawing order: other areas underneath, then the country, the region and highlights.
    var lines: [Line] = []
    /// In year order, the order their labels claimed their places.
    var markers: [PlacedMarker] = []
    var labelColumn = 0.0
    var directLabels: [DirectLabel] = []

    init(_ chart: TrendChart) {
        let fontSize = TrendChart.fontSize
        let range = Self.xRange(chart)
        let series = Self.prepare(chart.series, in: range)
        let strong = series.filter { $0.emphasis != .other }

        let allValues = series.flatMap { $0.points.map(\.value) } + chart.markers.map(\.value).filter(\.isFinite)
        let ticks = Ticks.nice(allValues.min() ?? 0, allValues.max() ?? 1, count: 5)
        let decimals = Ticks.decimals(ticks)
        let tickLabels = ticks.map { TrendChart.tickLabel($0, decimals: decimals, format: chart.format) }

        // Above the plot: the legend, then a long unit.
        var legendHeight = 0.0
        (legend, legendHeight) = Self.placeLegend(strong: strong, others: series.contains { $0.emphasis == .other }
                                                  ? chart.othersLabel : nil)
        let unitTitle = TrendChart.unitTitle(chart.format, chartWidth: width)
        unit = unitTitle.map { ($0, legendHeight + 13) }
        let plotTop = legendHeight + (unitTitle != nil ? 18 : 0) + 14
        plotBottom = plotTop + TrendChart.plotHeight
        height = plotBottom + 30

        // Room left of the plot for the widest tick label, right of it for the widest direct label.
        plotLeft = 4 + (tickLabels.map { TrendChart.room($0, fontSize: fontSize) }.max() ?? 0) + 8
        let directTexts = strong.map { item in
            TextFit.shorten(item.name, maxWidth: TrendChart.directLabelMaxWidth,
                            fontSize: fontSize * (item.style.bold ? TrendChart.boldFactor : 1))
        }
        let directWidth = zip(directTexts, strong).map { text, item in
            TrendChart.room(text, fontSize: fontSize, bold: item.style.bold)
        }.max() ?? 0
        (plotRight, labelColumn) = Self.placeLabelColumn(chart, range: range, strong: strong, plotLeft: plotLeft,
                                                         directWidth: directWidth)

        let x = XScale(range: range, left: plotLeft, right: plotRight)
        let y = YScale(low: ticks.first!, high: ticks.last!, bottom: plotBottom)
        valueTicks = zip(ticks, tickLabels).map { Tick(position: y($0), label: $1) }
        yearTicks = Self.yearTicks(range, x: x)
        if y.low < 0 && y.high > 0 { zeroY = y(0) }
        let step = max(1, chart.yearStep ?? TrendChart.inferredStep(series.map(\.points)))
        lines = Self.drawingOrder(series).compactMap { Self.line($0, step: step, x: x, y: y) }
        directLabels = Self.placeDirectLabels(strong, texts: directTexts, labelColumn: labelColumn, top: plotTop,
                                              bottom: plotBottom, x: x, y: y)
        // Direct labels are placed first: marker labels keep off them.
        let taken = directLabels.map {
            Box(left: labelColumn, right: labelColumn + directWidth, top: $0.centre - 7, bottom: $0.centre + 7)
        }
        markers = Self.placeMarkers(chart.markers, avoiding: taken, plotLeft: plotLeft, top: plotTop,
                                    bottom: plotBottom, x: x, y: y)
    }

    // MARK: Scales

    /// Years to x, leaving `TrendChart.edgePad` inside the plot at both ends.
    struct XScale {
        let first: Int
        let span: Double
        let innerLeft: Double
        let innerRight: Double

        init(range: ClosedRange<Int>, left: Double, right: Double) {
            first = range.lowerBound
            span = Double(range.upperBound - range.lowerBound)
            innerLeft = left + TrendChart.edgePad
            innerRight = right - TrendChart.edgePad
        }

        func callAsFunction(_ year: Int) -> Double {
            span == 0 ? (innerLeft + innerRight) / 2 : innerLeft + Double(year - first) / span * (innerRight - innerLeft)
        }
    }

    /// Values to y, the lowest tick at the plot's bottom and the highest at its top.
    struct YScale {
        let low: Double
        let high: Double
        let bottom: Double

        func callAsFunction(_ value: Double) -> Double { bottom - (value - low) / (high - low) * TrendChart.plotHeight }
    }

    /// The chart's years, widened to take in every marker.
    private static func xRange(_ chart: TrendChart) -> ClosedRange<Int> {
        let markerYears = chart.markers.map(\.year)
        return (markerYears + [chart.years.lowerBound]).min()!...(markerYears + [chart.years.upperBound]).max()!
    }

    // MARK: Series

    private struct Prepared {
        var name: String
        var emphasis: TrendChart.Emphasis
        var style: LineStyle
        var points: [(year: Int, value: Double)]
    }

    /// Each series with its style (highlights take colours and shapes in turn) and its values in range.
    private static func prepare(_ series: [TrendChart.Series], in range: ClosedRange<Int>) -> [Prepared] {
        var highlightCount = 0
        return series.map { item in
            let style = TrendChart.style(item.emphasis, highlightIndex: highlightCount)
            if item.emphasis == .highlight { highlightCount += 1 }
            return Prepared(name: item.name, emphasis: item.emphasis, style: style,
                            points: TrendChart.points(item.values, in: range))
        }
    }

    /// Others underneath, then the country, the region and highlights on top; the given order within each.
    private static func drawingOrder(_ series: [Prepared]) -> [Prepared] {
        func layer(_ emphasis: TrendChart.Emphasis) -> Int {
            switch emphasis {
            case .other: return 0
            case .country: return 1
            case .region: return 2
            case .highlight: return 3
            }
        }
        let order = series.indices.sorted {
            let a = layer(series[$0].emphasis), b = layer(series[$1].emphasis)
            return a != b ? a < b : $0 < $1
        }
        return order.map { series[$0] }
    }

    /// A series' points placed, or nil when it has none to draw.
    private static func line(_ item: Prepared, step: Int, x: XScale, y: YScale) -> Line? {
        guard !item.points.isEmpty else { return nil }
        return Line(style: item.style, points: item.points.map { Point(x: x($0.year), y: y($0.value)) },
                    runs: TrendChart.segments(item.points, step: step))
    }

    // MARK: Legend and label column

    /// Strong series in the given order, then one entry for the others; wrapped into rows that fit the
    /// width. Returns the entries and the legend's height.
    private static func placeLegend(strong: [Prepared], others: String?) -> ([LegendEntry], Double) {
        let fontSize = TrendChart.fontSize
        var items = strong.map { (text: $0.name, style: $0.style) }
        if let others { items.append((others, TrendChart.style(.other, highlightIndex: 0))) }
        var entries: [LegendEntry] = []
        var cursor = 0.0, row = 0
        for item in items {
            let text = TextFit.shorten(item.text, maxWidth: TrendChart.legendTextMaxWidth,
                                       fontSize: fontSize * (item.style.bold ? TrendChart.boldFactor : 1))
            let itemWidth = sampleWidth + 6 + TrendChart.room(text, fontSize: fontSize, bold: item.style.bold)
            if cursor > 0 && cursor + itemWidth > TrendChart.width {
                cursor = 0
                row += 1
            }
            entries.append(LegendEntry(text: text, style: item.style, x: cursor,
                                       y: Double(row) * TrendChart.legendRowHeight + 12))
            cursor += itemWidth + 20
        }
        return (entries, items.isEmpty ? 0 : Double(row + 1) * TrendChart.legendRowHeight + 4)
    }

    /// The plot's right edge and the direct labels' left edge. The labels stand in a column right of
    /// the plot, unless the lines end before the x range does (a target year beyond the data, a single
    /// year): then right after the lines' end, inside the plot, where no marker stands in the way. A
    /// label is never joined to its line across empty years by anything that could pass for a forecast.
    private static func placeLabelColumn(_ chart: TrendChart, range: ClosedRange<Int>, strong: [Prepared], plotLeft: Double,
                                 directWidth: Double) -> (plotRight: Double, labelColumn: Double) {
        let width = TrendChart.width
        let plotRight = width - (directWidth > 0 ? directWidth + 14 : 10)
        let lastYear = strong.compactMap { $0.points.last?.year }.max()
        guard directWidth > 0, let lastYear, lastYear < range.upperBound || range.lowerBound == range.upperBound else {
            return (plotRight, plotRight + 8)
        }
        let fullRight = width - 10
        let x = XScale(range: range, left: plotLeft, right: fullRight)
        let column = x(lastYear) + 12
        let blocked = chart.markers.contains { marker in
            let mx = x(marker.year)
            return mx + 10 >= column && mx - 10 <= column + directWidth
        }
        return !blocked && column + directWidth <= width - 2 ? (fullRight, column) : (plotRight, plotRight + 8)
    }

    // MARK: Labels

    /// Year labels, thinned to every 2nd (counted back from the last year), 5th, 10th… year when crowded.
    private static func yearTicks(_ range: ClosedRange<Int>, x: XScale) -> [Tick] {
        let perYear = x.span == 0 ? Double.infinity : (x.innerRight - x.innerLeft) / x.span
        let labelStep = [1, 2, 5, 10, 20, 50, 100].first { Double($0) * perYear >= 40 } ?? 100
        return range.compactMap { year in
            let labelled = labelStep <= 2 ? (range.upperBound - year) % labelStep == 0 : year % labelStep == 0
            return labelled ? Tick(position: x(year), label: String(year)) : nil
        }
    }

    /// One label at each strong line's last value, spread apart vertically.
    private static func placeDirectLabels(_ strong: [Prepared], texts: [String], labelColumn: Double, top: Double,
                                  bottom: Double, x: XScale, y: YScale) -> [DirectLabel] {
        let ends = strong.indices.compactMap { i -> (slot: Int, x: Double, y: Double)? in
            guard let last = strong[i].points.last else { return nil }
            return (i, x(last.year), y(last.value))
        }
        let centres = TrendChart.spread(ends.map(\.y), gap: TrendChart.labelGap, low: top, high: bottom)
        return zip(ends, centres).map { end, centre in
            DirectLabel(text: texts[end.slot], style: strong[end.slot].style, endX: end.x, endY: end.y, centre: centre,
                        leader: abs(centre - end.y) > 2 || labelColumn - end.x > 24)
        }
    }

    /// Goal markers with a finite value, in year order. Each label goes above its diamond, else below,
    /// else further up, wherever it is clear of the labels placed before it.
    private static func placeMarkers(_ markers: [TrendChart.Marker], avoiding taken: [Box], plotLeft: Double, top: Double,
                             bottom: Double, x: XScale, y: YScale) -> [PlacedMarker] {
        let fontSize = TrendChart.fontSize
        let drawable = markers.filter { $0.value.isFinite }
        guard let earliest = drawable.map(\.year).min() else { return [] }
        let order = drawable.indices.sorted {
            drawable[$0].year != drawable[$1].year ? drawable[$0].year < drawable[$1].year : $0 < $1
        }
        var boxes = taken
        return order.map { index in
            let marker = drawable[index]
            let kind = marker.kind ?? (drawable.count > 1 && marker.year == earliest ? .baseline : .target)
            let mx = x(marker.year), my = y(marker.value)
            let text = TextFit.shorten(marker.label, maxWidth: 200, fontSize: fontSize)
            let w = TrendChart.room(text, fontSize: fontSize)
            let left = min(max(mx - w / 2, plotLeft), TrendChart.width - w - 2)
            let candidates = [my - 12, my + 22, my - 28, my + 38].lazy.map { baseline in
                Box(left: left, right: left + w, top: baseline - 11, bottom: baseline + 3)
            }
            let box = candidates.first { box in
                box.top >= top - 14 && box.bottom <= bottom && !boxes.contains { $0.overlaps(box) }
            } ?? Box(left: left, right: left + w, top: my - 23, bottom: my - 9)
            boxes.append(box)
            return PlacedMarker(kind: kind, x: mx, y: my, label: text, labelX: box.left, labelY: box.bottom - 3)
        }
    }
}
