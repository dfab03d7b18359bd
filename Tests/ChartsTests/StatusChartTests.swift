import Foundation
import Testing
@testable import Charts

@Suite struct StatusChartTests {
    static let statuses = [
        StatusChart.Status(key: "planned", label: "Suunniteltu"),
        StatusChart.Status(key: "ongoing", label: "Käynnissä"),
        StatusChart.Status(key: "done", label: "Valmis"),
        StatusChart.Status(key: "delayed", label: "Viivästynyt"),
        StatusChart.Status(key: "cancelled", label: "Peruttu"),
    ]

    static func chart(_ id: String, _ rows: [StatusChart.Row], statuses: [StatusChart.Status] = statuses) -> Chart {
        StatusChart(id: id, title: "Toimenpiteiden tilanne", summary: "Toimenpiteitä tilanteen mukaan.",
                    statuses: statuses, rows: rows).draw()
    }

    static func texts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { part in
            guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</text>") else { return nil }
            return String(part[part.index(after: open)..<close.lowerBound])
        }
    }

    static func count(_ needle: String, in svg: String) -> Int { svg.components(separatedBy: needle).count - 1 }

    static func viewBoxHeight(_ svg: String) -> Double? {
        guard let range = svg.range(of: "viewBox=\"0 0 720 ") else { return nil }
        return Double(svg[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func overall() throws {
        let chart = Self.chart("s-all", [StatusChart.Row(name: "Kaikki toimenpiteet", counts: [2, 24, 6, 4, 1])])
        try GoldenSVG.check(chart, "status-overall")
        let svg = chart.svg
        // Patterns are defined once, with the chart's id, and used by the segments and the legend.
        #expect(Self.count("<defs>", in: svg) == 1)
        for pattern in ["dots", "stripes", "cross"] {
            #expect(Self.count("<pattern id=\"s-all-\(pattern)\"", in: svg) == 1)
            #expect(Self.count("fill=\"url(#s-all-\(pattern))\"", in: svg) == 2)
        }
        // Solid statuses use their colour.
        #expect(svg.contains("class=\"status-ongoing\" x=") && svg.contains("fill=\"#2f6fb3\""))
        // The counts and the total are written out.
        let texts = Self.texts(svg)
        for count in ["24", "6", "4", "37"] { #expect(texts.contains(count), "missing \(count)") }
        for status in Self.statuses { #expect(texts.contains(status.label)) }
        #expect(texts.contains("Kaikki toimenpiteet"))
        // Every segment also has its words for hovering.
        #expect(svg.contains("<title>Käynnissä: 24</title>"))
        let expected: Double = 6 + 22 + 6 + 34 + 6
        #expect(Self.viewBoxHeight(svg) == expected)
    }

    @Test func textColoursMeetContrast() {
        for (key, style) in Palette.status {
            let text = StatusChart.textColor(on: style.fill)
            #expect(StatusChart.contrast(text, style.fill) >= 4.5, "\(key) \(style.fill) with \(text)")
        }
        #expect(StatusChart.textColor(on: "#c9d6e8") == Palette.text)
        #expect(StatusChart.textColor(on: "#2f6fb3") == "#ffffff")
        #expect(StatusChart.textColor(on: "#2d6a2e") == "#ffffff")
        #expect(StatusChart.textColor(on: "#c2711a") == Palette.text)
        #expect(StatusChart.textColor(on: "#8c8c8c") == Palette.text)
    }

    @Test func byFocusArea() throws {
        let rows = [
            StatusChart.Row(name: "Kaikki toimenpiteet", counts: [5, 30, 12, 6, 2]),
            StatusChart.Row(name: "Lasten, nuorten ja perheiden hyvinvointi", counts: [1, 8, 3, 2, 0]),
            StatusChart.Row(name: "Mielenterveys- ja päihdetyö sekä riippuvuuksien ehkäisy ja hoito", counts: [2, 6, 1, 1, 1]),
            StatusChart.Row(name: "Osallisuus, yhteisöllisyys ja turvallinen arki", counts: [0, 5, 4, 0, 0]),
            StatusChart.Row(name: "Työikäisten toimintakyky", counts: [1, 7, 2, 3, 1]),
            StatusChart.Row(name: "Ikääntyneiden kotona asumisen tukeminen ja kaatumisten ehkäisy", counts: [1, 4, 2, 0, 0]),
        ]
        let chart = Self.chart("s-areas", rows)
        try GoldenSVG.check(chart, "status-by-focus-area")
        let svg = chart.svg
        #expect(Self.count("<defs>", in: svg) == 1)
        #expect(Self.count("<g class=\"row\">", in: svg) == 6)
        let expected: Double = 6 + 22 + 6 + 6 * 34 + 6
        #expect(Self.viewBoxHeight(svg) == expected)
        let texts = Self.texts(svg)
        for total in ["55", "14", "11", "9", "7"] { #expect(texts.contains(total), "missing total \(total)") }
        // Long names wrap onto two lines and are shortened past them.
        #expect(texts.contains("Lasten, nuorten ja perheiden"))
        #expect(texts.contains { $0.hasSuffix("…") })
        for text in texts { #expect(TextFit.width(text, fontSize: 12) <= 720) }
    }

    @Test func emptyRow() throws {
        let chart = Self.chart("s-empty", [
            StatusChart.Row(name: "Kaikki toimenpiteet", counts: [1, 2, 0, 0, 0]),
            StatusChart.Row(name: "Elinvoima", counts: [0, 0, 0, 0, 0]),
            StatusChart.Row(name: "Liikkuminen", counts: []),
        ])
        try GoldenSVG.check(chart, "status-empty-row")
        #expect(Self.count("class=\"empty\"", in: chart.svg) == 2)
        #expect(Self.texts(chart.svg).filter { $0 == "0" }.count == 2)
    }

    @Test func singleStatus() throws {
        let chart = Self.chart("s-single", [
            StatusChart.Row(name: "Kaikki toimenpiteet", counts: [0, 0, 9, 0, 0]),
            StatusChart.Row(name: "Ikääntyneet", counts: [0, 0, 0, 0, 3]),
        ])
        try GoldenSVG.check(chart, "status-single-status")
        let svg = chart.svg
        // One full-width segment per row.
        #expect(svg.contains("class=\"status-done\" x=\"228\" y=\"") && svg.contains("width=\"440\" height=\"22\" fill=\"url(#s-single-lines)\""))
        #expect(svg.contains("width=\"440\" height=\"22\" fill=\"url(#s-single-cross)\""))
        #expect(Self.texts(svg).filter { $0 == "9" }.count == 2)  // in the segment and as the total
    }

    @Test func onlySolidStatusesNeedNoDefs() {
        // Only "ongoing" is solid; every other status carries a pattern so it is not told by colour alone.
        let chart = Self.chart("s-solid", [StatusChart.Row(name: "Kaikki", counts: [3])],
                               statuses: [Self.statuses[1]])
        #expect(!chart.svg.contains("<defs>"))
        #expect(!chart.svg.contains("url(#"))
        #expect(!chart.svg.contains("NaN") && !chart.svg.contains("inf"))
    }

    @Test func narrowSegmentsOmitTheirCount() {
        let chart = Self.chart("s-narrow", [StatusChart.Row(name: "Kaikki", counts: [1, 500, 0, 0, 0])])
        let texts = Self.texts(chart.svg)
        #expect(texts.contains("500") && texts.contains("501"))
        #expect(!texts.contains("1"))
        #expect(chart.svg.contains("<title>Suunniteltu: 1</title>"))
    }
}
