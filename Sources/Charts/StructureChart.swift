import Foundation

/// The cooperation structure (yhteistyörakenne) as a layered diagram: one band per level from the top
/// (strategic) down (forums), the level's name as the band's heading, its bodies as boxes side by side
/// (at most four to a row), and an arrow between consecutive levels to show the flow. Borders and text
/// carry everything, so the diagram reads in greyscale and on paper. Every string comes from the caller.
///
/// A level without boxes is left out (and the arrows join the levels around it), unless the caller
/// passes `emptyLevelNote`: then the level is drawn with that note in muted text in place of boxes.
public struct StructureChart: Sendable {
    public struct Box: Sendable {
        public var name: String
        /// One line of detail, e.g. "Koollekutsuja: X · 6–8 kertaa vuodessa"; parts separated by " · "
        /// start on a line of their own when the box is narrow.
        public var detail: String
        public init(name: String, detail: String) {
            self.name = name
            self.detail = detail
        }
    }

    /// Levels are ordered from the top (strategic) to the bottom (forums).
    public struct Level: Sendable {
        public var name: String
        public var boxes: [Box]
        public init(name: String, boxes: [Box]) {
            self.name = name
            self.boxes = boxes
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var levels: [Level]
    /// Shown in a level that has no boxes; `nil` leaves such levels out.
    public var emptyLevelNote: String?

    public init(id: String, title: String, summary: String, levels: [Level], emptyLevelNote: String? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.levels = levels
        self.emptyLevelNote = emptyLevelNote
    }

    public func draw() -> Chart {
        let layout = StructureLayout(self)
        return ChartFrame.wrap(id: id, width: StructureLayout.width, height: layout.height, title: title, summary: summary) { svg in
            layout.render(into: &svg, id: id)
        }
    }
}

/// Everything placed, before any SVG is written.
struct StructureLayout {
    struct PlacedBox {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var nameLines: [String]
        var detailLines: [String]
        /// Name lines the row makes room for, so the details of a row start on one line.
        var nameSlots: Int
    }

    struct PlacedLevel {
        var y: Double
        var height: Double
        var heading: String
        var boxes: [PlacedBox]
        var note: String?
    }

    static let width = 900.0
    static let margin = 12.0
    static let bandPadding = 14.0
    static let headingHeight = 34.0
    static let boxGap = 16.0
    static let rowGap = 12.0
    static let levelGap = 34.0
    static let maxPerRow = 4
    static let maxBoxWidth = 360.0
    static let boxPadding = 10.0
    static let nameFont = 13.0
    static let nameLine = 17.0
    static let detailFont = 11.5
    static let detailLine = 15.0
    static let maxDetailLines = 4
    /// Bold names run wider than TextFit's average glyph; they are fitted into this share of the room.
    static let boldFit = 0.94

    /// The band behind a level: decoration, text on it stays ≥ 15:1.
    static let bandFill = "#f3f6f9"
    static let bandStroke = Palette.grid
    static let boxStroke = Palette.axis

    var levels: [PlacedLevel] = []
    var height = 0.0

    init(_ chart: StructureChart) {
        let bandWidth = Self.width - 2 * Self.margin
        let inner = bandWidth - 2 * Self.bandPadding
        var y = Self.margin
        for level in chart.levels {
            if level.boxes.isEmpty && chart.emptyLevelNote == nil { continue }
            let heading = TextFit.shorten(level.name, maxWidth: inner * Self.boldFit, fontSize: 14)
            let top = y
            var cursor = y + Self.headingHeight
            var placed: [PlacedBox] = []
            var note: String?
            if level.boxes.isEmpty {
                note = TextFit.shorten(chart.emptyLevelNote ?? "", maxWidth: inner, fontSize: Self.detailFont + 1)
                cursor += 22
            } else {
                let rows = (level.boxes.count + Self.maxPerRow - 1) / Self.maxPerRow
                let perRow = (level.boxes.count + rows - 1) / rows
                let boxWidth = min(Self.maxBoxWidth, (inner - Self.boxGap * Double(perRow - 1)) / Double(perRow))
                let text = boxWidth - 2 * Self.boxPadding
                for row in 0..<rows {
                    let slice = Array(level.boxes.dropFirst(row * perRow).prefix(perRow))
                    let fitted = slice.map { box -> (name: [String], detail: [String]) in
                        (TextFit.wrap(box.name, maxWidth: text * Self.boldFit, fontSize: Self.nameFont, maxLines: 2),
                         Self.detailLines(box.detail, maxWidth: text))
                    }
                    let nameSlots = fitted.map(\.name.count).max() ?? 1
                    let rowHeight = fitted.map { Self.boxHeight(nameLines: nameSlots, detailLines: $0.detail.count) }.max() ?? 0
                    let rowWidth = Double(slice.count) * boxWidth + Double(slice.count - 1) * Self.boxGap
                    var x = (Self.width - rowWidth) / 2
                    for lines in fitted {
                        placed.append(PlacedBox(x: x, y: cursor, width: boxWidth, height: rowHeight,
                                                nameLines: lines.name, detailLines: lines.detail, nameSlots: nameSlots))
                        x += boxWidth + Self.boxGap
                    }
                    cursor += rowHeight + (row == rows - 1 ? 0 : Self.rowGap)
                }
            }
            let height = cursor + Self.bandPadding - top
            levels.append(PlacedLevel(y: top, height: height, heading: heading, boxes: placed, note: note))
            y = top + height + Self.levelGap
        }
        height = levels.isEmpty ? 2 * Self.margin : (levels.last.map { $0.y + $0.height } ?? 0) + Self.margin
    }

    static func boxHeight(nameLines: Int, detailLines: Int) -> Double {
        2 * boxPadding + Double(max(1, nameLines)) * nameLine + (detailLines > 0 ? 4 + Double(detailLines) * detailLine : 0) - 2
    }

    /// The detail in up to four lines: when it does not fit on one line, each " · " part starts a line of
    /// its own; when that takes too many lines, the whole is wrapped.
    static func detailLines(_ detail: String, maxWidth: Double) -> [String] {
        let trimmed = detail.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return [] }
        if TextFit.width(trimmed, fontSize: detailFont) <= maxWidth { return [trimmed] }
        let parts = trimmed.components(separatedBy: " · ").filter { !$0.isEmpty }
        var lines: [String] = []
        for part in parts { lines += TextFit.wrap(part, maxWidth: maxWidth, fontSize: detailFont, maxLines: 3) }
        if parts.count > 1 && lines.count <= maxDetailLines { return lines }
        return TextFit.wrap(trimmed, maxWidth: maxWidth, fontSize: detailFont, maxLines: maxDetailLines)
    }

    func render(into svg: inout SVGWriter, id: String) {
        let arrow = "\(id)-arrow"
        if levels.count > 1 {
            svg.open("defs")
            svg.open("marker", [("id", .s(arrow)), ("viewBox", "0 0 10 10"), ("refX", .n(9)), ("refY", .n(5)),
                                ("markerWidth", .n(7)), ("markerHeight", .n(7)), ("orient", "auto-start-reverse")])
            svg.element("path", [("d", "M0 0L10 5L0 10Z"), ("fill", .s(Palette.text))])
            svg.close("marker")
            svg.close("defs")
        }
        let x = Self.margin
        let bandWidth = Self.width - 2 * Self.margin
        for (index, level) in levels.enumerated() {
            svg.open("g", [("class", "level")])
            svg.rect(x, level.y, bandWidth, level.height, [("rx", .n(6)), ("fill", .s(Self.bandFill)),
                                                           ("stroke", .s(Self.bandStroke)), ("stroke-width", .n(1))])
            svg.label(x + Self.bandPadding, level.y + 23, level.heading,
                      [("font-size", .n(14)), ("font-weight", "bold"), ("fill", .s(Palette.text))])
            if let note = level.note {
                svg.label(x + Self.bandPadding, level.y + Self.headingHeight + 12, note,
                          [("font-size", .n(Self.detailFont + 1)), ("font-style", "italic"), ("fill", .s(Palette.muted))])
            }
            for box in level.boxes {
                svg.rect(box.x, box.y, box.width, box.height, [("rx", .n(4)), ("fill", "#ffffff"),
                                                               ("stroke", .s(Self.boxStroke)), ("stroke-width", .n(1.5))])
                var lineY = box.y + Self.boxPadding + 12.5
                for line in box.nameLines {
                    svg.label(box.x + Self.boxPadding, lineY, line,
                              [("font-size", .n(Self.nameFont)), ("font-weight", "bold"), ("fill", .s(Palette.text))])
                    lineY += Self.nameLine
                }
                lineY = box.y + Self.boxPadding + 12.5 + Double(box.nameSlots) * Self.nameLine + 2
                for line in box.detailLines {
                    svg.label(box.x + Self.boxPadding, lineY, line, [("font-size", .n(Self.detailFont)), ("fill", .s(Palette.muted))])
                    lineY += Self.detailLine
                }
            }
            svg.close("g")
            if index + 1 < levels.count {
                let next = levels[index + 1]
                svg.line(Self.width / 2, level.y + level.height + 2, Self.width / 2, next.y - 3,
                         [("stroke", .s(Palette.text)), ("stroke-width", .n(1.5)), ("marker-end", .s("url(#\(arrow))"))])
            }
        }
    }
}
