import HyteBase
/// The one writer of a chart's figure: the SVG, its finding and its data table (`TableHTML`). A page
/// can hold dozens of charts; templates place each one's finished `html`.
enum ChartHTML {
    static func render(_ chart: ChartView) -> String {
        // Room for the figure at once: growing 100 kB by doubling copies it again and again.
        var html = MarkupBuffer(capacity: 1024 + chart.svg.utf8.count + chart.table.rows.count * (chart.table.headers.count + 1) * 48)
        render(chart, into: &html)
        return html.text
    }

    static func render(_ chart: ChartView, into html: inout MarkupBuffer) {
        html.write("<figure class=\"chart-block\" id=\"")
        html.writeEscaped(chart.id)
        html.write("\">\n<div class=\"chart-scroll\" tabindex=\"0\" role=\"group\" aria-label=\"")
        html.writeEscaped(chart.title)
        html.write("\">\n")
        html.write(chart.svg)
        html.write("\n</div>\n<figcaption><p class=\"chart-summary\">")
        html.writeEscaped(chart.summary)
        html.write("</p>\n<details class=\"data-details\"")
        if chart.open { html.write(" open") }
        html.write("><summary>")
        html.writeEscaped(chart.dataLabel)
        html.write("</summary>\n")
        TableHTML.render(chart.table, into: &html)
        html.write("\n</details>\n</figcaption>\n</figure>\n")
    }
}
