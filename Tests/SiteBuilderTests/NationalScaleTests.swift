import Foundation
import Testing
@testable import SiteBuilder

/// A plan with many municipalities (a national one has 308) keeps its pages readable and their size
/// independent of that number: a card compares a municipality with its neighbours in the ranking, and
/// the indicator's trend leaves out the municipalities' light lines.
@Suite struct NationalScaleTests {
    @Test func cardsCompareWithNeighboursAndTrendsLeaveOutTheCrowd() throws {
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
        // 47 municipalities, lower is better: kunta-01 (0.5) first, kunta-30 (15.0) 30th, Aakkola (18.1)
        // 37th, Öölahti (no value) last; the summary ranks among the 46 with a value.
        let card = try String(contentsOf: output.appendingPathComponent("kunnat/kunta-30/index.html"), encoding: .utf8)
        #expect(card.contains("Kuntien vertailu 2023: Ahdistuneisuus (sijat 20–40/47)"))
        let figure = try #require(card.components(separatedBy: "id=\"chart-ahdistus-compare\"").dropFirst().first)
        let svg = try #require(figure.components(separatedBy: "</svg>").first)
        #expect(svg.components(separatedBy: "<g class=\"bar").count - svg.components(separatedBy: "<g class=\"bars").count == 21)
        #expect(figure.contains("sijalla 30/46"))
        // The data table: the same 21 municipalities, then the region and the country.
        let table = try #require(figure.components(separatedBy: "<table").dropFirst().first?.components(separatedBy: "</table>").first)
        #expect(table.components(separatedBy: "<tr").count - 2 == 21 + 2)
        #expect(table.contains(">Kunta 20<") && table.contains(">Kunta 39<") && table.contains(">Aakkolan kunta<"))
        #expect(!table.contains(">Kunta 19<") && !table.contains(">Kunta 40<") && !table.contains(">Öölahden kunta<"))
        // The first of the ranking sees ranks 1–21.
        let first = try String(contentsOf: output.appendingPathComponent("kunnat/kunta-01/index.html"), encoding: .utf8)
        #expect(first.contains("(sijat 1–21/47)"))
        let indicator = try String(contentsOf: output.appendingPathComponent("indikaattorit/ahdistus/index.html"), encoding: .utf8)
        #expect(!indicator.contains("Muut kunnat"))
        #expect(!indicator.contains("(sijat "))
    }
}
