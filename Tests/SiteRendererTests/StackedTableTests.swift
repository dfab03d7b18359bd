import Testing
@testable import SiteRenderer

/// The one writer of data tables: lists that stack on phones, grids that scroll.
@Suite struct StackedTableTests {
    static let headers = [HeaderView(text: "Nimi"), HeaderView(text: "Päivä"), HeaderView(text: "Määrä", numeric: true)]
    static let rows = [RowView(head: CellView(text: "Kokous"), cells: [CellView(text: "syyskuu"), CellView(text: "3", numeric: true)])]

    /// A list table names every value's column on the cell, for the phone layout, and keeps table roles
    /// for screen readers whatever the CSS display.
    @Test func aStackedTableLabelsEveryCellAndKeepsItsRoles() {
        let html = TableHTML.render(TableView(id: "t", caption: "C", headers: Self.headers, rows: Self.rows, stacked: true))
        #expect(html.contains("<table class=\"data stack\" role=\"table\" id=\"t\">"))
        #expect(html.contains("<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">Kokous</th>"))
        #expect(html.contains("<td role=\"cell\" data-label=\"Päivä\">syyskuu</td><td class=\"num\" role=\"cell\" data-label=\"Määrä\">3</td>"))
        #expect(html.components(separatedBy: "role=\"columnheader\"").count == 4)
    }

    /// A grid of figures stays a plain table (it scrolls sideways in its region on a phone).
    @Test func aGridIsAPlainTable() {
        let html = TableHTML.render(TableView(id: "t", caption: "C", headers: Self.headers, rows: Self.rows))
        #expect(html.contains("<table class=\"data\" id=\"t\">") && !html.contains("role=\"cell\"") && !html.contains("data-label"))
    }

    /// An address wraps between its parts, never inside a word, and its text is the address.
    @Test func addressesBreakBetweenTheirParts() {
        #expect(TableHTML.cell(CellView(text: "hyte@pohjois-esimerkki.example.fi", href: "mailto:hyte@pohjois-esimerkki.example.fi")) ==
            "<a href=\"mailto:hyte@pohjois-esimerkki.example.fi\">hyte<wbr>@pohjois-esimerkki<wbr>.example<wbr>.fi</a>")
        #expect(TableHTML.cell(CellView(text: "https://a.fi/b/c")) == "https:/<wbr>/<wbr>a<wbr>.fi/<wbr>b/<wbr>c")
        #expect(TableHTML.cell(CellView(text: "Kokous 3.5. & muut")) == "Kokous 3.5. &amp; muut")
        #expect(TableHTML.cell(CellView(text: "<x>@y")) == "&lt;x&gt;<wbr>@y")
        // An address inside a sentence (a citation) too; the rest of the sentence as it is.
        #expect(TableHTML.cell(CellView(text: "Lisenssi CC BY 4.0. https://a.fi/b")) == "Lisenssi CC BY 4.0. https:/<wbr>/<wbr>a<wbr>.fi/<wbr>b")
    }

    /// A caption that would repeat the heading right above it is there for screen readers only.
    @Test func aCaptionThatRepeatsItsHeadingIsHidden() {
        let table = TableView(id: "t", caption: "Tavoitteet", headers: Self.headers, rows: Self.rows)
        let same = SectionView(id: "s", heading: "Tavoitteet", table: table)
        let other = SectionView(id: "s", heading: "Tammikuu", table: table)
        #expect(TableHTML.render(same.table!).contains("<caption id=\"t-caption\" class=\"visually-hidden\">Tavoitteet</caption>"))
        #expect(TableHTML.render(other.table!).contains("<caption id=\"t-caption\">Tavoitteet</caption>"))
    }
}
