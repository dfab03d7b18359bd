import HyteBase
/// Writes a `ChartView` as its figure: the same markup as the built-in `chart` template (tested), without
/// Mustache. A page can hold dozens of charts, each with its data table.
enum ChartHTML {
    static func render(_ chart: ChartView) -> String {
        var html = ""
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
