import Foundation
import Testing
@testable import Charts

@Suite struct StructureChartTests {
    typealias Box = StructureChart.Box
    typealias Level = StructureChart.Level

    static let fiveLevels: [Level] = [
        Level(name: "Strateginen taso", boxes: [
            Box(name: "Kuntien ja hyvinvointialueen strateginen hyte-neuvottelu",
                detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · 1–2 kertaa vuodessa"),
        ]),
        Level(name: "Operatiivinen taso", boxes: [
            Box(name: "Hyvinvointialueen kuntayhteistyöryhmä", detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · 2–3 kertaa vuodessa"),
            Box(name: "Kuusiston kaupungin hyvinvointiryhmä", detail: "Koollekutsuja: Kuusiston kaupunki · 3–4 kertaa vuodessa"),
        ]),
        Level(name: "Koordinaatio", boxes: [
            Box(name: "Alueellinen hyte-koordinaattoriverkosto", detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · 6–8 kertaa vuodessa"),
        ]),
        Level(name: "Verkostot", boxes: [
            Box(name: "Ehkäisevän päihdetyön verkosto", detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · 3–4 kertaa vuodessa"),
            Box(name: "Elintapaohjauksen verkosto", detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · 3–4 kertaa vuodessa"),
            Box(name: "Järjestöjen kumppanuuspöytä JANE", detail: "Koollekutsuja: Järjestöyhteisö · 3–4 kertaa vuodessa"),
            Box(name: "Maakuntaliiton hyvinvointiryhmä", detail: "Koollekutsuja: Maakuntaliitto · 2–4 kertaa vuodessa"),
            Box(name: "Perhekeskusverkosto", detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · 4–6 kertaa vuodessa"),
            Box(name: "Alueellinen valmiusfoorumi", detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · 2–3 kertaa vuodessa"),
            Box(name: "Vaikuttamistoimielinten yhteistyöverkosto", detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · 2 kertaa vuodessa"),
        ]),
        Level(name: "Foorumit", boxes: [
            Box(name: "Pohjois-Esimerkin hyte-foorumi", detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialue · kerran vuodessa"),
        ]),
    ]

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    static func chart(_ levels: [Level], id: String = "rakenne", note: String? = nil) -> StructureChart {
        StructureChart(id: id, title: "Yhteistyörakenne", summary: "Hyvinvointityön yhteistyörakenne tasoittain.",
                       levels: levels, emptyLevelNote: note)
    }

    @Test func fiveLevels() throws {
        let chart = Self.chart(Self.fiveLevels).draw()
        try GoldenSVG.check(chart, "structure-five-levels")
        // The arrowhead is defined once and used between each pair of consecutive levels.
        #expect(chart.svg.contains("<defs>\n<marker id=\"rakenne-arrow\""))
        #expect(Self.count("marker-end=\"url(#rakenne-arrow)\"", in: chart.svg) == 4)
        #expect(Self.count("<g class=\"level\"", in: chart.svg) == 5)
        #expect(Self.count("fill=\"#ffffff\" stroke=", in: chart.svg) == 12)
        for name in ["Strateginen taso", "Operatiivinen taso", "Koordinaatio", "Verkostot", "Foorumit", "Perhekeskusverkosto"] {
            #expect(chart.svg.contains(">\(name)</text>"))
        }
        #expect(chart.svg.contains(">6–8 kertaa vuodessa</text>"))
        #expect(!chart.svg.contains("NaN"))
        #expect(chart == Self.chart(Self.fiveLevels).draw())

        let layout = StructureLayout(Self.chart(Self.fiveLevels))
        // Seven networks wrap into rows of four and three; boxes stay inside the width and apart.
        let network = layout.levels[3].boxes
        #expect(Set(network.map(\.y)).count == 2)
        #expect(network.filter { $0.y == network[0].y }.count == 4)
        for level in layout.levels {
            for (a, b) in zip(level.boxes, level.boxes.dropFirst()) where a.y == b.y {
                #expect(a.x + a.width < b.x)
            }
            for box in level.boxes {
                #expect(box.x >= StructureLayout.margin && box.x + box.width <= 900 - StructureLayout.margin)
                #expect(box.y + box.height <= level.y + level.height)
                #expect(box.nameLines.count <= 2 && !box.nameLines.isEmpty)
            }
        }
        // Levels run down the page without overlapping.
        for (a, b) in zip(layout.levels, layout.levels.dropFirst()) { #expect(a.y + a.height < b.y) }
    }

    @Test func singleLevel() throws {
        let chart = Self.chart([Self.fiveLevels[1]], id: "yksi").draw()
        try GoldenSVG.check(chart, "structure-single-level")
        // One level: nothing to connect, so no marker.
        #expect(!chart.svg.contains("<marker"))
        #expect(!chart.svg.contains("marker-end"))
        #expect(Self.count("fill=\"#ffffff\" stroke=", in: chart.svg) == 2)
    }

    @Test func longNames() throws {
        let levels = [
            Level(name: "Strateginen johtaminen ja hyvinvoinnin ja terveyden edistämisen yhteinen päätöksenteko kuntien ja hyvinvointialueen välillä koko valtuustokauden ajan",
                  boxes: [Box(name: "Kuntien, hyvinvointialueen, maakuntaliiton, järjestöjen ja seurakuntien yhteinen strateginen hyvinvoinnin ja terveyden edistämisen johtoryhmä",
                              detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialueen hyvinvoinnin ja terveyden edistämisen yksikkö · 1–2 kertaa vuodessa · 611/2021 14 §")]),
            Level(name: "Verkostot", boxes: (1...5).map {
                Box(name: "Lasten, nuorten ja perheiden hyvinvoinnin yhteistyöverkosto \($0)",
                    detail: "Koollekutsuja: Pohjois-Esimerkin hyvinvointialueen perhekeskus ja kuntien sivistystoimi · 4–6 kertaa vuodessa")
            }),
            Level(name: "Työryhmät", boxes: [Box(name: "Sosiaali- ja terveysministeriön hyvinvointikertomusasiantuntijaverkostokokous", detail: "")]),
        ]
        let chart = Self.chart(levels, id: "pitkat").draw()
        try GoldenSVG.check(chart, "structure-long-names")
        #expect(chart.svg.contains("…</text>"))
        let layout = StructureLayout(Self.chart(levels, id: "pitkat"))
        // Five boxes wrap into rows of three and two.
        #expect(layout.levels[1].boxes.filter { $0.y == layout.levels[1].boxes[0].y }.count == 3)
        for level in layout.levels {
            #expect(TextFit.width(level.heading, fontSize: 14) <= 900)
            for box in level.boxes {
                #expect(box.nameLines.count <= 2)
                #expect(box.detailLines.count <= StructureLayout.maxDetailLines)
                let room = box.width - 2 * StructureLayout.boxPadding
                for line in box.nameLines {
                    #expect(TextFit.width(line, fontSize: StructureLayout.nameFont) <= room + 0.01, "\(line)")
                }
                for line in box.detailLines {
                    #expect(TextFit.width(line, fontSize: StructureLayout.detailFont) <= room + 0.01, "\(line)")
                }
            }
        }
        // A box without detail is shorter than its row allows only when alone in its row.
        #expect(layout.levels[2].boxes[0].detailLines.isEmpty)
    }

    @Test func emptyLevel() throws {
        var levels = Self.fiveLevels
        levels[2].boxes = []
        // By default a level without bodies is left out, and the arrows join the levels around it.
        let chart = Self.chart(levels, id: "vajaa").draw()
        try GoldenSVG.check(chart, "structure-empty-level")
        #expect(!chart.svg.contains(">Koordinaatio</text>"))
        #expect(Self.count("<g class=\"level\"", in: chart.svg) == 4)
        #expect(Self.count("marker-end=\"url(#vajaa-arrow)\"", in: chart.svg) == 3)

        // With a note from the caller, the level is drawn with the note in place of boxes.
        let noted = Self.chart(levels, id: "vajaa", note: "Tällä tasolla ei ole toimielimiä.").draw()
        try GoldenSVG.check(noted, "structure-empty-level-note")
        #expect(noted.svg.contains(">Koordinaatio</text>"))
        #expect(noted.svg.contains(">Tällä tasolla ei ole toimielimiä.</text>"))
        #expect(Self.count("marker-end=\"url(#vajaa-arrow)\"", in: noted.svg) == 4)
    }

    @Test func noLevels() {
        let chart = Self.chart([], id: "ei").draw()
        #expect(chart.svg.contains("viewBox=\"0 0 900 24\""))
        #expect(!chart.svg.contains("<rect"))
        let allEmpty = Self.chart([Level(name: "Strateginen taso", boxes: [])], id: "ei").draw()
        #expect(allEmpty == chart)
    }
}
