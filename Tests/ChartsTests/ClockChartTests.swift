import Foundation
import Testing
@testable import Charts

@Suite struct ClockChartTests {
    static let months = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
                         "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"]

    static let kindNames: [String: String] = [
        "negotiation": "Neuvottelu", "budget": "Talousarvio", "financial-statement": "Tilinpäätös",
        "report": "Raportointi", "meeting": "Kokous", "forum": "Foorumi", "training": "Koulutus",
        "election": "Vaalit", "other": "Muu",
    ]

    static let yearArcs: [ClockChart.Arc] = [
        .init(label: "Talousarvioiden ja taloussuunnitelmien hyväksyminen valtuustoissa", months: [11, 12, 1], kind: "budget"),
        .init(label: "Tilinpäätökset: hyte-tavoitteiden toteuma toimintakertomuksiin", months: [2, 3, 4], kind: "financial-statement"),
        .init(label: "Kuntayhteistyöryhmän kokous", months: [2, 5, 10], kind: "meeting"),
        .init(label: "Strateginen hyte-neuvottelu: arviointi ja seuraavan vuoden tavoitteet", months: [3, 9], kind: "negotiation"),
        .init(label: "Kuntien vuosittaiset hyvinvointikertomukset valtuustoille", months: [4, 5, 6], kind: "report"),
        .init(label: "Vuosittainen hyte-neuvottelu järjestöjen ja seurakuntien kanssa", months: [5], kind: "negotiation"),
        .init(label: "Hyvinvointialueen hyvinvointikertomus aluevaltuustolle", months: [6], kind: "report"),
        .init(label: "Indikaattoritietojen päivitys ja kuntakorttien valmistelu", months: [8], kind: "other"),
        .init(label: "Talousarvioiden valmistelu: hyte-tavoitteet ja määrärahat", months: [8, 9, 10], kind: "budget"),
        .init(label: "Kuntakohtaiset hyte-tapaamiset ja kuntakorttien läpikäynti", months: [9, 10], kind: "negotiation"),
        .init(label: "Hyte-foorumi", months: [11], kind: "forum"),
        .init(label: "Hyvinvointisuunnitelman vuosiraportti aluevaltuustolle", months: [12], kind: "report"),
        .init(label: "Hyte-perehdytys uusille viranhaltijoille ja luottamushenkilöille", months: [1, 2], kind: "training"),
    ]

    static let yearMarks: [ClockChart.Mark] = [
        .init(label: "Strateginen hyte-neuvottelu 17.3.", month: 3, day: 17),
        .init(label: "Järjestöjen kumppanuuspöytä JANE 27.5.", month: 5, day: 27),
        .init(label: "Aluevaltuusto käsittelee hyvinvointikertomuksen 15.6.", month: 6, day: 15),
        .init(label: "Kuntayhteistyöryhmä 22.10.", month: 10, day: 22),
        .init(label: "Hyte-foorumi 19.11.", month: 11, day: 19),
        .init(label: "Hyte-koordinaattoriverkosto 17.11.", month: 11, day: 17),
    ]

    static func fullYear() -> ClockChart {
        ClockChart(id: "vuosikello", title: "Hyten vuosikello",
                   summary: "Hyvinvointityön vuosikello seuraa talousarviorytmiä: 13 toistuvaa tapahtumaa ja 6 päivättyä.",
                   monthNames: months, arcs: yearArcs, marks: yearMarks, kindNames: kindNames)
    }

    /// The text of the legend group.
    static func legend(_ svg: String) -> String {
        guard let start = svg.range(of: "<g class=\"legend\"") else { return "" }
        let rest = svg[start.lowerBound...]
        guard let end = rest.range(of: "</g>") else { return "" }
        return String(rest[..<end.upperBound])
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func fullYear() throws {
        let chart = Self.fullYear().draw()
        try GoldenSVG.check(chart, "clock-full-year")
        let legend = Self.legend(chart.svg)
        for number in 1...19 {
            #expect(legend.contains(">\(number)</text>"), "legend lacks number \(number)")
        }
        #expect(!legend.contains(">20</text>"))
        // 13 arcs; [2, 5, 10] and [3, 9] draw separate bands, the wrapping [11, 12, 1] one band.
        #expect(Self.count("<g class=\"arc\"", in: chart.svg) == 13)
        let bands = chart.svg.components(separatedBy: "<g class=\"arc\"").dropFirst().map { Self.count("<path d=", in: $0.components(separatedBy: "</g>")[0]) }
        #expect(bands.reduce(0, +) == 16)
        #expect(bands.sorted().suffix(2) == [2, 3])
        #expect(Self.count("<textPath", in: chart.svg) == 12)
        #expect(chart.svg.contains(">maaliskuu</textPath>"))
        #expect(!chart.svg.contains("NaN"))
        // The colour key names the kinds in use, in the table's order.
        #expect(legend.contains(">Neuvottelu</text>"))
        #expect(!legend.contains(">Vaalit</text>"))
        #expect(chart == Self.fullYear().draw())
    }

    @Test func readingOrder() {
        let layout = ClockLayout(Self.fullYear())
        // Arcs by the month their first band starts, then marks by date.
        #expect(layout.arcs.map(\.label).first == "Hyte-perehdytys uusille viranhaltijoille ja luottamushenkilöille")
        // The band wrapping November–January starts in November: it comes before the November forum (given
        // earlier) and the December report.
        #expect(layout.arcs.map(\.label).suffix(3) == ["Talousarvioiden ja taloussuunnitelmien hyväksyminen valtuustoissa",
                                                       "Hyte-foorumi", "Hyvinvointisuunnitelman vuosiraportti aluevaltuustolle"])
        #expect(layout.arcs.map(\.number) == Array(1...13))
        #expect(layout.marks.map(\.number) == Array(14...19))
        #expect(layout.marks.map(\.label).suffix(2) == ["Hyte-koordinaattoriverkosto 17.11.", "Hyte-foorumi 19.11."])
        // Two days apart: the badges move apart along the circle instead of covering each other.
        #expect(layout.marks.allSatisfy { $0.level == 0 })
        #expect(layout.marks[5].badgeAngle - layout.marks[4].badgeAngle > layout.marks[5].angle - layout.marks[4].angle)
        let markBadges = layout.marks.map(\.badge)
        for (a, b) in zip(markBadges, markBadges.dropFirst()) { #expect(hypot(a.x - b.x, a.y - b.y) >= 2 * ClockLayout.badgeRadius) }
        // Overlapping arcs never share a track.
        for a in layout.arcs {
            for b in layout.arcs where a.number < b.number && a.track == b.track {
                let monthsA = Set(Self.yearArcs.first { $0.label == a.label }!.months)
                let monthsB = Set(Self.yearArcs.first { $0.label == b.label }!.months)
                #expect(monthsA.isDisjoint(with: monthsB), "\(a.number) and \(b.number) collide")
            }
        }
        // Number badges do not cover each other.
        let badges = layout.arcs.flatMap { $0.segments.map(\.badge) }
        for i in badges.indices {
            for j in badges.indices where i < j {
                #expect(hypot(badges[i].x - badges[j].x, badges[i].y - badges[j].y) >= 2 * ClockLayout.badgeRadius)
            }
        }
    }

    @Test func runsAndTracks() {
        #expect(ClockChart.runs([11, 12, 1]).map(\.start) == [11])
        #expect(ClockChart.runs([11, 12, 1]).map(\.length) == [3])
        #expect(ClockChart.runs([3, 9]).map(\.start) == [3, 9])
        #expect(ClockChart.runs([12, 1, 5]).map(\.start) == [5, 12])
        #expect(ClockChart.runs(Array(1...12)).map(\.length) == [12])
        #expect(ClockChart.runs([0, 13, 4, 4]).map(\.start) == [4])
        #expect(ClockChart.runs([]).isEmpty)
        func set(_ months: [Int]) -> [Bool] { (1...12).map { months.contains($0) } }
        #expect(ClockChart.assignTracks([set([1, 2]), set([2, 3]), set([4]), set([6])], spaced: false) == [0, 1, 0, 0])
        #expect(ClockChart.assignTracks([set([1, 2]), set([2, 3]), set([4]), set([6])], spaced: true) == [0, 1, 0, 0] ||
                ClockChart.assignTracks([set([1, 2]), set([2, 3]), set([4]), set([6])], spaced: true) == [0, 1, 2, 0])
        #expect(ClockChart.assignTracks([set([1, 2]), set([3])], spaced: true) == [0, 1])
    }

    @Test func empty() throws {
        let chart = ClockChart(id: "tyhja", title: "Vuosikello", summary: "Vuosikellossa ei ole tapahtumia.",
                               monthNames: Self.months, arcs: [], marks: []).draw()
        try GoldenSVG.check(chart, "clock-empty")
        #expect(!chart.svg.contains("class=\"legend\""))
        #expect(!chart.svg.contains("class=\"arc\""))
        #expect(Self.count("<textPath", in: chart.svg) == 12)
    }

    @Test func marksOnly() throws {
        let marks: [ClockChart.Mark] = [
            .init(label: "Hyte-foorumi", month: 11, day: 19),
            .init(label: "Strateginen hyte-neuvottelu", month: 3, day: 17),
            .init(label: "Kuntayhteistyöryhmä", month: 10, day: 22),
            .init(label: "Koordinaattoriverkosto", month: 10, day: 20),
            .init(label: "Koordinaattoriverkosto", month: 10, day: 24),
            .init(label: "Karkauspäivän testi", month: 2, day: 31),
        ]
        let chart = ClockChart(id: "paivat", title: "Päivätyt tapahtumat", summary: "Kuusi päivättyä tapahtumaa.",
                               monthNames: Self.months, arcs: [], marks: marks).draw()
        try GoldenSVG.check(chart, "clock-marks-only")
        let legend = Self.legend(chart.svg)
        for number in 1...6 { #expect(legend.contains(">\(number)</text>")) }
        #expect(!chart.svg.contains("class=\"arc\""))
        let layout = ClockLayout(ClockChart(id: "p", title: "", summary: "", monthNames: Self.months, arcs: [], marks: marks))
        #expect(layout.marks.map(\.label) == ["Karkauspäivän testi", "Strateginen hyte-neuvottelu", "Koordinaattoriverkosto",
                                              "Kuntayhteistyöryhmä", "Koordinaattoriverkosto", "Hyte-foorumi"])
        // A day past the month's end stays inside February.
        #expect(layout.marks[0].angle < 60 && layout.marks[0].angle > 30)
        // Three marks within four days: the badges spread around the middle one, which stays on its date.
        #expect(layout.marks[2].badgeAngle < layout.marks[2].angle && layout.marks[4].badgeAngle > layout.marks[4].angle)
        #expect(abs(layout.marks[3].badgeAngle - layout.marks[3].angle) < 0.5)
        // Late December and early January are neighbours too: their badges move apart across New Year.
        let wrap = ClockLayout(ClockChart(id: "w", title: "", summary: "", monthNames: Self.months, arcs: [],
                                          marks: [.init(label: "a", month: 1, day: 1), .init(label: "b", month: 12, day: 31)]))
        #expect(wrap.marks.map(\.level) == [0, 0])
        #expect(wrap.marks[0].badgeAngle > wrap.marks[0].angle && wrap.marks[1].badgeAngle < wrap.marks[1].angle)
        #expect(hypot(wrap.marks[0].badge.x - wrap.marks[1].badge.x, wrap.marks[0].badge.y - wrap.marks[1].badge.y)
                >= 2 * ClockLayout.badgeRadius)
    }

    @Test func longLabels() throws {
        let long = "Hyvinvointialueen ja kuntien yhteinen laaja hyvinvointikertomus, sen valmistelu, käsittely ja hyväksyminen aluevaltuustossa sekä kaikkien kuntien valtuustoissa"
        var arcs: [ClockChart.Arc] = []
        for index in 0..<14 {
            let start = index % 12 + 1
            arcs.append(.init(label: index.isMultiple(of: 3) ? long : "Tapahtuma \(index + 1): \(long.prefix(40 + index * 3))",
                              months: [start, start % 12 + 1, (start + 1) % 12 + 1], kind: ["report", "budget", "meeting", "unknown-kind"][index % 4]))
        }
        let marks: [ClockChart.Mark] = (1...8).map { .init(label: "Päivätty tapahtuma \($0): \(long)", month: $0 + 2, day: 10) }
        let chart = ClockChart(id: "pitkat", title: "Vuosikello pitkin nimin", summary: "Monta pitkää tapahtumaa.",
                               monthNames: Self.months, arcs: arcs, marks: marks).draw()
        try GoldenSVG.check(chart, "clock-long-labels")
        let legend = Self.legend(chart.svg)
        for number in 1...22 { #expect(legend.contains(">\(number)</text>"), "legend lacks number \(number)") }
        #expect(legend.contains("…</text>"))
        let layout = ClockLayout(ClockChart(id: "p", title: "", summary: "", monthNames: Self.months, arcs: arcs, marks: marks))
        // Many entries: two legend columns, both beside the ring.
        #expect(Set(layout.legend.map(\.x)).count == 2)
        #expect(layout.legend.allSatisfy { $0.x >= layout.cx + ClockLayout.ringOuter })
        #expect(layout.legend.allSatisfy { $0.x + layout.legendColumnWidth <= 900 })
        // Every legend line fits its column.
        for entry in layout.legend {
            for line in entry.lines {
                #expect(TextFit.width(line, fontSize: ClockLayout.legendFont) <= layout.legendColumnWidth - 36 + 0.01)
            }
        }
        // An unknown kind is drawn in the colour of `other`.
        #expect(layout.arcs.contains { $0.colour == ClockChart.colour(kind: "other") })
    }

    @Test func monthNamesShortenWhenTheyDoNotFit() {
        let long = ["Tammikuussa alkava", "Helmikuussa alkava", "Maaliskuussa alkava", "Huhtikuussa alkava",
                    "Toukokuussa alkava", "Kesäkuussa alkava", "Heinäkuussa alkava", "Elokuussa alkava",
                    "Syyskuussa alkava", "Lokakuussa alkava", "Marraskuussa alkava", "Joulukuussa alkava"]
        let labels = ClockChart.monthLabels(long, room: 80, fontSize: 12)
        #expect(labels.first == "Tamm")
        #expect(labels.allSatisfy { $0.count <= 4 })
        #expect(ClockChart.monthLabels(Self.months, room: 80, fontSize: 12) == Self.months)
        // Missing names fall back to the month's number; no language is chosen by the chart.
        #expect(ClockChart.monthLabels(["jan"], room: 80, fontSize: 12).suffix(2) == ["11", "12"])
    }

    @Test func kindColoursMeetContrast() {
        #expect(ClockChart.kindColours.map(\.kind) == ["negotiation", "budget", "financial-statement", "report", "meeting",
                                                        "forum", "training", "election", "other"])
        #expect(Set(ClockChart.kindColours.map(\.colour)).count == 9)
        for (kind, colour) in ClockChart.kindColours {
            #expect(Contrast.ratio(colour, "#ffffff") >= 4.5, "\(kind) \(colour)")
        }
        for fill in ClockChart.sectorFills + ClockChart.bandFills {
            #expect(Contrast.ratio(Palette.text, fill) >= 4.5)
        }
    }
}

/// WCAG 2.1 contrast ratio of two `#rrggbb` colours.
private enum Contrast {
    static func ratio(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
