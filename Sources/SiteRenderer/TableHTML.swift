import HyteBase

/// The one writer of data tables and of a cell's inner markup. Tables are most of a page's bytes (every
/// chart carries its data table), and a Mustache template looking every cell's fields up made whole
/// builds several times slower, so templates place a table's finished `html` instead of writing it.
enum TableHTML {
    static func render(_ table: TableView) -> String {
        var html = MarkupBuffer(capacity: 256 + table.rows.count * (table.headers.count + 1) * 48)
        render(table, into: &html)
        return html.text
    }

    /// Appends to the markup being written (a chart's figure), piece by piece: a table of thousands of
    /// cells makes no string per cell.
    static func render(_ table: TableView, into html: inout MarkupBuffer) {
        html.write("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"")
        html.writeEscaped(table.id)
        // A stacked table is shown as blocks on phones; its roles keep it a table for screen readers
        // whatever the display.
        let stacked = table.stacked
        html.write(stacked ? "-caption\" tabindex=\"0\">\n<table class=\"data stack\" role=\"table\" id=\"" : "-caption\" tabindex=\"0\">\n<table class=\"data\" id=\"")
        html.writeEscaped(table.id)
        html.write("\">\n<caption id=\"")
        html.writeEscaped(table.id)
        html.write(table.captionHidden ? "-caption\" class=\"visually-hidden\">" : "-caption\">")
        html.writeEscaped(table.caption)
        html.write(stacked ? "</caption>\n<thead role=\"rowgroup\"><tr role=\"row\">" : "</caption>\n<thead><tr>")
        for header in table.headers {
            html.write("<th scope=\"col\"")
            if stacked { html.write(" role=\"columnheader\"") }
            html.write(header.numeric ? " class=\"num\">" : ">")
            html.writeEscaped(header.text)
            html.write("</th>")
        }
        html.write(stacked ? "</tr></thead>\n<tbody role=\"rowgroup\">\n" : "</tr></thead>\n<tbody>\n")
        for row in table.rows {
            html.write(stacked ? "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\"" : "<tr><th scope=\"row\"")
            lang(row.head, into: &html)
            html.write(">")
            cell(row.head, into: &html)
            html.write("</th>")
            for (column, c) in row.cells.enumerated() {
                html.write(c.numeric ? (c.missing ? "<td class=\"num missing\"" : "<td class=\"num\"") : (c.missing ? "<td class=\"missing\"" : "<td"))
                if stacked {
                    html.write(" role=\"cell\" data-label=\"")
                    if column + 1 < table.headers.count { html.writeEscaped(table.headers[column + 1].text) }
                    html.write("\"")
                }
                lang(c, into: &html)
                html.write(">")
                cell(c, into: &html)
                html.write("</td>")
            }
            html.write("</tr>\n")
        }
        html.write("</tbody>\n</table>\n</div>\n")
    }

    private static func lang(_ cell: CellView, into html: inout MarkupBuffer) {
        guard let lang = cell.lang else { return }
        html.write(" lang=\"")
        html.writeEscaped(lang)
        html.write("\"")
    }

    /// The inside of a cell: its text, within its link and its status or track badge.
    static func cell(_ cell: CellView) -> String {
        var html = MarkupBuffer()
        self.cell(cell, into: &html)
        return html.text
    }

    static func cell(_ cell: CellView, into html: inout MarkupBuffer) {
        if let href = cell.href {
            html.write("<a href=\"")
            html.writeEscaped(href)
            html.write("\">")
        }
        if let status = cell.status {
            html.write("<span class=\"status status-")
            html.writeEscaped(status)
            html.write("\">")
        }
        if let track = cell.track {
            html.write("<span class=\"track track-")
            html.writeEscaped(track)
            html.write("\">")
        }
        html.writeEscapedBreakingAddresses(cell.text)
        if cell.track != nil { html.write("</span>") }
        if cell.status != nil { html.write("</span>") }
        if cell.href != nil { html.write("</a>") }
    }
}
