import Foundation
import PlanLoader
import PlanModel
import Testing
@testable import SotkanetImport

/// The example plan in content/ is a fictional region: none of its organisations may carry a real
/// region's code or Sotkanet id, or an import into it would write strangers' figures.
@Suite struct ExamplePlanTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    static func realRegions() throws -> [SotkanetRegion] {
        var regions: [SotkanetRegion] = []
        for name in ["real/regions-2015.json", "real/regions-welfare-2023.json"] {
            var problems: [Diagnostic] = []
            let path = ImportFixture.sotkanet(name)
            guard case .regions(let list)? = SotkanetFile.read(try String(contentsOfFile: path, encoding: .utf8), path: path, problems: &problems)
            else { throw CocoaError(.fileReadCorruptFile) }
            regions += list
        }
        return regions
    }

    @Test func noOrganisationHasARealRegionsNumbers() throws {
        let plan = try #require(ContentLoader(path: Self.example.path).load().plan)
        let regions = try Self.realRegions()
        let byID = Dictionary(regions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(regions.filter { $0.category == "KUNTA" }.count == 320)
        var checked = 0
        for organization in plan.organizations {
            if let id = organization.sotkanetID {
                // Only the whole country is real, and it is Sotkanet's country.
                #expect(organization.kind == .country && byID[id]?.category == "MAA", "\(organization.id): sotkanet_id \(id) is \(byID[id]?.name ?? "?")")
            }
            guard let code = organization.code, let category = RegionMatcher.categories[organization.kind] else { continue }
            checked += 1
            if organization.kind == .country {
                #expect(code == "358")
                continue
            }
            let taken = regions.filter { $0.category == category && RegionMatcher.normal($0.code ?? "") == RegionMatcher.normal(code) }
            #expect(taken.isEmpty, "\(organization.id): code \(code) is \(taken.map(\.name))")
            #expect(WelfareRegionRenumbering.region(oldCode: code) == nil || organization.kind != .welfareRegion)
        }
        #expect(checked == 13)   // eleven municipalities, the region and the country
    }

    /// An import into the example brings only the country's figures and says why the rest get none.
    @Test func anImportIntoTheExampleExplainsItself() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.example, to: content)
        let before = try String(contentsOf: content.appendingPathComponent("data/tyottomat.csv"), encoding: .utf8)

        // The real population export, as if it were the example's unemployment indicator (181).
        var problems: [Diagnostic] = []
        let csv = try String(contentsOfFile: ImportFixture.sotkanet("real/data-127-2009.csv"), encoding: .utf8)
            .replacingOccurrences(of: "\r\n127;", with: "\r\n181;")
        var input = SotkanetImporter.Input()
        input.add(try #require(SotkanetFile.read(csv, path: "data-181.csv", problems: &problems)))
        input.regions = try Self.realRegions()
        let report = SotkanetImporter(content: content.path).run(input)

        #expect(!report.diagnostics.hasErrors)
        let unmatched = report.diagnostics.filter { $0.message.hasPrefix("Sotkanet has no ") }.map { $0.location!.path.split(separator: "/").last! }
        #expect(unmatched.count == 12 && unmatched.contains("kuusisto.yaml") && unmatched.contains("pohjois-esimerkki.yaml"))
        let after = try String(contentsOf: content.appendingPathComponent("data/tyottomat.csv"), encoding: .utf8)
        #expect(after.count > before.count)
        #expect(after.replacingOccurrences(of: "koko-maa,2009,5351427,total\n", with: "") == before)
    }
}
