import Foundation
import HyteCLI
import Inspect
import PlanModel
import Testing
@testable import SiteBuilder

/// The build as a whole: output swapping, refusals, determinism and exit codes.
@Suite(.serialized) struct BuildTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/PlanLoaderTests/Fixtures")

    /// A scratch folder with `content` (a copy of a fixture) and room for `output`.
    static func workspace(_ fixture: String = "good") throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("\(fixture)/content"), to: root.appendingPathComponent("content"))
        return root
    }

    static func options(_ root: URL, output: String = "output") -> SiteBuild.Options {
        .init(content: root.appendingPathComponent("content").path, templates: root.appendingPathComponent("templates").path,
              output: root.appendingPathComponent(output).path, search: false)
    }

    /// Every file below a folder with its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url) }
        }
        return files
    }

    @Test func checkWritesNothing() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(SiteBuild(Self.options(root)).check().contentProblems == [])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["content"])
    }

    @Test func exampleBuildWritesAPageForEveryEntity() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = Self.repository.appendingPathComponent("content")
        let outcome = try SiteBuild(.init(content: content.path, templates: root.appendingPathComponent("t").path,
                                          output: root.appendingPathComponent("output").path, search: false)).run()
        #expect(outcome.diagnostics.contentProblems == [])
        let output = root.appendingPathComponent("output")
        let plan = try #require(PlanLoaderAccess.plan(content))
        var expected = ["index.html", "painopisteet/index.html", "tavoitteet/index.html", "toimenpiteet/index.html",
                        "indikaattorit/index.html", "kunnat/index.html", "toimijat/index.html", "yhteistyo/index.html",
                        "vuosikello/index.html", "yhdyspinnat/index.html", "vastuut/index.html", "raportit/index.html",
                        "saavutettavuusseloste/index.html", "404.html"]
        expected += plan.focusAreas.map { "painopisteet/\($0.id)/index.html" }
        expected += plan.goals.map { "tavoitteet/\($0.id)/index.html" }
        expected += plan.measures.map { "toimenpiteet/\($0.id)/index.html" }
        expected += plan.indicators.map { "indikaattorit/\($0.id)/index.html" }
        expected += plan.organizations.map { $0.kind == .municipality ? "kunnat/\($0.id)/index.html" : "toimijat/\($0.id)/index.html" }
        expected += plan.bodies.map { "yhteistyo/\($0.id)/index.html" }
        expected += plan.interfaces.map { "yhdyspinnat/\($0.id)/index.html" }
        expected += plan.reports.map { "raportit/\($0.id)/index.html" }
        expected += plan.pages.map { "\($0.id)/index.html" }
        expected += plan.assets.map { "assets/\($0)" }
        for path in expected {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "missing \(path)")
        }
        #expect(plan.municipalities.count >= 10 && plan.goals.count >= 12 && plan.measures.count >= 30 && plan.indicators.count >= 15)
    }

    @Test func brokenBuildLeavesPreviousOutputUntouched() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try SiteBuild(Self.options(root)).run()
        #expect(first.diagnostics.contentProblems == [] && first.fileCount > 20)
        let output = root.appendingPathComponent("output")
        try Data("keep me".utf8).write(to: output.appendingPathComponent(".gitkeep"))
        let before = try Self.snapshot(output)
        let goal = root.appendingPathComponent("content/goals/mielenterveys.md")
        try Data(try String(contentsOf: goal, encoding: .utf8).replacingOccurrences(of: "focus_area: lapset", with: "focus_area: x").utf8)
            .write(to: goal)
        let second = try SiteBuild(Self.options(root)).run()
        #expect(second.diagnostics.hasErrors)
        #expect(second.fileCount == 0)
        #expect(try Self.snapshot(output) == before)
        // Nothing is left beside the output either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["content", "output"])
    }

    @Test func rebuildKeepsThePlaceholder() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data().write(to: output.appendingPathComponent(".gitkeep"))
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        _ = try SiteBuild(Self.options(root)).run()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".gitkeep").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
    }

    @Test func sameInputSameBytesWhateverTimeZoneAndLocale() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuild(Self.options(root, output: "a")).run()
        let zone = ProcessInfo.processInfo.environment["TZ"]
        setenv("TZ", "Pacific/Auckland", 1)
        setenv("LANG", "C", 1)
        tzset()
        defer {
            if let zone { setenv("TZ", zone, 1) } else { unsetenv("TZ") }
            tzset()
        }
        _ = try SiteBuild(Self.options(root, output: "b")).run()
        let a = try Self.snapshot(root.appendingPathComponent("a"))
        let b = try Self.snapshot(root.appendingPathComponent("b"))
        #expect(a.count > 20)
        #expect(a == b)
    }

    @Test(arguments: ["content", "templates", "/", "."])
    func refusesDangerousOutputFolders(_ name: String) throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data().write(to: root.appendingPathComponent(".git"))
        let output = name == "/" ? "/" : root.appendingPathComponent(name).path
        var options = Self.options(root)
        options.output = output
        #expect(throws: SiteBuild.UsageError.self) { try SiteBuild(options).run() }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/site.yaml").path))
    }

    @Test func templateOverridesReplaceBuiltIns() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("{{<layout}}{{$main}}<p id=\"custom\">oma etusivu</p>{{/main}}{{/layout}}".utf8)
            .write(to: templates.appendingPathComponent("home.mustache"))
        _ = try SiteBuild(Self.options(root)).run()
        let home = try String(contentsOf: root.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(home.contains("<p id=\"custom\">oma etusivu</p>"))
    }

    @Test func brokenTemplateIsReportedAtItsLine() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<p>\n{{#open}}\n".utf8).write(to: templates.appendingPathComponent("home.mustache"))
        let outcome = try SiteBuild(Self.options(root)).run()
        #expect(outcome.diagnostics.contentProblems.count == 1)
        #expect(outcome.diagnostics.contentProblems.first?.location?.path.hasSuffix("templates/home.mustache") == true)
    }

    @Test func everyBrokenTemplateIsReported() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<p>\n{{#open}}\n".utf8).write(to: templates.appendingPathComponent("home.mustache"))
        try Data("<ul>\n\n{{/closed}}\n".utf8).write(to: templates.appendingPathComponent("list.mustache"))
        let diagnostics = SiteBuild(Self.options(root)).check()
        #expect(diagnostics.filter { $0.id == .template }.compactMap { $0.location.map { "\(($0.path as NSString).lastPathComponent):\($0.line)" } }
            == ["home.mustache:3", "list.mustache:3"])
        #expect(diagnostics.filter { $0.id == .template }.allSatisfy { $0.severity == .error })
    }

    /// A template nothing uses, and a partial no template provides, render nothing: the build says so
    /// and still publishes. A partial of the plan's own is used, not unused.
    @Test func unusedTemplatesAndMissingPartialsAreWarnings() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<table>{{text}}</table>\n".utf8).write(to: templates.appendingPathComponent("table.mustache"))
        try Data("<p>oma</p>\n".utf8).write(to: templates.appendingPathComponent("oma-osa.mustache"))
        try Data("{{<layout}}{{$main}}\n{{> oma-osa}}\n  {{> chart}}{{/main}}{{/layout}}\n".utf8)
            .write(to: templates.appendingPathComponent("home.mustache"))
        let outcome = try SiteBuild(Self.options(root)).run()
        let unused = outcome.diagnostics.filter { $0.id == .templateUnused }
        #expect(unused.map { "\(($0.location!.path as NSString).lastPathComponent):\($0.location!.line):\($0.location!.column)" }
            == ["home.mustache:3:3", "table.mustache:1:1"])
        #expect(unused.allSatisfy { $0.severity == .warning })
        #expect(outcome.fileCount > 0)
        let home = try String(contentsOf: root.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(home.contains("<p>oma</p>"))
    }
}

@Suite(.serialized) struct ExitCodeTests {
    @Test func checkExitCodes() throws {
        let good = try BuildTests.workspace("good")
        let broken = try BuildTests.workspace("broken")
        defer {
            try? FileManager.default.removeItem(at: good)
            try? FileManager.default.removeItem(at: broken)
        }
        #expect(HyteCommand.run(["check", "--content", good.appendingPathComponent("content").path]) == 0)
        #expect(HyteCommand.run(["check", "--content", broken.appendingPathComponent("content").path]) == 1)
        #expect(HyteCommand.run(["check", "--content", good.appendingPathComponent("missing").path]) == 2)
        #expect(HyteCommand.run(["check", "--no-such-option"]) == 2)
        #expect(HyteCommand.run(["publish"]) == 2)
        #expect(HyteCommand.run(["build", "--content", broken.appendingPathComponent("content").path,
                                 "--output", broken.appendingPathComponent("output").path]) == 1)
        #expect(!FileManager.default.fileExists(atPath: broken.appendingPathComponent("output").path))
        #expect(HyteCommand.run(["build", "--content", good.appendingPathComponent("content").path,
                                 "--output", good.appendingPathComponent("content").path]) == 2)
    }
}

@Suite struct MarkdownLinkTests {
    @Test func aBrokenLinkInMarkdownIsReportedAtItsLine() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("---\ntitle: Tietoa\n---\nKatso [tavoitteet](../tavoitteet/) ja\n[puuttuva](../tavoitteet/ei-ole/).\n".utf8)
            .write(to: root.appendingPathComponent("content/pages/tietoa.md"))
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        #expect(outcome.fileCount == 0)
        #expect(outcome.diagnostics.contentProblems.map(\.description) == [
            "\(root.path)/content/pages/tietoa.md:5:1: error: the link '../tavoitteet/ei-ole/' leads to no page or file of the site; link to a page as it appears in the site, e.g. ../../tavoitteet/<id>/, or to a file in assets/",
        ])
    }
}

@Suite struct AssetTests {
    @Test func brokenSVGAssetIsReportedAtItsLine() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1\">\n</svg>\n".utf8)
            .write(to: root.appendingPathComponent("content/assets/logo.svg"))
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        #expect(outcome.fileCount == 0)
        let diagnostic = try #require(outcome.diagnostics.contentProblems.first)
        #expect(diagnostic.location!.path.hasSuffix("content/assets/logo.svg"))
        #expect(diagnostic.location!.line == 3)
        #expect(diagnostic.message.hasPrefix("not well-formed XML"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }
}

@Suite struct ExampleChartTests {
    /// Every chart of the example site: well-formed SVG (libxml2), named and described, with its data table.
    @Test func everyChartIsWellFormedNamedDescribedAndHasItsTable() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-charts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = BuildTests.repository.appendingPathComponent("content")
        _ = try SiteBuild(.init(content: content.path, templates: root.appendingPathComponent("t").path,
                                output: root.appendingPathComponent("output").path, search: false)).run()
        var charts = 0
        for (path, _) in try BuildTests.snapshot(root.appendingPathComponent("output")) where path.hasSuffix(".html") {
            let html = try String(contentsOf: root.appendingPathComponent("output" + path), encoding: .utf8)
            for figure in html.components(separatedBy: "<figure class=\"chart-block\"").dropFirst() {
                let body = String(figure[..<(figure.range(of: "</figure>")?.lowerBound ?? figure.endIndex)])
                guard let start = body.range(of: "<svg"), let end = body.range(of: "</svg>") else {
                    Issue.record("\(path): a chart figure without an SVG")
                    continue
                }
                let svg = String(body[start.lowerBound..<end.upperBound])
                charts += 1
                #expect(XMLCheck.problem(in: svg) == nil, "\(path): \(String(describing: XMLCheck.problem(in: svg)))")
                #expect(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id="), "\(path)")
                #expect(body.contains("<table class=\"data"), "\(path): chart without its data table")
            }
        }
        #expect(charts > 300)
    }
}
