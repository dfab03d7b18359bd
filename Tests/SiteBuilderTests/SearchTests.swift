import Foundation
import Testing
@testable import SiteBuilder

/// The search index the build makes with Pagefind, and the pages that use it. The browser side
/// (an inflected Finnish word finds other forms) is scripts/search-test.py, run by scripts/test.
@Suite(.serialized) struct SearchTests {
    static func indexedPages(_ output: URL, language prefix: String) throws -> (indexed: Int, other: [String]) {
        var indexed = 0
        var other: [String] = []
        for (path, data) in try BuildTests.snapshot(output) where path.hasSuffix(".html") {
            let inLanguage = prefix.isEmpty ? !["/sv/", "/en/"].contains { path.hasPrefix($0) } : path.hasPrefix("/\(prefix)/")
            guard inLanguage, !path.hasPrefix("/pagefind/") else { continue }
            let html = String(decoding: data, as: UTF8.self)
            if html.contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>")
                || html.contains("<main id=\"main\" class=\"wrap report\" tabindex=\"-1\" data-pagefind-body>") {
                indexed += 1
            } else {
                other.append(path)
            }
        }
        return (indexed, other.sorted())
    }

    @Test func theExampleSiteHasAnIndexPerLanguageOfItsContentPages() throws {
        #expect(ExternalTool.pagefind.command() != nil, "Pagefind is not installed: scripts/install-deps installs it")
        let output = try OpenDataTests.output.get()
        let entry = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: output.appendingPathComponent("pagefind/pagefind-entry.json"))) as? [String: Any])
        let languages = try #require(entry["languages"] as? [String: [String: Any]])
        #expect(languages.keys.sorted() == ["fi", "sv"])
        for (language, prefix) in [("fi", ""), ("sv", "sv")] {
            let pages = try Self.indexedPages(output, language: prefix)
            #expect(languages[language]?["page_count"] as? Int == pages.indexed)
            #expect(pages.indexed > 100)
            // Not indexed: the search page, the 404 page and the attachments compiled from pages that are.
            let slash = prefix.isEmpty ? "/" : "/\(prefix)/"
            #expect(pages.other.contains("\(slash)haku/index.html") && pages.other.contains("\(slash)404.html"))
            #expect(pages.other.allSatisfy { $0.contains("/raportit/") || $0.hasSuffix("haku/index.html") || $0.hasSuffix("404.html") },
                    "\(pages.other)")
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind/pagefind.js").path))
    }

    @Test func everyPageHasTheSearchFormAndTheSearchPageWorksWithoutJavaScript() throws {
        let output = try OpenDataTests.output.get()
        let goal = try OpenDataTests.file("tavoitteet/nuorten-mielenterveys/index.html")
        #expect(goal.contains("<form class=\"site-search\" role=\"search\" action=\"../../haku/\" method=\"get\">"))
        #expect(goal.contains("<input id=\"site-search-q\" type=\"search\" name=\"q\" autocomplete=\"off\">"))
        let swedish = try OpenDataTests.file("sv/tavoitteet/nuorten-mielenterveys/index.html")
        #expect(swedish.contains("action=\"../../haku/\"") && swedish.contains("<label for=\"site-search-q\">Sök på webbplatsen</label>"))
        let search = try OpenDataTests.file("haku/index.html")
        // One search form on the search page (the header's would repeat it), the script as a module,
        // and without JavaScript a note and every section of the site.
        #expect(search.components(separatedBy: "role=\"search\"").count == 2)
        #expect(search.contains("<script type=\"module\" src=\"../hyte-search.js\"></script>"))
        #expect(search.contains("<p id=\"search-without-script\" class=\"search-note\">Haku toimii selaimessa JavaScriptin avulla."))
        for section in ["../tavoitteet/", "../toimenpiteet/", "../indikaattorit/", "../kunnat/", "../vuosikello/"] {
            #expect(search.contains("<li><a href=\"\(section)\">"), "\(section)")
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("hyte-search.js").path))
        #expect(!(try OpenDataTests.file("sitemap.xml")).contains("/haku/"))
    }

    @Test func withoutPagefindTheBuildSaysHowToInstallIt() throws {
        let diagnostics = SearchStage.index(FileManager.default.temporaryDirectory, command: nil)
        #expect(diagnostics.map(\.description) == [
            "hyte: warning: Pagefind is not installed, so the site has no search index; install it with: python3 -m pip install pagefind_bin (or put the pagefind binary on PATH)",
        ])
        #expect(!diagnostics.hasErrors)
    }
}
