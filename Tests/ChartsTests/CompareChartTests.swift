import Testing
@testable import Charts

func number(_ tag: String, _ name: String) -> Double? { attribute(tag, name).flatMap(Double.init) }

/// `<text>` elements as (opening tag, content).
private func textElements(_ svg: String) -> [(tag: String, text: String)] {
    svg.components(separatedBy: "<text ").dropFirst().compactMap { rest in
        guard let open = rest.firstIndex(of: ">"), let close = rest.range(of: "</text>") else { return nil }
        return (String(rest[..<open]), String(rest[rest.index(after: open)..<close.lowerBound]))
    }
}

/// The rows of the chart: each `<g class="bar…">` group's text.
private func rows(_ svg: String) -> [String] {
    svg.components(separatedBy: "<g class=\"bar").dropFirst().filter { !$0.hasPrefix("s\"") }.map { rest in
        String(rest[..<(rest.range(of: "</g>")?.lowerBound ?? rest.endIndex)])
    }
}


/// The value labels (or missing labels), one per bar in bar order.
private func valueLabels(_ svg: String) -> [(tag: String, text: String)] {
    guard let start = svg.range(of: "<g class=\"values\""), let end = svg[start.upperBound...].range(of: "</g>") else { return [] }
    return textElements(String(svg[start.lowerBound..<end.lowerBound]))
}

private let percent = GoldenSVG.finnish

private let municipalities: [(String, Double)] = [
    ("Jokikylä", 18.4), ("Esimerkkilä", 16.9), ("Muuala", 15.2), ("Pikkula", 14.8), ("Suurkaupunki", 13.1),
    ("Mäntylä", 12.7), ("Koivula", 11.9), ("Rantala", 10.4), ("Kotikylä", 9.8), ("Harjula", 8.2), ("Saarela", 6.5),
]

private let references = [CompareChart.Reference(name: "Pohjois-Esimerkki", value: 12.3),
                          CompareChart.Reference(name: "Koko maa", value: 11.6)]

@Suite struct CompareChartTests {
    @Test func basic() throws {
        let chart = CompareChart(
            id: "compare-basic", title: "Ahdistuneisuus kunnittain 2023",
            summary: "Esimerkkilässä ahdistuneisuus on yleisempää kuin alueella keskimäärin.",
            bars: municipalities.map { .init(name: $0.0, value: $0.1, highlighted: $0.0 == "Esimerkkilä") },
            references: references, missingLabel: "ei tietoa", format: percent).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "compare-basic")
        #expect(svg.contains("viewBox=\"0 0 720 "))
        let rects = tags(svg, "rect")
        #expect(rects.count == 11)
        // In the given order, top to bottom.
        let rowTexts = rows(svg).map { textElements($0).first?.text ?? "" }
        #expect(rowTexts == municipalities.map(\.0))
        let ys = rects.compactMap { number($0, "y") }
        #expect(ys == ys.sorted() && Set(ys).count == 11)
        // The highlighted bar: highlight colour, bold name; the others a lighter blue.
        #expect(rects.filter { attribute($0, "fill") == Palette.highlight }.count == 1)
        #expect(rects.filter { attribute($0, "fill") == CompareChart.barColor }.count == 10)
        let bold = textElements(svg).filter { $0.tag.contains("font-weight=\"bold\"") }.map(\.text)
        #expect(bold == ["Esimerkkilä", "16,9"])
        // Bars start at zero and are as long as their values.
        let zero = try #require(tags(svg, "line", containing: "class=\"zero\"").first)
        let zeroX = try #require(number(zero, "x1"))
        #expect(rects.allSatisfy { number($0, "x") == zeroX })
        let widths = rects.compactMap { number($0, "width") }
        #expect(abs(widths[0] / widths[10] - 18.4 / 6.5) < 0.05)
        // Value labels at the bar ends.
        #expect(valueLabels(svg).count == 11)
        for (row, (label, value)) in zip(rows(svg), zip(valueLabels(svg), municipalities)) {
            let rect = try #require(tags(row, "rect").first)
            #expect(label.text == percent.number(value.1))
            #expect(try need(number(label.tag, "x")) > number(rect, "x")! + number(rect, "width")!)
        }
        // Reference lines: distinct dash patterns, named with their values at the top.
        let dashes = tags(svg, "line", containing: "stroke-dasharray").compactMap { attribute($0, "stroke-dasharray") }
        #expect(dashes.count == 2 && Set(dashes).count == 2)
        let labels = textElements(svg).filter { $0.tag.contains("class=\"reference") }
        #expect(labels.map(\.text) == ["Pohjois-Esimerkki\u{00A0}12,3\u{00A0}%", "Koko maa\u{00A0}11,6\u{00A0}%"])
        #expect(labels.allSatisfy { number($0.tag, "y")! < ys.min()! })
        // Ticks carry the unit.
        #expect(textElements(svg).contains { $0.text == "20\u{00A0}%" })
    }

    @Test func referenceLabelsDoNotOverlap() {
        // Region and country almost equal: labels go beside their lines or onto another row.
        let chart = CompareChart(id: "c", title: "T", summary: "S",
                                 bars: municipalities.map { .init(name: $0.0, value: $0.1) },
                                 references: [.init(name: "Pohjois-Esimerkki", value: 12.3), .init(name: "Koko maa", value: 12.2)],
                                 missingLabel: "ei tietoa", format: percent).draw()
        let labels = textElements(chart.svg).filter { $0.tag.contains("class=\"reference") }
        #expect(labels.count == 2)
        let boxes = labels.map { label -> (left: Double, right: Double, y: Double) in
            let x = number(label.tag, "x")!
            return (x, x + TextFit.width(label.text, fontSize: CompareChart.fontSize), number(label.tag, "y")!)
        }
        #expect(boxes[0].y != boxes[1].y || boxes[0].right <= boxes[1].left || boxes[1].right <= boxes[0].left)
        #expect(boxes.allSatisfy { $0.left >= 0 && $0.right <= CompareChart.width })
    }

    @Test func missing() throws {
        let values: [Double?] = [18.4, nil, 15.2, 14.8, nil, 12.7, 11.9, nil, 9.8, 8.2, 6.5]
        let chart = CompareChart(
            id: "compare-missing", title: "Ahdistuneisuus kunnittain 2023",
            summary: "Kolmesta kunnasta ei ole tietoa.",
            bars: zip(municipalities, values).map { .init(name: $0.0, value: $1, highlighted: $0.0 == "Muuala") },
            references: references, missingLabel: "ei tietoa", format: percent).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "compare-missing")
        #expect(tags(svg, "rect").count == values.compactMap { $0 }.count)
        #expect(occurrences(">ei tietoa</text>", in: svg) == 3)
        // The missing label stands in the row of its municipality, not as a zero value.
        let labels = valueLabels(svg)
        #expect(labels.count == 11)
        let missingNames = zip(rows(svg), labels).filter { $1.text == "ei tietoa" }.map { textElements($0.0).first?.text }
        #expect(missingNames == ["Esimerkkilä", "Suurkaupunki", "Rantala"])
        #expect(zip(rows(svg), labels).allSatisfy { ($1.text == "ei tietoa") == tags($0, "rect").isEmpty })
        #expect(!labels.contains { $0.text == "0,0" })
        let missingTag = try #require(tags(svg, "text", containing: "class=\"missing\"").first)
        #expect(attribute(missingTag, "fill") == Palette.muted)
        #expect(!svg.contains("NaN"))
    }

    @Test func allMissingStillDraws() {
        let chart = CompareChart(id: "c", title: "T", summary: "S",
                                 bars: [.init(name: "A", value: nil), .init(name: "B", value: .nan)],
                                 references: [], missingLabel: "ei tietoa", format: percent).draw()
        #expect(tags(chart.svg, "rect").isEmpty)
        #expect(occurrences(">ei tietoa</text>", in: chart.svg) == 2)
        #expect(!chart.svg.contains("NaN") && !chart.svg.contains("inf"))
    }

    @Test func negative() throws {
        let values: [Double] = [3.2, 2.1, 1.4, 0.6, 0, -0.8, -1.5, -2.2, -3.1, -4.4, -5.6]
        let chart = CompareChart(
            id: "compare-negative", title: "Väestönmuutos kunnittain 2023",
            summary: "Väestö väheni seitsemässä kunnassa.",
            bars: zip(municipalities, values).map { .init(name: $0.0, value: $1, highlighted: $0.0 == "Rantala") },
            references: [.init(name: "Pohjois-Esimerkki", value: -1.2), .init(name: "Koko maa", value: 0.4)],
            missingLabel: "ei tietoa", format: ValueFormat(decimalSeparator: ",", groupSeparator: "\u{00A0}", decimals: 1, unit: "‰")).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "compare-negative")
        let zeroX = try #require(number(try need(tags(svg, "line", containing: "class=\"zero\"").first), "x1"))
        for (row, (label, value)) in zip(rows(svg), zip(valueLabels(svg), values)) {
            let rect = try #require(tags(row, "rect").first)
            let x = number(rect, "x")!, width = number(rect, "width")!
            if value < 0 {
                // Extends left of zero; the value stands left of the bar's end.
                #expect(abs(x + width - zeroX) < 0.11 && x < zeroX)
                #expect(label.tag.contains("text-anchor=\"end\""))
                #expect(number(label.tag, "x")! < x)
                #expect(label.text.hasPrefix("\u{2212}"))
                // …and clear of the names column.
                #expect(number(label.tag, "x")! - TextFit.width(label.text, fontSize: 12) > number(textElements(row)[0].tag, "x")!)
            } else {
                #expect(x == zeroX)
            }
        }
        #expect(textElements(svg).contains { $0.text == "\u{2212}6\u{00A0}‰" })
    }

    @Test func longLabels() throws {
        let names = [
            "Pohjois-Esimerkin kaupungin ja sen ympäristökuntien yhteistoiminta-alue",
            "Esimerkkilä", "Jokikylän–Muualan–Pikkulan kuntayhtymä (perusturva)",
            "Suurkaupunki", "Mäntylän kunnan sosiaali- ja terveyslautakunnan toimialue",
        ]
        let chart = CompareChart(
            id: "compare-long-labels", title: "Toimeentulotukea saaneet", summary: "Osuus vaihtelee kunnittain.",
            bars: names.enumerated().map { .init(name: $1, value: 9 - Double($0) * 1.3, highlighted: $0 == 2) },
            references: [.init(name: "Pohjois-Esimerkin hyvinvointialue (koko alue, kaikki kunnat yhteensä)", value: 6.1),
                         .init(name: "Koko maa", value: 7.0)],
            missingLabel: "ei tietoa", format: percent).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "compare-long-labels")
        let shown = rows(svg).map { textElements($0)[0] }
        #expect(shown.map(\.text).filter { $0.hasSuffix("…") }.count == 3)
        #expect(shown[1].text == "Esimerkkilä" && shown[3].text == "Suurkaupunki")
        for name in shown {
            let factor = name.tag.contains("bold") ? CompareChart.boldFactor : 1
            #expect(TextFit.width(name.text, fontSize: CompareChart.fontSize) * factor <= CompareChart.nameMaxWidth)
            #expect(number(name.tag, "x")! <= CompareChart.nameMaxWidth * TrendChart.roomFactor * CompareChart.boldFactor + 4)
            #expect(number(name.tag, "x")! - TextFit.width(name.text, fontSize: CompareChart.fontSize) * factor >= 0)
        }
        // Bars start right of the names.
        #expect(tags(svg, "rect").allSatisfy { number($0, "x")! > CompareChart.nameMaxWidth })
        let labels = textElements(svg).filter { $0.tag.contains("class=\"reference") }
        #expect(labels.allSatisfy { number($0.tag, "x")! >= 0 && number($0.tag, "x")! + TextFit.width($0.text, fontSize: 12) <= 720 })
    }

    @Test func twentySevenBars() throws {
        let bars = (1...27).map { i in
            CompareChart.Bar(name: "Kunta \(i)", value: 30 - Double(i) * 0.9, highlighted: i == 14)
        }
        let chart = CompareChart(
            id: "compare-27-bars", title: "Työttömyysaste kunnittain 2024", summary: "Työttömyys vaihtelee 5,7 ja 29,1 prosentin välillä.",
            bars: bars, references: [.init(name: "Pohjois-Esimerkki", value: 16.2), .init(name: "Koko maa", value: 10.3)],
            missingLabel: "ei tietoa", format: percent).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "compare-27-bars")
        #expect(tags(svg, "rect").count == 27)
        // Height grows with the bars: about 24 units each.
        let viewBox = try #require(attribute(try need(tags(svg, "svg").first), "viewBox"))
        let height = try #require(Double(viewBox.split(separator: " ")[3]))
        #expect(height >= 27 * 24 && height <= 27 * 24 + 100)
        let small = CompareChart(id: "c", title: "T", summary: "S", bars: Array(bars.prefix(5)), references: [],
                                 missingLabel: "ei tietoa", format: percent).draw()
        let smallHeight = Double(attribute(tags(small.svg, "svg")[0], "viewBox")!.split(separator: " ")[3])!
        #expect(height - smallHeight >= 22 * 24)
        #expect(textElements(svg).filter { $0.tag.contains("font-weight=\"bold\"") }.map(\.text) == ["Kunta 14", "17,4"])
    }

    @Test func deterministic() {
        let make = {
            CompareChart(id: "c", title: "T", summary: "S", bars: municipalities.map { .init(name: $0.0, value: $0.1) },
                         references: references, missingLabel: "ei tietoa", format: percent).draw()
        }
        #expect(make() == make())
    }
}
