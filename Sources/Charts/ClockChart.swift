import Foundation
import HyteBase

/// The annual clock (vuosikello): a twelve-month ring, January at the top and running clockwise, with
/// recurring events as numbered bands on concentric tracks inside the ring and dated events as numbered
/// triangles on its outer edge. A numbered legend beside the ring names every band and mark, so the clock
/// reads on paper and in greyscale: the numbers, not the colours, tie a band to its name.
///
/// Numbers run in reading order: first the arcs by the month where their first band starts (going
/// clockwise from January; a band that wraps from November to January starts in November), then the
/// marks by date. Every string (month names, labels, kind names) comes from the caller.
public struct ClockChart: Sendable {
    /// A recurring event over its months (1–12). The months may wrap the year end (`[11, 12, 1]`) and need
    /// not be contiguous (`[3, 9]` draws two bands with the same number). Months outside 1–12 are ignored;
    /// an arc with no valid month is left out.
    public struct Arc: Sendable {
        public var label: String
        public var months: [Int]
        /// `negotiation`, `budget`, `financial-statement`, `report`, `meeting`, `forum`, `training`,
        /// `election` or `other`; an unknown kind is drawn as `other`.
        public var kind: String
        public init(label: String, months: [Int], kind: String) {
            self.label = label
            self.months = months
            self.kind = kind
        }
    }

    /// A dated event (this year's date), drawn as a triangle at its place in the year.
    public struct Mark: Sendable {
        public var label: String
        public var month: Int
        public var day: Int
        public init(label: String, month: Int, day: Int) {
            self.label = label
            self.month = month
            self.day = day
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    /// Twelve names, January first; a missing name is shown as the month's number.
    public var monthNames: [String]
    public var arcs: [Arc]
    public var marks: [Mark]
    /// Names of the kinds, by kind key, for a colour key under the legend; kinds without a name are left
    /// out of the key (the numbered legend names every band anyway).
    public var kindNames: [String: String]

    public init(id: String, title: String, summary: String, monthNames: [String], arcs: [Arc], marks: [Mark],
                kindNames: [String: String] = [:]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.monthNames = monthNames
        self.arcs = arcs
        self.marks = marks
        self.kindNames = kindNames
    }

    public func draw() -> Chart {
        let layout = ClockLayout(self)
        return ChartFrame.wrap(id: id, width: layout.width, height: layout.height, title: title, summary: summary) { svg in
            layout.render(into: &svg, id: id)
        }
    }
}

// MARK: - Colours

extension ClockChart {
    /// The kinds in a fixed order with their colours; all ≥ 5:1 on white, so a white number circle
    /// with dark text reads on top of them and the bands count as marks (≥ 3:1).
    static let kindColours: [(kind: String, colour: String)] = [
        ("negotiation", "#0a4f8a"),          // blue, 8.4:1
        ("budget", "#2d6a2e"),               // green, 6.5:1
        ("financial-statement", "#7a2b8c"),  // purple, 8.2:1
        ("report", "#b34700"),               // burnt orange, 5.5:1
        ("meeting", "#005f66"),              // teal, 7.4:1
        ("forum", "#a8326e"),                // raspberry, 6.3:1
        ("training", "#806000"),             // ochre, 5.9:1
        ("election", "#8a1c0b"),             // dark red, 9.3:1
        ("other", "#6e6e6e"),                // grey, 5.1:1
    ]

    static func colour(kind: String) -> String {
        kindColours.first { $0.kind == kind }?.colour ?? "#6e6e6e"
    }

    /// Alternating month sector fills and the month-name band: decoration, text on them stays ≥ 13:1.
    static let sectorFills = ["#ffffff", "#f0f3f7"]
    static let bandFills = ["#dde5ee", "#eef2f6"]
    /// Dated marks: the text colour, so they differ from every band.
    static let markColour = Palette.text

    /// Days in each month; February has 29 so a leap day still falls inside February.
    static let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
}

// MARK: - Geometry helpers

extension ClockChart {
    /// Contiguous runs of months, wrapping December → January, ordered by start month.
    static func runs(_ months: [Int]) -> [(start: Int, length: Int)] {
        var present = [Bool](repeating: false, count: 13)
        for month in months where (1...12).contains(month) { present[month] = true }
        let count = present.filter { $0 }.count
        if count == 0 { return [] }
        if count == 12 { return [(1, 12)] }
        var result: [(start: Int, length: Int)] = []
        for month in 1...12 where present[month] && !present[month == 1 ? 12 : month - 1] {
            var length = 1
            var next = month % 12 + 1
            while present[next] {
                length += 1
                next = next % 12 + 1
            }
            result.append((month, length))
        }
        return result
    }

    /// Places arcs (given as month sets) on tracks, greedily in order: the first track where no month
    /// is taken. With `spaced`, two arcs on a track also keep a free month between them.
    static func assignTracks(_ monthSets: [[Bool]], spaced: Bool) -> [Int] {
        var taken: [[Bool]] = []
        var result: [Int] = []
        for set in monthSets {
            var blocked = set
            if spaced {
                for month in 0..<12 where set[month] {
                    blocked[(month + 11) % 12] = true
                    blocked[(month + 1) % 12] = true
                }
            }
            var track = 0
            while track < taken.count && (0..<12).contains(where: { blocked[$0] && taken[track][$0] }) { track += 1 }
            if track == taken.count { taken.append([Bool](repeating: false, count: 12)) }
            for month in 0..<12 where set[month] { taken[track][month] = true }
            result.append(track)
        }
        return result
    }

    /// The name shown for a month: the full name when it fits `room`, otherwise every name shortened
    /// to the same 4 (or 3) first letters so the ring stays even.
    static func monthLabels(_ names: [String], room: Double, fontSize: Double) -> [String] {
        let full = (0..<12).map { index -> String in
            let name = index < names.count ? names[index].trimmingCharacters(in: .whitespaces) : ""
            return name.isEmpty ? String(index + 1) : name
        }
        if full.allSatisfy({ TextFit.width($0, fontSize: fontSize) <= room }) { return full }
        let length = full.allSatisfy({ TextFit.width(String($0.prefix(4)), fontSize: fontSize) <= room }) ? 4 : 3
        return full.map { String($0.prefix(length)) }
    }
}

// MARK: - Layout

/// Everything placed, before any SVG is written.
struct ClockLayout {
    struct Segment {
        var start: Double   // degrees clockwise from the top
        var end: Double
        var badge: (x: Double, y: Double)
    }

    struct PlacedArc {
        var number: Int
        var label: String
        var colour: String
        var track: Int
        var inner: Double
        var outer: Double
        var segments: [Segment]
        var fullYear: Bool
    }

    struct PlacedMark {
        var number: Int
        var label: String
        /// Where the date falls (the triangle), and where its number sits after making room for its neighbours.
        var angle: Double
        var badgeAngle: Double
        var level: Int
        var badge: (x: Double, y: Double)
    }

    struct LegendEntry {
        enum Marker { case arc(colour: String), mark }
        var number: Int
        var marker: Marker
        var lines: [String]
        var x: Double
        var y: Double
    }

    static let width = 900.0
    static let margin = 16.0
    static let ringOuter = 200.0        // outer edge of the month-name band
    static let monthBand = 24.0
    static let trackGap = 6.0           // between the month band and the outermost track
    static let hubMinimum = 40.0
    static let maxPitch = 24.0
    static let badgeRadius = 9.0
    static let markTriangle = 10.0
    static let markLevelStep = 19.0
    static let monthFont = 12.0
    static let legendFont = 12.5
    static let legendLine = 16.0
    static let legendGap = 8.0
    /// TextFit's average glyph width runs short for wide fallback fonts (DejaVu Sans); legend lines are
    /// fitted into this share of their room.
    static let fitSafety = 0.92

    let width = ClockLayout.width
    var height = 0.0
    var cx = 0.0
    var cy = 0.0
    var trackOuter = 0.0
    var hub = 0.0
    var monthLabels: [String] = []
    var arcs: [PlacedArc] = []
    var marks: [PlacedMark] = []
    var legend: [LegendEntry] = []
    var legendX = 0.0
    var legendColumnWidth = 0.0
    var kindKey: [(name: String, colour: String)] = []
    var kindKeyY = 0.0

    init(_ chart: ClockChart) {
        let ringOuter = Self.ringOuter
        trackOuter = ringOuter - Self.monthBand - Self.trackGap
        let textRadius = ringOuter - Self.monthBand / 2
        monthLabels = ClockChart.monthLabels(chart.monthNames, room: 2 * Double.pi * textRadius / 12 - 10,
                                             fontSize: Self.monthFont)

        // Arcs in reading order: by the first band's start month, then as given.
        let prepared = chart.arcs.enumerated().compactMap { index, arc -> (index: Int, arc: ClockChart.Arc, runs: [(start: Int, length: Int)])? in
            let runs = ClockChart.runs(arc.months)
            return runs.isEmpty ? nil : (index, arc, runs)
        }.sorted { ($0.runs[0].start, $0.index) < ($1.runs[0].start, $1.index) }

        let monthSets = prepared.map { item -> [Bool] in
            var set = [Bool](repeating: false, count: 12)
            for month in item.arc.months where (1...12).contains(month) { set[month - 1] = true }
            return set
        }
        let roomForTracks = trackOuter - Self.hubMinimum
        let maxSpacedTracks = Int(roomForTracks / 17)
        var tracks = ClockChart.assignTracks(monthSets, spaced: true)
        if (tracks.max() ?? 0) + 1 > maxSpacedTracks { tracks = ClockChart.assignTracks(monthSets, spaced: false) }
        let trackCount = (tracks.max() ?? -1) + 1
        let pitch = trackCount == 0 ? Self.maxPitch : min(Self.maxPitch, roomForTracks / Double(trackCount))
        let thickness = max(3, pitch - max(3, pitch * 0.2))
        hub = trackCount == 0 ? Self.hubMinimum : trackOuter - pitch * Double(trackCount) + (pitch - thickness)

        // Marks by date; their number badges step outwards when they would touch.
        let datedMarks = chart.marks.enumerated().map { index, mark -> (index: Int, mark: ClockChart.Mark, month: Int, day: Int) in
            let month = min(12, max(1, mark.month))
            let day = min(ClockChart.daysInMonth[month - 1], max(1, mark.day))
            return (index, mark, month, day)
        }.sorted { ($0.month, $0.day, $0.index) < ($1.month, $1.day, $1.index) }

        var number = 0
        var placedBadges: [(x: Double, y: Double)] = []  // relative to the centre
        for (item, track) in zip(prepared, tracks) {
            number += 1
            let outer = trackOuter - pitch * Double(track)
            let inner = outer - thickness
            let middle = (outer + inner) / 2
            let fullYear = item.runs.count == 1 && item.runs[0].length == 12
            let pad = fullYear ? 0 : min(3.0, 120 / outer)   // degrees; about 2 px at the band
            var segments: [Segment] = []
            for run in item.runs {
                let start = Double(run.start - 1) * 30 + pad
                let end = Double(run.start - 1 + run.length) * 30 - pad
                let badge = Self.badgePosition(from: start, to: end, radius: middle, fullYear: fullYear, avoiding: placedBadges)
                placedBadges.append(badge)
                segments.append(Segment(start: start, end: end, badge: badge))
            }
            arcs.append(PlacedArc(number: number, label: item.arc.label, colour: ClockChart.colour(kind: item.arc.kind),
                                  track: track, inner: inner, outer: outer, segments: segments, fullYear: fullYear))
        }

        // Number badges of close dates move apart along the circle; only when they would go all the way
        // round does a badge step outwards instead.
        let badgeBase = ringOuter + Self.markTriangle + 3 + Self.badgeRadius
        let angles = datedMarks.map { item -> Double in
            let days = Double(ClockChart.daysInMonth[item.month - 1])
            return (Double(item.month - 1) + (Double(item.day) - 0.5) / days) * 30
        }
        let badgeAngles = Self.spreadAround(angles, gap: (2 * Self.badgeRadius + 2) / badgeBase * 180 / Double.pi)
        var levelBadges: [[Double]] = []
        for (index, item) in datedMarks.enumerated() {
            number += 1
            let badgeAngle = badgeAngles[index]
            var level = 0
            while true {
                let radius = badgeBase + Double(level) * Self.markLevelStep
                let minimumGap = (2 * Self.badgeRadius + 1) / radius * 180 / Double.pi
                if level >= levelBadges.count { levelBadges.append([]) }
                if levelBadges[level].allSatisfy({ Self.angularDistance($0, badgeAngle) >= minimumGap }) || level >= 5 { break }
                level += 1
            }
            levelBadges[level].append(badgeAngle)
            let radius = badgeBase + Double(level) * Self.markLevelStep
            marks.append(PlacedMark(number: number, label: item.mark.label, angle: angles[index], badgeAngle: badgeAngle,
                                    level: level, badge: Self.point(badgeAngle, radius)))
        }

        let markLevels = marks.map(\.level).max().map { $0 + 1 } ?? 0
        let extent = markLevels == 0
            ? ringOuter + 2
            : badgeBase + Double(markLevels - 1) * Self.markLevelStep + Self.badgeRadius + 2
        let ringHeight = 2 * extent + 2 * Self.margin

        // The legend beside the ring: one column, or two when one would be much taller than the ring.
        let entries: [(number: Int, marker: LegendEntry.Marker, label: String)] =
            arcs.map { ($0.number, .arc(colour: $0.colour), $0.label) } + marks.map { ($0.number, .mark, $0.label) }
        let hasLegend = !entries.isEmpty
        cx = hasLegend ? Self.margin + extent : Self.width / 2
        legendX = cx + extent + 28
        let legendWidth = Self.width - Self.margin - legendX
        let textIndent = 36.0

        func columnHeights(columns: Int) -> (lines: [[String]], height: Double, columnWidth: Double) {
            let gap = 20.0
            let columnWidth = (legendWidth - gap * Double(columns - 1)) / Double(columns)
            let lines = entries.map {
                TextFit.wrap($0.label, maxWidth: (columnWidth - textIndent) * Self.fitSafety, fontSize: Self.legendFont,
                             maxLines: columns == 1 ? 2 : 4)
            }
            let heights = lines.map { Double(max(1, $0.count)) * Self.legendLine + Self.legendGap }
            let perColumn = (entries.count + columns - 1) / columns
            var tallest = 0.0
            for column in 0..<columns {
                let slice = heights.dropFirst(column * perColumn).prefix(perColumn)
                tallest = max(tallest, slice.reduce(0, +))
            }
            return (lines, tallest, columnWidth)
        }
        var columns = 1
        var fitted = columnHeights(columns: 1)
        if entries.count > 8 && fitted.height > (ringHeight - 2 * Self.margin) * 1.6 {
            columns = 2
            fitted = columnHeights(columns: 2)
        }
        legendColumnWidth = fitted.columnWidth
        let perColumn = max(1, (entries.count + columns - 1) / columns)
        let legendTop = Self.margin + 4
        var y = legendTop
        for (index, entry) in entries.enumerated() {
            let column = index / perColumn
            if index % perColumn == 0 { y = legendTop }
            let x = legendX + Double(column) * (fitted.columnWidth + 20)
            let lines = fitted.lines[index].isEmpty ? [""] : fitted.lines[index]
            legend.append(LegendEntry(number: entry.number, marker: entry.marker, lines: lines, x: x, y: y))
            y += Double(lines.count) * Self.legendLine + Self.legendGap
        }
        var legendBottom = legendTop + fitted.height

        // Optional colour key for the kinds that appear and have a name, in the table's fixed order.
        let usedColours = Set(arcs.map(\.colour))
        for (kind, colour) in ClockChart.kindColours where usedColours.contains(colour) {
            if let name = chart.kindNames[kind], !name.isEmpty { kindKey.append((name, colour)) }
        }
        if !kindKey.isEmpty {
            kindKeyY = legendBottom + 10
            legendBottom = kindKeyY + Double(kindKey.count) * 18
        }

        height = (max(ringHeight, hasLegend ? legendBottom + Self.margin : 0)).rounded(.up)
        cy = Self.margin + extent
    }

    /// `spread` round the circle: the run starts after the widest gap between neighbours, so dates either
    /// side of New Year are neighbours too.
    static func spreadAround(_ angles: [Double], gap: Double) -> [Double] {
        guard angles.count > 1 else { return angles }
        var start = 0
        var widest = angles[0] + 360 - angles[angles.count - 1]
        for index in 1..<angles.count where angles[index] - angles[index - 1] > widest {
            widest = angles[index] - angles[index - 1]
            start = index
        }
        let order = Array(start..<angles.count) + Array(0..<start)
        let unrolled = order.map { $0 < start ? angles[$0] + 360 : angles[$0] }
        var result = angles
        for (position, value) in zip(order, spread(unrolled, gap: gap)) { result[position] = position < start ? value - 360 : value }
        return result
    }

    /// Sorted wished-for angles moved apart to at least `gap`: runs that would crowd are laid out `gap`
    /// apart and centred on what their members wish.
    static func spread(_ angles: [Double], gap: Double) -> [Double] {
        var clusters: [(first: Int, count: Int, start: Double)] = []
        for (index, angle) in angles.enumerated() {
            clusters.append((index, 1, angle))
            while clusters.count > 1 {
                let last = clusters[clusters.count - 1]
                let previous = clusters[clusters.count - 2]
                if previous.start + Double(previous.count) * gap <= last.start + 1e-9 { break }
                let count = previous.count + last.count
                var sum = 0.0
                for offset in 0..<count { sum += angles[previous.first + offset] - Double(offset) * gap }
                clusters.removeLast(2)
                clusters.append((previous.first, count, sum / Double(count)))
            }
        }
        return clusters.flatMap { cluster in (0..<cluster.count).map { cluster.start + Double($0) * gap } }
    }

    static func angularDistance(_ a: Double, _ b: Double) -> Double {
        let d = abs(a - b).truncatingRemainder(dividingBy: 360)
        return min(d, 360 - d)
    }

    /// A point at `angle` degrees clockwise from the top, relative to the centre.
    static func point(_ angle: Double, _ radius: Double) -> (x: Double, y: Double) {
        let radians = angle * Double.pi / 180
        return (radius * sin(radians), -radius * cos(radians))
    }

    /// The number badge of a band: at its middle, or moved along the band away from badges already placed.
    static func badgePosition(from start: Double, to end: Double, radius: Double, fullYear: Bool,
                              avoiding placed: [(x: Double, y: Double)]) -> (x: Double, y: Double) {
        let middle = fullYear ? 15.0 : (start + end) / 2
        let half = fullYear ? 180.0 : (end - start) / 2
        let clearance = 2 * badgeRadius + 1.5
        let step = max(2, (clearance / 2) / radius * 180 / Double.pi)
        let reach = max(0, half - (badgeRadius + 1) / radius * 180 / Double.pi)
        var candidates = [middle]
        var offset = step
        while offset <= reach {
            candidates.append(middle + offset)
            candidates.append(middle - offset)
            offset += step
        }
        for angle in candidates {
            let p = point(angle, radius)
            if placed.allSatisfy({ hypot($0.x - p.x, $0.y - p.y) >= clearance }) { return p }
        }
        return point(middle, radius)
    }

    // MARK: Rendering

    func render(into svg: inout SVGWriter, id: String) {
        let n = SVGWriter.number
        let ringOuter = Self.ringOuter
        let bandInner = ringOuter - Self.monthBand
        let textRadius = ringOuter - Self.monthBand / 2

        // Paths the month names follow: clockwise on the top half, anticlockwise on the bottom half so
        // every name reads left to right.
        svg.open("defs")
        for month in 0..<12 {
            let start = Double(month) * 30 + 1
            let end = Double(month + 1) * 30 - 1
            let bottom = (month + 1) >= 4 && (month + 1) <= 9
            let radius = bottom ? textRadius + 4 : textRadius - 4
            let from = point(bottom ? end : start, radius)
            let to = point(bottom ? start : end, radius)
            svg.element("path", [("id", .s("\(id)-month-\(month + 1)")),
                                 ("d", .s("M\(n(cx + from.x)) \(n(cy + from.y))A\(n(radius)) \(n(radius)) 0 0 \(bottom ? 0 : 1) \(n(cx + to.x)) \(n(cy + to.y))"))])
        }
        svg.close("defs")

        // Month sectors: light alternating fills from the hub to the name band, then the band itself.
        svg.open("g", [("class", "months")])
        for month in 0..<12 {
            let start = Double(month) * 30
            let end = start + 30
            svg.element("path", [("d", .s(sectorPath(start, end, inner: hub, outer: bandInner))),
                                 ("fill", .s(ClockChart.sectorFills[month % 2]))])
            svg.element("path", [("d", .s(sectorPath(start, end, inner: bandInner, outer: ringOuter))),
                                 ("fill", .s(ClockChart.bandFills[month % 2]))])
        }
        for month in 0..<12 {
            let a = point(Double(month) * 30, hub)
            let b = point(Double(month) * 30, ringOuter)
            svg.line(cx + a.x, cy + a.y, cx + b.x, cy + b.y, [("stroke", .s(Palette.grid)), ("stroke-width", .n(1))])
        }
        for radius in [hub, bandInner, ringOuter] {
            svg.element("circle", [("cx", .n(cx)), ("cy", .n(cy)), ("r", .n(radius)), ("fill", "none"),
                                   ("stroke", .s(Palette.axis)), ("stroke-width", .n(radius == bandInner ? 0.75 : 1))])
        }
        for month in 0..<12 {
            svg.raw("<text font-size=\"\(n(Self.monthFont))\" fill=\"\(Palette.text)\" text-anchor=\"middle\">"
                    + "<textPath href=\"#\(MarkupEscape.escape(id))-month-\(month + 1)\" startOffset=\"50%\">"
                    + MarkupEscape.escape(monthLabels[month]) + "</textPath></text>\n")
        }
        svg.close("g")

        // Arcs: one band per run of months, each with its number.
        if !arcs.isEmpty {
            svg.open("g", [("class", "arcs")])
            for arc in arcs {
                svg.open("g", [("class", "arc"), ("data-number", .s(String(arc.number)))])
                for segment in arc.segments {
                    if arc.fullYear {
                        svg.element("path", [("d", .s(ringPath(inner: arc.inner, outer: arc.outer))), ("fill", .s(arc.colour)),
                                             ("fill-rule", "evenodd")])
                    } else {
                        svg.element("path", [("d", .s(sectorPath(segment.start, segment.end, inner: arc.inner, outer: arc.outer))),
                                             ("fill", .s(arc.colour))])
                    }
                }
                svg.close("g")
            }
            for arc in arcs {
                for segment in arc.segments {
                    badge(&svg, x: cx + segment.badge.x, y: cy + segment.badge.y, number: arc.number, stroke: arc.colour)
                }
            }
            svg.close("g")
        }

        // Marks: a triangle on the outer edge pointing in, its number just outside.
        if !marks.isEmpty {
            svg.open("g", [("class", "marks")])
            for mark in marks {
                let tip = point(mark.angle, ringOuter + 1)
                let baseRadius = ringOuter + 1 + Self.markTriangle
                let spread = 5.5 / baseRadius * 180 / Double.pi
                let left = point(mark.angle - spread, baseRadius)
                let right = point(mark.angle + spread, baseRadius)
                svg.element("path", [("d", .s("M\(n(cx + tip.x)) \(n(cy + tip.y))L\(n(cx + left.x)) \(n(cy + left.y))L\(n(cx + right.x)) \(n(cy + right.y))Z")),
                                     ("fill", .s(ClockChart.markColour))])
                if mark.level > 0 || abs(mark.badgeAngle - mark.angle) > 0.5 {
                    let from = point(mark.angle, baseRadius)
                    let distance = hypot(mark.badge.x - from.x, mark.badge.y - from.y)
                    let t = max(0, (distance - Self.badgeRadius) / max(distance, 0.001))
                    svg.line(cx + from.x, cy + from.y, cx + from.x + (mark.badge.x - from.x) * t, cy + from.y + (mark.badge.y - from.y) * t,
                             [("stroke", .s(ClockChart.markColour)), ("stroke-width", .n(1))])
                }
                badge(&svg, x: cx + mark.badge.x, y: cy + mark.badge.y, number: mark.number, stroke: ClockChart.markColour)
            }
            svg.close("g")
        }

        // The numbered legend.
        if !legend.isEmpty {
            svg.open("g", [("class", "legend"), ("font-size", .n(Self.legendFont)), ("fill", .s(Palette.text))])
            for entry in legend {
                let markerY = entry.y + Self.legendLine / 2 - 1
                switch entry.marker {
                case .arc(let colour):
                    svg.rect(entry.x, markerY - 5, 26, 10, [("fill", .s(colour))])
                    badge(&svg, x: entry.x + 13, y: markerY, number: entry.number, stroke: colour)
                case .mark:
                    let x = entry.x + 13
                    svg.element("path", [("d", .s("M\(n(x - 13)) \(n(markerY - 5.5))L\(n(x - 4)) \(n(markerY))L\(n(x - 13)) \(n(markerY + 5.5))Z")),
                                         ("fill", .s(ClockChart.markColour))])
                    badge(&svg, x: x + 6, y: markerY, number: entry.number, stroke: ClockChart.markColour)
                }
                for (index, line) in entry.lines.enumerated() {
                    svg.label(entry.x + 36, entry.y + 12 + Double(index) * Self.legendLine, line)
                }
            }
            if !kindKey.isEmpty {
                var y = kindKeyY
                for (name, colour) in kindKey {
                    svg.rect(legendX, y + 3, 26, 10, [("fill", .s(colour))])
                    svg.label(legendX + 36, y + 12, TextFit.shorten(name, maxWidth: legendColumnWidth - 36, fontSize: Self.legendFont),
                              [("fill", .s(Palette.muted))])
                    y += 18
                }
            }
            svg.close("g")
        }
    }

    func badge(_ svg: inout SVGWriter, x: Double, y: Double, number: Int, stroke: String) {
        svg.element("circle", [("cx", .n(x)), ("cy", .n(y)), ("r", .n(Self.badgeRadius)), ("fill", "#ffffff"),
                               ("stroke", .s(stroke)), ("stroke-width", .n(2))])
        svg.label(x, y + 3.6, String(number), [("text-anchor", "middle"), ("font-size", .n(number >= 10 ? 9.5 : 11)),
                                                ("font-weight", "bold"), ("fill", .s(Palette.text))])
    }

    /// An annular sector between two angles (degrees clockwise from the top).
    func sectorPath(_ start: Double, _ end: Double, inner: Double, outer: Double) -> String {
        let n = SVGWriter.number
        let large = end - start > 180 ? 1 : 0
        let o1 = Self.point(start, outer), o2 = Self.point(end, outer)
        let i1 = Self.point(start, inner), i2 = Self.point(end, inner)
        return "M\(n(cx + o1.x)) \(n(cy + o1.y))A\(n(outer)) \(n(outer)) 0 \(large) 1 \(n(cx + o2.x)) \(n(cy + o2.y))"
            + "L\(n(cx + i2.x)) \(n(cy + i2.y))A\(n(inner)) \(n(inner)) 0 \(large) 0 \(n(cx + i1.x)) \(n(cy + i1.y))Z"
    }

    /// A whole ring (for an arc over all twelve months), drawn with the even-odd rule.
    func ringPath(inner: Double, outer: Double) -> String {
        let n = SVGWriter.number
        var d = ""
        for radius in [outer, inner] {
            d += "M\(n(cx)) \(n(cy - radius))A\(n(radius)) \(n(radius)) 0 1 1 \(n(cx)) \(n(cy + radius))"
                + "A\(n(radius)) \(n(radius)) 0 1 1 \(n(cx)) \(n(cy - radius))Z"
        }
        return d
    }

    func point(_ angle: Double, _ radius: Double) -> (x: Double, y: Double) { Self.point(angle, radius) }
}
