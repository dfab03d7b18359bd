import Foundation
import PlanLoader
import PlanModel
import Testing
@testable import SotkanetImport

/// Imports of real Sotkanet responses (Fixtures/real, origins in its ORIGINS.md) into a plan whose
/// municipalities are Helsinki ("091") and Asikkala ("016") and whose country is "358", none of them
/// with a sotkanet_id: codes collide across Sotkanet's categories, and each area must get its own figures.
@Suite struct RealSampleTests {
    static let population = ["real/data-127-2009.csv", "real/regions-2015.json"]

    @Test func eachAreaGetsExactlyItsOwnFigures() throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        let report = fixture.run(Self.population)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        // Helsinki is KUNTA 46, not Lappeenrannan seutukunta (541, also "091"); Asikkala is KUNTA 9, not
        // Vaasa's hospital district (614, "16"), Loviisan seutukunta (515, "016"), Keski-Pohjanmaa (502)
        // or the Åland ELY centre (936); the country is MAA 658 ("358"), not Finland among the countries of Europe.
        #expect(fixture.text("data/vakiluku.csv") == """
            area,year,value
            asikkala,2008,8600
            asikkala,2009,8551
            helsinki,2009,583350
            suomi,2009,5351427

            """)
        let summary = try #require(report.summary.first)
        #expect(summary.contains("skipped 30 rows of 30 regions the plan does not know, by Sotkanet's category:\n    SAIRAANHOITOPIIRI: 21 rows ("))
        #expect(summary.contains("    SEUTUKUNTA: 3 rows (Loviisan seutukunta (515), Kotka-Haminan seutukunta (540), Lappeenrannan seutukunta (541))"))
        #expect(summary.contains("    not in the region list: 1 row (region 730)"))

        let before = try fixture.snapshot()
        let again = fixture.run(Self.population)
        #expect(again.written.isEmpty)
        #expect(try fixture.snapshot() == before)
    }

    @Test func hospitalDistrictsAloneGiveAMunicipalityNothing() throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        let before = try fixture.snapshot()
        let report = fixture.run(["real/data-127-2009-hospital-districts.csv", "real/regions-2015.json"])
        #expect(!report.diagnostics.hasErrors)
        #expect(try fixture.snapshot() == before)
        #expect(report.summary.first?.contains("vakiluku.csv: no rows for the plan's areas\n") == true)
        #expect(report.summary.first?.contains("SAIRAANHOITOPIIRI: 21 rows") == true)
    }

    @Test func aSotkanetIDWinsOverTheCode() throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        // Region 541 is Lappeenrannan seutukunta: named by id, its figures are this organisation's
        // whatever its code says, and Helsinki's own row (KUNTA 46, "091") is not.
        try fixture.write("name: Helsingin kaupunki\nkind: municipality\ncode: \"091\"\nsotkanet_id: 541\n", to: "organizations/helsinki.yaml")
        _ = fixture.run(Self.population)
        #expect(fixture.text("data/vakiluku.csv")?.contains("helsinki,2009,88891\n") == true)
        #expect(fixture.text("data/vakiluku.csv")?.contains("583350") == false)
    }

    @Test func withoutTheRegionListOnlySotkanetIDsMatch() throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        try fixture.write("name: Koko maa\nkind: country\nsotkanet_id: 658\n", to: "organizations/suomi.yaml")
        let report = fixture.run(["real/data-127-2009.csv"])
        #expect(fixture.text("data/vakiluku.csv") == "area,year,value\nasikkala,2008,8600\nsuomi,2009,5351427\n")
        let summary = try #require(report.summary.first)
        #expect(summary.contains("    no region list: 32 rows"))
        #expect(summary.contains("without Sotkanet's region list only sotkanet_id matches; add the file of https://sotkanet.fi/rest/1.1/regions to match by code"))
    }

    @Test func aCodeSotkanetDoesNotHaveIsExplained() throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        try fixture.write("name: Esimerkin kunta\nkind: municipality\ncode: \"713\"\n", to: "organizations/helsinki.yaml")
        let report = fixture.run(Self.population)
        #expect(report.diagnostics.map(\.description).contains(
            "\(fixture.content.path)/organizations/helsinki.yaml:3:7: warning: Sotkanet has no KUNTA region with code \"713\", so helsinki gets no figures from it; "
                + "check the code (the municipality's official number), or write the region's sotkanet_id"))
    }

    // MARK: The 2023 renumbering of the welfare regions

    /// The municipalities' and the country's ids did not change in 2023: the 2015 list still finds them.
    static let diabetes = ["real/data-683-2015.csv", "real/regions-welfare-2023.json", "real/regions-2015.json"]

    /// Varsinais-Suomi's old code "1" is Itä-Uusimaa's new code "01": the region is told by its name.
    @Test(arguments: [
        ("code: \"1\"", "9.6", "code \"1\" is Varsinais-Suomen hyvinvointialue's code from before Sotkanet renumbered the welfare regions in 2023; it is now Itä-Uudenmaan hyvinvointialue's"),
        ("code: \"1\"\nsotkanet_id: 898", "9.6", "sotkanet_id 898 is Varsinais-Suomen hyvinvointialue's id from before Sotkanet renumbered the welfare regions in 2023"),
        ("code: \"05\"", "9.6", nil),
        ("code: \"05\"\nsotkanet_id: 978", "9.6", nil),
    ] as [(String, String, String?)])
    func anOldNumberGetsTheRightRegionAndAWarning(_ numbers: String, _ value: String, _ warning: String?) throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        try fixture.write("name: Varsinais-Suomen hyvinvointialue\nkind: welfare-region\n\(numbers)\n", to: "organizations/paijat-hame.yaml")
        let report = fixture.run(Self.diabetes)
        #expect(!report.diagnostics.hasErrors)
        #expect(fixture.text("data/diabeteslaakkeet.csv")?.contains("paijat-hame,2015,\(value)\n") == true)
        let warnings = report.diagnostics.filter { $0.location!.path.hasSuffix("paijat-hame.yaml") }
        #expect(warnings.map(\.message) == (warning.map { [$0] } ?? []))
        if warning != nil { #expect(warnings.first?.hint == (numbers.contains("898") ? "write sotkanet_id: 978 and code: \"05\"" : "write code: \"05\" (Sotkanet's region 978)")) }
    }

    @Test func aNewCodeThatWasAnotherRegionsOldOneIsTheNewRegion() throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        try fixture.write("name: {fi: Itä-Uudenmaan hyvinvointialue, sv: Östra Nylands välfärdsområde}\nkind: welfare-region\ncode: \"1\"\n",
                          to: "organizations/paijat-hame.yaml")
        let report = fixture.run(Self.diabetes)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(fixture.text("data/diabeteslaakkeet.csv")?.contains("paijat-hame,2015,9.1\n") == true)
        // Helsinki the municipality (KUNTA 46), not the city's welfare-region entry (960), though the figure is the same.
        #expect(fixture.text("data/diabeteslaakkeet.csv")?.contains("helsinki,2015,7.7\n") == true)
    }

    /// An export made before 2023 names Varsinais-Suomi by its old id 898: the rows still reach the
    /// organisation written with the new code.
    @Test func rowsOfAnOldExportReachTheRenumberedRegion() throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        try fixture.write("name: Varsinais-Suomen hyvinvointialue\nkind: welfare-region\ncode: \"05\"\n", to: "organizations/paijat-hame.yaml")
        let real = try String(contentsOfFile: ImportFixture.sotkanet("real/data-683-2015.csv"), encoding: .utf8)
        #expect(real.contains("683,978,2015,total,9.6,24631\n"))
        let old = fixture.root.appendingPathComponent("old-export.csv")
        try real.replacingOccurrences(of: "683,978,2015,total,9.6,24631\n", with: "683,898,2015,total,9.6,24631\n")
            .write(to: old, atomically: true, encoding: .utf8)
        let report = fixture.run([old.path, "real/regions-welfare-2023.json", "real/regions-2015.json"])
        #expect(!report.diagnostics.hasErrors)
        #expect(fixture.text("data/diabeteslaakkeet.csv")?.contains("paijat-hame,2015,9.6\n") == true)
    }

    @Test func regionNamesInEitherLanguage() {
        #expect(WelfareRegionRenumbering.region(named: ["Södra Österbottens välfärdsområde"])?.id == 958)
        #expect(WelfareRegionRenumbering.region(named: ["Pohjanmaan hyvinvointialue"])?.id == 971)
        #expect(WelfareRegionRenumbering.region(named: ["Vantaan ja Keravan hyvinvointialue"])?.id == 977)
        #expect(WelfareRegionRenumbering.region(named: ["Pohjois-Esimerkin hyvinvointialue"]) == nil)
        #expect(WelfareRegionRenumbering.regions.count == 23)
        #expect(Set(WelfareRegionRenumbering.regions.map(\.id)).count == 23)
        #expect(Set(WelfareRegionRenumbering.regions.compactMap(\.oldID)).isDisjoint(with: WelfareRegionRenumbering.regions.map(\.id)))
    }

    // MARK: Never blanking figures silently

    @Test func rowsWithoutAValueFieldAreAnError() throws {
        let path = ImportFixture.sotkanet("real/oskari-parsed-127-2009.json")
        var problems: [Diagnostic] = []
        let file = SotkanetFile.read(try String(contentsOfFile: path, encoding: .utf8), path: path, problems: &problems)
        guard case .data(let rows)? = file else { Issue.record("not read as data rows"); return }
        #expect(rows.isEmpty)
        #expect(problems.map(\.description) == [
            "\(path):1:2: error: no row of this file has a 'value' field: it has 'gender', 'indicator', 'primary value', 'region', 'year'; "
                + "Sotkanet's data rows carry the figure as 'value'; export the file again from https://sotkanet.fi/rest/1.1/json?indicator=…, or give the CSV export",
        ])
    }

    @Test func emptyingAFigureNeedsAllowGaps() throws {
        let fixture = try ImportFixture(plan: "real-plan")
        defer { fixture.remove() }
        _ = fixture.run(Self.population)
        let imported = try #require(fixture.text("data/vakiluku.csv"))
        // The same export with Asikkala's figure missing, as Sotkanet sends a figure it no longer publishes.
        let real = try String(contentsOfFile: ImportFixture.sotkanet("real/data-127-2009.csv"), encoding: .utf8)
        #expect(real.contains("127;9;2009;total;8551;\r\n"))
        let withdrawn = fixture.root.appendingPathComponent("withdrawn.csv")
        try real.replacingOccurrences(of: "127;9;2009;total;8551;\r\n", with: "127;9;2009;total;;\r\n").write(to: withdrawn, atomically: true, encoding: .utf8)

        let before = try fixture.snapshot()
        let refused = fixture.run([withdrawn.path, "real/regions-2015.json"])
        #expect(refused.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "\(fixture.content.path)/data/vakiluku.csv:3:1: error: asikkala, 2009, total: Sotkanet has no figure, and the import would empty 8551 here; "
                + "check that the export is the indicator's data; if Sotkanet has withdrawn the figure, import again with --allow-gaps",
        ])
        #expect(refused.summary == ["nothing was written"])
        #expect(try fixture.snapshot() == before)

        let allowed = fixture.run([withdrawn.path, "real/regions-2015.json"], allowGaps: true)
        #expect(allowed.diagnostics.filter { $0.severity == .warning && $0.location!.path.hasSuffix("vakiluku.csv") }.map(\.message)
            == ["asikkala, 2009, total: Sotkanet has no figure; 8551 becomes a gap (--allow-gaps)"])
        #expect(fixture.text("data/vakiluku.csv") == imported.replacingOccurrences(of: "asikkala,2009,8551\n", with: "asikkala,2009,\n"))
    }
}
