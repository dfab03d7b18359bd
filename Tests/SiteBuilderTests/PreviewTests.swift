import Foundation
import PlanModel
import Testing
@testable import SiteBuilder

/// Incremental rebuilds of the live preview: after each edit the site must be byte for byte what a
/// full build of the edited content gives, while rendering only what the edit concerns.
@Suite(.serialized) struct PreviewTests {
    /// A copy of the example plan that a test may edit, and a preview of it built once.
    final class Workspace {
        let root: URL
        let preview: PreviewSite
        let first: PreviewSite.Outcome

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-preview-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: BuildTests.repository.appendingPathComponent("content"),
                                             to: root.appendingPathComponent("content"))
            preview = PreviewSite(BuildTests.options(root))
            first = preview.rebuild()
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        var options: SiteBuild.Options { BuildTests.options(root) }
        func url(_ path: String) -> URL { root.appendingPathComponent(path) }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let text = try String(contentsOf: url(path), encoding: .utf8)
            let edited = change(text)
            #expect(edited != text, "the edit of \(path) changed nothing")
            try edited.write(to: url(path), atomically: true, encoding: .utf8)
        }

        /// Rebuilds after changes to `paths` and checks the result against a full build from scratch.
        @discardableResult
        func rebuild(_ paths: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> PreviewSite.Outcome {
            let outcome = preview.rebuild(changed: paths.map { url($0).path })
            #expect(outcome.diagnostics.errors.isEmpty, "\(outcome.diagnostics.errors)", sourceLocation: sourceLocation)
            compareWithFullBuild(sourceLocation: sourceLocation)
            return outcome
        }

        func compareWithFullBuild(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            let fresh = PreviewSite(options)
            fresh.rebuild()
            let (incremental, full) = (preview.files, fresh.files)
            let differing = Set(incremental.keys).union(full.keys).filter { incremental[$0] != full[$0] }.sorted()
            #expect(differing.isEmpty, "incremental and full builds differ in \(differing.prefix(10))", sourceLocation: sourceLocation)
        }
    }

    @Test func editingAMeasureRendersOnlyWhatShowsIt() throws {
        let site = try Workspace()
        #expect(site.first.diagnostics.errors.isEmpty)
        #expect(site.first.rendered == site.first.units)
        let before = try #require(site.preview.file("toimenpiteet/ankkuritoiminta/index.html"))
        try site.edit("content/measures/ankkuritoiminta.md") {
            $0.replacingOccurrences(of: "Ankkuritoiminnan laajentaminen koko alueelle", with: "Ankkuritoiminta kaikkiin kuntiin")
        }
        let outcome = site.rebuild(["content/measures/ankkuritoiminta.md"])
        let page = try #require(site.preview.file("toimenpiteet/ankkuritoiminta/index.html"))
        #expect(page != before)
        #expect(String(decoding: page, as: UTF8.self).contains("Ankkuritoiminta kaikkiin kuntiin"))
        #expect(outcome.changed.contains("toimenpiteet/ankkuritoiminta/index.html"))
        #expect(outcome.changed.contains("tavoitteet/lahisuhdevakivalta/index.html"))
        // The measure's own pages, its goals', lists and compiled documents: far fewer than the whole site.
        print("measure edit rendered \(outcome.rendered) of \(outcome.units) in \(outcome.timings)")
        #expect(outcome.rendered > 2 && outcome.rendered < outcome.units / 3, "rendered \(outcome.rendered) of \(outcome.units)")
        #expect(!outcome.changed.contains("indikaattorit/tyottomat/index.html"))
    }

    @Test func anOpenPageIsMadeFirst() throws {
        let site = try Workspace()
        try site.edit("content/measures/ankkuritoiminta.md") {
            $0.replacingOccurrences(of: "Ankkuritoiminnan laajentaminen koko alueelle", with: "Ankkuritoiminta kaikkiin kuntiin")
        }
        let page = "toimenpiteet/ankkuritoiminta/index.html"
        let interim = Box()
        let outcome = site.preview.rebuild(changed: [site.url("content/measures/ankkuritoiminta.md").path], first: [page, "tietoa/index.html"]) {
            interim.outcome = $0
            // In place already, before the rest of the site is made.
            interim.page = site.preview.file(page)
        }
        let first = try #require(interim.outcome)
        // The open pages the edit concerns (the free page lists measures but not this one's title).
        #expect(first.changed == [page] && first.rendered <= 2)
        #expect(String(decoding: try #require(interim.page), as: UTF8.self).contains("Ankkuritoiminta kaikkiin kuntiin"))
        // The rest: the lists, goals and cards that name the measure, not the open page again.
        #expect(!outcome.changed.contains(page) && outcome.changed.contains("tavoitteet/lahisuhdevakivalta/index.html"))
        #expect(outcome.rendered > 2)
        site.compareWithFullBuild()
    }

    final class Box: @unchecked Sendable {
        var outcome: PreviewSite.Outcome?
        var page: Data?
    }

    @Test func editingAMeasuresTextRendersItsOwnPages() throws {
        let site = try Workspace()
        try site.edit("content/measures/ankkuritoiminta.md") {
            $0.replacingOccurrences(of: "puuttuvat yhdessä nuorten tekemiin rikoksiin", with: "puuttuvat yhdessä ja nopeasti nuorten tekemiin rikoksiin")
        }
        let outcome = site.rebuild(["content/measures/ankkuritoiminta.md"])
        print("measure text edit rendered \(outcome.rendered) of \(outcome.units) in \(outcome.timings)")
        #expect(outcome.changed.contains("toimenpiteet/ankkuritoiminta/index.html"))
        // Its pages in both languages (the Swedish one shows the Finnish text), and the compiled
        // documents that print measures' texts, if any: not the lists and cards that name it.
        #expect(outcome.rendered <= 10, "rendered \(outcome.rendered) of \(outcome.units)")
        #expect(!outcome.changed.contains("toimenpiteet/index.html"))
    }

    @Test func movingAMeasureToAnotherGoalUpdatesBothGoals() throws {
        let site = try Workspace()
        try site.edit("content/measures/ankkuritoiminta.md") {
            $0.replacingOccurrences(of: "goals: [lahisuhdevakivalta, nuorten-mielenterveys]", with: "goals: [lahisuhdevakivalta, alkoholihaitat]")
        }
        let outcome = site.rebuild(["content/measures/ankkuritoiminta.md"])
        #expect(outcome.changed.contains("tavoitteet/nuorten-mielenterveys/index.html"))
        #expect(outcome.changed.contains("tavoitteet/alkoholihaitat/index.html"))
    }

    @Test func dataTranslationsPagesAndNewFiles() throws {
        let site = try Workspace()
        // A figure in an indicator's data.
        try site.edit("content/data/tyottomat.csv") { $0.replacingOccurrences(of: "aholahti,2013,11.7,female", with: "aholahti,2013,12.7,female") }
        let data = site.rebuild(["content/data/tyottomat.csv"])
        #expect(data.changed.contains("data/tyottomat.csv"))
        // A free page's text.
        try site.edit("content/pages/sanasto.md") { $0 + "\nLisätty kappale.\n" }
        site.rebuild(["content/pages/sanasto.md"])
        // A new measure, then its removal.
        let copy = try String(contentsOf: site.url("content/measures/ankkuritoiminta.md"), encoding: .utf8)
            .replacingOccurrences(of: "Ankkuritoiminnan laajentaminen koko alueelle", with: "Uusi toimenpide")
        try copy.write(to: site.url("content/measures/uusi-toimenpide.md"), atomically: true, encoding: .utf8)
        let added = site.rebuild(["content/measures/uusi-toimenpide.md"])
        #expect(added.changed.contains("toimenpiteet/uusi-toimenpide/index.html"))
        try FileManager.default.removeItem(at: site.url("content/measures/uusi-toimenpide.md"))
        let removed = site.rebuild(["content/measures/uusi-toimenpide.md"])
        #expect(removed.changed.contains("toimenpiteet/uusi-toimenpide/index.html"))
        #expect(site.preview.file("toimenpiteet/uusi-toimenpide/index.html") == nil)
        // A Swedish translation of a measure.
        try "---\ntitle: \"Ankarverksamheten i hela regionen\"\n---\nAnkarteamet ingriper tidigt.\n"
            .write(to: site.url("content/measures/ankkuritoiminta.sv.md"), atomically: true, encoding: .utf8)
        let translated = site.rebuild(["content/measures/ankkuritoiminta.sv.md"])
        #expect(translated.changed.contains("sv/toimenpiteet/ankkuritoiminta/index.html"))
    }

    @Test func siteSettingsAndTemplatesRenderEverything() throws {
        let site = try Workspace()
        try site.edit("content/site.yaml") { $0.replacingOccurrences(of: "base_url: https://", with: "base_url: http://") }
        let settings = site.rebuild(["content/site.yaml"])
        #expect(settings.rendered == settings.units)
        let templates = site.url("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<p>{{title}}</p>".write(to: templates.appendingPathComponent("unused-partial.mustache"), atomically: true, encoding: .utf8)
        let template = site.rebuild(["templates/unused-partial.mustache"])
        #expect(template.rendered == template.units)
    }

    @Test func anErrorKeepsTheLastGoodSiteUntilItIsFixed() throws {
        let site = try Workspace()
        let path = "content/measures/ankkuritoiminta.md"
        let good = try String(contentsOf: site.url(path), encoding: .utf8)
        let page = site.preview.file("toimenpiteet/ankkuritoiminta/index.html")
        try site.edit(path) { $0.replacingOccurrences(of: "lead: poliisi/ankkuri", with: "lead: poliisi/ankuri") }
        let broken = site.preview.rebuild(changed: [site.url(path).path])
        #expect(broken.failed)
        #expect(site.preview.errors.contains { $0.location!.path.hasSuffix("measures/ankkuritoiminta.md") && $0.location!.line == 4 })
        #expect(site.preview.file("toimenpiteet/ankkuritoiminta/index.html") == page)
        try good.write(to: site.url(path), atomically: true, encoding: .utf8)
        let fixed = site.rebuild([path])
        #expect(!fixed.failed && site.preview.errors.isEmpty)
    }
}
