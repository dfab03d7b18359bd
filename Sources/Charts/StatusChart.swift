import Foundation

/// Measures by status as horizontal 100 % stacked bars, one row per `Row` ("all", then one per focus
/// area). Every status has its colour and, where `Palette.status` gives one, a pattern, so it is not
/// told by colour alone; segments keep the order of `statuses`, counts are written inside segments
/// wide enough, each row's total at its right end.
public struct StatusChart: Sendable {
    public struct Status: Sendable {
        /// planned, ongoing, done, delayed or cancelled.
        public var key: String
        public var label: String

        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    public struct Row: Sendable {
        public var name: String
        /// In the order of the chart's `statuses`.
        public var counts: [Int]

        public init(name: String, counts: [Int]) {
            self.name = name
            self.counts = counts
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var statuses: [Status]
    public var rows: [Row]
    /// How counts read; whole numbers, grouped past four digits.
    public var format: ValueFormat

    public init(id: String, title: String, summary: String, statuses: [Status], rows: [Row],
                format: ValueFormat = ValueFormat(decimalSeparator: ",", groupSeparator: "\u{00A0}", decimals: 0, unit: "")) {
        self.id = id
        self.title = title
        self.summary = summary
        self.statuses = statuses
        self.rows = rows
        self.format = format
    }

    // MARK: Geometry

    static let width = 720.0
    static let edge = 8.0
    static let nameWidth = 212.0
    static let barLeft = 228.0
    static let barRight = 668.0
    static let rowHeight = 34.0
    static let barHeight = 22.0
    static let font = 12.0
    static let legendLine = 22.0
    static let swatch = 14.0
    static let dark = Palette.text
    static let light = "#ffffff"

    /// Fill and pattern of a status; unknown keys get the neutral grey without a pattern.
    static func style(_ key: String) -> (fill: String, pattern: String?) {
        Palette.status[key] ?? (Palette.other, nil)
    }

    func patternID(_ pattern: String) -> String { "\(id)-\(pattern)" }

    /// What fills a status mark: its pattern (which carries the colour underneath) or the plain colour.
    func paint(_ key: String) -> String {
        let style = Self.style(key)
        return style.pattern.map { "url(#\(patternID($0)))" } ?? style.fill
    }

    // MARK: Contrast

    /// WCAG relative luminance of a `#rrggbb` colour.
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return 0 }
        func channel(_ i: Int) -> Double {
            let value = Double(Int(String(digits[i..<i + 2]), radix: 16) ?? 0) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// White or dark text, whichever reads better on `fill` (≥ 4.5:1 for every status colour).
    static func textColor(on fill: String) -> String {
        contrast(light, fill) >= contrast(dark, fill) ? light : dark
    }

    // MARK: Layout

    struct LegendItem {
        var status: Status
        var x: Double
        var line: Int
        var label: String
    }

    func legend() -> [LegendItem] {
        var items: [LegendItem] = []
        var x = Self.edge, line = 0
        for status in statuses {
            let label = TextFit.shorten(status.label, maxWidth: Self.width - 2 * Self.edge - Self.swatch - 6, fontSize: Self.font)
            let itemWidth = Self.swatch + 6 + TextFit.width(label, fontSize: Self.font)
            if x > Self.edge && x + itemWidth > Self.width - Self.edge {
                x = Self.edge
                line += 1
            }
            items.append(LegendItem(status: status, x: x, line: line, label: label))
            x += itemWidth + 20
        }
        return items
    }

    // MARK: Drawing

    public func draw() -> Chart {
        let legend = legend()
        let legendLines = statuses.isEmpty ? 0 : (legend.last?.line ?? 0) + 1
        let rowsTop = 6 + Double(legendLines) * Self.legendLine + 6
        let height = rowsTop + Double(rows.count) * Self.rowHeight + 6
        return ChartFrame.wrap(id: id, width: Self.width, height: height, title: title, summary: summary) { svg in
            drawPatterns(&svg)

            svg.open("g", [("class", "legend")])
            for item in legend {
                let top = 6 + Double(item.line) * Self.legendLine + (Self.legendLine - Self.swatch) / 2
                svg.rect(item.x, top, Self.swatch, Self.swatch,
                         [("class", .s("status-\(item.status.key)")), ("fill", .s(paint(item.status.key))),
                          ("stroke", .s(Palette.axis)), ("stroke-width", .n(1))])
                svg.label(item.x + Self.swatch + 6, top + Self.swatch - 2.5, item.label, [("fill", .s(Palette.text)), ("font-size", .n(Self.font))])
            }
            svg.close("g")

            for (index, row) in rows.enumerated() {
                drawRow(&svg, row, top: rowsTop + Double(index) * Self.rowHeight)
            }
        }
    }

    /// One `<pattern>` per pattern name among the statuses, drawn over the status colour.
    private func drawPatterns(_ svg: inout SVGWriter) {
        var seen: Set<String> = []
        let patterned = statuses.compactMap { status -> (pattern: String, fill: String)? in
            let style = Self.style(status.key)
            guard let pattern = style.pattern, seen.insert(pattern).inserted else { return nil }
            return (pattern, style.fill)
        }
        guard !patterned.isEmpty else { return }
        svg.open("defs")
        for (pattern, fill) in patterned {
            switch pattern {
            case "dots":
                svg.open("pattern", [("id", .s(patternID(pattern))), ("patternUnits", "userSpaceOnUse"),
                                     ("width", .n(6)), ("height", .n(6))])
                svg.rect(0, 0, 6, 6, [("fill", .s(fill))])
                svg.element("circle", [("cx", .n(3)), ("cy", .n(3)), ("r", .n(1.3)), ("fill", .s(Palette.region))])
            case "stripes":
                svg.open("pattern", [("id", .s(patternID(pattern))), ("patternUnits", "userSpaceOnUse"),
                                     ("width", .n(7)), ("height", .n(7)), ("patternTransform", "rotate(45)")])
                svg.rect(0, 0, 7, 7, [("fill", .s(fill))])
                svg.rect(0, 0, 2.5, 7, [("fill", .s(Self.light)), ("fill-opacity", .n(0.6))])
            case "cross":
                svg.open("pattern", [("id", .s(patternID(pattern))), ("patternUnits", "userSpaceOnUse"),
                                     ("width", .n(6)), ("height", .n(6)), ("patternTransform", "rotate(45)")])
                svg.rect(0, 0, 6, 6, [("fill", .s(fill))])
                svg.rect(0, 0, 6, 1.5, [("fill", .s(Self.light)), ("fill-opacity", .n(0.7))])
                svg.rect(0, 0, 1.5, 6, [("fill", .s(Self.light)), ("fill-opacity", .n(0.7))])
            case "lines":
                svg.open("pattern", [("id", .s(patternID(pattern))), ("patternUnits", "userSpaceOnUse"),
                                     ("width", .n(8)), ("height", .n(8))])
                svg.rect(0, 0, 8, 8, [("fill", .s(fill))])
                svg.rect(0, 0, 8, 1.5, [("fill", .s(Self.light)), ("fill-opacity", .n(0.45))])
            default:
                // An unknown pattern name: the plain colour still fills, so nothing breaks.
                svg.open("pattern", [("id", .s(patternID(pattern))), ("patternUnits", "userSpaceOnUse"),
                                     ("width", .n(6)), ("height", .n(6))])
                svg.rect(0, 0, 6, 6, [("fill", .s(fill))])
            }
            svg.close("pattern")
        }
        svg.close("defs")
    }

    private func drawRow(_ svg: inout SVGWriter, _ row: Row, top: Double) {
        let counts = statuses.indices.map { $0 < row.counts.count ? max(0, row.counts[$0]) : 0 }
        let total = counts.reduce(0, +)
        let middle = top + Self.rowHeight / 2
        let barTop = middle - Self.barHeight / 2
        let barWidth = Self.barRight - Self.barLeft
        svg.open("g", [("class", "row")])

        let lines = TextFit.wrap(row.name, maxWidth: Self.nameWidth - Self.edge, fontSize: Self.font, maxLines: 2)
        let lineHeight = 13.0
        var lineY = middle + 4 - lineHeight * Double(lines.count - 1) / 2
        for line in lines {
            svg.label(Self.edge, lineY, line, [("fill", .s(Palette.text)), ("font-size", .n(Self.font))])
            lineY += lineHeight
        }

        if total == 0 {
            svg.rect(Self.barLeft, barTop, barWidth, Self.barHeight,
                     [("class", "empty"), ("fill", "none"), ("stroke", .s(Palette.axis)), ("stroke-width", .n(1)),
                      ("stroke-dasharray", "4 3")])
        } else {
            var before = 0
            for (index, status) in statuses.enumerated() where counts[index] > 0 {
                let x0 = Self.barLeft + barWidth * Double(before) / Double(total)
                before += counts[index]
                let x1 = Self.barLeft + barWidth * Double(before) / Double(total)
                let text = format.number(Double(counts[index]), decimals: 0)
                svg.open("rect", [("class", .s("status-\(status.key)")), ("x", .n(x0)), ("y", .n(barTop)),
                                  ("width", .n(x1 - x0)), ("height", .n(Self.barHeight)), ("fill", .s(paint(status.key))),
                                  ("stroke", .s(Self.light)), ("stroke-width", .n(1))])
                svg.element("title", [], content: "\(status.label): \(text)")
                svg.close("rect")
                let textWidth = TextFit.width(text, fontSize: Self.font) * 1.1
                if x1 - x0 >= textWidth + 10 {
                    // A plain chip of the status colour behind the number, so the contrast is that of
                    // the colour, not of the pattern.
                    let fill = Self.style(status.key).fill
                    let center = (x0 + x1) / 2
                    svg.rect(center - textWidth / 2 - 3, middle - 8, textWidth + 6, 16,
                             [("fill", .s(fill)), ("rx", .n(2))])
                    svg.label(center, middle + 4, text,
                              [("text-anchor", "middle"), ("font-size", .n(Self.font)), ("font-weight", "bold"),
                               ("fill", .s(Self.textColor(on: fill)))])
                }
            }
            // A frame so light segments still stand apart from the page.
            svg.rect(Self.barLeft, barTop, barWidth, Self.barHeight,
                     [("fill", "none"), ("stroke", .s(Palette.axis)), ("stroke-width", .n(1))])
        }
        svg.label(Self.barRight + 8, middle + 4, format.number(Double(total), decimals: 0),
                  [("class", "total"), ("fill", .s(Palette.text)), ("font-size", .n(Self.font)), ("font-weight", "bold")])
        svg.close("g")
    }
}
