import Testing
@testable import Charts

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.001 }

/// The compare chart's placements, checked on the layout before any SVG is written.
@Suite struct CompareLayoutTests {
    static func chart(references: [CompareChart.Reference]) -> CompareChart {
        CompareChart(id: "c", title: "T", summary: "S",
                     bars: [.init(name: "A", value: 8), .init(name: "B", value: nil),
                            .init(name: "C", value: -2, highlighted: true), .init(name: "D", value: 5)],
                     references: references, missingLabel: "ei tietoa", format: GoldenSVG.finnish)
    }

    static let nearReferences = chart(references: [.init(name: "Alue", value: 4), .init(name: "Maa", value: 4.2),
                                          .init(name: "Rikki", value: .nan)])

    @Test func rowsInTheGivenOrder() {
        let layout = CompareLayout(Self.nearReferences)
        #expect(layout.rows.map(\.name) == ["A", "B", "C", "D"])
        #expect(layout.rows.map(\.highlighted) == [false, false, true, false])
        // One reference row above the bars, then a row height per bar.
        #expect(layout.barsTop == 27 && layout.barsBottom == 123)
        #expect(layout.rows.map(\.centre) == [39, 63, 87, 111])
        #expect(layout.height == 151)
    }

    @Test func barsStartAtZero() throws {
        let layout = CompareLayout(Self.nearReferences)
        #expect(layout.ticks.map(\.label) == ["\u{2212}2", "0", "2", "4", "6", "8"].map { $0 + "\u{00A0}%" })
        #expect(layout.ticks[1].x == layout.zeroX)
        let a = try #require(layout.rows[0].bar), c = try #require(layout.rows[2].bar)
        // A positive bar runs right from zero, a negative one left up to it; 8 is four times 2.
        #expect(a.x == layout.zeroX)
        #expect(close(c.x + c.width, layout.zeroX))
        #expect(close(a.width, 4 * c.width))
        #expect(a.y == 39 - CompareChart.barHeight / 2 && a.height == CompareChart.barHeight)
        // Values beyond the bar ends, outside the bar; a missing value has neither bar nor value.
        #expect(layout.rows.map { $0.value?.text } == ["8,0", nil, "\u{2212}2,0", "5,0"])
        #expect(close(try #require(layout.rows[0].value).x, a.x + a.width + 4))
        #expect(try #require(layout.rows[2].value).anchorEnd)
        #expect(close(try #require(layout.rows[2].value).x, c.x - 4))
        #expect(layout.rows[1].bar == nil)
        #expect(layout.missingX == layout.zeroX + 6)
        // The highest value and its label fit inside the chart.
        #expect(try #require(layout.rows[0].value).x + TrendChart.room("8,0", fontSize: 12) <= CompareChart.width - 8)
    }

    @Test func closeReferencesGoBesideTheirLines() {
        let layout = CompareLayout(Self.nearReferences)
        // The non-finite reference is left out.
        #expect(layout.references.map(\.text) == ["Alue\u{00A0}4,0\u{00A0}%", "Maa\u{00A0}4,2\u{00A0}%"])
        let (region, country) = (layout.references[0], layout.references[1])
        #expect(region.x < country.x)
        // Too close to centre either label on its line: the region's goes left, the country's right,
        // both lines reach up beside their labels in the first row.
        let regionWidth = TrendChart.room(region.text, fontSize: 12)
        #expect(close(region.labelX + regionWidth, region.x - 5))
        #expect(close(country.labelX, country.x + 5))
        #expect(layout.references.map(\.lineTop) == [5, 5])
        #expect(layout.references.map(\.labelY) == [13, 13])
    }

    @Test func crowdedReferencesStackIntoRows() {
        let layout = CompareLayout(Self.chart(references: [.init(name: "Alue", value: 4), .init(name: "Maa", value: 4.1),
                                                           .init(name: "Kolmas", value: 4.2)]))
        // The outer two go beside their lines in the first row; the middle one's label would cross a
        // neighbour's line there, so it takes a second row, centred on its line.
        #expect(layout.references.map(\.labelY) == [13, 30, 13])
        #expect(layout.references.map(\.lineTop) == [5, 17 + CompareChart.referenceRowHeight, 5])
        #expect(layout.barsTop == 2 * CompareChart.referenceRowHeight + 10)
    }
}
