import Foundation
import PlanLoader
@_spi(Loading) import PlanModel
import Testing

/// The new content as hyte reads it: no error and no warning, whatever the languages and region.
@Suite struct LoadTests {
    @Test(arguments: Scaffolds.languageSets + ["sv", "en,fi"])
    func theNewContentLoadsWithoutDiagnostics(_ languages: String) throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Scaffolds.scaffold(languages).write(to: root)
        let result = ContentLoader(directory: root.appendingPathComponent("content"), displayPath: "content").load()
        #expect(result.diagnostics.map(\.description) == [])
        let plan = try #require(result.plan)
        #expect(plan.site.languages.map(\.rawValue) == languages.split(separator: ",").map(String.init))
        #expect(plan.region?.id == "esimerkin-hyvinvointialue")
        #expect(plan.goals.count == 1 && plan.measures.count == 1 && plan.indicators.count == 1 && plan.events.count == 2)
        // The goal shows how to link another content file, in every language's body.
        for source in plan.goals[0].body.sources.values {
            #expect(source.contentLinks["../measures/liikkuva-koulupaiva.md"]?.target == .entity(.measure, "liikkuva-koulupaiva"))
        }
    }

    @Test func anUnusualRegionNameStillLoads() throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Scaffolds.scaffold("fi,sv", region: "Åland & \"Öja\": #1 {x}").write(to: root)
        let result = ContentLoader(directory: root.appendingPathComponent("content"), displayPath: "content").load()
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.plan?.organization("aland-oja-1-x")?.name.values[.sv] == "Åland & \"Öja\": #1 {x}")
    }
}
