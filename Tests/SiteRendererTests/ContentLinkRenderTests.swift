import Foundation
import Inspect
import Testing
@testable import SiteRenderer

/// A Markdown link to a content file becomes a link to that file's page in the page's language.
@Suite struct ContentLinkRenderTests {
    static let edits = [
        "pages/yhteystiedot.md": "---\ntitle: Yhteystiedot\n---\n## Palaute ja yhteydenotot\n\nKirjoita meille.\n",
        "pages/yhteystiedot.sv.md": "---\ntitle: Kontakt\n---\n## Respons och kontakt\n",
        "pages/tietoa.md": """
            ---
            title: Tietoa
            ---
            [yhteystiedot](yhteystiedot.md), [palaute](./yhteystiedot.md#palaute-ja-yhteydenotot),
            [tavoite](../goals/mielenterveys.md), [på svenska](../goals/mielenterveys.sv.md),
            [kunta](../organizations/aakkola.yaml), [alue](../organizations/testialue.yaml),
            [indikaattori](../indicators/ahdistus.yaml#lahde), [vuosikello](../calendar/vuosikello.yaml),
            [logo](../assets/logo.svg), [ulkoinen](https://example.fi/ohje.md).
            """,
        // The fixture's goal with a link to a measure added to its body.
        "goals/mielenterveys.md": (try! String(contentsOf: TestSite.fixture("good").appendingPathComponent("goals/mielenterveys.md"), encoding: .utf8))
            + "Toimenpiteenä [opetus](../measures/opetus.md).\n",
    ]

    @Test func linksLeadToTheBuiltPagesInTheSameLanguage() throws {
        let site = try TestSite.render(editing: Self.edits)
        let fi = HTMLInspector(html: try #require(site["tietoa/index.html"])).links
        for href in ["../yhteystiedot/", "../yhteystiedot/#h-palaute-ja-yhteydenotot", "../tavoitteet/mielenterveys/",
                     "../sv/tavoitteet/mielenterveys/", "../kunnat/aakkola/", "../toimijat/testialue/",
                     "../indikaattorit/ahdistus/#lahde", "../vuosikello/", "../assets/logo.svg", "https://example.fi/ohje.md"] {
            #expect(fi.contains(href), "missing \(href) in \(fi)")
        }
        #expect(!fi.contains { $0.hasSuffix(".md") && !$0.hasPrefix("https:") })
        // The Swedish page shows the Finnish body (no translation) and links the Swedish pages.
        let sv = HTMLInspector(html: try #require(site["sv/tietoa/index.html"])).links
        for href in ["../yhteystiedot/", "../yhteystiedot/#h-respons-och-kontakt", "../tavoitteet/mielenterveys/", "../kunnat/aakkola/"] {
            #expect(sv.contains(href), "missing \(href) in \(sv)")
        }
        #expect(sv.contains("../../assets/logo.svg") == false)  // written links stay exactly as written
        #expect(sv.contains("../assets/logo.svg"))
        let goal = HTMLInspector(html: try #require(site["tavoitteet/mielenterveys/index.html"])).links
        #expect(goal.contains("../../toimenpiteet/opetus/"))
    }

    @Test func aPDFLinksThePublishedSite() throws {
        var edits = Self.edits
        edits["reports/vuosiraportti.md"] = "---\ntitle: Vuosiraportti 2026\n---\nKatso [tavoite](../goals/mielenterveys.md) ja [kontakt](../pages/yhteystiedot.sv.md).\n"
        let site = try TestSite.render(editing: edits)
        let web = HTMLInspector(html: try #require(site["raportit/vuosiraportti/index.html"])).links
        #expect(web.contains("../../tavoitteet/mielenterveys/"))
        #expect(web.contains("../../sv/yhteystiedot/"))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-pdf-\(UUID().uuidString)/content")
        try FileManager.default.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: TestSite.fixture("good"), to: root)
        for (path, text) in edits { try Data(text.utf8).write(to: root.appendingPathComponent(path)) }
        let files = try SiteRenderer(plan: TestSite.plan(root), templates: TemplateSet(overrides: nil), options: .init(pdf: true)).render()
        let pdf = try #require(files.first { $0.path == Router(defaultLanguage: .fi).pdfSource("vuosiraportti", .fi) })
        let links = HTMLInspector(html: pdf.contents).links
        #expect(links.contains("https://hyte.example.fi/tavoitteet/mielenterveys/"))
        #expect(links.contains("https://hyte.example.fi/sv/yhteystiedot/"))
        // The Swedish copy links the Swedish pages, once under sv/.
        let svPDF = try #require(files.first { $0.path == Router(defaultLanguage: .fi).pdfSource("vuosiraportti", .sv) })
        let svLinks = HTMLInspector(html: svPDF.contents).links.filter { $0.hasPrefix("https://hyte.example.fi/") }
        #expect(svLinks.contains("https://hyte.example.fi/sv/tavoitteet/mielenterveys/"))
        #expect(!svLinks.isEmpty && !svLinks.contains { $0.contains("/sv/sv/") })
    }

    @Test func oddCharactersStayInsideTheAttribute() throws {
        var edits = Self.edits
        edits["pages/tietoa.md"] = "---\ntitle: Tietoa\n---\n[a](../indicators/ahdistus.yaml#x\"&amp;<script>y) [b](../indicators/ahdistus.yaml#\"onmouseover=x)\n"
        let site = try TestSite.render(editing: edits)
        let page = try #require(site["tietoa/index.html"])
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("\"onmouseover"))
        #expect(page.contains("<a href=\"../indikaattorit/ahdistus/#%22onmouseover=x\">b</a>"))
        #expect(page.contains("<a href=\"../indikaattorit/ahdistus/#x%22&amp;%3Cscript%3Ey\">a</a>"))
    }
}
