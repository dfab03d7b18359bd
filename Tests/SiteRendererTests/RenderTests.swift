import Foundation
import Inspect
import Charts
import PlanModel
import Testing
@testable import SiteRenderer

@Suite struct RenderTests {
    @Test func everyEntityHasItsPage() throws {
        let site = try TestSite.render(TestSite.plan(TestSite.fixture("good")))
        for path in ["index.html", "404.html", "painopisteet/index.html", "painopisteet/lapset/index.html",
                     "tavoitteet/mielenterveys/index.html", "toimenpiteet/opetus/index.html",
                     "indikaattorit/ahdistus/index.html", "kunnat/index.html", "kunnat/aakkola/index.html",
                     "kunnat/oolahti/index.html", "toimijat/testialue/index.html", "toimijat/koko-maa/index.html",
                     "yhteistyo/index.html", "yhteistyo/verkosto/index.html", "vuosikello/index.html",
                     "yhdyspinnat/index.html", "yhdyspinnat/koulu/index.html", "vastuut/index.html",
                     "raportit/index.html", "raportit/vuosiraportti/index.html", "saavutettavuusseloste/index.html",
                     "tietoa/index.html", "hyte.css"] {
            #expect(site[path] != nil, "missing \(path)")
        }
    }

    /// Goal ↔ measure ↔ indicator ↔ organisation ↔ body ↔ interface, in both directions.
    /// Each language's updates page offers the feed in its own language.
    @Test func theUpdatesPageLinksItsLanguagesFeed() throws {
        let site = try TestSite.render(TestSite.plan(TestSite.fixture("good")))
        let fi = HTMLInspector(html: try #require(site["paivitykset/index.html"])).links
        let sv = HTMLInspector(html: try #require(site["sv/paivitykset/index.html"])).links
        #expect(site["sv/feed.xml"] != nil)
        #expect(fi.filter { $0.hasSuffix("feed.xml") } == ["../feed.xml", "../feed.xml"])
        #expect(sv.filter { $0.hasSuffix("feed.xml") } == ["../feed.xml", "../feed.xml"])
    }

    @Test func entitiesLinkBothWays() throws {
        let site = try TestSite.render(TestSite.plan(TestSite.fixture("good")))
        func links(_ page: String) -> [String] { HTMLInspector(html: site[page] ?? "").links }
        #expect(links("tavoitteet/mielenterveys/index.html").contains("../../toimenpiteet/opetus/"))
        #expect(links("tavoitteet/mielenterveys/index.html").contains("../../indikaattorit/ahdistus/"))
        #expect(links("tavoitteet/mielenterveys/index.html").contains("../../yhdyspinnat/koulu/"))
        #expect(links("tavoitteet/mielenterveys/index.html").contains("../../toimijat/testialue/"))
        #expect(links("toimenpiteet/opetus/index.html").contains("../../tavoitteet/mielenterveys/"))
        #expect(links("indikaattorit/ahdistus/index.html").contains("../../tavoitteet/mielenterveys/"))
        #expect(links("yhdyspinnat/koulu/index.html").contains("../../tavoitteet/mielenterveys/"))
        #expect(links("toimijat/testialue/index.html").contains("../../toimenpiteet/opetus/"))
        #expect(links("toimijat/testialue/index.html").contains("../../tavoitteet/mielenterveys/"))
        #expect(links("toimijat/testialue/index.html").contains("../../yhteistyo/verkosto/"))
        #expect(links("yhteistyo/verkosto/index.html").contains("../../toimijat/testialue/"))
        #expect(links("kunnat/aakkola/index.html").contains("../../toimenpiteet/opetus/"))
        #expect(links("kunnat/aakkola/index.html").contains("../../yhteistyo/verkosto/"))
        #expect(links("kunnat/aakkola/index.html").contains("../../indikaattorit/ahdistus/"))
    }

    @Test func finnishFormatsInPages() throws {
        let site = try TestSite.render(TestSite.plan(TestSite.fixture("good")))
        let goal = try #require(site["tavoitteet/mielenterveys/index.html"])
        #expect(goal.contains("17,2\u{00A0}% (2023)"))
        #expect(goal.contains("15,9\u{00A0}% (2025)"))
        let measure = try #require(site["toimenpiteet/opetus/index.html"])
        #expect(measure.contains("40\u{00A0}000\u{00A0}€"))
        #expect(measure.contains("30.9.2026"))
        #expect(measure.contains("1/2026–12/2027"))
    }

    @Test func hostileTextIsEscapedAndRawHTMLDropped() throws {
        let site = try TestSite.render(editing: [
            "pages/tietoa.md": """
                ---
                title: "<script>alert('x')</script> & co"
                ---
                Hello <img src=x onerror=alert(1)> world.

                <div onclick="evil()">block</div>

                [click](javascript:alert(1)) and [ok](https://example.fi/)
                """,
        ])
        let page = try #require(site["tietoa/index.html"])
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</h1>"))
        #expect(!page.contains("onerror"))
        #expect(!page.contains("onclick"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("<a href=\"https://example.fi/\">ok</a>"))
        #expect(page.contains("click"))
    }

    @Test func rawHTMLPassesWhenAllowed() throws {
        let site = try TestSite.render(editing: [
            "site.yaml": try String(contentsOf: TestSite.fixture("good").appendingPathComponent("site.yaml"), encoding: .utf8)
                + "unsafe_html: true\n",
            "pages/tietoa.md": "---\ntitle: Tietoa\n---\n<div class=\"note\">sallittu</div>\n",
        ])
        #expect(site["tietoa/index.html"]?.contains("<div class=\"note\">sallittu</div>") == true)
    }

    @Test func chartAndTableBlocksBecomeChartsAndTables() throws {
        let site = try TestSite.render(TestSite.plan(TestSite.fixture("good")))
        let report = try #require(site["raportit/vuosiraportti/index.html"])
        #expect(report.contains("<figure class=\"chart-block\" id=\"block-12\">"))
        #expect(report.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(report.contains("aria-labelledby=\"block-12-title block-12-desc\""))
        #expect(report.contains("<table class=\"data\" id=\"block-12-data\">"))
        #expect(report.contains("<table class=\"data stack\" role=\"table\" id=\"block-7\">"))
        #expect(report.contains("Mielenterveystaitojen opetus"))
        #expect(!report.contains("```"))
        #expect(!report.contains("<code class=\"language-chart\">"))
    }

    @Test func pagesAreWellFormedEnoughToInspect() throws {
        let site = try TestSite.render(TestSite.plan(TestSite.fixture("good")))
        for (path, html) in site where path.hasSuffix(".html") {
            let inspector = HTMLInspector(html: html)
            #expect(inspector.ids.contains("main"), "\(path) has no main landmark target")
            let language = path.hasPrefix("sv/") ? "sv" : path.hasPrefix("en/") ? "en" : "fi"
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"), "\(path)")
        }
    }
}

@Suite struct FormatTests {
    let fi = NumberFormat(language: .fi)
    let en = NumberFormat(language: .en)

    @Test func numbers() {
        #expect(fi.number(12.4, decimals: 1) == "12,4")
        #expect(fi.number(12.45, decimals: 1) == "12,5")
        #expect(fi.number(-3.25, decimals: 1) == "\u{2212}3,3")
        #expect(fi.number(-0.04, decimals: 1) == "0,0")
        #expect(fi.number(1234, decimals: 0) == "1234")
        #expect(fi.number(12345.5, decimals: 1) == "12\u{00A0}345,5")
        #expect(en.number(12345.5, decimals: 1) == "12,345.5")
        #expect(fi.value(12.4, decimals: 1, unit: "%") == "12,4\u{00A0}%")
        #expect(fi.euros(40000) == "40\u{00A0}000\u{00A0}€")
    }

    @Test func dates() {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        #expect(fi.date(Day(year: 2026, month: 5, day: 12), monthNames: months) == "12.5.2026")
        #expect(en.date(Day(year: 2026, month: 5, day: 12), monthNames: months) == "12 May 2026")
    }

    @Test func finnishAlphabeticalOrder() {
        let names = ["Öölahti", "Aakkola", "Zeta", "Äkäslompolo", "Åbo", "ahola"]
        let sorted = Collation.sorted(names, text: { $0 }, id: { $0 })
        #expect(sorted == ["Aakkola", "ahola", "Zeta", "Åbo", "Äkäslompolo", "Öölahti"])
    }
}

@Suite struct TableHTMLTests {
    /// The one writer of a chart's figure: everything escaped but the SVG, the data table inside, open for print.
    @Test func chartsHoldTheirDataTable() throws {
        let table = TableView(id: "c-data", caption: "Kuvio", headers: [HeaderView(text: "Vuosi")],
                              rows: [RowView(head: CellView(text: "2024"), cells: [])])
        for open in [false, true] {
            let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>t</title></svg>"
            let chart = ChartView(Chart(svg: svg, title: "Työttömät & \"muut\"", summary: "Laski <paljon>."), id: "c", table: table,
                                  dataLabel: "Näytä", open: open)
            #expect(ChartHTML.render(chart) == """
                <figure class="chart-block" id="c">
                <div class="chart-scroll" tabindex="0" role="group" aria-label="Työttömät &amp; &quot;muut&quot;">
                \(svg)
                </div>
                <figcaption><p class="chart-summary">Laski &lt;paljon&gt;.</p>
                <details class="data-details"\(open ? " open" : "")><summary>Näytä</summary>
                \(TableHTML.render(table))
                </details>
                </figcaption>
                </figure>

                """)
        }
    }

    /// The markup of data tables (once the built-in `table` and `cell` templates'): every text escaped,
    /// numbers and missing values marked by class, links and badges inside the cell.
    @Test func tablesAreWrittenAsTheTemplateWroteThem() throws {
        let table = TableView(id: "t<1>", caption: "Kaikki & \"muut\"", headers: [HeaderView(text: "Alue"), HeaderView(text: "2024", numeric: true)],
                              rows: [
                                RowView(head: CellView(text: "Aakkola", href: "../kunnat/aakkola/"),
                                        cells: [CellView(text: "12,4 %", numeric: true)]),
                                RowView(head: CellView(text: "Åbo", lang: "sv"),
                                        cells: [CellView(text: "puuttuu", numeric: true, missing: true)]),
                                RowView(head: CellView(text: "<b>x</b>"),
                                        cells: [CellView(text: "Käynnissä", status: "ongoing"), CellView(text: "–", missing: true),
                                                CellView(text: "Ei vielä", href: "#a", track: "none")]),
                              ])
        #expect(TableHTML.render(table) == """
            <div class="table-wrap" role="region" aria-labelledby="t&lt;1&gt;-caption" tabindex="0">
            <table class="data" id="t&lt;1&gt;">
            <caption id="t&lt;1&gt;-caption">Kaikki &amp; &quot;muut&quot;</caption>
            <thead><tr><th scope="col">Alue</th><th scope="col" class="num">2024</th></tr></thead>
            <tbody>
            <tr><th scope="row"><a href="../kunnat/aakkola/">Aakkola</a></th><td class="num">12,4 %</td></tr>
            <tr><th scope="row" lang="sv">Åbo</th><td class="num missing">puuttuu</td></tr>
            <tr><th scope="row">&lt;b&gt;x&lt;/b&gt;</th><td><span class="status status-ongoing">Käynnissä</span></td>\
            <td class="missing">–</td><td><a href="#a"><span class="track track-none">Ei vielä</span></a></td></tr>
            </tbody>
            </table>
            </div>

            """)
    }
}
