import Foundation
import Testing
import PlanLoader
@_spi(Loading) import PlanModel

/// The fixture plans on disk: a good one that loads clean, a broken one with its exact messages.
@Suite struct FixtureSiteTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    }

    @Test func goodSiteLoadsWithoutDiagnostics() throws {
        let result = ContentLoader(directory: try Self.fixture("good").appendingPathComponent("content"), displayPath: "content").load()
        #expect(result.diagnostics.map(\.description) == [
            "content/site.yaml:5:12: warning: 13 texts in 8 files have no 'sv' translation and show in 'fi'; run hyte check --translations for the list",
        ])
        let plan = try #require(result.plan)
        #expect(plan.goals.map(\.id) == ["mielenterveys"])
        #expect(plan.goal("mielenterveys")?.title.values[.sv] == "Ungas psykiska hälsa förbättras")
        #expect(plan.goal("mielenterveys")?.body.sources[.sv]?.firstLine == 4)
        // The baseline was left out: it comes from the data.
        #expect(plan.goal("mielenterveys")?.targets.first?.baseline.value == 17.2)
        #expect(plan.assets == ["logo.svg"])
    }

    @Test func brokenSiteReportsEveryDefectAtItsPlace() throws {
        let root = try Self.fixture("broken")
        let expected = try String(contentsOf: root.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let result = ContentLoader(directory: root.appendingPathComponent("content"), displayPath: "content").load()
        #expect(result.plan == nil)
        #expect(result.diagnostics.map(\.description) == expected)
    }
}
