import HyteBase

/// The one writer of data tables and of a cell's inner markup. Tables are most of a page's bytes (every
/// chart carries its data table), and a Mustache template looking every cell's fields up made whole
/// builds several times slower, so templates place a table's finished `html` instead of writing it.
enum TableHTML {
    static func render(_ table: TableView) -> String {
        var html = ""
        html.reserveCapacity(256 + table.rows.count * (table.headers.count + 1) * 48)
        render(table, into: &html)
        return html
    }

    /// Appends to the markup being written (a chart's figure), piece by piece: a table of thousands of
    /// cells makes no string per cell.
    static func render(_ table: TableView, into html: inout String) {
        let id = MarkupEscape.escape(table.id)
        html += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\""
        html += id
        html += "-caption\" tabindex=\"0\">\n<table class=\"data\" id=\""
        html += id
        html += "\">\n<caption id=\""
        html += id
        html += "-caption\">"
        html += MarkupEscape.escape(table.caption)
        html += "</caption>\n<thead><tr>"
        for header in table.headers {
            html += header.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            html += MarkupEscape.escape(header.text)
            html += "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr><th scope=\"row\""
            lang(row.head, into: &html)
            html += ">"
            cell(row.head, into: &html)
            html += "</th>"
            for c in row.cells {
                html += c.numeric ? (c.missing ? "<td class=\"num missing\"" : "<td class=\"num\"") : (c.missing ? "<td class=\"missing\"" : "<td")
                lang(c, into: &html)
                html += ">"
                cell(c, into: &html)
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
    }

    private static func lang(_ cell: CellView, into html: inout String) {
        guard let lang = cell.lang else { return }
        html += " lang=\""
        html += MarkupEscape.escape(lang)
        html += "\""
    }

    /// The inside of a cell: its text, within its link and its status or track badge.
    static func cell(_ cell: CellView) -> String {
        var html = ""
        self.cell(cell, into: &html)
        return html
    }

    static func cell(_ cell: CellView, into html: inout String) {
        if let href = cell.href {
            html += "<a href=\""
            html += MarkupEscape.escape(href)
            html += "\">"
        }
        if let status = cell.status {
            html += "<span class=\"status status-"
            html += MarkupEscape.escape(status)
            html += "\">"
        }
        if let track = cell.track {
            html += "<span class=\"track track-"
            html += MarkupEscape.escape(track)
            html += "\">"
        }
        html += MarkupEscape.escape(cell.text)
        if cell.track != nil { html += "</span>" }
        if cell.status != nil { html += "</span>" }
        if cell.href != nil { html += "</a>" }
    }
}
