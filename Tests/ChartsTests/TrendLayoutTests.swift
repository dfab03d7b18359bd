import Testing
@testable import Charts

private func yearly(_ years: ClosedRange<Int>, _ value: (Int) -> Double) -> [Int: Double] {
    Dictionary(uniqueKeysWithValues: years.map { ($0, value($0)) })
}

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.001 }

/// The trend chart's placements, checked on the layout before any SVG is written.
@Suite struct TrendLayoutTests {
    /// Four areas over five years, values 10–20; the region misses 2022. All three strong lines end at 18.
    static let chart = TrendChart(
        id: "t", title: "T", summary: "S", years: 2020...2024,
        series: [.init(name: "Muu", values: yearly(2020...2024) { 10 + Double($0 - 2020) }, emphasis: .other),
                 .init(name: "Alue", values: [2020: 12, 2021: 14, 2023: 16, 2024: 18], emphasis: .region),
                 .init(name: "Maa", values: yearly(2020...2024) { 11 + Double($0 - 2020) * 1.75 }, emphasis: .country),
                 .init(name: "Kunta", values: yearly(2020...2024) { 20 - Double($0 - 2020) * 0.5 }, emphasis: .highlight)],
        othersLabel: "Muut", format: GoldenSVG.finnish)

    @Test func valueScaleCoversTheData() {
        let layout = TrendLayout(Self.chart)
        #expect(layout.valueTicks.map(\.label) == ["10", "12", "14", "16", "18", "20"].map { $0 + "\u{00A0}%" })
        // The lowest tick on the plot's bottom, the highest a plot height above it.
        #expect(layout.plotBottom == 278)
        #expect(layout.valueTicks.map(\.position) == [278, 230, 182, 134, 86, 38])
        let ys = layout.lines.flatMap { $0.points.map(\.y) }
        #expect(ys.min() == 38 && ys.max() == 278)
        // Years from the first to the last, kept off the frame at both ends.
        #expect(layout.yearTicks.map(\.label) == ["2020", "2021", "2022", "2023", "2024"])
        #expect(close(layout.yearTicks.first!.position, layout.plotLeft + TrendChart.edgePad))
        #expect(close(layout.yearTicks.last!.position, layout.plotRight - TrendChart.edgePad))
        #expect(layout.zeroY == nil)
    }

    @Test func linesInDrawingOrderWithGapsAsRuns() {
        let layout = TrendLayout(Self.chart)
        #expect(layout.lines.map(\.style.cssClass) == ["series other", "series country", "series region", "series highlight"])
        let region = layout.lines[2]
        // 2022 is missing: two runs of two points, no point invented for the gap.
        #expect(region.points.map(\.y) == [230, 182, 134, 86])
        #expect(region.runs == [0..<2, 2..<4])
        #expect(layout.lines[0].runs == [0..<5])
    }

    @Test func endLabelsDoNotOverlap() {
        let layout = TrendLayout(Self.chart)
        // All three end at 18 (y 86): the first keeps its place, the others step down by the label gap.
        #expect(layout.directLabels.map(\.text) == ["Alue", "Maa", "Kunta"])
        #expect(layout.directLabels.map(\.endY) == [86, 86, 86])
        #expect(layout.directLabels.map(\.centre) == [86, 100, 114])
        #expect(layout.directLabels.map(\.leader) == [false, true, true])
        #expect(layout.labelColumn == layout.plotRight + 8)
    }

    @Test func legendInOrderWithTheOthersLast() {
        let layout = TrendLayout(Self.chart)
        #expect(layout.legend.map(\.text) == ["Alue", "Maa", "Kunta", "Muut"])
        #expect(layout.legend.allSatisfy { $0.y == 12 })
        #expect(layout.legend[0].x == 0)
        let xs = layout.legend.map(\.x)
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 })
        #expect(close(xs[1], 84.912))
    }

    @Test func markerLabelsAvoidEachOther() {
        let chart = TrendChart(
            id: "m", title: "T", summary: "S", years: 2020...2024,
            series: [.init(name: "Alue", values: yearly(2020...2023) { 10 + Double($0 - 2020) }, emphasis: .region)],
            markers: [.init(label: "Lähtötaso 2020", year: 2020, value: 10), .init(label: "Tavoite 2024", year: 2024, value: 15),
                      .init(label: "Välitavoite 2024", year: 2024, value: 14.5)],
            format: GoldenSVG.finnish)
        let layout = TrendLayout(chart)
        #expect(layout.markers.map(\.kind) == [.baseline, .target, .target])
        #expect(layout.markers.map(\.y) == [278, 38, 62])
        // The baseline's label fits above it; the target at the top goes below, and the intermediate
        // target's label, crowded out above, below its own diamond.
        #expect(layout.markers.map(\.labelY) == [266, 60, 84])
        #expect(close(layout.markers[0].labelX, layout.plotLeft))
        // The line ends a year before the range: its label stands right after its end, inside the plot.
        #expect(layout.plotRight == TrendChart.width - 10)
        #expect(close(layout.labelColumn, layout.directLabels[0].endX + 12))
    }
}
