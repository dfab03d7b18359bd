import PlanModel
import Testing
@testable import SiteRenderer

/// Published addresses: people bookmark and link them, so a change here must be deliberate.
struct RouterTests {
    let router = Router(defaultLanguage: .fi)

    @Test func filesLiveInTheFolderOfTheirPage() {
        #expect(router.calendar(nil, .fi) == "vuosikello/vuosikello.ics")
        #expect(router.calendar("hyte-ryhma", .sv) == "sv/yhteistyo/hyte-ryhma/hyte-ryhma.ics")
        #expect(router.pdf("seurantaraportti-2025", .fi) == "raportit/seurantaraportti-2025/seurantaraportti-2025.pdf")
        #expect(router.pdfSource("x", .sv) == "sv/raportit/x/.x.pdf.html")
        #expect(router.feed(.fi) == "feed.xml" && router.feed(.sv) == "sv/feed.xml")
        #expect(Router.data("plan.json") == "data/plan.json")
        #expect(Router.asset("logo.svg") == "assets/logo.svg")
    }

    /// PlanModel cannot ask the router, so it keeps its own list of the folders a free page must not take.
    @Test func everySectionFolderIsReservedForFreePages() {
        let sections: [Route] = [.focusAreas, .goals, .measures, .indicators, .municipalities, .organizations, .cooperation,
                                 .calendar, .interfaces, .responsibilities, .reports, .accessibility, .data, .updates, .search, .pages]
        let folders = sections.compactMap(\.segments.first) + [String(Router.assetsFolder.dropLast())]
        #expect(folders.filter { !ReservedPath.segments.contains($0) } == [])
    }
}
