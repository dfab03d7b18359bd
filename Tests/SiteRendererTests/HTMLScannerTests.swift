import Foundation
import Inspect
import Testing
@testable import SiteRenderer

/// The link check reads hyte's own pages with a byte scanner; on every page it must find exactly the
/// links (in order) and ids that libxml2 finds.
@Suite struct HTMLScannerTests {
    @Test(arguments: ["example", "good"])
    func scannerReadsWhatLibxml2Reads(_ site: String) throws {
        let plan = try TestSite.plan(site == "example" ? TestSite.example : TestSite.fixture(site))
        let files = try SiteRenderer(plan: plan, templates: TemplateSet(overrides: nil), options: .init(pdf: true)).render()
        var pages = 0
        for file in files where file.path.hasSuffix(".html") {
            let reference = HTMLInspector(html: file.contents)
            let scanned = try #require(HTMLScanner.scan(file.contents), "\(file.path) was declined")
            #expect(scanned.links == reference.links, "\(file.path)")
            #expect(scanned.ids == reference.ids, "\(file.path)")
            pages += 1
        }
        #expect(pages > (site == "example" ? 300 : 40))
    }

    @Test func escapesRawTextAndCommentsAreReadAsLibxml2ReadsThem() throws {
        let html = """
            <!DOCTYPE html><html><head><style>a[href="x"]{}</style><script>var s = '<a href="no">';</script></head>
            <body><!-- <a href="comment"> --><a href="a?x=1&amp;y=&#50;&#x33;" id="k&lt;1&gt;">t</a>
            <IMG SRC='kuva.png' alt="a > b"><p id=plain>x</p><a href = "spaced">s</a></body></html>
            """
        let reference = HTMLInspector(html: html)
        let scanned = try #require(HTMLScanner.scan(html))
        #expect(scanned.links == reference.links && scanned.ids == reference.ids)
        #expect(scanned.links == ["a?x=1&y=23", "kuva.png", "spaced"] && scanned.ids == ["k<1>", "plain"])
        // An entity the scanner does not know: it declines, and the inspector asks libxml2.
        #expect(HTMLScanner.scan("<a href=\"caf&eacute;\">x</a>") == nil)
        #expect(HTMLInspector(ownHTML: "<a href=\"caf&eacute;\">x</a>").links == ["café"])
    }
}
