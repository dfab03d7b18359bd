import Foundation
import Inspect
import PlanModel
import Testing
@testable import HyteCLI
@testable import SiteBuilder

/// A plan whose first language is Swedish: Swedish at the root, Finnish under /fi/.
@Suite(.serialized) struct LanguageTests {
    static let site: Result<URL, Error> = Result {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-lang-\(UUID().uuidString)")
        let outcome = try SiteBuild(.init(content: BuildTests.fixtures.appendingPathComponent("swedish/content").path,
                                          templates: root.appendingPathComponent("t").path,
                                          output: root.appendingPathComponent("output").path, search: false)).run()
        guard !outcome.diagnostics.hasErrors else { throw SiteBuild.UsageError(description: "\(outcome.diagnostics)") }
        atexit { try? FileManager.default.removeItem(at: LanguageTests.root) }
        return root.appendingPathComponent("output")
    }

    static var root: URL { ((try? site.get()) ?? URL(fileURLWithPath: "/nonexistent")).deletingLastPathComponent() }

    static func page(_ path: String) throws -> String {
        try String(contentsOf: site.get().appendingPathComponent(path), encoding: .utf8)
    }

    static func pages() throws -> [String] {
        try BuildTests.snapshot(site.get()).keys.filter { $0.hasSuffix(".html") }.map { String($0.dropFirst()) }.sorted()
    }

    @Test func swedishAtTheRootFinnishUnderFi() throws {
        #expect(try Self.page("index.html").contains("<html lang=\"sv\">"))
        #expect(try Self.page("fi/index.html").contains("<html lang=\"fi\">"))
        #expect(try Self.page("tavoitteet/mielenterveys/index.html").contains("<h1>Ungas psykiska hälsa förbättras</h1>"))
        #expect(try Self.page("fi/tavoitteet/mielenterveys/index.html").contains("<h1>Nuorten mielenterveys paranee</h1>"))
        // The interface's UI strings come from the language's own file.
        let finnishSkip = "Siirry sisältöön"
        #expect(try !Self.page("index.html").contains(finnishSkip))
        #expect(try Self.page("fi/index.html").contains(finnishSkip))
    }

    @Test func everyEntityPageInBothLanguages() throws {
        let pages = try Self.pages()
        let swedish = pages.filter { !$0.hasPrefix("fi/") && !$0.hasPrefix("raportit/vuosiraportti/") }
        #expect(swedish.count > 30)
        for page in swedish {
            #expect(pages.contains("fi/" + page), "no Finnish version of \(page)")
        }
        // The report is written in Swedish only (its `language`), so it exists once.
        #expect(pages.contains("raportit/vuosiraportti/index.html") && !pages.contains("fi/raportit/vuosiraportti/index.html"))
    }

    @Test func hreflangPairsAreSymmetric() throws {
        let base = "https://hyte.example.fi/"
        var alternates: [String: Set<String>] = [:]
        for page in try Self.pages() where !page.hasSuffix("404.html") {
            let html = try Self.page(page)
            let links = html.components(separatedBy: "<link rel=\"alternate\" hreflang=\"").dropFirst().map { part -> String in
                let href = part.components(separatedBy: "href=\"")[1]
                return String(href.prefix { $0 != "\"" })
            }
            let url = base + (page == "index.html" ? "" : String(page.dropLast("index.html".count)))
            alternates[url] = Set(links)
        }
        var checked = 0
        for (url, links) in alternates where !links.isEmpty {
            #expect(links.contains(url), "\(url) does not list itself")
            for link in links {
                #expect(alternates[link] == links, "\(link) does not list the same versions as \(url)")
                checked += 1
            }
        }
        #expect(checked > 60)
    }

    @Test func fallbackTextCarriesItsLanguage() throws {
        // The measure's body exists in Swedish only: on the Finnish page it is marked lang="sv".
        let measure = try Self.page("fi/toimenpiteet/opetus/index.html")
        #expect(measure.contains("<div class=\"prose\" lang=\"sv\">"))
        #expect(measure.contains("<h1 lang=\"sv\">Undervisning i psykisk hälsa</h1>"))
        let goal = try Self.page("fi/tavoitteet/mielenterveys/index.html")
        #expect(!goal.contains("<div class=\"prose\" lang="))
    }

    @Test func translationsListExactlyWhatIsMissing() throws {
        let content = BuildTests.fixtures.appendingPathComponent("swedish/content")
        let plan = try #require(SiteBuild(.init(content: content.path)).load().plan)
        let report = TranslationReport.render(TranslationAudit(plan), languages: [.fi])
        let prefix = content.path
        #expect(report == """
            fi: 11 missing in 8 files
              \(prefix)/bodies/verkosto.yaml: name
              \(prefix)/calendar/vuosikello.yaml: title neuvottelu, title raportti
              \(prefix)/focus-areas/lapset.md: body
              \(prefix)/interfaces/koulu.md: title
              \(prefix)/measures/opetus.md: body, title
              \(prefix)/organizations/aakkola.yaml: name
              \(prefix)/organizations/oolahti.yaml: name
              \(prefix)/pages/tietoa.md: body, title

            """)
        let warning = try #require(SiteBuild(.init(content: content.path)).check().first)
        #expect(warning.severity == .warning && warning.message.hasPrefix("11 texts in 8 files have no 'fi' translation"))
    }

    @Test func englishFormatsNumbersAndDatesTheEnglishWay() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("content/site.yaml")
        try Data(try String(contentsOf: site, encoding: .utf8).replacingOccurrences(of: "languages: [fi, sv]", with: "languages: [fi, en]")
            .replacingOccurrences(of: "sv: Välfärdsplan för Testområdet", with: "en: Welfare plan of the Test region").utf8).write(to: site)
        try? FileManager.default.removeItem(at: root.appendingPathComponent("content/goals/mielenterveys.sv.md"))
        _ = try SiteBuild(BuildTests.options(root)).run()
        let measure = try String(contentsOf: root.appendingPathComponent("output/en/toimenpiteet/opetus/index.html"), encoding: .utf8)
        #expect(measure.contains("<html lang=\"en\">"))
        #expect(measure.contains("30 September 2026"))
        #expect(measure.contains("€40,000"))
        let goal = try String(contentsOf: root.appendingPathComponent("output/en/tavoitteet/mielenterveys/index.html"), encoding: .utf8)
        #expect(goal.contains("17.2\u{00A0}%"))
        let finnish = try String(contentsOf: root.appendingPathComponent("output/toimenpiteet/opetus/index.html"), encoding: .utf8)
        #expect(finnish.contains("30.9.2026") && finnish.contains("40\u{00A0}000\u{00A0}€"))
    }
}
