import Foundation
import PlanLoader
import PlanModel

/// A small valid plan as file texts. Tests replace or add files to introduce one defect at a time
/// and assert the exact `path:line:col` of what the loader says.
struct InlinePlan {
    var files: [String: String] = InlinePlan.base

    static let base: [String: String] = [
        "site.yaml": """
            title: {fi: Testialueen hyvinvointisuunnitelma, sv: Välfärdsplan för Testområdet}
            region: testialue
            country: koko-maa
            term: {start: 2026, end: 2029}
            languages: [fi, sv]
            base_url: https://hyte.example.fi/
            accessibility:
              conformance: partial
              issues: [{fi: Kaaviot eivät ole vielä saavutettavia., sv: Diagrammen är ännu inte tillgängliga.}]
              feedback_email: saavutettavuus@example.fi
              prepared: 2026-01-15
            """,
        "organizations/testialue.yaml": """
            name: {fi: Testialueen hyvinvointialue, sv: Testområdets välfärdsområde}
            kind: welfare-region
            code: "9999"
            units:
              - id: hyte
                name: Hyvinvointi ja kumppanuudet
            contacts:
              - name: Hyte-koordinaattori
                role: Alueellinen hyte-koordinaattori
                email: hyte@testialue.example.fi
            """,
        "organizations/aakkola.yaml": """
            name: Aakkolan kunta
            kind: municipality
            code: "001"
            contacts:
              - name: Hyte-yhdyshenkilö
                email: hyte@aakkola.example.fi
                pair: testialue/hyte
            """,
        "organizations/oolahti.yaml": """
            name: Öölahden kunta
            kind: municipality
            code: "002"
            """,
        "organizations/koko-maa.yaml": """
            name: {fi: Koko maa, sv: Hela landet}
            kind: country
            """,
        "focus-areas/lapset.md": """
            ---
            title: Lapset ja nuoret
            order: 1
            summary: Lasten ja nuorten hyvinvointi.
            ---
            Lasten ja nuorten **hyvinvointi** on yhteinen asia.
            """,
        "goals/mielenterveys.md": """
            ---
            title: Nuorten mielenterveys paranee
            focus_area: lapset
            categories: [hyte-kerroin]
            responsible: [testialue/hyte, all-municipalities]
            targets:
              - indicator: ahdistus
                baseline: {year: 2023}
                target: {year: 2029, value: 14.0}
            ---
            Miksi tämä tavoite.
            """,
        "measures/opetus.md": """
            ---
            title: Mielenterveystaitojen opetus
            goals: [mielenterveys]
            lead: testialue/hyte
            partners: [all-municipalities]
            schedule: {start: 2026-01, end: 2027-12}
            budget: {amount: 40000, note: Talousarvio 2026}
            follow_up:
              - date: 2026-09-30
                status: ongoing
                progress: 30
                note: Koulutukset alkaneet.
            ---
            Mitä tehdään.
            """,
        "indicators/ahdistus.yaml": """
            name: {fi: Ahdistuneisuus, sv: Ångest}
            unit: "%"
            decimals: 1
            better: lower
            source: {name: THL Sotkanet, sotkanet_id: 5000}
            """,
        "data/ahdistus.csv": """
            area,year,value,group
            testialue,2021,16.0,total
            testialue,2023,17.2,total
            testialue,2025,15.9,total
            aakkola,2023,18.1,total
            oolahti,2023,,total
            koko-maa,2023,16.5,total
            """,
        "bodies/verkosto.yaml": """
            name: Hyte-koordinaattoriverkosto
            level: coordination
            convener: testialue
            members: [testialue, all-municipalities]
            meetings_per_year: {min: 6, max: 8}
            legal_basis: ["612/2021 7 §"]
            meetings: [2026-02-12]
            """,
        "calendar/vuosikello.yaml": """
            events:
              - id: neuvottelu
                title: Hyte-neuvottelu
                kind: negotiation
                months: [9, 10]
                body: verkosto
              - id: raportti
                title: Vuosiraportti
                kind: report
                date: 2026-05-12
                time: "17:00"
            """,
        "interfaces/koulu.md": """
            ---
            title: Kouluikäisten palvelut
            municipality: [Perusopetus]
            welfare_region: [Kouluterveydenhuolto]
            goals: [mielenterveys]
            tasks:
              - task: Oppilashuolto
                municipality: Yhteisöllinen oppilashuolto
                welfare_region: Yksilökohtainen oppilashuolto
            ---
            """,
        "reports/vuosiraportti.md": """
            ---
            title: Vuosiraportti 2026
            meeting: {body: Aluevaltuusto, date: 2026-12-08, item: "87 §", attachment: Liite 4}
            ---
            ## Tilanne

            ```table
            type: measures
            focus_area: lapset
            ```

            ```chart
            type: trend
            indicator: ahdistus
            ```
            """,
        "pages/tietoa.md": """
            ---
            title: Tietoa
            ---
            Tietoa suunnitelmasta.
            """,
    ]

    subscript(path: String) -> String? {
        get { files[path] }
        set { files[path] = newValue }
    }

    /// Writes the files into a new temporary folder and loads them, naming files `content/...`.
    func load() throws -> ContentLoader.Result {
        let root = try write()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        return ContentLoader(directory: root, displayPath: "content").load()
    }

    /// The content folder inside a fresh temporary folder.
    func write() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-test-\(UUID().uuidString)")
        let root = base.appendingPathComponent("content")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The diagnostics as printed, one string each, without the summary of missing translations
    /// (the fixture is only partly Swedish on purpose; LanguageTests cover that warning).
    func messages() throws -> [String] {
        try load().diagnostics.contentProblems.map(\.description)
    }
}
