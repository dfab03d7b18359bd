import HyteBase

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

    /// Runs of points no more than `step` years apart, as ranges of `points`' indices.
    static func segments(_ points: [(year: Int, value: Double)], step: Int) -> [Range<Int>] {
        guard !points.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var start = 0
        for i in points.indices.dropFirst() where points[i].year - points[i - 1].year > step {
            result.append(start..<i)
            start = i
        }
        result.append(start..<points.count)
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

    /// A longer unit as written once beside the axis, shortened to half the chart's width; nil when the
    /// ticks carry the unit or there is none.
    static func unitTitle(_ format: ValueFormat, chartWidth: Double) -> String? {
        format.unit.isEmpty || unitOnTicks(format) ? nil : TextFit.shorten(format.unit, maxWidth: chartWidth / 2, fontSize: fontSize)
    }

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
        let layout = TrendLayout(self)
        return ChartFrame.wrap(id: id, width: layout.width, height: layout.height, title: title, summary: summary) { svg in
            Self.drawLegend(layout, into: &svg)
            Self.drawAxes(layout, into: &svg)
            Self.drawLines(layout, into: &svg)
            Self.drawMarkers(layout, into: &svg)
            Self.drawDirectLabels(layout, into: &svg)
        }
    }

    private static func drawLegend(_ layout: TrendLayout, into svg: inout SVGWriter) {
        guard !layout.legend.isEmpty else { return }
        let sampleWidth = TrendLayout.sampleWidth
        svg.open("g", [("class", "legend"), ("font-size", .n(fontSize)), ("fill", .s(Palette.text))])
        for entry in layout.legend {
            let style = entry.style
            svg.open("g", [("class", .s("legend-item " + style.cssClass.replacingOccurrences(of: "series ", with: "")))])
            var line: [(String, Attribute)] = [("stroke", .s(style.color)), ("stroke-width", .n(style.width))]
            if let dash = style.dash { line.append(("stroke-dasharray", .s(dash))) }
            svg.line(entry.x, entry.y, entry.x + sampleWidth, entry.y, line)
            if let shape = style.shape {
                drawPoint(&svg, shape: shape, x: entry.x + sampleWidth / 2, y: entry.y, r: style.dotRadius + 0.5,
                          color: style.color, cssClass: "sample")
            }
            var text: [(String, Attribute)] = []
            if style.bold { text.append(("font-weight", "bold")) }
            svg.label(entry.x + sampleWidth + 6, entry.y + 4, entry.text, text)
            svg.close("g")
        }
        svg.close("g")
    }

    /// The y axis (light gridlines, tick labels, the unit), the x axis (the frame's bottom line, year
    /// ticks and labels) and the zero line.
    private static func drawAxes(_ layout: TrendLayout, into svg: inout SVGWriter) {
        let left = layout.plotLeft, right = layout.plotRight, bottom = layout.plotBottom
        svg.open("g", [("class", "axis y"), ("font-size", .n(fontSize)), ("fill", .s(Palette.muted))])
        if let unit = layout.unit { svg.label(0, unit.y, unit.text, [("class", "unit")]) }
        for tick in layout.valueTicks {
            svg.line(left, tick.position, right, tick.position, [("stroke", .s(Palette.grid)), ("stroke-width", "1")])
            svg.label(left - 8, tick.position + 4, tick.label, [("text-anchor", "end")])
        }
        svg.close("g")

        svg.open("g", [("class", "axis x"), ("font-size", .n(fontSize)), ("fill", .s(Palette.muted))])
        svg.line(left, bottom, right, bottom, [("stroke", .s(Palette.axis)), ("stroke-width", "1")])
        for tick in layout.yearTicks {
            svg.line(tick.position, bottom, tick.position, bottom + 4, [("stroke", .s(Palette.axis)), ("stroke-width", "1")])
            svg.label(tick.position, bottom + 18, tick.label, [("text-anchor", "middle")])
        }
        svg.close("g")
        if let zero = layout.zeroY {
            svg.line(left, zero, right, zero, [("class", "zero"), ("stroke", .s(Palette.axis)), ("stroke-width", "1.5")])
        }
    }

    private static func drawLines(_ layout: TrendLayout, into svg: inout SVGWriter) {
        svg.open("g", [("class", "lines")])
        for line in layout.lines {
            let style = line.style, points = line.points
            svg.open("g", [("class", .s(style.cssClass))])
            let d = pathData(line)
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
            // Highlights show every point, so they differ from the region in greyscale; other lines
            // show only the points that have no neighbour to join.
            if let shape = style.shape {
                for point in points {
                    drawPoint(&svg, shape: shape, x: point.x, y: point.y, r: style.dotRadius, color: style.color)
                }
            } else {
                for run in line.runs where run.count == 1 {
                    let point = points[run.lowerBound]
                    drawPoint(&svg, shape: .circle, x: point.x, y: point.y, r: style.dotRadius, color: style.color,
                              cssClass: "dot")
                }
            }
            svg.close("g")
        }
        svg.close("g")
    }

    /// The runs of two or more points, each a polyline of its own.
    private static func pathData(_ line: TrendLayout.Line) -> String {
        var d = MarkupBuffer(capacity: line.points.count * 12)
        for run in line.runs where run.count > 1 {
            for i in run {
                d.write(i == run.lowerBound ? "M" : "L")
                SVGWriter.write(line.points[i].x, into: &d)
                d.write(" ")
                SVGWriter.write(line.points[i].y, into: &d)
            }
        }
        return d.text
    }

    /// Goal markers: a hollow diamond for the baseline, a filled one for the target.
    private static func drawMarkers(_ layout: TrendLayout, into svg: inout SVGWriter) {
        guard !layout.markers.isEmpty else { return }
        svg.open("g", [("class", "markers"), ("font-size", .n(fontSize)), ("fill", .s(Palette.text))])
        for marker in layout.markers {
            let baseline = marker.kind == .baseline
            svg.open("g", [("class", .s(baseline ? "marker baseline" : "marker target"))])
            svg.element("path", [("d", .s(diamond(x: marker.x, y: marker.y, r: TrendLayout.markerRadius))),
                                 ("fill", .s(baseline ? "#fff" : Palette.text)),
                                 ("stroke", .s(Palette.text)), ("stroke-width", "2")])
            svg.label(marker.labelX, marker.labelY, marker.label, halo)
            svg.close("g")
        }
        svg.close("g")
    }

    /// Direct labels at the right end of the strong lines, nudged apart.
    private static func drawDirectLabels(_ layout: TrendLayout, into svg: inout SVGWriter) {
        guard !layout.directLabels.isEmpty else { return }
        let column = layout.labelColumn
        svg.open("g", [("class", "direct-labels"), ("font-size", .n(fontSize))])
        for label in layout.directLabels {
            if label.leader {
                svg.line(label.endX + 5, label.endY, column - 3, label.centre,
                         [("class", "leader"), ("stroke", .s(Palette.axis)), ("stroke-width", "0.8"), ("stroke-dasharray", "1 2")])
            }
            var attributes: [(String, Attribute)] = [("fill", .s(label.style.color))]
            if label.style.bold { attributes.append(("font-weight", "bold")) }
            svg.label(column, label.centre + 4, label.text, attributes + halo)
        }
        svg.close("g")
    }
}
