/// A drawn chart: the SVG and the one-sentence finding its `<desc>` states (also shown beside it).
public struct Chart: Sendable, Equatable {
    public var svg: String
    public var title: String
    public var summary: String

    public init(svg: String, title: String, summary: String) {
        self.svg = svg
        self.title = title
        self.summary = summary
    }
}

/// The outer `<svg>` every chart shares: viewBox, full width, `role="img"` named by its title and
/// described by its summary, a font that reads on screen and on paper.
enum ChartFrame {
    static func wrap(id: String, width: Double, height: Double, title: String, summary: String,
                     body: (inout SVGWriter) -> Void) -> Chart {
        var svg = SVGWriter()
        // A chart is a few kilobytes: room for it at once instead of growing the text a dozen times.
        svg.reserve(8192)
        svg.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", .s("0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))")),
                         ("width", "100%"), ("role", "img"), ("aria-labelledby", .s("\(id)-title \(id)-desc")),
                         ("class", "chart"), ("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
                         ("font-size", "13")])
        svg.element("title", [("id", .s("\(id)-title"))], content: title)
        svg.element("desc", [("id", .s("\(id)-desc"))], content: summary)
        body(&svg)
        svg.close("svg")
        return Chart(svg: svg.text, title: title, summary: summary)
    }
}
