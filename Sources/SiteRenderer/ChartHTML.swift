import HyteBase
/// The one writer of a chart's figure: the SVG, its finding and its data table (`TableHTML`). A page
/// can hold dozens of charts; templates place each one's finished `html`.
enum ChartHTML {
    static func render(_ chart: ChartView) -> String {
        var html = ""
        // Room for the figure at once: growing a string of 100 kB by doubling copies it again and again.
        html.reserveCapacity(1024 + chart.svg.utf8.count + chart.table.rows.count * (chart.table.headers.count + 1) * 48)
        render(chart, into: &html)
        return html
    }

    static func render(_ chart: ChartView, into html: inout String) {
        let e = MarkupEscape.escape
        html += "<figure class=\"chart-block\" id=\"\(e(chart.id))\">\n"
        html += "<div class=\"chart-scroll\" tabindex=\"0\" role=\"group\" aria-label=\"\(e(chart.title))\">\n"
        html += chart.svg + "\n</div>\n"
        html += "<figcaption><p class=\"chart-summary\">\(e(chart.summary))</p>\n"
        html += "<details class=\"data-details\"\(chart.open ? " open" : "")><summary>\(e(chart.dataLabel))</summary>\n"
        TableHTML.render(chart.table, into: &html)
        html += "\n</details>\n</figcaption>\n</figure>\n"
    }
}
