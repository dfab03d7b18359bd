import Foundation
import PlanLoader
import PlanModel
import Testing
@testable import SotkanetImport

/// Imports of exported files into the fixture plan, checked byte for byte.
@Suite struct SotkanetImporterTests {
    /// tyottomat.csv after data-181 (JSON or CSV): 9.0 stays as written (same value), 8.8 → 8.7 in its
    /// row, new years and genders beside their series, jarjesto's hand-kept row untouched, oolahti
    /// found by its code, the region by its code, gaps kept empty, Helsinki skipped.
    static let tyottomat = """
        area,year,value,group
        aakkola,2021,10.1,total
        aakkola,2022,9.0,total
        aakkola,2023,8.4,total
        aakkola,2023,7.6,female
        aakkola,2023,9.1,male
        jarjesto,2022,3.5,total
        testialue,2021,9.2,total
        testialue,2022,8.7,total
        testialue,2023,8.1,total
        oolahti,2022,12.5,total
        oolahti,2023,,total
        koko-maa,2021,,total
        koko-maa,2022,6.9,total
        koko-maa,2023,7,total

        """

    @Test(arguments: ["data-181.json", "data-181.csv"])
    func importsDataRows(_ data: String) throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let report = fixture.run([data, "indicator-181.json", "regions.json"])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(fixture.text("data/tyottomat.csv") == Self.tyottomat)
        #expect(fixture.text("indicators/tyottomat.yaml")?.contains(
            #"source: {name: "THL Sotkanet", sotkanet_id: 181, updated: 2025-03-12}   # the import adds the data's date here"#) == true)
        #expect(report.summary == ["""
            Sotkanet 181 → tyottomat
              \(fixture.content.path)/data/tyottomat.csv: 9 rows added, 1 changed, 2 unchanged, 2 without a value in Sotkanet (kept as gaps)
              \(fixture.content.path)/indicators/tyottomat.yaml: the data's date set to 2025-03-12
              skipped 2 rows of 1 region the plan does not know, by Sotkanet's category:
                KUNTA: 2 rows (Helsinki (91))
              a municipality, welfare region or the country matches by its code, any organisation by sotkanet_id
            """])
        // The plan loads with the imported data: the gap is a gap, not zero.
        let plan = try #require(ContentLoader(path: fixture.content.path).load().plan)
        let indicator = try #require(plan.indicator("tyottomat"))
        #expect(indicator.source.updated == Day(year: 2025, month: 3, day: 12))
        #expect(indicator.observations.first { $0.area == "oolahti" && $0.year == 2023 }?.value == nil)
        #expect(indicator.observations.first { $0.area == "aakkola" && $0.group == "male" }?.value == 9.1)
    }

    @Test func aSecondRunChangesNothing() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let files = ["data-181.csv", "indicator-181.json", "regions.json", "data-5555.json", "indicator-5555.json"]
        _ = fixture.run(files)
        let before = try fixture.snapshot()
        let again = fixture.run(files)
        #expect(again.diagnostics.isEmpty)
        #expect(again.written.isEmpty)
        #expect(try fixture.snapshot() == before)
        #expect(again.summary.first?.contains("no change (12 rows as they were)") == true)
        #expect(again.summary.last == "nothing changed")
        // The JSON export of the same data is the same data.
        _ = fixture.run(["data-181.json", "regions.json"])
        #expect(try fixture.snapshot() == before)
    }

    @Test func newDataChangesOnlyItsRows() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        _ = fixture.run(["data-181.json", "indicator-181.json", "regions.json"])
        let revised = #"[{"indicator":181,"region":611,"year":2023,"gender":"male","value":9.3},{"indicator":181,"region":611,"year":2024,"gender":"total","value":8.0}]"#
        let path = fixture.root.appendingPathComponent("revised.json")
        try revised.write(to: path, atomically: true, encoding: .utf8)
        var input = SotkanetImporter.Input()
        var problems: [Diagnostic] = []
        input.add(try #require(SotkanetFile.read(revised, path: path.path, problems: &problems)))
        let report = SotkanetImporter(content: fixture.content.path).run(input)
        #expect(report.diagnostics.isEmpty)
        #expect(fixture.text("data/tyottomat.csv") == Self.tyottomat
            .replacingOccurrences(of: "aakkola,2023,9.1,male\n", with: "aakkola,2023,9.3,male\n")
            .replacingOccurrences(of: "aakkola,2023,8.4,total\n", with: "aakkola,2023,8.4,total\naakkola,2024,8,total\n"))
        #expect(report.written == ["\(fixture.content.path)/data/tyottomat.csv"])
    }

    @Test func keepsTheFilesSeparatorAndDecimalCommaAndReplacesTheDate() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let report = fixture.run(["data-5270.json", "indicator-5270.json", "regions.json"])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(fixture.text("data/yksinaisyys.csv") == "area;year;value;group\ntestialue;2021;11,4;total\ntestialue;2023;12,0;total\ntestialue;2025;12,8;total\n")
        #expect(fixture.text("indicators/yksinaisyys.yaml")?.contains("  updated: 2025-09-30   # replaced with the date of new data\n") == true)
    }

    @Test func aNewIndicatorGetsItsFiles() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let report = fixture.run(["data-5555.json", "indicator-5555.json", "regions.json"])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(fixture.text("data/sotkanet-5555.csv") == """
            area,year,value,group
            testialue,2022,12.9,total
            testialue,2023,12.3,total
            aakkola,2022,14.25,total
            koko-maa,2022,10.1,total

            """)
        let yaml = try #require(fixture.text("indicators/sotkanet-5555.yaml"))
        #expect(yaml.contains("source: {name: THL Sotkanet, sotkanet_id: 5555, updated: 2025-06-01}"))
        #expect(report.summary.first?.contains("new indicator \(fixture.content.path)/indicators/sotkanet-5555.yaml: check its unit and choose better") == true)
        let loaded = ContentLoader(path: fixture.content.path).load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        let indicator = try #require(loaded.plan?.indicator("sotkanet-5555"))
        #expect(indicator.name.values[.sv] == "Låginkomstgrad bland barn")
        #expect(indicator.decimals == 1 && indicator.unit == "%" && indicator.better == .neutral)
    }

    @Test func asNamesTheNewIndicator() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let report = fixture.run(["data-5555.json", "indicator-5555.json"], as: "lapsiköyhyys".replacingOccurrences(of: "ö", with: "o"))
        #expect(report.diagnostics.isEmpty)
        #expect(fixture.text("indicators/lapsikoyhyys.yaml") != nil)
        // Without the region list the region, known by its code only, is skipped and counted.
        #expect(fixture.text("data/lapsikoyhyys.csv") == "area,year,value,group\naakkola,2022,14.25,total\nkoko-maa,2022,10.1,total\n")
        #expect(report.summary.first?.contains("skipped 2 rows of 1 region the plan does not know, by Sotkanet's category:\n    no region list: 2 rows (region 2026)") == true)
    }

    @Test func writesNothingWhenSomethingIsWrong() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let before = try fixture.snapshot()
        // A new indicator without its metadata, and an existing one in the same run.
        let report = fixture.run(["data-5555.json", "data-181.json", "regions.json"])
        let problem = try #require(report.diagnostics.first)
        #expect(problem.description.hasPrefix("\(ImportFixture.sotkanet("data-5555.json")):1:2: error: Sotkanet indicator 5555 is not in the plan yet and its metadata was not given"))
        #expect(problem.hint?.contains("/indicators/5555") == true)
        #expect(report.summary == ["nothing was written"])
        #expect(try fixture.snapshot() == before)
        // --as onto an indicator that is someone else's.
        let taken = fixture.run(["data-5555.json", "indicator-5555.json"], as: "tyottomat")
        #expect(taken.diagnostics.map(\.message) == ["indicator 'tyottomat' exists but does not name Sotkanet indicator 5555"])
        #expect(try fixture.snapshot() == before)
    }

    @Test func aPlanWithErrorsIsNotTouched() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        try "name: x\nkind: township\n".write(to: fixture.content.appendingPathComponent("organizations/virhe.yaml"), atomically: true, encoding: .utf8)
        let before = try fixture.snapshot()
        let report = fixture.run(["data-181.json", "indicator-181.json", "regions.json"])
        #expect(report.diagnostics.contains { $0.location!.path.hasSuffix("organizations/virhe.yaml") && $0.location!.line == 2 })
        #expect(report.summary == ["the plan has errors (above); fix them first (hyte check), then import again"])
        #expect(try fixture.snapshot() == before)
    }
}
