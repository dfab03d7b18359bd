import Foundation
import Inspect
import Testing
@testable import SiteRenderer

/// A progress chart block without `goal` draws every goal's progress under a heading linking the goal.
@Suite struct GoalProgressBlockTests {
    static let edits = [
        "focus-areas/aikuiset.md": "---\ntitle: Aikuiset\norder: 2\n---\n",
        "goals/tyo.md": "---\ntitle: Työllisyys paranee\nfocus_area: aikuiset\n---\n",
        "reports/vuosiraportti.md": """
            ---
            title: Vuosiraportti 2026
            ---
            ## Tavoitteiden eteneminen

            ```chart
            type: progress
            ```

            ```chart
            type: progress
            focus_area: aikuiset
            ```
            """,
    ]

    @Test func everyGoalWithItsHeadingChartsAndTable() throws {
        let site = try TestSite.render(editing: Self.edits)
        let report = try #require(site["raportit/vuosiraportti/index.html"])
        let all = try #require(report.range(of: "<div class=\"goal-progress\" id=\"block-6\">"))
        let narrowed = try #require(report.range(of: "<div class=\"goal-progress\" id=\"block-10\">"))
        let first = String(report[all.lowerBound..<narrowed.lowerBound])
        #expect(first.contains("<h3 class=\"goal-progress-heading\" id=\"block-6-g1\"><a href=\"../../tavoitteet/mielenterveys/\">Nuorten mielenterveys paranee</a></h3>"))
        #expect(first.contains("<figure class=\"chart-block\" id=\"block-6-g1-1\">"))
        #expect(first.contains("<table class=\"data stack\" role=\"table\" id=\"block-6-g1-1-data\">"))
        #expect(first.contains("<p class=\"chart-summary\">"))
        // A goal without targets is named, not drawn.
        #expect(first.contains("<p class=\"goal-progress-untargeted\">Tavoitteet, joille ei ole asetettu tavoitetasoja: <a href=\"../../tavoitteet/tyo/\">Työllisyys paranee</a></p>"))
        #expect(!first.contains("id=\"block-6-g2\""))
        // Narrowed to a focus area: the other area's goal is not there.
        let second = String(report[narrowed.lowerBound...])
        #expect(!second.contains("mielenterveys"))
        #expect(second.contains("../../tavoitteet/tyo/"))
    }

    @Test func swedishPageLinksTheSwedishGoal() throws {
        let site = try TestSite.render(editing: Self.edits)
        let report = try #require(site["sv/raportit/vuosiraportti/index.html"])
        #expect(report.contains("<h3 class=\"goal-progress-heading\" id=\"block-6-g1\"><a href=\"../../tavoitteet/mielenterveys/\">Ungas psykiska hälsa förbättras</a></h3>"))
        #expect(report.contains("Mål utan målnivåer: <a href=\"../../tavoitteet/tyo/\" lang=\"fi\">Työllisyys paranee</a>"))
    }

    @Test func anAreaWithoutGoalsSaysSo() throws {
        var edits = Self.edits
        edits["goals/tyo.md"] = nil
        let site = try TestSite.render(editing: edits)
        let report = try #require(site["raportit/vuosiraportti/index.html"])
        #expect(report.contains("<div class=\"goal-progress\" id=\"block-10\">\n<p class=\"empty\">Ei tavoitteita.</p>\n</div>"))
    }

    @Test func headingsOfTheBodyKeepTheirIds() throws {
        let site = try TestSite.render(editing: Self.edits)
        let report = try #require(site["raportit/vuosiraportti/index.html"])
        #expect(report.contains("<h2 id=\"h-tavoitteiden-eteneminen\">"))
        #expect(HTMLInspector(html: report).ids.contains("block-6-g1"))
    }
}
