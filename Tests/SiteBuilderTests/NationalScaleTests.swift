import Foundation
import Testing
@testable import SiteBuilder

/// A plan with many municipalities (a national one has 308) keeps its pages readable and their size
/// independent of that number: a card gives the municipality's place in a table column instead of a
/// chart of every municipality, and the indicator's trend leaves out the municipalities' light lines.
@Suite struct NationalScaleTests {
    @Test func cardsRankInATableAndTrendsLeaveOutTheCrowd() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        var csv = try String(contentsOf: content.appendingPathComponent("data/ahdistus.csv"), encoding: .utf8)
        for n in 1...45 {
            let id = String(format: "kunta-%02d", n)
            try Data("name: Kunta \(n)\nkind: municipality\ncode: \"\(String(format: "%03d", 100 + n))\"\n".utf8)
                .write(to: content.appendingPathComponent("organizations/\(id).yaml"))
            csv += "\(id),2023,\(Double(n) / 2)\n".replacingOccurrences(of: "\n", with: ",total\n")
        }
        try Data(csv.utf8).write(to: content.appendingPathComponent("data/ahdistus.csv"))
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        #expect(outcome.diagnostics.contentProblems.filter { $0.severity == .error } == [])
        let output = root.appendingPathComponent("output")
        // 47 municipalities, lower is better: kunta-01 (0.5) first, kunta-30 (15.0) 30th among the 46 with
        // a value; Öölahti has none.
        let card = try String(contentsOf: output.appendingPathComponent("kunnat/kunta-30/index.html"), encoding: .utf8)
        let table = try #require(card.components(separatedBy: "id=\"indicators-table\"").dropFirst().first?.components(separatedBy: "</table>").first)
        #expect(table.contains("Sija kunnista"))
        #expect(table.contains(">30/46<"))
        #expect(!card.contains("chart-ahdistus-compare"))
        #expect(card.contains("id=\"chart-ahdistus-trend\""))
        let first = try String(contentsOf: output.appendingPathComponent("kunnat/kunta-01/index.html"), encoding: .utf8)
        #expect(first.contains(">1/46<"))
        let none = try String(contentsOf: output.appendingPathComponent("kunnat/oolahti/index.html"), encoding: .utf8)
        #expect(!none.contains("/46<"))
        let indicator = try String(contentsOf: output.appendingPathComponent("indikaattorit/ahdistus/index.html"), encoding: .utf8)
        #expect(!indicator.contains("Muut kunnat"))
        #expect(indicator.contains("id=\"chart-compare\""))
    }
}
