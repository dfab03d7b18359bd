@_spi(Loading) import PlanModel
import Testing
@testable import PlanLoader

/// Markdown links to other content files (`../goals/x.md`) as authors write them on GitHub.
@Suite struct ContentLinkTests {
    static func plan(_ tietoa: String, _ extra: [String: String] = [:]) -> InlinePlan {
        var plan = InlinePlan()
        plan["pages/tietoa.md"] = "---\ntitle: Tietoa\n---\n" + tietoa
        plan["pages/yhteystiedot.md"] = "---\ntitle: Yhteystiedot\n---\n## Johdanto\n\n## Palaute ja yhteydenotot\n\nKirjoita meille.\n"
        plan["pages/yhteystiedot.sv.md"] = "---\ntitle: Kontakt\n---\n## Inledning\n\n## Respons och kontakt\n"
        for (path, text) in extra { plan[path] = text }
        return plan
    }

    static func links(_ result: ContentLoader.Result, page: String = "tietoa", _ language: Language = .fi) -> [String: ContentLink] {
        result.plan?.pages.first { $0.id == page }?.body.sources[language]?.contentLinks ?? [:]
    }

    @Test func linksResolveRelativeToTheLinkingFilesFolder() throws {
        let result = try Self.plan("""
            [a](yhteystiedot.md) [b](./yhteystiedot.md) [c](../goals/mielenterveys.md) [d](../pages/yhteystiedot.sv.md)
            [e](../indicators/ahdistus.yaml) [f](../organizations/aakkola.yaml) [g](../bodies/verkosto.yaml)
            [h](../calendar/vuosikello.yaml) [i](../measures/opetus.md?plain=1) [j](../reports/vuosiraportti.md)
            """).load()
        #expect(result.diagnostics.contentProblems.map(\.description) == [])
        let links = Self.links(result)
        #expect(links["yhteystiedot.md"] == ContentLink(target: .entity(.page, "yhteystiedot"), language: nil))
        #expect(links["./yhteystiedot.md"] == ContentLink(target: .entity(.page, "yhteystiedot"), language: nil))
        #expect(links["../goals/mielenterveys.md"] == ContentLink(target: .entity(.goal, "mielenterveys"), language: nil))
        #expect(links["../pages/yhteystiedot.sv.md"] == ContentLink(target: .entity(.page, "yhteystiedot"), language: .sv))
        #expect(links["../indicators/ahdistus.yaml"] == ContentLink(target: .entity(.indicator, "ahdistus"), language: nil))
        #expect(links["../organizations/aakkola.yaml"] == ContentLink(target: .entity(.organization, "aakkola"), language: nil))
        #expect(links["../bodies/verkosto.yaml"] == ContentLink(target: .entity(.body, "verkosto"), language: nil))
        #expect(links["../calendar/vuosikello.yaml"] == ContentLink(target: .calendar, language: nil))
        #expect(links["../measures/opetus.md?plain=1"] == ContentLink(target: .entity(.measure, "opetus"), language: nil))
        #expect(links["../reports/vuosiraportti.md"] == ContentLink(target: .entity(.report, "vuosiraportti"), language: nil))
        #expect(links.count == 10)
    }

    @Test func otherLinksStayAsTheyAre() throws {
        let result = try Self.plan("""
            [a](../assets/logo.svg) [b](../assets/ohje.md) [c](https://example.fi/x.md) [d](../data/ahdistus.csv)
            [e](/tietoa.md) [f](../../README.md) [g](../README.md) [h](mailto:x.md) [i](#kohta) [j](../../tavoitteet/mielenterveys/)
            """).load()
        #expect(Self.links(result).isEmpty)
        // Links the site cannot check now are left to the build's link checker.
        #expect(result.diagnostics.contentProblems.map(\.description) == [])
    }

    @Test func aGoalLinksAMeasure() throws {
        var plan = InlinePlan()
        plan["goals/mielenterveys.md"] = plan["goals/mielenterveys.md"]! + "\nKatso [toimenpide](../measures/opetus.md#mitä-tehdään).\n"
        plan["measures/opetus.md"] = plan["measures/opetus.md"]! + "\n## Mitä tehdään\n"
        let result = try plan.load()
        #expect(result.diagnostics.contentProblems.map(\.description) == [])
        let link = result.plan?.goals.first?.body.sources[.fi]?.contentLinks["../measures/opetus.md#mitä-tehdään"]
        #expect(link == ContentLink(target: .entity(.measure, "opetus"), language: nil, anchors: [.fi: "h-mita-tehdaan"],
                                    fragment: "mitä-tehdään"))
    }

    @Test func aFragmentNamesTheSameHeadingInEveryLanguage() throws {
        let result = try Self.plan("[a](yhteystiedot.md#palaute-ja-yhteydenotot) [b](yhteystiedot.sv.md#respons-och-kontakt)").load()
        #expect(result.diagnostics.contentProblems.map(\.description) == [])
        let links = Self.links(result)
        let anchors: [Language: String] = [.fi: "h-palaute-ja-yhteydenotot", .sv: "h-respons-och-kontakt"]
        #expect(links["yhteystiedot.md#palaute-ja-yhteydenotot"]?.anchors == anchors)
        #expect(links["yhteystiedot.sv.md#respons-och-kontakt"]?.anchors == anchors)
        #expect(links["yhteystiedot.sv.md#respons-och-kontakt"]?.language == .sv)
    }

    @Test func aMissingFileIsAnErrorAtItsLineWithDidYouMean() throws {
        let found = try Self.plan("Ensimmäinen rivi.\n\nKatso: [tavoite](../goals/mielenterveyss.md#x) ja [sivu](yhteystiedt.md).\n").messages()
        #expect(found == [
            "content/pages/tietoa.md:6:8: error: the link '../goals/mielenterveyss.md#x' leads to goals/mielenterveyss.md, which does not exist; did you mean '../goals/mielenterveys.md#x'?",
            "content/pages/tietoa.md:6:51: error: the link 'yhteystiedt.md' leads to pages/yhteystiedt.md, which does not exist; did you mean 'yhteystiedot.md'?",
        ])
    }

    @Test func theColumnCountsLettersNotBytes() throws {
        let found = try Self.plan("Näin: [x](puuttuu.md)\n").messages()
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/pages/tietoa.md:4:7: error: the link 'puuttuu.md' leads to pages/puuttuu.md") == true)
    }

    @Test func aTranslationThatDoesNotExistIsAnError() throws {
        let found = try Self.plan("[x](../goals/mielenterveys.sv.md) [y](../indicators/ahdistus.md)\n").messages()
        #expect(found == [
            "content/pages/tietoa.md:4:1: error: the link '../goals/mielenterveys.sv.md' leads to goals/mielenterveys.sv.md, which does not exist; did you mean '../goals/mielenterveys.md'?",
            "content/pages/tietoa.md:4:35: error: the link '../indicators/ahdistus.md' leads to indicators/ahdistus.md, which does not exist; did you mean '../indicators/ahdistus.yaml'?",
        ])
    }

    @Test func anUnknownHeadingIsAnErrorWithDidYouMean() throws {
        let found = try Self.plan("[a](yhteystiedot.md#palaute)\n").messages()
        #expect(found == [
            "content/pages/tietoa.md:4:1: error: the link 'yhteystiedot.md#palaute' names no heading '#palaute' of pages/yhteystiedot.md; write one of: #johdanto, #palaute-ja-yhteydenotot",
        ])
    }

    @Test func aSubFolderIsNoContentFile() throws {
        let found = try Self.plan("[a](../goals/vanhat/mielenterveys.md)\n").messages()
        #expect(found == [
            "content/pages/tietoa.md:4:1: error: the link '../goals/vanhat/mielenterveys.md' leads to goals/vanhat/mielenterveys.md, which does not exist; files sit directly in goals/, e.g. goals/mielenterveys.md",
        ])
    }

    @Test func pathsAreTakenApartAsGitHubReadsThem() {
        typealias P = ContentLinkResolver.Path
        #expect(ContentLinkResolver.path("x.md", from: "pages") == P(folder: "pages", name: "x.md", fragment: nil))
        #expect(ContentLinkResolver.path("./../goals/./x.sv.md#a-b", from: "pages") == P(folder: "goals", name: "x.sv.md", fragment: "a-b"))
        #expect(ContentLinkResolver.path("../goals/x%2Dy.md", from: "pages") == P(folder: "goals", name: "x-y.md", fragment: nil))
        #expect(ContentLinkResolver.path("../../goals/x.md", from: "pages") == nil)
        #expect(ContentLinkResolver.path("../site.yaml", from: "pages") == nil)
        #expect(ContentLinkResolver.path("../data/x.yaml", from: "pages") == nil)
        #expect(ContentLinkResolver.path("javascript:x.md", from: "pages") == nil)
        #expect(ContentLinkResolver.path("x.mdx", from: "pages") == nil)
        #expect(ContentLinkResolver.path("x.md/", from: "pages") == nil)
    }

    @Test func gitHubAnchors() {
        #expect(GitHubSlug.slugs(["Mitä tehdään?", "Kohta 1.2", "A -- B", "Mitä tehdään?"])
            == ["mitä-tehdään", "kohta-12", "a----b", "mitä-tehdään-1"])
    }
}
