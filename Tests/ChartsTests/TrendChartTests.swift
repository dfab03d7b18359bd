import Testing
@testable import Charts

/// The contents of `<g class="…">` up to its matching `</g>`.
private func group(_ svg: String, _ cssClass: String) -> String? {
    guard let start = svg.range(of: "<g class=\"\(cssClass)\"") else { return nil }
    var depth = 0
    var index = start.lowerBound
    while index < svg.endIndex {
        if svg[index...].hasPrefix("<g ") || svg[index...].hasPrefix("<g>") { depth += 1 }
        if svg[index...].hasPrefix("</g>") {
            depth -= 1
            if depth == 0 { return String(svg[start.lowerBound..<svg.index(index, offsetBy: 4)]) }
        }
        index = svg.index(after: index)
    }
    return nil
}

/// Text contents of the `<text>` elements in `svg`.
private func texts(_ svg: String) -> [String] {
    svg.components(separatedBy: "<text ").dropFirst().compactMap { rest in
        guard let open = rest.firstIndex(of: ">"), let close = rest.range(of: "</text>") else { return nil }
        return String(rest[rest.index(after: open)..<close.lowerBound])
    }
}


/// The (x, y) pairs of a path's `d`.
private func pathPoints(_ d: String) -> [(x: Double, y: Double)] {
    let numbers = d.split(whereSeparator: { "MLHVZ ".contains($0) }).compactMap { Double($0) }
    return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
}

private let percent = GoldenSVG.finnish

private func yearly(_ years: ClosedRange<Int>, _ value: (Int) -> Double) -> [Int: Double] {
    Dictionary(uniqueKeysWithValues: years.map { ($0, value($0)) })
}

@Suite struct TrendChartTests {
    static let basic = TrendChart(
        id: "trend-basic", title: "Ahdistuneisuus, 8. ja 9. luokka",
        summary: "Ahdistuneisuus on yleistynyt alueella ja koko maassa vuodesta 2012.",
        years: 2012...2024,
        series: [
            .init(name: "Pohjois-Esimerkki", values: yearly(2012...2024) { 10 + Double($0 - 2012) * 0.6 }, emphasis: .region),
            .init(name: "Koko maa", values: yearly(2012...2024) { 11 + Double($0 - 2012) * 0.4 }, emphasis: .country),
            .init(name: "Esimerkkilä", values: yearly(2012...2024) { 9 + Double(($0 * 7) % 5) }, emphasis: .highlight),
            .init(name: "Muuala", values: yearly(2012...2024) { 13 + Double(($0 * 3) % 4) * 0.8 }, emphasis: .other),
            .init(name: "Jokikylä", values: yearly(2012...2024) { 8 + Double($0 - 2012) * 0.9 }, emphasis: .other),
        ],
        othersLabel: "Muut kunnat", format: percent)

    @Test func basic() throws {
        let chart = Self.basic.draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "trend-basic")
        #expect(svg.contains("viewBox=\"0 0 720 "))
        #expect(chart.summary == Self.basic.summary)
        // Others are drawn first, underneath the strong lines.
        let other = try #require(svg.range(of: "class=\"series other\""))
        let region = try #require(svg.range(of: "class=\"series region\""))
        let highlight = try #require(svg.range(of: "class=\"series highlight\""))
        #expect(other.lowerBound < region.lowerBound && region.lowerBound < highlight.lowerBound)
        #expect(occurrences("class=\"series other\"", in: svg) == 2)
        // Styles: region thick in the region colour, country dashed, highlight with points.
        let lines = tags(svg, "path", containing: "class=\"line\"")
        #expect(lines.count == 5)
        #expect(lines.contains { attribute($0, "stroke") == Palette.region && attribute($0, "stroke-width") == "3" })
        #expect(lines.contains { attribute($0, "stroke") == Palette.country && attribute($0, "stroke-dasharray") != nil })
        #expect(lines.filter { attribute($0, "stroke") == Palette.other }.count == 2)
        #expect(tags(svg, "circle", containing: "class=\"point\"").count == 13)
        // Legend: the three strong series and one entry for the others.
        let legend = try #require(group(svg, "legend"))
        #expect(texts(legend) == ["Pohjois-Esimerkki", "Koko maa", "Esimerkkilä", "Muut kunnat"])
        #expect(occurrences("stroke-dasharray", in: legend) == 1)
        // Direct labels for the strong series only.
        let direct = try #require(group(svg, "direct-labels"))
        #expect(Set(texts(direct)) == ["Pohjois-Esimerkki", "Koko maa", "Esimerkkilä"])
        // Y ticks carry the unit; x labels thinned to every other year.
        #expect(texts(svg).contains("10\u{00A0}%"))
        let years = try #require(group(svg, "axis x"))
        #expect(texts(years) == (2012...2024).map(String.init))
        #expect(!texts(svg).contains("Muuala"))
    }

    @Test func directLabelsDoNotOverlap() throws {
        // Region and country end at almost the same value: their labels are nudged apart.
        let chart = TrendChart(
            id: "t", title: "T", summary: "S", years: 2020...2024,
            series: [.init(name: "Alue", values: yearly(2020...2024) { Double($0 - 2000) }, emphasis: .region),
                     .init(name: "Maa", values: yearly(2020...2024) { Double($0 - 2000) + 0.1 }, emphasis: .country),
                     .init(name: "Kunta", values: yearly(2020...2024) { Double($0 - 2000) - 0.1 }, emphasis: .highlight)],
            format: percent).draw()
        let direct = try #require(group(chart.svg, "direct-labels"))
        let ys = tags(direct, "text").compactMap { attribute($0, "y").flatMap(Double.init) }.sorted()
        #expect(ys.count == 3)
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(b - a >= TrendChart.labelGap - 0.1) }
    }

    @Test func gaps() throws {
        // A survey made in odd years only; the highlighted municipality has no value for 2019, and a
        // small municipality has values only for 2013 and 2017–2019.
        let odd = Array(stride(from: 2013, through: 2023, by: 2))
        let chart = TrendChart(
            id: "trend-gaps", title: "Koulukiusaaminen", summary: "Kiusaaminen on pysynyt ennallaan.",
            years: 2013...2023,
            series: [
                .init(name: "Pohjois-Esimerkki", values: Dictionary(uniqueKeysWithValues: odd.map { ($0, 12 + Double($0 % 7)) }), emphasis: .region),
                .init(name: "Koko maa", values: Dictionary(uniqueKeysWithValues: odd.map { ($0, 13 + Double($0 % 5) * 0.5) }), emphasis: .country),
                .init(name: "Esimerkkilä", values: Dictionary(uniqueKeysWithValues: odd.filter { $0 != 2019 }.map { ($0, 14 + Double($0 % 3)) }), emphasis: .highlight),
                .init(name: "Pikkula", values: [2013: 15, 2017: 16.5, 2019: 17], emphasis: .other),
            ],
            othersLabel: "Muut kunnat", format: percent).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "trend-gaps")
        let region = try #require(group(svg, "series region"))
        let highlight = try #require(group(svg, "series highlight"))
        let other = try #require(group(svg, "series other"))
        // Measured every other year: the region is one line; the missing 2019 splits the highlight.
        #expect(occurrences("M", in: attribute(try need(tags(region, "path").first), "d") ?? "") == 1)
        let highlightPath = try #require(tags(highlight, "path", containing: "class=\"line\"").first)
        #expect(occurrences("M", in: attribute(highlightPath, "d") ?? "") == 2)
        #expect(pathPoints(attribute(highlightPath, "d") ?? "").count == 5)
        // 2013 alone becomes a dot, 2017–2019 a line.
        #expect(tags(other, "circle", containing: "class=\"dot\"").count == 1)
        #expect(occurrences("M", in: attribute(try need(tags(other, "path").first), "d") ?? "") == 1)
        // Nothing falls to zero: every drawn y lies within the gridlines.
        let gridYs = tags(try #require(group(svg, "axis y")), "line").compactMap { attribute($0, "y1").flatMap(Double.init) }
        let bottom = try #require(gridYs.max()), top = try need(gridYs.min())
        let drawn = tags(svg, "path", containing: "class=\"line\"").flatMap { pathPoints(attribute($0, "d") ?? "").map(\.y) }
            + tags(try need(group(svg, "lines")), "circle").compactMap { attribute($0, "cy").flatMap(Double.init) }
        #expect(!drawn.isEmpty)
        #expect(drawn.allSatisfy { $0 >= top && $0 <= bottom })
        #expect(!texts(try need(group(svg, "axis y"))).contains("0\u{00A0}%"))
    }

    @Test func yearStepSplitsEveryGap() throws {
        let values: [Int: Double] = [2013: 10, 2015: 11, 2017: 12]
        let chart = TrendChart(id: "t", title: "T", summary: "S", years: 2013...2017,
                               series: [.init(name: "Alue", values: values, emphasis: .region)],
                               format: percent, yearStep: 1).draw()
        #expect(tags(chart.svg, "path", containing: "class=\"line\"").isEmpty)
        #expect(tags(chart.svg, "circle", containing: "class=\"dot\"").count == 3)
        #expect(TrendChart.inferredStep([[(2013, 1), (2015, 1), (2017, 1)], [(2020, 1), (2021, 1)]]) == 2)
        #expect(TrendChart.inferredStep([]) == 1)
        #expect(TrendChart.segments([(2012, 1), (2013, 2), (2015, 3), (2016, 4), (2020, 5)], step: 1).map(\.count) == [2, 2, 1])
    }

    @Test func singlePoint() throws {
        let chart = TrendChart(
            id: "trend-single-point", title: "Uusi indikaattori", summary: "Indikaattorista on yksi arvo vuodelta 2023.",
            years: 2023...2023,
            series: [.init(name: "Pohjois-Esimerkki", values: [2023: 42.5], emphasis: .region)],
            format: percent).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "trend-single-point")
        #expect(tags(svg, "path", containing: "class=\"line\"").isEmpty)
        let dot = try #require(tags(svg, "circle", containing: "class=\"dot\"").first)
        let cx = try #require(attribute(dot, "cx").flatMap(Double.init))
        #expect(cx > 100 && cx < 600)
        #expect(texts(try need(group(svg, "axis x"))) == ["2023"])
        #expect(texts(try need(group(svg, "direct-labels"))) == ["Pohjois-Esimerkki"])
        // The value lies between gridlines, not on the frame.
        #expect(tags(try need(group(svg, "axis y")), "line").count >= 2)
    }

    @Test func emptySeriesStillDraw() {
        let chart = TrendChart(id: "t", title: "T", summary: "S", years: 2020...2024,
                               series: [.init(name: "Alue", values: [:], emphasis: .region),
                                        .init(name: "Maa", values: [2021: .nan], emphasis: .country)],
                               format: percent).draw()
        #expect(!chart.svg.contains("NaN") && !chart.svg.contains("inf"))
        #expect(tags(chart.svg, "path", containing: "class=\"line\"").isEmpty)
    }

    @Test func negative() throws {
        let chart = TrendChart(
            id: "trend-negative", title: "Väestönmuutos", summary: "Väestö on vähentynyt useimpina vuosina.",
            years: 2014...2024,
            series: [
                .init(name: "Pohjois-Esimerkki", values: yearly(2014...2024) { Double(($0 * 5) % 8) - 4 }, emphasis: .region),
                .init(name: "Koko maa", values: yearly(2014...2024) { Double(($0 * 3) % 5) * 0.5 + 0.5 }, emphasis: .country),
                .init(name: "Esimerkkilä", values: yearly(2014...2024) { 3 - Double($0 - 2014) * 0.6 }, emphasis: .highlight),
            ],
            format: ValueFormat(decimalSeparator: ",", groupSeparator: "\u{00A0}", decimals: 1, unit: "‰")).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "trend-negative")
        let zero = try #require(tags(svg, "line", containing: "class=\"zero\"").first)
        let axis = try #require(group(svg, "axis y"))
        #expect(texts(axis).contains("\u{2212}4\u{00A0}‰"))
        #expect(texts(axis).contains("0\u{00A0}‰"))
        // The zero line lies between the lowest and highest gridline.
        let gridYs = tags(axis, "line").compactMap { attribute($0, "y1").flatMap(Double.init) }
        let zeroY = try #require(attribute(zero, "y1").flatMap(Double.init))
        #expect(zeroY > gridYs.min()! && zeroY < gridYs.max()!)
        // Points below zero are drawn below the zero line.
        let region = try #require(tags(svg, "path", containing: "stroke=\"\(Palette.region)\"").first)
        #expect(pathPoints(attribute(region, "d") ?? "").contains { $0.y > zeroY })
    }

    @Test func twentySevenSeries() throws {
        // A deterministic random walk per municipality.
        var seed: UInt64 = 2024
        func random() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 33) / Double(1 << 31)
        }
        let others = (1...25).map { i in
            var level = 7 + random() * 10
            let values = Dictionary(uniqueKeysWithValues: (2012...2024).map { year -> (Int, Double) in
                level += (random() - 0.5) * 2
                return (year, level)
            })
            return TrendChart.Series(name: "Kunta \(i)", values: values, emphasis: .other)
        }
        let chart = TrendChart(
            id: "trend-27-series", title: "Työttömyysaste", summary: "Työttömyys vaihtelee kunnittain paljon.",
            years: 2012...2024,
            series: others.prefix(12) + [
                .init(name: "Pohjois-Esimerkki", values: yearly(2012...2024) { 12 - Double($0 - 2012) * 0.2 + Double($0 % 3) * 0.3 }, emphasis: .region),
                .init(name: "Koko maa", values: yearly(2012...2024) { 10.5 - Double($0 - 2012) * 0.1 + Double($0 % 2) * 0.2 }, emphasis: .country),
            ] + others.suffix(13),
            othersLabel: "Muut kunnat (25)", format: percent).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "trend-27-series")
        #expect(occurrences("<g class=\"series ", in: svg) == 27)
        // All 25 others come before the region and the country.
        let lines = try #require(group(svg, "lines"))
        let order = tags(lines, "g").dropFirst().compactMap { attribute($0, "class") }
        #expect(order.prefix(25).allSatisfy { $0 == "series other" })
        #expect(Array(order.suffix(2)) == ["series country", "series region"])
        #expect(texts(try need(group(svg, "legend"))) == ["Pohjois-Esimerkki", "Koko maa", "Muut kunnat (25)"])
        #expect(texts(try need(group(svg, "direct-labels"))).count == 2)
        #expect(tags(svg, "path", containing: "stroke=\"\(Palette.other)\"").allSatisfy { attribute($0, "stroke-width") == "1.2" })
    }

    @Test func longLabels() throws {
        let long1 = "Pohjois-Esimerkin hyvinvointialueen kuntayhtymän perusturvan toiminta-alue"
        let long2 = "Koko maa ilman Ahvenanmaata ja ulkomailla asuvia (tilastollinen vertailutaso)"
        let long3 = "Esimerkkilän ja Jokikylän yhteistoiminta-alueen sosiaali- ja terveyspalvelut"
        let long4 = "Muualan kaupungin terveyskeskuksen vastaanottotoiminnan asiakkaat yhteensä"
        #expect([long1, long2, long3, long4].allSatisfy { $0.count >= 60 })
        let chart = TrendChart(
            id: "trend-long-labels", title: "Perusterveydenhuollon avohoitokäynnit",
            summary: "Käyntejä on vähemmän kuin koko maassa.",
            years: 2015...2024,
            series: [
                .init(name: long1, values: yearly(2015...2024) { 2400 + Double($0 % 6) * 90 }, emphasis: .region),
                .init(name: long2, values: yearly(2015...2024) { 2900 + Double($0 % 4) * 60 }, emphasis: .country),
                .init(name: long3, values: yearly(2015...2024) { 2600 + Double($0 % 5) * 70 }, emphasis: .highlight),
                .init(name: long4, values: yearly(2015...2024) { 2500 + Double($0 % 3) * 120 }, emphasis: .highlight),
            ],
            format: ValueFormat(decimalSeparator: ",", groupSeparator: "\u{00A0}", decimals: 0, unit: "käyntiä / 1 000 asukasta")).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "trend-long-labels")
        // Direct labels are shortened with an ellipsis and stay inside the chart.
        let direct = try #require(group(svg, "direct-labels"))
        for tag in tags(direct, "text") {
            let x = try #require(attribute(tag, "x").flatMap(Double.init))
            #expect(x > 500)
        }
        for (tag, text) in zip(tags(direct, "text"), texts(direct)) {
            #expect(text.hasSuffix("…"))
            let factor = tag.contains("bold") ? 1.08 : 1
            #expect(TextFit.width(text, fontSize: TrendChart.fontSize) * factor <= TrendChart.directLabelMaxWidth)
        }
        // Legend entries too, wrapped onto rows within the width.
        let legend = try #require(group(svg, "legend"))
        #expect(texts(legend).count == 4 && texts(legend).allSatisfy { $0.hasSuffix("…") })
        for (tag, text) in zip(tags(legend, "text"), texts(legend)) {
            let x = try #require(attribute(tag, "x").flatMap(Double.init))
            #expect(x + TextFit.width(text, fontSize: TrendChart.fontSize) * 1.08 <= TrendChart.width)
        }
        #expect(Set(tags(legend, "text").compactMap { attribute($0, "y") }).count == 2)
        // Two highlights differ in colour and point shape; the long unit is an axis title.
        let highlights = tags(svg, "g", containing: "class=\"series highlight\"")
        #expect(highlights.count == 2)
        #expect(tags(svg, "path", containing: "class=\"point\"").count == 10)
        #expect(texts(svg).contains("käyntiä / 1 000 asukasta"))
        #expect(texts(try need(group(svg, "axis y"))).contains("2600"))
    }

    @Test func markers() throws {
        let chart = TrendChart(
            id: "trend-markers", title: "Liikunta-aktiivisuus", summary: "Tavoitteena on nostaa osuus 60 prosenttiin vuoteen 2029 mennessä.",
            years: 2012...2029,
            series: [
                .init(name: "Pohjois-Esimerkki", values: yearly(2012...2024) { 40 + Double(($0 * 3) % 7) }, emphasis: .region),
                .init(name: "Koko maa", values: yearly(2012...2024) { 44 + Double($0 % 4) }, emphasis: .country),
            ],
            markers: [.init(label: "Lähtötaso 2023", year: 2023, value: 44),
                      .init(label: "Tavoite 2029", year: 2029, value: 60)],
            format: percent).draw()
        let svg = chart.svg
        try GoldenSVG.check(chart, "trend-markers")
        let baseline = try #require(group(svg, "marker baseline"))
        let target = try #require(group(svg, "marker target"))
        #expect(texts(baseline) == ["Lähtötaso 2023"])
        #expect(texts(target) == ["Tavoite 2029"])
        #expect(attribute(try need(tags(baseline, "path").first), "fill") == "#fff")
        #expect(attribute(try need(tags(target, "path").first), "fill") == Palette.text)
        // The target lies right of the last data point, and the y axis reaches it.
        let targetX = try #require(pathPoints(attribute(tags(target, "path")[0], "d") ?? "").first?.x)
        let region = try #require(tags(svg, "path", containing: "stroke=\"\(Palette.region)\"").first)
        let lastX = try #require(pathPoints(attribute(region, "d") ?? "").last?.x)
        #expect(targetX > lastX + 100)
        #expect(texts(try need(group(svg, "axis y"))).contains("60\u{00A0}%"))
        // 18 years: the year labels are thinned to every other year, counted back from the last.
        #expect(texts(try need(group(svg, "axis x"))) == stride(from: 2013, through: 2029, by: 2).map(String.init))
        // The two marker labels do not overlap.
        let labelBoxes = [baseline, target].compactMap { tags($0, "text").first }.compactMap { tag -> (Double, Double)? in
            guard let x = attribute(tag, "x").flatMap(Double.init), let y = attribute(tag, "y").flatMap(Double.init) else { return nil }
            return (x, y)
        }
        #expect(labelBoxes.count == 2)
        let inferred = TrendChart(id: "t", title: "T", summary: "S", years: 2020...2025, series: [],
                                  markers: [.init(label: "Tavoite", year: 2025, value: 5)], format: percent).draw()
        #expect(inferred.svg.contains("class=\"marker target\""))
    }

    @Test func spreadKeepsOrderAndGap() {
        #expect(TrendChart.spread([100, 101, 102], gap: 14, low: 0, high: 300) == [100, 114, 128])
        #expect(TrendChart.spread([300, 299], gap: 14, low: 0, high: 300) == [300, 286])
        #expect(TrendChart.spread([50, 10], gap: 14, low: 0, high: 300) == [50, 10])
    }

    @Test func deterministic() {
        #expect(Self.basic.draw() == Self.basic.draw())
    }
}
