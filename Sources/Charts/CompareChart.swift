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
        let fontSize = Self.fontSize
        let values = bars.map { bar -> Double? in
            guard let value = bar.value, value.isFinite else { return nil }
            return value
        }
        let shown = references.filter { $0.value.isFinite }
        let present = values.compactMap { $0 }
        let all = present + shown.map(\.value)
        let ticks = Ticks.nice(all.min() ?? 0, all.max() ?? 1, count: 5, includeZero: true)
        let decimals = Ticks.decimals(ticks)
        let tickLabels = ticks.map { TrendChart.tickLabel($0, decimals: decimals, format: format) }
        let unitTitle = !format.unit.isEmpty && !TrendChart.unitOnTicks(format)

        // Names on the left, right-aligned against the bars.
        let names = bars.map { bar in
            TextFit.shorten(bar.name, maxWidth: Self.nameMaxWidth, fontSize: fontSize * (bar.highlighted ? Self.boldFactor : 1))
        }
        let nameWidth = names.indices.map { i in
            TrendChart.room(names[i], fontSize: fontSize, bold: bars[i].highlighted)
        }.max() ?? 0
        let nameRight = 4 + nameWidth
        let plotLeft = nameRight + 10
        let plotRight = Self.width - 8

        // Room inside the plot for the value labels at the bar ends (and the missing label at zero).
        let valueLabels = bars.indices.map { i in values[i].map { format.number($0) } }
        func labelWidth(_ i: Int) -> Double { TrendChart.room(valueLabels[i] ?? "", fontSize: fontSize, bold: bars[i].highlighted) }
        let leftPad = bars.indices.filter { (values[$0] ?? 0) < 0 }.map { labelWidth($0) + 8 }.max() ?? 0
        var rightPad = bars.indices.filter { (values[$0] ?? -1) >= 0 }.map { labelWidth($0) + 8 }.max() ?? 0
        if values.contains(where: { $0 == nil }) {
            rightPad = max(rightPad, TrendChart.room(missingLabel, fontSize: fontSize) + 10)
        }
        let scaleLeft = plotLeft + leftPad, scaleRight = plotRight - rightPad
        let low = ticks.first!, high = ticks.last!
        func x(_ value: Double) -> Double { scaleLeft + (value - low) / (high - low) * (scaleRight - scaleLeft) }

        // Reference labels at the top: centred on their line, or beside it, never across another
        // line; stacked into a further row when a row has no room.
        let lineXs = shown.map { x($0.value) }
        var referenceRows: [[(left: Double, right: Double)]] = []
        var referencePlaces: [(row: Int, left: Double, text: String, beside: Bool)] = []
        for (index, reference) in shown.enumerated() {
            let text = TextFit.shorten(reference.name, maxWidth: 220, fontSize: fontSize) + "\u{00A0}" + format.value(reference.value)
            let w = TrendChart.room(text, fontSize: fontSize)
            let rx = lineXs[index]
            let candidates = [rx - w / 2, rx + 5, rx - 5 - w].filter { $0 >= 0 && $0 + w <= Self.width - 2 }
            func free(_ left: Double, row: Int) -> Bool {
                let crossed = lineXs.indices.contains { $0 != index && lineXs[$0] > left - 3 && lineXs[$0] < left + w + 3 }
                let overlaps = row < referenceRows.count && referenceRows[row].contains { $0.left < left + w + 10 && left < $0.right + 10 }
                return !crossed && !overlaps
            }
            var place: (row: Int, left: Double)? = nil
            for row in 0...referenceRows.count {
                if let left = candidates.first(where: { free($0, row: row) }) {
                    place = (row, left)
                    break
                }
            }
            let chosen = place ?? (referenceRows.count, min(max(rx - w / 2, 0), Self.width - w - 2))
            while referenceRows.count <= chosen.row { referenceRows.append([]) }
            referenceRows[chosen.row].append((chosen.left, chosen.left + w))
            referencePlaces.append((chosen.row, chosen.left, text, chosen.left != rx - w / 2))
        }
        let barsTop = Double(referenceRows.count) * Self.referenceRowHeight + 10
        let barsBottom = barsTop + Double(bars.count) * Self.rowHeight
        let height = barsBottom + 28 + (unitTitle ? 18 : 0)
        func rowCentre(_ i: Int) -> Double { barsTop + Double(i) * Self.rowHeight + Self.rowHeight / 2 }

        return ChartFrame.wrap(id: id, width: Self.width, height: height, title: title, summary: summary) { svg in
            // Value axis: light vertical gridlines with tick labels below the bars.
            svg.open("g", [("class", "axis x"), ("font-size", .n(fontSize)), ("fill", .s(Palette.muted))])
            for (tick, label) in zip(ticks, tickLabels) {
                svg.line(x(tick), barsTop, x(tick), barsBottom, [("stroke", .s(Palette.grid)), ("stroke-width", "1")])
                svg.label(x(tick), barsBottom + 16, label, [("text-anchor", "middle")])
            }
            if unitTitle {
                svg.label(plotRight, barsBottom + 34, TextFit.shorten(format.unit, maxWidth: Self.width / 2, fontSize: fontSize),
                          [("class", "unit"), ("text-anchor", "end")])
            }
            svg.close("g")

            // Bars, one row each: the name and the bar.
            svg.open("g", [("class", "bars"), ("font-size", .n(fontSize))])
            for (i, bar) in bars.enumerated() {
                let centre = rowCentre(i)
                svg.open("g", [("class", .s(bar.highlighted ? "bar highlighted" : "bar"))])
                var nameAttributes: [(String, Attribute)] = [("text-anchor", "end"), ("fill", .s(Palette.text))]
                if bar.highlighted { nameAttributes.append(("font-weight", "bold")) }
                svg.label(nameRight, centre + 4, names[i], nameAttributes)
                if let value = values[i] {
                    let start = min(x(0), x(value)), end = max(x(0), x(value))
                    svg.rect(start, centre - Self.barHeight / 2, end - start, Self.barHeight,
                             [("fill", .s(bar.highlighted ? Palette.highlight : Self.barColor))])
                }
                svg.close("g")
            }
            svg.close("g")

            // The zero line the bars start from.
            svg.line(x(0), barsTop, x(0), barsBottom, [("class", "zero"), ("stroke", .s(Palette.axis)), ("stroke-width", "1")])

            // Reference lines over the bars: a white casing keeps the dashes visible on them.
            if !shown.isEmpty {
                svg.open("g", [("class", "references")])
                for (index, reference) in shown.enumerated() {
                    let style = Self.referenceStyle(index)
                    let place = referencePlaces[index]
                    // A line ends under its label, or reaches up beside it.
                    let top = Double(place.row) * Self.referenceRowHeight + (place.beside ? 5 : 17)
                    let rx = x(reference.value)
                    svg.open("g", [("class", .s(style.cssClass))])
                    svg.line(rx, top, rx, barsBottom, [("stroke", "#fff"), ("stroke-width", "4")])
                    svg.line(rx, top, rx, barsBottom, [("stroke", .s(style.color)), ("stroke-width", "2"),
                                                      ("stroke-dasharray", .s(style.dash))])
                    svg.close("g")
                }
                svg.close("g")
            }

            // Values at the bar ends (or the missing label at zero), over the reference lines.
            svg.open("g", [("class", "values"), ("font-size", .n(fontSize))])
            for (i, bar) in bars.enumerated() {
                let centre = rowCentre(i)
                if let value = values[i] {
                    var attributes: [(String, Attribute)] = value < 0
                        ? [("x", .n(x(value) - 4)), ("y", .n(centre + 4)), ("text-anchor", "end")]
                        : [("x", .n(x(value) + 4)), ("y", .n(centre + 4))]
                    attributes.append(("fill", .s(Palette.text)))
                    if bar.highlighted { attributes.append(("font-weight", "bold")) }
                    svg.element("text", attributes + TrendChart.halo, content: valueLabels[i] ?? "")
                } else {
                    svg.label(x(0) + 6, centre + 4, missingLabel, [("class", "missing"), ("fill", .s(Palette.muted)),
                                                                  ("font-style", "italic")] + TrendChart.halo)
                }
            }
            svg.close("g")

            // Reference names and values at the top.
            if !shown.isEmpty {
                svg.open("g", [("class", "reference-labels"), ("font-size", .n(fontSize))])
                for (index, place) in referencePlaces.enumerated() {
                    let style = Self.referenceStyle(index)
                    let top = Double(place.row) * Self.referenceRowHeight + 17
                    svg.label(place.left, top - 4, place.text,
                              [("class", .s(style.cssClass)), ("fill", .s(style.color))] + TrendChart.halo)
                }
                svg.close("g")
            }
        }
    }
}
