/// Where a goal's target stands: baseline → latest → target on one horizontal scale.
///
/// The bar from the baseline to the latest value is coloured by the track, and the track is also said
/// in the caller's words next to a marker whose shape differs per track, so it is never colour alone.
/// An arrow at the end of the scale points toward the better side (no built-in words).
public struct ProgressChart: Sendable {
    public enum Better: Sendable { case higher, lower, neutral }

    public struct Point: Sendable {
        public var label: String
        public var year: Int
        public var value: Double

        public init(label: String, year: Int, value: Double) {
            self.label = label
            self.year = year
            self.value = value
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    /// nil: no baseline data.
    public var baseline: Point?
    /// nil: no follow-up data yet.
    public var latest: Point?
    public var target: Point
    public var better: Better
    /// The words shown for the track ("Oikeaan suuntaan").
    public var trackLabel: String
    /// The track key: "reached", "on", "off", "none" or "neutral".
    public var track: String
    public var format: ValueFormat
    /// Optional words beside the better-direction arrow (e.g. "Pienempi on parempi"); empty draws the arrow only.
    public var betterLabel: String

    public init(id: String, title: String, summary: String, baseline: Point?, latest: Point?, target: Point,
                better: Better, trackLabel: String, track: String, format: ValueFormat, betterLabel: String = "") {
        self.id = id
        self.title = title
        self.summary = summary
        self.baseline = baseline
        self.latest = latest
        self.target = target
        self.better = better
        self.trackLabel = trackLabel
        self.track = track
        self.format = format
        self.betterLabel = betterLabel
    }

    // MARK: Geometry

    static let width = 720.0
    static let height = 150.0
    static let plotLeft = 44.0
    static let plotRight = 676.0
    static let edge = 8.0
    static let trackY = 22.0
    static let axisY = 88.0
    static let aboveCaptionY = axisY - 35
    static let aboveValueY = axisY - 20
    static let tickLabelY = axisY + 20
    static let belowValueY = axisY + 41
    static let belowCaptionY = axisY + 55
    static let labelFont = 12.0
    static let tickFont = 11.0
    static let labelGap = 14.0
    static let maxLabelWidth = 190.0

    static let green = "#2d6a2e"
    static let red = "#8a1c0b"

    /// Colour of the baseline → latest bar for a track key.
    static func trackColor(_ track: String) -> String {
        switch track {
        case "on", "reached": return green
        case "off": return red
        default: return Palette.muted
        }
    }

    /// Nice ticks covering every value; a value sitting on an end tick gets one more step of room
    /// (never across zero, so a 0 % value does not make a negative axis).
    static func scale(_ values: [Double]) -> [Double] {
        let finite = values.filter(\.isFinite)
        let low = finite.min() ?? 0
        let high = finite.max() ?? 1
        var ticks = Ticks.nice(low, high, count: 5)
        guard ticks.count >= 2 else { return [low - 1, high + 1] }
        let step = ticks[1] - ticks[0]
        if low - ticks[0] < step * 0.15 && !(low >= 0 && ticks[0] == 0) {
            ticks.insert(ticks[0] - step, at: 0)
        }
        if ticks[ticks.count - 1] - high < step * 0.15 && !(high <= 0 && ticks[ticks.count - 1] == 0) {
            ticks.append(ticks[ticks.count - 1] + step)
        }
        return ticks.map { abs($0) < step * 1e-9 ? 0 : $0 }
    }

    /// A marker's words: the caption (label and year) and the formatted value, centred at `center`.
    struct Tag {
        enum Kind { case baseline, latest, target }
        var kind: Kind
        var markerX: Double
        var caption: String
        var value: String
        var width: Double
        var center: Double
        var below = false

        var left: Double { center - width / 2 }
        var right: Double { center + width / 2 }

        /// Preference for staying above the scale: the latest value most, the baseline least.
        var belowCost: Double {
            switch kind {
            case .baseline: return 1
            case .target: return 2
            case .latest: return 3
            }
        }
    }

    static func clamp(_ center: Double, width: Double) -> Double {
        min(max(center, edge + width / 2), Self.width - edge - width / 2)
    }

    static func overlap(_ a: Tag, _ b: Tag) -> Double {
        max(0, min(a.right, b.right) - max(a.left, b.left) + labelGap)
    }

    /// Puts each tag above or below the scale so tags do not collide (trying every split, fewest
    /// collisions first, then the preferred sides), then pushes apart any that still touch.
    static func place(_ tags: [Tag]) -> [Tag] {
        guard !tags.isEmpty else { return [] }
        var best = tags
        var bestCost = Double.greatestFiniteMagnitude
        for mask in 0..<(1 << tags.count) {
            var candidate = tags
            for i in candidate.indices { candidate[i].below = mask & (1 << i) != 0 }
            var cost = 0.0
            for i in candidate.indices {
                if candidate[i].below { cost += candidate[i].belowCost }
                for j in candidate.indices where j > i && candidate[i].below == candidate[j].below {
                    cost += overlap(candidate[i], candidate[j]) * 100
                }
            }
            if cost < bestCost {
                bestCost = cost
                best = candidate
            }
        }
        for side in [false, true] {
            let indices = best.indices.filter { best[$0].below == side }.sorted { best[$0].markerX < best[$1].markerX }
            guard indices.count > 1 else { continue }
            for _ in 0..<20 {
                var moved = false
                for k in 1..<indices.count {
                    let a = indices[k - 1], b = indices[k]
                    let needed = best[a].right + labelGap - best[b].left
                    if needed > 0.05 {
                        best[a].center = clamp(best[a].center - needed / 2, width: best[a].width)
                        best[b].center = clamp(best[b].center + needed / 2, width: best[b].width)
                        moved = true
                    }
                }
                if !moved { break }
            }
        }
        return best
    }

    // MARK: Drawing

    public func draw() -> Chart {
        ChartFrame.wrap(id: id, width: Self.width, height: Self.height, title: title, summary: summary) { svg in
            let ticks = Self.scale([baseline?.value, latest?.value, target.value].compactMap { $0 })
            let low = ticks.first ?? 0, high = ticks.last ?? 1
            let span = high - low > 0 ? high - low : 1
            func x(_ value: Double) -> Double {
                guard value.isFinite else { return Self.plotLeft }
                return Self.plotLeft + (value - low) / span * (Self.plotRight - Self.plotLeft)
            }
            let y = Self.axisY

            drawTrack(&svg)

            // Labels first, so the tick labels can give way to leader lines below the scale.
            var tags: [Tag] = []
            func tag(_ point: Point, _ kind: Tag.Kind) {
                let year = String(point.year)
                var caption = TextFit.shorten(point.label, maxWidth: Self.maxLabelWidth, fontSize: Self.labelFont)
                if !point.label.contains(year) { caption = caption.isEmpty ? year : caption + " " + year }
                let value = format.value(point.value)
                let width = max(TextFit.width(caption, fontSize: Self.labelFont),
                                TextFit.width(value, fontSize: Self.labelFont) * 1.1)
                let mx = x(point.value)
                tags.append(Tag(kind: kind, markerX: mx, caption: caption, value: value, width: width,
                                center: Self.clamp(mx, width: width)))
            }
            if let baseline { tag(baseline, .baseline) }
            if let latest { tag(latest, .latest) }
            tag(target, .target)
            tags = Self.place(tags)

            // Axis, ticks and tick labels.
            svg.open("g", [("class", "axis")])
            svg.line(Self.plotLeft, y, Self.plotRight, y, [("stroke", .s(Palette.axis)), ("stroke-width", .n(1))])
            let decimals = Ticks.decimals(ticks)
            let leaders = tags.filter(\.below).map(\.markerX)
            for tick in ticks {
                let tx = x(tick)
                svg.line(tx, y - 4, tx, y + 4, [("stroke", .s(Palette.axis)), ("stroke-width", .n(1))])
                let text = format.number(tick, decimals: decimals)
                let half = TextFit.width(text, fontSize: Self.tickFont) / 2 + 3
                guard !leaders.contains(where: { abs($0 - tx) < half }) else { continue }
                svg.label(tx, Self.tickLabelY, text, [("text-anchor", "middle"), ("font-size", .n(Self.tickFont)),
                                                     ("fill", .s(Palette.muted))])
            }
            svg.close("g")

            drawBetterArrow(&svg)

            // What is still to go: a dashed line from the newest known value to the target.
            if let from = latest ?? baseline {
                svg.line(x(from.value), y, x(target.value), y,
                         [("class", "remaining"), ("stroke", .s(Palette.muted)), ("stroke-width", .n(2)),
                          ("stroke-dasharray", "5 4")])
            }
            // The way travelled, coloured by the track.
            if let baseline, let latest {
                let a = x(baseline.value), b = x(latest.value)
                svg.rect(min(a, b), y - 5, abs(b - a), 10, [("class", .s("track-bar track-\(track)")),
                                                            ("fill", .s(Self.trackColor(track)))])
            }

            // Markers: target diamond, baseline hollow circle, latest filled circle on top.
            let tx = x(target.value)
            svg.element("path", [("class", "marker-target"),
                                 ("d", .s("M\(n(tx)) \(n(y - 9))L\(n(tx + 9)) \(n(y))L\(n(tx)) \(n(y + 9))L\(n(tx - 9)) \(n(y))Z")),
                                 ("fill", .s(Palette.text)), ("stroke", "#ffffff"), ("stroke-width", .n(1.5))])
            if let baseline {
                svg.element("circle", [("class", "marker-baseline"), ("cx", .n(x(baseline.value))), ("cy", .n(y)), ("r", .n(7)),
                                       ("fill", "#ffffff"), ("stroke", .s(Palette.text)), ("stroke-width", .n(2))])
            }
            if let latest {
                svg.element("circle", [("class", "marker-latest"), ("cx", .n(x(latest.value))), ("cy", .n(y)), ("r", .n(5)),
                                       ("fill", .s(Palette.region)), ("stroke", "#ffffff"), ("stroke-width", .n(1))])
            }

            // The words of each marker, with a leader line when they sit away from it.
            for tag in tags { drawTag(&svg, tag) }
        }
    }

    private func n(_ value: Double) -> String { SVGWriter.number(value) }

    private func drawTag(_ svg: inout SVGWriter, _ tag: Tag) {
        let y = Self.axisY
        let valueColor = tag.kind == .latest ? Palette.region : Palette.text
        let kind: String
        switch tag.kind {
        case .baseline: kind = "baseline"
        case .latest: kind = "latest"
        case .target: kind = "target"
        }
        svg.open("g", [("class", .s("tag tag-\(kind)"))])
        let offset = abs(tag.center - tag.markerX) > tag.width / 2 - 4
        if tag.below {
            svg.line(tag.markerX, y + 10, tag.center, Self.belowValueY - 13,
                     [("stroke", .s(Palette.axis)), ("stroke-width", .n(1))])
            svg.label(tag.center, Self.belowValueY, tag.value,
                      [("text-anchor", "middle"), ("font-size", .n(Self.labelFont)), ("font-weight", "bold"),
                       ("fill", .s(valueColor))])
            svg.label(tag.center, Self.belowCaptionY, tag.caption,
                      [("text-anchor", "middle"), ("font-size", .n(Self.labelFont)), ("fill", .s(Palette.muted))])
        } else {
            if offset {
                svg.line(tag.markerX, y - 10, tag.center, Self.aboveValueY + 4,
                         [("stroke", .s(Palette.axis)), ("stroke-width", .n(1))])
            }
            svg.label(tag.center, Self.aboveCaptionY, tag.caption,
                      [("text-anchor", "middle"), ("font-size", .n(Self.labelFont)), ("fill", .s(Palette.muted))])
            svg.label(tag.center, Self.aboveValueY, tag.value,
                      [("text-anchor", "middle"), ("font-size", .n(Self.labelFont)), ("font-weight", "bold"),
                       ("fill", .s(valueColor))])
        }
        svg.close("g")
    }

    /// The track in words, after a marker whose shape differs per track.
    private func drawTrack(_ svg: inout SVGWriter) {
        let cx = 8.0 + 8, cy = Self.trackY - 4.5
        let color = Self.trackColor(track)
        svg.open("g", [("class", .s("track track-\(track)"))])
        switch track {
        case "reached":
            // A circle with a check mark.
            svg.element("circle", [("cx", .n(cx)), ("cy", .n(cy)), ("r", .n(8)), ("fill", .s(color))])
            svg.element("path", [("d", .s("M\(n(cx - 4)) \(n(cy))L\(n(cx - 1)) \(n(cy + 3.5))L\(n(cx + 4.5)) \(n(cy - 3.5))")),
                                 ("fill", "none"), ("stroke", "#ffffff"), ("stroke-width", .n(2.2))])
        case "on":
            // A triangle pointing ahead.
            svg.element("path", [("d", .s("M\(n(cx - 7)) \(n(cy - 8))L\(n(cx + 8)) \(n(cy))L\(n(cx - 7)) \(n(cy + 8))Z")),
                                 ("fill", .s(color))])
        case "off":
            // A square with a cross.
            svg.rect(cx - 8, cy - 8, 16, 16, [("fill", .s(color))])
            svg.element("path", [("d", .s("M\(n(cx - 4)) \(n(cy - 4))L\(n(cx + 4)) \(n(cy + 4))M\(n(cx + 4)) \(n(cy - 4))L\(n(cx - 4)) \(n(cy + 4))")),
                                 ("stroke", "#ffffff"), ("stroke-width", .n(2.2))])
        case "neutral":
            // A level bar.
            svg.rect(cx - 8, cy - 2.5, 16, 5, [("fill", .s(color))])
        default:
            // No data yet: an open dashed ring.
            svg.element("circle", [("cx", .n(cx)), ("cy", .n(cy)), ("r", .n(7)), ("fill", "none"), ("stroke", .s(color)),
                                   ("stroke-width", .n(2)), ("stroke-dasharray", "3 2.5")])
        }
        let reserved = betterLabel.isEmpty || better == .neutral ? 0 : min(260, TextFit.width(betterLabel, fontSize: Self.labelFont)) + 54
        let room = Self.width - Self.edge - 32 - reserved
        svg.label(32, Self.trackY, TextFit.shorten(trackLabel, maxWidth: room, fontSize: 13.0 * 1.08),
                  [("font-weight", "bold"), ("fill", .s(Palette.text))])
        svg.close("g")
    }

    /// An arrow beyond the end of the scale on the better side; the caller's words, if any, top right.
    private func drawBetterArrow(_ svg: inout SVGWriter) {
        let y = Self.axisY
        let (from, to): (Double, Double)
        switch better {
        case .neutral: return
        case .higher: (from, to) = (Self.plotRight + 12, Self.width - 10)
        case .lower: (from, to) = (Self.plotLeft - 12, 10)
        }
        svg.open("g", [("class", .s(better == .higher ? "better better-higher" : "better better-lower"))])
        arrow(&svg, from: from, to: to, y: y)
        if !betterLabel.isEmpty {
            // The words end beside a second arrow of the same direction, at the right edge.
            let right = Self.width - Self.edge
            let (a, b) = better == .higher ? (right - 22, right) : (right, right - 22)
            arrow(&svg, from: a, to: b, y: Self.trackY - 4.5)
            svg.label(right - 30, Self.trackY, TextFit.shorten(betterLabel, maxWidth: 260, fontSize: Self.labelFont),
                      [("text-anchor", "end"), ("font-size", .n(Self.labelFont)), ("fill", .s(Palette.muted))])
        }
        svg.close("g")
    }

    private func arrow(_ svg: inout SVGWriter, from: Double, to: Double, y: Double) {
        let head = to > from ? -8.0 : 8.0
        svg.line(from, y, to + head / 2, y, [("stroke", .s(Palette.text)), ("stroke-width", .n(2))])
        svg.element("path", [("d", .s("M\(n(to)) \(n(y))L\(n(to + head)) \(n(y - 5))L\(n(to + head)) \(n(y + 5))Z")),
                             ("fill", .s(Palette.text))])
    }
}
