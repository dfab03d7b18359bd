import Foundation
import Testing
@testable import Charts

@Suite struct ProgressChartTests {
    typealias P = ProgressChart.Point

    static func chart(_ id: String, baseline: P?, latest: P?, target: P, better: ProgressChart.Better,
                      track: String, trackLabel: String, format: ValueFormat = GoldenSVG.finnish,
                      betterLabel: String = "") -> Chart {
        ProgressChart(id: id, title: "Ylipainoisten osuus", summary: "Lähtötaso, viimeisin ja tavoite.",
                      baseline: baseline, latest: latest, target: target, better: better,
                      trackLabel: trackLabel, track: track, format: format, betterLabel: betterLabel).draw()
    }

    /// The x of a marker circle or the target diamond's top point.
    static func number(after marker: String, _ attribute: String, in svg: String) -> Double? {
        let rest: Substring
        if marker.isEmpty {
            rest = Substring(svg)
        } else {
            guard let start = svg.range(of: marker) else { return nil }
            rest = svg[start.upperBound...]
        }
        guard let attr = rest.range(of: " \(attribute)=\"") else { return nil }
        let value = rest[attr.upperBound...].prefix { $0 != "\"" }
        return Double(value)
    }

    static func texts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { part in
            guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</text>") else { return nil }
            return String(part[part.index(after: open)..<close.lowerBound])
        }
    }

    /// Text boxes of the marker words, estimated as the chart does: (x centre, baseline y, width).
    static func tagBoxes(_ svg: String) -> [(x: Double, y: Double, width: Double)] {
        svg.components(separatedBy: "<g class=\"tag").dropFirst().flatMap { group -> [(x: Double, y: Double, width: Double)] in
            let body = group.components(separatedBy: "</g>")[0]
            return body.components(separatedBy: "<text ").dropFirst().compactMap { part in
                guard let x = number(after: "", "x", in: " " + part), let y = number(after: "", "y", in: " " + part),
                      let open = part.firstIndex(of: ">"), let close = part.range(of: "</text>") else { return nil }
                let text = String(part[part.index(after: open)..<close.lowerBound])
                let bold = part.prefix(upTo: open).contains("font-weight=\"bold\"")
                return (x, y, TextFit.width(text, fontSize: 12) * (bold ? 1.1 : 1))
            }
        }
    }

    static func noTextOverlaps(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let boxes = tagBoxes(svg)
        for i in boxes.indices {
            for j in boxes.indices where j > i && abs(boxes[i].y - boxes[j].y) < 12 {
                let apart = abs(boxes[i].x - boxes[j].x) >= (boxes[i].width + boxes[j].width) / 2
                #expect(apart, "labels overlap: \(boxes[i]) and \(boxes[j])", sourceLocation: sourceLocation)
            }
            #expect(boxes[i].x - boxes[i].width / 2 >= 0 && boxes[i].x + boxes[i].width / 2 <= 720,
                    "label clipped: \(boxes[i])", sourceLocation: sourceLocation)
        }
    }

    @Test func onTrack() throws {
        let chart = Self.chart("p-on", baseline: P(label: "Lähtötaso 2019", year: 2019, value: 17.6),
                               latest: P(label: "Viimeisin 2023", year: 2023, value: 16.1),
                               target: P(label: "Tavoite 2029", year: 2029, value: 15.0),
                               better: .lower, track: "on", trackLabel: "Oikeaan suuntaan")
        try GoldenSVG.check(chart, "progress-on-track")
        let texts = Self.texts(chart.svg)
        #expect(texts.contains("Oikeaan suuntaan"))
        #expect(texts.contains("17,6\u{00A0}%") && texts.contains("16,1\u{00A0}%") && texts.contains("15,0\u{00A0}%"))
        // The year is already in the caller's label: not written twice.
        #expect(texts.contains("Lähtötaso 2019") && !texts.contains("Lähtötaso 2019 2019"))
        #expect(chart.svg.contains("class=\"track-bar track-on\" fill=\"#2d6a2e\""))
        #expect(chart.svg.contains("class=\"better better-lower\""))
        #expect(chart.svg.contains("marker-baseline") && chart.svg.contains("marker-latest") && chart.svg.contains("marker-target"))
        // Lower is better: the arrow is at the left end, pointing left.
        let baselineX = try #require(Self.number(after: "marker-baseline", "cx", in: chart.svg))
        let latestX = try #require(Self.number(after: "marker-latest", "cx", in: chart.svg))
        #expect(latestX < baselineX)
        // Nice ticks with room beyond the target at the edge: 14 … 18.
        #expect(ProgressChart.scale([17.6, 16.1, 15.0]) == [14, 15, 16, 17, 18])
        Self.noTextOverlaps(chart.svg)
    }

    @Test func offTrack() throws {
        let chart = Self.chart("p-off", baseline: P(label: "Lähtötaso 2020", year: 2020, value: 64.2),
                               latest: P(label: "Viimeisin 2024", year: 2024, value: 58.9),
                               target: P(label: "Tavoite 2029", year: 2029, value: 70),
                               better: .higher, track: "off", trackLabel: "Väärään suuntaan")
        try GoldenSVG.check(chart, "progress-off-track")
        #expect(Self.texts(chart.svg).contains("Väärään suuntaan"))
        #expect(chart.svg.contains("class=\"track-bar track-off\" fill=\"#8a1c0b\""))
        #expect(chart.svg.contains("class=\"better better-higher\""))
        Self.noTextOverlaps(chart.svg)
    }

    @Test func reached() throws {
        let chart = Self.chart("p-reached", baseline: P(label: "Lähtötaso 2019", year: 2019, value: 12.0),
                               latest: P(label: "Viimeisin 2024", year: 2024, value: 9.4),
                               target: P(label: "Tavoite 2029", year: 2029, value: 10.0),
                               better: .lower, track: "reached", trackLabel: "Tavoite saavutettu")
        try GoldenSVG.check(chart, "progress-reached")
        #expect(Self.texts(chart.svg).contains("Tavoite saavutettu"))
        #expect(chart.svg.contains("track-bar track-reached\" fill=\"#2d6a2e\""))
        Self.noTextOverlaps(chart.svg)
    }

    @Test func noLatest() throws {
        let chart = Self.chart("p-none", baseline: P(label: "Lähtötaso 2022", year: 2022, value: 31.5), latest: nil,
                               target: P(label: "Tavoite 2029", year: 2029, value: 25.0),
                               better: .lower, track: "none", trackLabel: "Ei vielä seurantatietoa")
        try GoldenSVG.check(chart, "progress-no-latest")
        #expect(Self.texts(chart.svg).contains("Ei vielä seurantatietoa"))
        #expect(!chart.svg.contains("marker-latest") && !chart.svg.contains("track-bar"))
        #expect(chart.svg.contains("marker-baseline") && chart.svg.contains("class=\"remaining\""))
        Self.noTextOverlaps(chart.svg)
    }

    @Test func noBaseline() throws {
        let chart = Self.chart("p-nobase", baseline: nil, latest: P(label: "Viimeisin 2024", year: 2024, value: 48.0),
                               target: P(label: "Tavoite 2029", year: 2029, value: 55.0),
                               better: .higher, track: "none", trackLabel: "Ei vielä seurantatietoa")
        try GoldenSVG.check(chart, "progress-no-baseline")
        #expect(Self.texts(chart.svg).contains("Ei vielä seurantatietoa"))
        #expect(!chart.svg.contains("marker-baseline") && chart.svg.contains("marker-latest"))
        Self.noTextOverlaps(chart.svg)
    }

    @Test func negativeValues() throws {
        let format = ValueFormat(decimalSeparator: ",", groupSeparator: "\u{00A0}", decimals: 1, unit: "")
        let chart = Self.chart("p-neg", baseline: P(label: "Lähtötaso 2019", year: 2019, value: -2.5),
                               latest: P(label: "Viimeisin 2023", year: 2023, value: -1.0),
                               target: P(label: "Tavoite 2029", year: 2029, value: 0.5),
                               better: .higher, track: "on", trackLabel: "Oikeaan suuntaan", format: format)
        try GoldenSVG.check(chart, "progress-negative")
        let texts = Self.texts(chart.svg)
        #expect(texts.contains("\u{2212}2,5") && texts.contains("\u{2212}1,0") && texts.contains("0,5"))
        // Tick labels use the minus sign too and include zero.
        #expect(texts.contains("\u{2212}3") && texts.contains("0") && texts.contains("1"))
        Self.noTextOverlaps(chart.svg)
    }

    @Test func closeValuesDoNotOverlap() throws {
        let chart = Self.chart("p-close", baseline: P(label: "Lähtötaso 2019", year: 2019, value: 22.4),
                               latest: P(label: "Viimeisin 2024", year: 2024, value: 22.5),
                               target: P(label: "Tavoite 2029", year: 2029, value: 18.0),
                               better: .lower, track: "off", trackLabel: "Väärään suuntaan")
        try GoldenSVG.check(chart, "progress-close-values")
        // Baseline and latest sit on opposite sides of the scale.
        let tags = ProgressChart.place([
            .init(kind: .baseline, markerX: 300, caption: "Lähtötaso 2019", value: "22,4 %", width: 90, center: 300),
            .init(kind: .latest, markerX: 302, caption: "Viimeisin 2024", value: "22,5 %", width: 90, center: 302),
            .init(kind: .target, markerX: 100, caption: "Tavoite 2029", value: "18,0 %", width: 90, center: 100),
        ])
        #expect(tags[0].below && !tags[1].below && !tags[2].below)
        Self.noTextOverlaps(chart.svg)
    }

    @Test func allThreeCloseStillApart() throws {
        let chart = Self.chart("p-three", baseline: P(label: "Lähtötaso 2019", year: 2019, value: 50.0),
                               latest: P(label: "Viimeisin 2024", year: 2024, value: 50.2),
                               target: P(label: "Tavoite 2029", year: 2029, value: 50.4),
                               better: .higher, track: "on", trackLabel: "Oikeaan suuntaan")
        // The scale zooms in on near-equal values, so they stand apart on it.
        try GoldenSVG.check(chart, "progress-all-close")
        Self.noTextOverlaps(chart.svg)
        // Should three labels ever crowd one spot, they are split over both sides and pushed apart.
        let placed = ProgressChart.place([
            .init(kind: .baseline, markerX: 710, caption: "Lähtötaso 2019", value: "50,0 %", width: 120, center: 650),
            .init(kind: .latest, markerX: 712, caption: "Viimeisin 2024", value: "50,2 %", width: 120, center: 650),
            .init(kind: .target, markerX: 714, caption: "Tavoite 2029", value: "50,4 %", width: 120, center: 650),
        ])
        for i in placed.indices {
            #expect(placed[i].left >= ProgressChart.edge && placed[i].right <= 720 - ProgressChart.edge)
            for j in placed.indices where j > i && placed[i].below == placed[j].below {
                #expect(ProgressChart.overlap(placed[i], placed[j]) <= 0.1)
            }
        }
    }

    @Test func longLabels() throws {
        let chart = Self.chart("p-long",
                               baseline: P(label: "Lähtötaso kouluterveyskyselyssä ennen hyvinvointialueen perustamista", year: 2019, value: 8.7),
                               latest: P(label: "Viimeisin kouluterveyskyselyn tulos", year: 2023, value: 9.9),
                               target: P(label: "Valtuustokauden tavoite hyvinvointisuunnitelmassa", year: 2029, value: 7.5),
                               better: .lower, track: "off",
                               trackLabel: "Kehitys on kulkenut väärään suuntaan lähtötasoon verrattuna",
                               betterLabel: "Pienempi arvo on parempi")
        try GoldenSVG.check(chart, "progress-long-labels")
        let texts = Self.texts(chart.svg)
        #expect(texts.contains("Kehitys on kulkenut väärään suuntaan lähtötasoon verrattuna"))
        #expect(texts.contains("Pienempi arvo on parempi"))
        #expect(texts.contains { $0.hasSuffix("… 2019") })
        Self.noTextOverlaps(chart.svg)
    }

    @Test func neutralHasNoArrow() {
        let chart = Self.chart("p-neutral", baseline: P(label: "Lähtötaso 2019", year: 2019, value: 3),
                               latest: P(label: "Viimeisin 2024", year: 2024, value: 4),
                               target: P(label: "Tavoite 2029", year: 2029, value: 4),
                               better: .neutral, track: "neutral", trackLabel: "Seurannassa")
        #expect(!chart.svg.contains("class=\"better"))
        #expect(chart.svg.contains("track-bar track-neutral\" fill=\"#575757\""))
        #expect(Self.texts(chart.svg).contains("Seurannassa"))
    }

    @Test func scaleNeverCrossesZeroForPadding() {
        #expect(ProgressChart.scale([0, 40, 100]).first == 0)
        #expect(ProgressChart.scale([-2.5, -1.0, 0.5]) == [-3, -2, -1, 0, 1])
        #expect(ProgressChart.scale([5, 5, 5]).count >= 2)
    }

    @Test func deterministic() {
        let make = {
            Self.chart("p-det", baseline: P(label: "A", year: 2019, value: 1), latest: P(label: "B", year: 2020, value: 2),
                       target: P(label: "C", year: 2029, value: 3), better: .higher, track: "on", trackLabel: "x")
        }
        #expect(make() == make())
    }
}
