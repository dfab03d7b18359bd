import Inspect
import Testing
@testable import SiteBuilder

/// The link check's own reading of links, and its answers on a small site.
@Suite struct LinkCheckerTests {
    @Test func linksAreSplitIntoPathAndFragment() {
        #expect(LinkChecker.split("../x/?q=1#top") == ("../x/", "top"))
        #expect(LinkChecker.split("#top") == ("", "top"))
        #expect(LinkChecker.split("a?b") == ("a", nil))
        #expect(LinkChecker.split("?only") == ("", nil))
        #expect(LinkChecker.split("ä/ö#å") == ("ä/ö", "å"))
        #expect(LinkChecker.isInternal("../x/") && LinkChecker.isInternal("/x") && LinkChecker.isInternal("x:y/../") == false)
        #expect(!LinkChecker.isInternal("https://example.fi/") && !LinkChecker.isInternal("//cdn.example.fi/x.js"))
        #expect(!LinkChecker.isInternal("mailto:hyte@example.fi") && LinkChecker.isInternal("./a:b"))
    }

    @Test func brokenLinksAndAnchorsAreFoundOnManyPages() {
        // 300 pages in slices: each links home, its neighbour's anchor, and page 7 a missing page.
        var pages: [(path: String, inspector: HTMLInspector)] = []
        for i in 0..<300 {
            let extra = i == 7 ? "<a href=\"../puuttuu/\">x</a><a href=\"../p8/#ei\">y</a>" : ""
            let html = "<html><body><h1 id=\"a\">P</h1><a href=\"../\">home</a><a href=\"../p\((i + 1) % 300)/#a\">next</a>\(extra)</body></html>"
            pages.append(("p\(i)/index.html", HTMLInspector(html: html)))
        }
        pages.append(("index.html", HTMLInspector(html: "<html><body><a href=\"p0/\">p0</a></body></html>")))
        let files = Set(pages.map(\.path))
        let broken = LinkChecker(files: files).check(pages.sorted { $0.path < $1.path })
        #expect(broken.map(\.description) == ["p7/index.html: link to missing ../puuttuu/", "p7/index.html: link to missing ../p8/#ei"])
        #expect(LinkChecker(files: files).check(pages, linksOf: ["p6/index.html"]).isEmpty)
    }
}
