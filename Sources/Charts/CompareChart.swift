/// One indicator for every municipality in a year: horizontal bars in the order given (the caller
/// sorts), starting at zero (negative values extend left), each with its value at the bar's end.
/// The highlighted bar is darker and its name bold; a missing value shows the caller's `missingLabel`
/// instead of a bar. The region and the country are vertical reference lines with distinct dash
/// patterns, named with their values at the top. Names are shortened to fit (the page's data table
/// has them in full). Every string is the caller's: the chart decides no language.
public struct CompareChart: Sendable {
    public struct Bar: Sendable {
        public var name: String
        public var value: Double?
        public var highlighted: Bool

        public init(name: String, value: Double?, highlighted: Bool = false) {
            self.name = name
            self.value = value
            self.highlighted = highlighted
        }
    }

    /// A vertical reference line: the first is drawn as the region, the second as the country.
    public struct Reference: Sendable {
        public var name: String
        public var value: Double

        public init(name: String, value: Double) {
            self.name = name
            self.value = value
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var bars: [Bar]
    public var references: [Reference]
    public var missingLabel: String
    public var format: ValueFormat

    public init(id: String, title: String, summary: String, bars: [Bar], references: [Reference],
                missingLabel: String, format: ValueFormat) {
        self.id = id
        self.title = title
        self.summary = summary
        self.bars = bars
        self.references = references
        self.missingLabel = missingLabel
        self.format = format
    }

    // MARK: - Layout constants

    static let width = 720.0
    static let fontSize = 12.0
    static let rowHeight = 24.0
    static let barHeight = 16.0
    static let nameMaxWidth = 150.0
    static let referenceRowHeight = 17.0
    /// Bars other than the highlighted one: a lighter blue (3.6:1 on white) so the highlight and the
    /// region's reference line stand out.
    static let barColor = "#5b8ac0"
    static let boldFactor = TrendChart.boldFactor

    struct ReferenceStyle {
        var color: String
        var dash: String
        var cssClass: String
    }

    static func referenceStyle(_ index: Int) -> ReferenceStyle {
        switch index {
        case 0: return ReferenceStyle(color: Palette.region, dash: "8 4", cssClass: "reference region")
        case 1: return ReferenceStyle(color: Palette.country, dash: "2 3", cssClass: "reference country")
        default:
            let extra = Array(Palette.series.dropFirst())
            let dashes = ["8 3 2 3", "4 2", "12 3"]
            return ReferenceStyle(color: extra[(index - 2) % extra.count], dash: dashes[(index - 2) % dashes.count],
                                  cssClass: "reference")
        }
    }

    // MARK: - Drawing

    public func draw() -> Chart {
        let layout = CompareLayout(self)
        return ChartFrame.wrap(id: id, width: layout.width, height: layout.height, title: title, summary: summary) { svg in
            Self.drawAxis(layout, into: &svg)
            Self.drawBars(layout, into: &svg)
            // The zero line the bars start from.
            svg.line(layout.zeroX, layout.barsTop, layout.zeroX, layout.barsBottom,
                     [("class", "zero"), ("stroke", .s(Palette.axis)), ("stroke-width", "1")])
            Self.drawReferenceLines(layout, into: &svg)
            Self.drawValues(layout, into: &svg)
            Self.drawReferenceLabels(layout, into: &svg)
        }
    }

    /// Value axis: light vertical gridlines with tick labels below the bars.
    private static func drawAxis(_ layout: CompareLayout, into svg: inout SVGWriter) {
        svg.open("g", [("class", "axis x"), ("font-size", .n(fontSize)), ("fill", .s(Palette.muted))])
        for tick in layout.ticks {
            svg.line(tick.x, layout.barsTop, tick.x, layout.barsBottom, [("stroke", .s(Palette.grid)), ("stroke-width", "1")])
            svg.label(tick.x, layout.barsBottom + 16, tick.label, [("text-anchor", "middle")])
        }
        if let unit = layout.unit {
            svg.label(unit.x, unit.y, unit.text, [("class", "unit"), ("text-anchor", "end")])
        }
        svg.close("g")
    }

    /// Bars, one row each: the name and the bar.
    private static func drawBars(_ layout: CompareLayout, into svg: inout SVGWriter) {
        svg.open("g", [("class", "bars"), ("font-size", .n(fontSize))])
        for row in layout.rows {
            svg.open("g", [("class", .s(row.highlighted ? "bar highlighted" : "bar"))])
            var nameAttributes: [(String, Attribute)] = [("text-anchor", "end"), ("fill", .s(Palette.text))]
            if row.highlighted { nameAttributes.append(("font-weight", "bold")) }
            svg.label(layout.nameRight, row.centre + 4, row.name, nameAttributes)
            if let bar = row.bar {
                svg.rect(bar.x, bar.y, bar.width, bar.height, [("fill", .s(row.highlighted ? Palette.highlight : barColor))])
            }
            svg.close("g")
        }
        svg.close("g")
    }

    /// Reference lines over the bars: a white casing keeps the dashes visible on them.
    private static func drawReferenceLines(_ layout: CompareLayout, into svg: inout SVGWriter) {
        guard !layout.references.isEmpty else { return }
        let bottom = layout.barsBottom
        svg.open("g", [("class", "references")])
        for reference in layout.references {
            let style = reference.style, x = reference.x, top = reference.lineTop
            svg.open("g", [("class", .s(style.cssClass))])
            svg.line(x, top, x, bottom, [("stroke", "#fff"), ("stroke-width", "4")])
            svg.line(x, top, x, bottom, [("stroke", .s(style.color)), ("stroke-width", "2"), ("stroke-dasharray", .s(style.dash))])
            svg.close("g")
        }
        svg.close("g")
    }

    /// Values at the bar ends (or the missing label at zero), over the reference lines.
    private static func drawValues(_ layout: CompareLayout, into svg: inout SVGWriter) {
        svg.open("g", [("class", "values"), ("font-size", .n(fontSize))])
        for row in layout.rows {
            let y = row.centre + 4
            if let value = row.value {
                var attributes: [(String, Attribute)] = value.anchorEnd
                    ? [("x", .n(value.x)), ("y", .n(y)), ("text-anchor", "end")]
                    : [("x", .n(value.x)), ("y", .n(y))]
                attributes.append(("fill", .s(Palette.text)))
                if row.highlighted { attributes.append(("font-weight", "bold")) }
                svg.element("text", attributes + TrendChart.halo, content: value.text)
            } else {
                svg.label(layout.missingX, y, layout.missingLabel, [("class", "missing"), ("fill", .s(Palette.muted)),
                                                                    ("font-style", "italic")] + TrendChart.halo)
            }
        }
        svg.close("g")
    }

    /// Reference names and values at the top.
    private static func drawReferenceLabels(_ layout: CompareLayout, into svg: inout SVGWriter) {
        guard !layout.references.isEmpty else { return }
        svg.open("g", [("class", "reference-labels"), ("font-size", .n(fontSize))])
        for reference in layout.references {
            svg.label(reference.labelX, reference.labelY, reference.text,
                      [("class", .s(reference.style.cssClass)), ("fill", .s(reference.style.color))] + TrendChart.halo)
        }
        svg.close("g")
    }
}
