import Foundation
import PlanModel
import Testing
@testable import SiteBuilder

/// Hostile content: escaped or dropped, never leaving the site or the content folder.
@Suite struct SecurityTests {
    @Test(arguments: ["../../../../etc/passwd", "/etc/passwd", "../../../outside.png", "file:///etc/passwd"])
    func linksLeavingTheSiteAreRefused(_ target: String) throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("---\ntitle: Tietoa\n---\n[x](\(target)) ![kuva](\(target))\n".utf8)
            .write(to: root.appendingPathComponent("content/pages/tietoa.md"))
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        if target.hasPrefix("file:") {
            // Not a web link: the link is dropped (its text stays), nothing is published.
            let page = try String(contentsOf: root.appendingPathComponent("output/tietoa/index.html"), encoding: .utf8)
            #expect(!page.contains("file:"))
        } else {
            #expect(outcome.fileCount == 0)
            #expect(outcome.diagnostics.contentProblems.allSatisfy { $0.location!.path.hasSuffix("content/pages/tietoa.md") && $0.location!.line == 4 })
            #expect(!outcome.diagnostics.contentProblems.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("outside.png").path))
    }

    @Test func scriptInTextFieldsIsEscapedEverywhere() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
        let organization = root.appendingPathComponent("content/organizations/oolahti.yaml")
        try Data("name: \"\(hostile)\"\nkind: municipality\ncontacts:\n  - name: \"\(hostile)\"\n    email: hyte@oolahti.example.fi\n".utf8)
            .write(to: organization)
        let goal = root.appendingPathComponent("content/goals/mielenterveys.md")
        try Data(try String(contentsOf: goal, encoding: .utf8)
            .replacingOccurrences(of: "title: Nuorten mielenterveys paranee", with: "title: \"\(hostile)\"").utf8).write(to: goal)
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        #expect(outcome.diagnostics.contentProblems == [])
        // Markup is where text could run; JSON, CSV and calendars carry it as data.
        for (path, data) in try BuildTests.snapshot(root.appendingPathComponent("output"))
        where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<img src=x onerror"), "\(path)")
        }
    }

    /// Script and markup in every kind of text field of the plan, each tagged with its own number:
    /// every one is shown (escaped) somewhere, and none is ever markup.
    @Test func scriptAndMarkupInEveryTextFieldAreEscaped() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let hostile = { (n: Int) in "\"<script>alert(\(n))</script><img src=x onerror=alert(\(n))>\"" }
        // (file, text to replace, replacement), one per text field.
        var fields: [(String, String, String)] = [
            ("site.yaml", "{fi: Testialueen hyvinvointisuunnitelma, sv: Välfärdsplan för Testområdet}", "{fi: H, sv: H}"),
            ("site.yaml", "issues: [{fi: Kaaviot eivät ole vielä saavutettavia., sv: Diagrammen är ännu inte tillgängliga.}]", "issues: [H]"),
            ("organizations/testialue.yaml", "{fi: Testialueen hyvinvointialue, sv: Testområdets välfärdsområde}", "H"),
            ("organizations/testialue.yaml", "name: Hyvinvointi ja kumppanuudet", "name: H"),
            ("organizations/testialue.yaml", "name: Hyte-koordinaattori", "name: H"),
            ("organizations/testialue.yaml", "role: Alueellinen hyte-koordinaattori", "role: H"),
            ("organizations/aakkola.yaml", "name: Aakkolan kunta", "name: H"),
            ("indicators/ahdistus.yaml", "{fi: Ahdistuneisuus, sv: Ångest}", "H"),
            ("indicators/ahdistus.yaml", "unit: \"%\"", "unit: H"),
            ("indicators/ahdistus.yaml", "name: THL Sotkanet", "name: H"),
            ("goals/mielenterveys.md", "title: Nuorten mielenterveys paranee", "title: H"),
            ("goals/mielenterveys.sv.md", "title: Ungas psykiska hälsa förbättras", "title: H"),
            ("measures/opetus.md", "title: Mielenterveystaitojen opetus", "title: H"),
            ("measures/opetus.md", "note: Talousarvio 2026", "note: H"),
            ("measures/opetus.md", "note: Koulutukset alkaneet.", "note: H"),
            ("interfaces/koulu.md", "title: Kouluikäisten palvelut", "title: H"),
            ("interfaces/koulu.md", "task: Oppilashuolto", "task: H"),
            ("interfaces/koulu.md", "municipality: Yhteisöllinen oppilashuolto", "municipality: H"),
            ("focus-areas/lapset.md", "title: Lapset ja nuoret", "title: H"),
            ("focus-areas/lapset.md", "summary: Lasten ja nuorten hyvinvointi.", "summary: H"),
            ("bodies/verkosto.yaml", "name: Hyte-koordinaattoriverkosto", "name: H"),
            ("bodies/verkosto.yaml", "legal_basis: [\"612/2021 7 §\"]", "legal_basis: [H]"),
            ("calendar/vuosikello.yaml", "title: Hyte-neuvottelu", "title: H"),
            ("reports/vuosiraportti.md", "title: Vuosiraportti 2026", "title: H"),
            ("reports/vuosiraportti.md", "attachment: Liite 4", "attachment: H"),
            ("pages/tietoa.md", "title: Tietoa", "title: H"),
        ]
        // Markdown: raw HTML is dropped (so this one is never shown), a script link loses its link,
        // a chart's title is text.
        let dropped = fields.count + 1
        fields.append(("pages/tietoa.md", "Tietoa suunnitelmasta.",
                       "Tietoa H suunnitelmasta.\n\n<script>alert(0)</script>\n\n<img src=x onerror=alert(0)> [x](javascript:alert(0))"))
        fields.append(("reports/vuosiraportti.md", "indicator: ahdistus", "indicator: ahdistus\ntitle: H"))
        for (number, field) in fields.enumerated() {
            let url = content.appendingPathComponent(field.0)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(field.1), "\(field.0): \(field.1)")
            let replacement = field.2.replacingOccurrences(of: "H", with: hostile(number + 1))
            try Data(text.replacingOccurrences(of: field.1, with: replacement).utf8).write(to: url)
        }
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        #expect(outcome.diagnostics.contentProblems.filter { $0.severity == .error } == [])
        let output = try BuildTests.snapshot(root.appendingPathComponent("output"))
        var shown = Set<Int>()
        for (path, data) in output {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg") {
                #expect(!text.contains("<script>alert"), "\(path)")
                #expect(!text.contains("<img src=x"), "\(path)")
                #expect(!text.contains("javascript:"), "\(path)")
                for number in 1...fields.count where text.contains("&lt;script&gt;alert(\(number))&lt;/script&gt;") {
                    shown.insert(number)
                }
            }
        }
        let expected = Set(1...fields.count).subtracting([dropped])
        #expect(shown == expected, "not shown: \(expected.subtracting(shown).map { fields[$0 - 1].1 })")
    }

    /// A link in content/ to a file or folder outside it is refused with an error; nothing of it is read or published.
    @Test func symlinksOutOfTheContentFolderAreNotFollowed() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        let outside = root.appendingPathComponent("secret")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("---\ntitle: SALAINEN\n---\nSALAINEN\n".utf8).write(to: outside.appendingPathComponent("salainen.md"))
        try Data("SALAINEN".utf8).write(to: outside.appendingPathComponent("salainen.txt"))
        let content = root.appendingPathComponent("content")
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("pages/salainen.md").path,
                                  withDestinationPath: outside.appendingPathComponent("salainen.md").path)
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("assets/salainen.txt").path,
                                  withDestinationPath: "../../secret/salainen.txt")
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("assets/kansio").path, withDestinationPath: outside.path)
        // A link that stays inside content/ is fine.
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("assets/logo-kopio.svg").path, withDestinationPath: "logo.svg")
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        let errors = outcome.diagnostics.contentProblems.filter { $0.severity == .error }
        #expect(errors.map(\.message).allSatisfy { $0.hasPrefix("this link points outside the content folder and is not") }, "\(errors)")
        #expect(Set(errors.map { URL(fileURLWithPath: $0.location!.path).lastPathComponent }) == ["salainen.md", "salainen.txt", "kansio"])
        #expect(outcome.fileCount == 0)
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("output").path))
        // hyte check says the same.
        #expect(SiteBuild(BuildTests.options(root)).check().filter { $0.severity == .error }.count == errors.count)
    }
}
