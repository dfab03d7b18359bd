/// An indicator over the years for several areas: the region, the country and municipalities.
///
/// A missing year is a gap, never a zero: the line breaks there (a point left alone is drawn as a
/// small dot). Consecutive values are joined when they are at most one measuring interval apart, so a
/// survey made every other year is a line, but a round it skipped is a gap (see `yearStep`).
/// The region, the country and highlighted areas are strong lines, labelled at their right end and in
/// the legend with a line sample (solid, dashed, solid with points) that reads in greyscale too; all
/// other areas are thin light lines drawn underneath, with one legend entry when `othersLabel` is given.
/// Every string is the caller's: the chart decides no language.
public struct TrendChart: Sendable, Hashable {
    public enum Emphasis: Sendable, Hashable { case region, country, highlight, other }

    public struct Series: Sendable, Hashable {
        public var name: String
        /// Year → value; a missing year is absent (a gap, never zero).
        public var values: [Int: Double]
        public var emphasis: Emphasis

        public init(name: String, values: [Int: Double], emphasis: Emphasis) {
            self.name = name
            self.values = values
            self.emphasis = emphasis
        }
    }

    /// A goal's baseline or target: a diamond with a short label.
    public struct Marker: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case baseline, target }
        /// E.g. "Lähtötaso 2023" / "Tavoite 2029".
        public var label: String
        public var year: Int
        public var value: Double
        /// A baseline is a hollow diamond, a target a filled one. When nil, the earliest of several
        /// markers is the baseline and the rest are targets; a single marker is a target.
        public var kind: Kind?

        public init(label: String, year: Int, value: Double, kind: Kind? = nil) {
            self.label = label
            self.year = year
            self.value = value
            self.kind = kind
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    /// The x range. Values outside it are not drawn; a marker outside it widens it.
    public var years: ClosedRange<Int>
    public var series: [Series]
    public var markers: [Marker]
    public var othersLabel: String?
    public var format: ValueFormat
    /// Years between measurements: two values further apart than this are not joined. Nil infers it
    /// from the data (the most common distance between consecutive values, 1 when there is none).
    public var yearStep: Int?

    public init(id: String, title: String, summary: String, years: ClosedRange<Int>, series: [Series],
                markers: [Marker] = [], othersLabel: String? = nil, format: ValueFormat, yearStep: Int? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.years = years
        self.series = series
        self.markers = markers
        self.othersLabel = othersLabel
        self.format = format
        self.yearStep = yearStep
    }

    // MARK: - Layout constants

    static let width = 720.0
    static let plotHeight = 240.0
    static let fontSize = 12.0
    /// Space kept inside the plot at both ends so end points and their dots do not touch the frame.
    static let edgePad = 12.0
    static let directLabelMaxWidth = 150.0
    static let legendTextMaxWidth = 270.0
    static let legendRowHeight = 20.0
    static let labelGap = 14.0
    /// Bold text is about this much wider than regular text.
    static let boldFactor = 1.08
    /// `TextFit` measures an average font; wide fonts (DejaVu Sans on Linux) need this much more room
    /// where a label must not run off the edge.
    static let roomFactor = 1.15

    /// The space to keep for a label so that it does not run off the chart in a wide font.
    static func room(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        TextFit.width(text, fontSize: fontSize) * (bold ? boldFactor : 1) * roomFactor
    }

    // MARK: - Styles

    enum PointShape: Sendable { case circle, square, triangle }

    struct LineStyle: Sendable {
        var color: String
        var width: Double
        var dash: String?
        /// Drawn at every point of the line (highlights), so they differ from the region in greyscale.
        var shape: PointShape?
        var bold: Bool
        var cssClass: String
        /// Radius of the dot for a point without neighbours.
        var dotRadius: Double
    }

    static let highlightColors = [Palette.highlight, "#2d6a2e", "#7a2b8c", "#8a1c0b", "#005f66"]
    static let highlightShapes: [PointShape] = [.circle, .square, .triangle]

    static func style(_ emphasis: Emphasis, highlightIndex: Int) -> LineStyle {
        switch emphasis {
        case .region:
            return LineStyle(color: Palette.region, width: 3, dash: nil, shape: nil, bold: false,
                             cssClass: "series region", dotRadius: 3.5)
        case .country:
            return LineStyle(color: Palette.country, width: 2.5, dash: "7 4", shape: nil, bold: false,
                             cssClass: "series country", dotRadius: 3.5)
        case .highlight:
            return LineStyle(color: highlightColors[highlightIndex % highlightColors.count], width: 3, dash: nil,
                             shape: highlightShapes[highlightIndex % highlightShapes.count], bold: true,
                             cssClass: "series highlight", dotRadius: 3.5)
        case .other:
            return LineStyle(color: Palette.other, width: 1.2, dash: nil, shape: nil, bold: false,
                             cssClass: "series other", dotRadius: 2)
        }
    }

    // MARK: - Data helpers

    /// The series' finite values inside `range`, by year.
    static func points(_ values: [Int: Double], in range: ClosedRange<Int>) -> [(year: Int, value: Double)] {
        values.keys.sorted().compactMap { year in
            guard range.contains(year), let value = values[year], value.isFinite else { return nil }
            return (year, value)
        }
    }

    /// Runs of points no more than `step` years apart.
    static func segments(_ points: [(year: Int, value: Double)], step: Int) -> [[(year: Int, value: Double)]] {
        var result: [[(year: Int, value: Double)]] = []
        for point in points {
            if let last = result.last?.last, point.year - last.year <= step {
                result[result.count - 1].append(point)
            } else {
                result.append([point])
            }
        }
        return result
    }

    /// The most common distance between consecutive values (the smaller on a tie), 1 without any.
    static func inferredStep(_ allPoints: [[(year: Int, value: Double)]]) -> Int {
        var counts: [Int: Int] = [:]
        for points in allPoints {
            for (a, b) in zip(points, points.dropFirst()) { counts[b.year - a.year, default: 0] += 1 }
        }
        var best = 1, bestCount = 0
        for gap in counts.keys.sorted() where counts[gap]! > bestCount {
            best = gap
            bestCount = counts[gap]!
        }
        return best
    }

    /// Spreads label centres at least `gap` apart, keeping them near where they want to be and, when
    /// there is room, inside `low...high`. Returns positions in the input order.
    static func spread(_ wanted: [Double], gap: Double, low: Double, high: Double) -> [Double] {
        let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
        var placed = order.map { min(max(wanted[$0], low), high) }
        guard !placed.isEmpty else { return [] }
        for i in placed.indices.dropFirst() { placed[i] = max(placed[i], placed[i - 1] + gap) }
        if placed[placed.count - 1] > high {
            placed[placed.count - 1] = high
            for i in placed.indices.dropLast().reversed() { placed[i] = min(placed[i], placed[i + 1] - gap) }
            if placed[0] < low {
                placed[0] = low
                for i in placed.indices.dropFirst() { placed[i] = max(placed[i], placed[i - 1] + gap) }
            }
        }
        var result = wanted
        for (slot, index) in order.enumerated() { result[index] = placed[slot] }
        return result
    }

    /// Whether a unit is short enough to repeat on every tick label ("%", "‰", "€"); a longer unit is
    /// written once as an axis title.
    static func unitOnTicks(_ format: ValueFormat) -> Bool { !format.unit.isEmpty && format.unit.count <= 2 }

    static func tickLabel(_ value: Double, decimals: Int, format: ValueFormat) -> String {
        let number = format.number(value, decimals: decimals)
        return unitOnTicks(format) ? number + "\u{00A0}" + format.unit : number
    }

    /// Text with a white outline behind it, legible where it crosses lines.
    static let halo: [(String, Attribute)] = [("stroke", "#fff"), ("stroke-width", "3"), ("stroke-linejoin", "round"),
                                               ("style", "paint-order: stroke")]

    static func shapePath(_ shape: PointShape, x: Double, y: Double, r: Double) -> String {
        let n = SVGWriter.number
        switch shape {
        case .circle:
            return ""
        case .square:
            let s = r * 0.9
            return "M\(n(x - s)) \(n(y - s))H\(n(x + s))V\(n(y + s))H\(n(x - s))Z"
        case .triangle:
            let s = r * 1.2
            return "M\(n(x)) \(n(y - s))L\(n(x + s)) \(n(y + s * 0.8))L\(n(x - s)) \(n(y + s * 0.8))Z"
        }
    }

    static func drawPoint(_ svg: inout SVGWriter, shape: PointShape, x: Double, y: Double, r: Double, color: String,
                          cssClass: String = "point") {
        if shape == .circle {
            svg.circle(cssClass: cssClass, cx: x, cy: y, r: r, fill: color)
        } else {
            svg.element("path", [("class", .s(cssClass)), ("d", .s(shapePath(shape, x: x, y: y, r: r))), ("fill", .s(color))])
        }
    }

    static func diamond(x: Double, y: Double, r: Double) -> String {
        let n = SVGWriter.number
        return "M\(n(x)) \(n(y - r))L\(n(x + r)) \(n(y))L\(n(x)) \(n(y + r))L\(n(x - r)) \(n(y))Z"
    }

    // MARK: - Drawing

    public func draw() -> Chart {
        let fontSize = Self.fontSize
        let range = (markers.map(\.year) + [years.lowerBound]).min()!...(markers.map(\.year) + [years.upperBound]).max()!

        // Series in drawing order: others underneath, then the country, the region and highlights on top.
        var highlightCount = 0
        let prepared: [(series: Series, style: LineStyle, points: [(year: Int, value: Double)])] = series.map { item in
            let style = Self.style(item.emphasis, highlightIndex: highlightCount)
            if item.emphasis == .highlight { highlightCount += 1 }
            return (item, style, Self.points(item.values, in: range))
        }
        func layer(_ emphasis: Emphasis) -> Int {
            switch emphasis {
            case .other: return 0
            case .country: return 1
            case .region: return 2
            case .highlight: return 3
            }
        }
        let drawOrder = prepared.indices.sorted {
            let a = layer(prepared[$0].series.emphasis), b = layer(prepared[$1].series.emphasis)
            return a != b ? a < b : $0 < $1
        }
        let strong = prepared.indices.filter { prepared[$0].series.emphasis != .other }
        let hasOthers = prepared.contains { $0.series.emphasis == .other }
        let step = max(1, yearStep ?? Self.inferredStep(prepared.map(\.points)))

        // Y scale over every value and marker.
        let allValues = prepared.flatMap { $0.points.map(\.value) } + markers.map(\.value).filter(\.isFinite)
        let ticks = Ticks.nice(allValues.min() ?? 0, allValues.max() ?? 1, count: 5)
        let decimals = Ticks.decimals(ticks)
        let tickLabels = ticks.map { Self.tickLabel($0, decimals: decimals, format: format) }

        // Legend: strong series in the given order, then the others entry.
        struct LegendItem { var text: String; var style: LineStyle }
        var legend = strong.map { LegendItem(text: prepared[$0].series.name, style: prepared[$0].style) }
        if hasOthers, let othersLabel { legend.append(LegendItem(text: othersLabel, style: Self.style(.other, highlightIndex: 0))) }
        let sampleWidth = 28.0
        var legendPlaces: [(x: Double, row: Int, text: String)] = []
        var cursor = 0.0, row = 0
        for item in legend {
            let text = TextFit.shorten(item.text, maxWidth: Self.legendTextMaxWidth, fontSize: fontSize * (item.style.bold ? Self.boldFactor : 1))
            let itemWidth = sampleWidth + 6 + Self.room(text, fontSize: fontSize, bold: item.style.bold)
            if cursor > 0 && cursor + itemWidth > Self.width {
                cursor = 0
                row += 1
            }
            legendPlaces.append((cursor, row, text))
            cursor += itemWidth + 20
        }
        let legendHeight = legend.isEmpty ? 0 : Double(row + 1) * Self.legendRowHeight + 4
        let unitTitle = !format.unit.isEmpty && !Self.unitOnTicks(format)
        let unitTop = legendHeight
        let plotTop = legendHeight + (unitTitle ? 18 : 0) + 14
        let plotBottom = plotTop + Self.plotHeight
        let height = plotBottom + 30

        // X extent: tick labels on the left, direct labels of the strong series on the right.
        let plotLeft = 4 + (tickLabels.map { Self.room($0, fontSize: fontSize) }.max() ?? 0) + 8
        let directTexts = strong.map { index -> String in
            let style = prepared[index].style
            return TextFit.shorten(prepared[index].series.name, maxWidth: Self.directLabelMaxWidth,
                                   fontSize: fontSize * (style.bold ? Self.boldFactor : 1))
        }
        let directWidth = directTexts.indices.map { i in
            Self.room(directTexts[i], fontSize: fontSize, bold: prepared[strong[i]].style.bold)
        }.max() ?? 0

        let span = Double(range.upperBound - range.lowerBound)
        func xScale(_ year: Int, right: Double) -> Double {
            let innerLeft = plotLeft + Self.edgePad, innerRight = right - Self.edgePad
            return span == 0 ? (innerLeft + innerRight) / 2
                : innerLeft + Double(year - range.lowerBound) / span * (innerRight - innerLeft)
        }
        // The direct labels stand in a column right of the plot, unless the lines end before the
        // x range does (a target year beyond the data, a single year): then right after the lines'
        // end, inside the plot, where no marker stands in the way. A label is never joined to its
        // line across empty years by anything that could pass for a forecast.
        var plotRight = Self.width - (directWidth > 0 ? directWidth + 14 : 10)
        var labelColumn = plotRight + 8
        let lastYear = strong.compactMap { prepared[$0].points.last?.year }.max()
        if directWidth > 0, let lastYear, lastYear < range.upperBound || span == 0 {
            let fullRight = Self.width - 10
            let column = xScale(lastYear, right: fullRight) + 12
            let blocked = markers.contains { marker in
                let mx = xScale(marker.year, right: fullRight)
                return mx + 10 >= column && mx - 10 <= column + directWidth
            }
            if !blocked && column + directWidth <= Self.width - 2 {
                plotRight = fullRight
                labelColumn = column
            }
        }
        let innerLeft = plotLeft + Self.edgePad, innerRight = plotRight - Self.edgePad
        func x(_ year: Int) -> Double { xScale(year, right: plotRight) }
        let low = ticks.first!, high = ticks.last!
        func y(_ value: Double) -> Double { plotBottom - (value - low) / (high - low) * Self.plotHeight }

        // Year labels, thinned to every 2nd (counted back from the last year), 5th, 10th… year when crowded.
        let perYear = span == 0 ? Double.infinity : (innerRight - innerLeft) / span
        let labelStep = [1, 2, 5, 10, 20, 50, 100].first { Double($0) * perYear >= 40 } ?? 100
        let labelledYears = range.filter { year in
            labelStep <= 2 ? (range.upperBound - year) % labelStep == 0 : year % labelStep == 0
        }

        // Direct label positions: at their line's last value, spread apart.
        let ends = strong.indices.compactMap { i -> (slot: Int, x: Double, y: Double)? in
            guard let last = prepared[strong[i]].points.last else { return nil }
            return (i, x(last.year), y(last.value))
        }
        let centres = Self.spread(ends.map(\.y), gap: Self.labelGap, low: plotTop, high: plotBottom)
        let directPlaces = zip(ends, centres).map { (slot: $0.slot, endX: $0.x, endY: $0.y, centre: $1) }

        return ChartFrame.wrap(id: id, width: Self.width, height: height, title: title, summary: summary) { svg in
            // Legend.
            if !legend.isEmpty {
                svg.open("g", [("class", "legend"), ("font-size", .n(fontSize)), ("fill", .s(Palette.text))])
                for (item, place) in zip(legend, legendPlaces) {
                    let rowY = Double(place.row) * Self.legendRowHeight + 12
                    svg.open("g", [("class", .s("legend-item " + item.style.cssClass.replacingOccurrences(of: "series ", with: "")))])
                    var line: [(String, Attribute)] = [("stroke", .s(item.style.color)), ("stroke-width", .n(item.style.width))]
                    if let dash = item.style.dash { line.append(("stroke-dasharray", .s(dash))) }
                    svg.line(place.x, rowY, place.x + sampleWidth, rowY, line)
                    if let shape = item.style.shape {
                        Self.drawPoint(&svg, shape: shape, x: place.x + sampleWidth / 2, y: rowY, r: item.style.dotRadius + 0.5,
                                       color: item.style.color, cssClass: "sample")
                    }
                    var text: [(String, Attribute)] = []
                    if item.style.bold { text.append(("font-weight", "bold")) }
                    svg.label(place.x + sampleWidth + 6, rowY + 4, place.text, text)
                    svg.close("g")
                }
                svg.close("g")
            }

            // Y axis: light gridlines, tick labels, the unit.
            svg.open("g", [("class", "axis y"), ("font-size", .n(fontSize)), ("fill", .s(Palette.muted))])
            if unitTitle {
                svg.label(0, unitTop + 13, TextFit.shorten(format.unit, maxWidth: Self.width / 2, fontSize: fontSize),
                          [("class", "unit")])
            }
            for (tick, label) in zip(ticks, tickLabels) {
                svg.line(plotLeft, y(tick), plotRight, y(tick), [("stroke", .s(Palette.grid)), ("stroke-width", "1")])
                svg.label(plotLeft - 8, y(tick) + 4, label, [("text-anchor", "end")])
            }
            svg.close("g")

            // X axis: the frame's bottom line, year ticks and labels.
            svg.open("g", [("class", "axis x"), ("font-size", .n(fontSize)), ("fill", .s(Palette.muted))])
            svg.line(plotLeft, plotBottom, plotRight, plotBottom, [("stroke", .s(Palette.axis)), ("stroke-width", "1")])
            for year in labelledYears {
                svg.line(x(year), plotBottom, x(year), plotBottom + 4, [("stroke", .s(Palette.axis)), ("stroke-width", "1")])
                svg.label(x(year), plotBottom + 18, String(year), [("text-anchor", "middle")])
            }
            svg.close("g")
            if low < 0 && high > 0 {
                svg.line(plotLeft, y(0), plotRight, y(0), [("class", "zero"), ("stroke", .s(Palette.axis)), ("stroke-width", "1.5")])
            }

            // Lines.
            svg.open("g", [("class", "lines")])
            for index in drawOrder {
                let (_, style, points) = prepared[index]
                guard !points.isEmpty else { continue }
                svg.open("g", [("class", .s(style.cssClass))])
                let parts = Self.segments(points, step: step)
                var d = ""
                for part in parts where part.count > 1 {
                    for (i, point) in part.enumerated() {
                        d += i == 0 ? "M" : "L"
                        d += SVGWriter.number(x(point.year))
                        d += " "
                        d += SVGWriter.number(y(point.value))
                    }
                }
                if !d.isEmpty {
                    var attributes: [(String, Attribute)] = [("class", "line"), ("d", .s(d)), ("fill", "none"),
                                                             ("stroke", .s(style.color)), ("stroke-width", .n(style.width)),
                                                             ("stroke-linejoin", "round")]
                    if let dash = style.dash {
                        attributes.append(("stroke-dasharray", .s(dash)))
                    } else {
                        attributes.append(("stroke-linecap", "round"))
                    }
                    svg.element("path", attributes)
                }
                if let shape = style.shape {
                    for point in points {
                        Self.drawPoint(&svg, shape: shape, x: x(point.year), y: y(point.value), r: style.dotRadius, color: style.color)
                    }
                } else {
                    for part in parts where part.count == 1 {
                        Self.drawPoint(&svg, shape: .circle, x: x(part[0].year), y: y(part[0].value), r: style.dotRadius,
                                       color: style.color, cssClass: "dot")
                    }
                }
                svg.close("g")
            }
            svg.close("g")

            // Goal markers: a hollow diamond for the baseline, a filled one for the target.
            let drawable = markers.filter { $0.value.isFinite }
            if !drawable.isEmpty {
                let earliest = drawable.map(\.year).min()!
                svg.open("g", [("class", "markers"), ("font-size", .n(fontSize)), ("fill", .s(Palette.text))])
                var boxes: [(left: Double, right: Double, top: Double, bottom: Double)] = directPlaces.map { place in
                    (left: labelColumn, right: labelColumn + directWidth, top: place.centre - 7, bottom: place.centre + 7)
                }
                let order = drawable.indices.sorted {
                    drawable[$0].year != drawable[$1].year ? drawable[$0].year < drawable[$1].year : $0 < $1
                }
                for index in order {
                    let marker = drawable[index]
                    let kind = marker.kind ?? (drawable.count > 1 && marker.year == earliest ? .baseline : .target)
                    let mx = x(marker.year), my = y(marker.value)
                    svg.open("g", [("class", .s(kind == .baseline ? "marker baseline" : "marker target"))])
                    svg.element("path", [("d", .s(Self.diamond(x: mx, y: my, r: 6.5))),
                                         ("fill", .s(kind == .baseline ? "#fff" : Palette.text)),
                                         ("stroke", .s(Palette.text)), ("stroke-width", "2")])
                    let text = TextFit.shorten(marker.label, maxWidth: 200, fontSize: fontSize)
                    let w = Self.room(text, fontSize: fontSize)
                    let left = min(max(mx - w / 2, plotLeft), Self.width - w - 2)
                    var chosen: (left: Double, right: Double, top: Double, bottom: Double)? = nil
                    // Above the diamond, else below, else further up.
                    for baseline in [my - 12, my + 22, my - 28, my + 38] {
                        let box = (left: left, right: left + w, top: baseline - 11, bottom: baseline + 3)
                        guard box.top >= plotTop - 14, box.bottom <= plotBottom else { continue }
                        if !boxes.contains(where: { $0.left < box.right + 4 && box.left < $0.right + 4 && $0.top < box.bottom && box.top < $0.bottom }) {
                            chosen = box
                            break
                        }
                    }
                    let box = chosen ?? (left: left, right: left + w, top: my - 23, bottom: my - 9)
                    boxes.append(box)
                    svg.label(box.left, box.bottom - 3, text, Self.halo)
                    svg.close("g")
                }
                svg.close("g")
            }

            // Direct labels at the right end of the strong lines, nudged apart.
            if !directPlaces.isEmpty {
                svg.open("g", [("class", "direct-labels"), ("font-size", .n(fontSize))])
                for place in directPlaces {
                    let style = prepared[strong[place.slot]].style
                    if abs(place.centre - place.endY) > 2 || labelColumn - place.endX > 24 {
                        svg.line(place.endX + 5, place.endY, labelColumn - 3, place.centre,
                                 [("class", "leader"), ("stroke", .s(Palette.axis)), ("stroke-width", "0.8"), ("stroke-dasharray", "1 2")])
                    }
                    var attributes: [(String, Attribute)] = [("fill", .s(style.color))]
                    if style.bold { attributes.append(("font-weight", "bold")) }
                    svg.label(labelColumn, place.centre + 4, directTexts[place.slot], attributes + Self.halo)
                }
                svg.close("g")
            }
        }
    }
}
