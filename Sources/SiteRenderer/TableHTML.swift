import HyteBase

/// Writes a `TableView` as HTML directly: the same markup as the built-in `table` template, without
/// Mustache's per-cell lookups. Tables are most of a page's bytes (every chart carries its data table),
/// so this is the render path unless a plan overrides `table.mustache`. A test keeps the two identical.
enum TableHTML {
    static func render(_ table: TableView) -> String {
        var html = ""
        html.reserveCapacity(256 + table.rows.count * (table.headers.count + 1) * 48)
        render(table, into: &html)
        return html
    }

    /// Appends to a page being written: a card's 120 tables are not each copied again into it.
    static func render(_ table: TableView, into html: inout String) {
        let id = MarkupEscape.escape(table.id)
        html += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)-caption\" tabindex=\"0\">\n"
        html += "<table class=\"data\" id=\"\(id)\">\n"
        html += "<caption id=\"\(id)-caption\">\(MarkupEscape.escape(table.caption))</caption>\n"
        html += "<thead><tr>"
        for header in table.headers {
            html += header.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            html += MarkupEscape.escape(header.text) + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr><th scope=\"row\"" + lang(row.head) + ">" + cell(row.head) + "</th>"
            for c in row.cells {
                html += "<td"
                if c.numeric {
                    html += c.missing ? " class=\"num missing\"" : " class=\"num\""
                } else if c.missing {
                    html += " class=\"missing\""
                }
                html += lang(c) + ">" + cell(c) + "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
    }

    private static func lang(_ cell: CellView) -> String {
        cell.lang.map { " lang=\"\(MarkupEscape.escape($0))\"" } ?? ""
    }

    static func cell(_ cell: CellView) -> String {
        var html = ""
        if let href = cell.href { html += "<a href=\"\(MarkupEscape.escape(href))\">" }
        if let status = cell.status { html += "<span class=\"status status-\(MarkupEscape.escape(status))\">" }
        if let track = cell.track { html += "<span class=\"track track-\(MarkupEscape.escape(track))\">" }
        html += MarkupEscape.escape(cell.text)
        if cell.track != nil { html += "</span>" }
        if cell.status != nil { html += "</span>" }
        if cell.href != nil { html += "</a>" }
        return html
    }
}
