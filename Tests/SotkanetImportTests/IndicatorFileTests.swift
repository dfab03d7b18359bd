import PlanModel
import Testing
import Yams
@testable import SotkanetImport

/// The indicator's YAML: a new file from Sotkanet's metadata, and the data's date changed in place.
@Suite struct IndicatorFileTests {
    let day = Day(year: 2025, month: 3, day: 12)

    @Test func addsTheDateToAFlowSource() {
        let text = """
            # Kept by hand.
            name: {fi: Työttömät}
            source: {name: "THL Sotkanet", sotkanet_id: 181}   # a comment stays
            better: lower

            """
        #expect(IndicatorFile.settingUpdated(text, to: day) == """
            # Kept by hand.
            name: {fi: Työttömät}
            source: {name: "THL Sotkanet", sotkanet_id: 181, updated: 2025-03-12}   # a comment stays
            better: lower

            """)
    }

    @Test func addsTheDateToABlockSource() {
        let text = "source:\n  name: THL Sotkanet\n  sotkanet_id: 181\nbetter: lower\n"
        #expect(IndicatorFile.settingUpdated(text, to: day) == "source:\n  name: THL Sotkanet\n  sotkanet_id: 181\n  updated: 2025-03-12\nbetter: lower\n")
    }

    @Test func replacesAnOlderDate() {
        let text = "source:\n  name: THL Sotkanet\n  updated: 2024-01-02   # kept\n  sotkanet_id: 5\n"
        #expect(IndicatorFile.settingUpdated(text, to: day) == "source:\n  name: THL Sotkanet\n  updated: 2025-03-12   # kept\n  sotkanet_id: 5\n")
        let flow = "source: {name: X, updated: 2024-01-02, sotkanet_id: 5}\n"
        #expect(IndicatorFile.settingUpdated(flow, to: day) == "source: {name: X, updated: 2025-03-12, sotkanet_id: 5}\n")
    }

    @Test func declinesWhatItCannotEditSafely() {
        #expect(IndicatorFile.settingUpdated("source: THL Sotkanet\n", to: day) == nil)
        #expect(IndicatorFile.settingUpdated("name: x\n", to: day) == nil)
        #expect(IndicatorFile.settingUpdated("source: {name: 'THL, Sotkanet'}\n", to: day) == nil)
    }

    @Test func writesANewIndicator() {
        let metadata = SotkanetMetadata(
            id: 5555, title: ["fi": "Lasten pienituloisuusaste", "en": "Child \"low income\" rate", "sv": "Låginkomstgrad bland barn"],
            description: ["fi": "Pienituloisten <b>alaikäisten</b> osuus &amp; muuta.\nToinen rivi."],
            valueType: ["fi": "prosenttia"], decimals: 1, range: 2022...2023, updated: Day(year: 2025, month: 6, day: 1))
        #expect(IndicatorFile.new(metadata) == """
            # Tuotu THL:n Sotkanetista (indikaattori 5555) komennolla hyte import sotkanet.
            # Tarkista yksikkö (unit) ja valitse better. Uusi tuonti säilyttää muutoksesi ja päivittää
            # vain tietojen päivityspäivän (source.updated).
            name:
              fi: "Lasten pienituloisuusaste"
              sv: "Låginkomstgrad bland barn"
              en: "Child \\"low income\\" rate"
            unit: "%"
            decimals: 1
            better: neutral   # higher | lower | neutral: kumpi suunta on parempi? Sotkanet ei kerro sitä
            source: {name: THL Sotkanet, sotkanet_id: 5555, updated: 2025-06-01}
            description:
              fi: "Pienituloisten alaikäisten osuus & muuta. Toinen rivi."

            """)
    }

    @Test func hostileTitlesStayText() throws {
        let title = "a: b # c\n\"d\" \\ e\u{7F}\u{85}\t{f}[g]&h *i !j %k @l `m"
        let metadata = SotkanetMetadata(id: 1, title: ["fi": title], description: [:], valueType: [:], decimals: nil, range: nil, updated: nil)
        let root = try #require(try Yams.compose(yaml: IndicatorFile.new(metadata)))
        #expect(root.mapping?["name"]?.mapping?["fi"]?.string == title)
        #expect(root.mapping?["decimals"]?.int == 1)
    }

    @Test func unitsFromSotkanetsValueTypes() {
        #expect(IndicatorFile.unit(["fi": "prosenttia"]) == "%")
        #expect(IndicatorFile.unit(["fi": "per 100 000 asukasta"]) == "/ 100 000")
        #expect(IndicatorFile.unit(["fi": "promillea"]) == "‰")
        #expect(IndicatorFile.unit(["fi": "Indeksi"]) == "indeksi")
        #expect(IndicatorFile.unit(["fi": "euroa asukasta kohden"]) == "€")
        #expect(IndicatorFile.unit(["fi": "vuotta"]) == "vuotta")
        #expect(IndicatorFile.unit([:]) == "")
    }
}
