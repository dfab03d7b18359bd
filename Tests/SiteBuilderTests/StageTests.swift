import Foundation
import HyteTestSupport
import PlanModel
import SiteRenderer
import Testing
@testable import SiteBuilder

/// Each stage of the pipeline run alone on a context prepared by hand, and the pipeline's own rules:
/// the order of the stages per command, and a stop ends the run.
@Suite struct StageTests {
    /// A context for a copy of a fixture plan, with the stages before `through` run (load, templates).
    static func context(_ root: URL, mode: BuildContext.Mode, through stages: [any Stage] = [LoadStage()]) throws -> BuildContext {
        var context = BuildContext(BuildTests.options(root), mode: mode)
        for stage in stages { try stage.run(&context) }
        try #require(!context.stopped, "\(context.diagnostics)")
        return context
    }

    /// A site as the render stage would have kept it, from pages written by hand.
    static func site(_ pages: [String: String]) -> EmittedSite {
        let site = EmittedSite(outputPath: "output")
        for (path, html) in pages { site.record(OutputFile(path: path, contents: html)) }
        return site
    }

    @Test func theCommandsRunTheSameStagesInTheSameOrder() {
        #expect(Pipeline.build.names == ["load", "templates", "render", "assets", "xml", "pdf", "links", "search", "commit"])
        #expect(Pipeline.check.names == ["load", "templates", "render", "xml", "links"])
        #expect(Pipeline.preview.names == ["load", "templates", "render", "assets", "xml", "links", "commit"])
        // The preview's load, templates and checks are the build's own stages, not copies.
        let shared = Pipeline.preview.stages.filter { stage in
            stage is LoadStage || stage is TemplatesStage || stage is XMLStage || stage is LinksStage
        }
        #expect(shared.map(\.name) == ["load", "templates", "xml", "links"])
    }

    @Test func aStopEndsTheRunAndOnlyTheStagesThatRanAreTimed() throws {
        struct Stops: Stage {
            let name = "stops"
            func run(_ context: inout BuildContext) { context.stop([.run(.error, .renderFailed, "stopped")]) }
        }
        struct MustNotRun: Stage {
            let name = "never"
            func run(_ context: inout BuildContext) { Issue.record("a stage ran after the run was stopped") }
        }
        struct Unwanted: Stage {
            let name = "unwanted"
            func wanted(in context: BuildContext) -> Bool { false }
            func run(_ context: inout BuildContext) { Issue.record("an unwanted stage ran") }
        }
        var context = BuildContext(.init(), mode: .check)
        try Pipeline([Unwanted(), Stops(), MustNotRun()]).run(&context)
        #expect(context.stopped)
        #expect(context.diagnostics.map(\.message) == ["stopped"])
        #expect(context.timings.map(\.stage) == ["stops"])
    }

    @Test func loadGivesThePlanOrStopsOnABrokenFile() throws {
        let good = try BuildTests.workspace("good")
        let broken = try BuildTests.workspace("broken")
        defer {
            try? FileManager.default.removeItem(at: good)
            try? FileManager.default.removeItem(at: broken)
        }
        var loaded = BuildContext(BuildTests.options(good), mode: .build)
        LoadStage().run(&loaded)
        #expect(!loaded.stopped && loaded.plan != nil && !loaded.diagnostics.hasErrors)

        var failed = BuildContext(BuildTests.options(broken), mode: .check)
        LoadStage().run(&failed)
        #expect(failed.stopped && failed.plan == nil)
        #expect(failed.diagnostics.hasErrors)
        // A whole check of the broken plan stops there too: the same diagnostics, nothing else timed.
        let (diagnostics, timings) = SiteBuild(BuildTests.options(broken)).checkTimed()
        #expect(diagnostics == failed.diagnostics)
        #expect(timings.map(\.stage) == ["load"])
    }

    @Test func templatesStopOnATemplateThatDoesNotParseAndSetUpTheRendererOtherwise() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        var context = try Self.context(root, mode: .check, through: [LoadStage(), TemplatesStage()])
        #expect(context.renderer != nil && context.templates?.builtInOnly == true && !context.pdf)

        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<p>\n{{#open}}\n".utf8).write(to: templates.appendingPathComponent("home.mustache"))
        context = try Self.context(root, mode: .check)
        TemplatesStage().run(&context)
        #expect(context.stopped && context.renderer == nil)
        #expect(context.diagnostics.contentProblems.map(\.id) == [.template])
        #expect(context.diagnostics.contentProblems.first?.location?.path.hasSuffix("templates/home.mustache") == true)
    }

    @Test func renderInACheckWritesNothingAndKeepsEveryFile() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        var context = try Self.context(root, mode: .check, through: [LoadStage(), TemplatesStage()])
        try RenderStage().run(&context)
        #expect(!context.stopped && context.staging == nil)
        let site = try #require(context.site)
        #expect(site.files.contains("index.html") && site.files.contains("sitemap.xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["content"])
    }

    @Test func assetsAreCopiedIntoTheStagingFolder() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        var context = try Self.context(root, mode: .build)
        let staging = try StagedOutput(output: root.appendingPathComponent("output"))
        defer { staging.discard() }
        context.staging = staging
        try AssetsStage().run(&context)
        let logo = "assets/logo.svg"
        #expect(context.loadedPlan.assets == ["logo.svg"])
        #expect(try Data(contentsOf: staging.staging.appendingPathComponent(logo))
            == Data(contentsOf: root.appendingPathComponent("content/assets/logo.svg")))
        // A check has no staging folder: the stage has nothing to do and is left out.
        let check = try Self.context(root, mode: .check)
        #expect(!AssetsStage().wanted(in: check))
    }

    @Test func xmlFindsABrokenSVGAndStopsOnlyABuild() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1\">\n</svg>\n".utf8)
            .write(to: root.appendingPathComponent("content/assets/logo.svg"))
        for mode in [BuildContext.Mode.build, .check] {
            var context = try Self.context(root, mode: mode)
            context.site = Self.site(["sitemap.xml": "<urlset>\n<url>\n</urlset>\n"])
            XMLStage().run(&context)
            let found = context.diagnostics.contentProblems
            #expect(found.map(\.id) == [.invalidXML, .invalidXML])
            #expect(found.compactMap(\.location?.path) == ["\(root.path)/content/assets/logo.svg", "output/sitemap.xml"])
            #expect(context.stopped == (mode == .build))
        }
    }

    @Test func linksFindABrokenLinkInAHandMadeSite() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let pages = [
            "index.html": "<html><body><h1 id=\"alku\">Etusivu</h1><a href=\"tavoitteet/\">t</a><a href=\"assets/logo.svg\">logo</a></body></html>",
            "tavoitteet/index.html": "<html><body><a href=\"../#alku\">ok</a><a href=\"../#loppu\">no id</a><a href=\"../puuttuu/\">no page</a></body></html>",
        ]
        for mode in [BuildContext.Mode.build, .check] {
            var context = try Self.context(root, mode: mode)
            context.site = Self.site(pages)
            LinksStage().run(&context)
            #expect(context.diagnostics.contentProblems.map(\.message) == [
                "link to a page or file the build does not write: ../#loppu",
                "link to a page or file the build does not write: ../puuttuu/",
            ])
            #expect(context.stopped == (mode == .build))
            // The assets are published as well, though a hand-made site has none of them.
            #expect(context.published == ["index.html", "tavoitteet/index.html", "assets/logo.svg"])
            #expect(context.pageCount == 2)
        }
        var clean = try Self.context(root, mode: .build)
        clean.site = Self.site(["index.html": pages["index.html"]!, "tavoitteet/index.html": "<a href=\"../#alku\">ok</a>"])
        LinksStage().run(&clean)
        #expect(!clean.stopped && clean.diagnostics.contentProblems.isEmpty)
    }

    @Test func pdfAndSearchAreLeftOutWhenNotAskedFor() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        var context = try Self.context(root, mode: .build, through: [LoadStage(), TemplatesStage()])
        let staging = try StagedOutput(output: root.appendingPathComponent("output"))
        defer { staging.discard() }
        context.staging = staging
        #expect(!PDFStage().wanted(in: context))
        #expect(!SearchStage().wanted(in: context))  // BuildTests.options asks for no search index
        context.pdf = true
        #expect(PDFStage().wanted(in: context))
    }

    @Test func commitPutsTheStagingFolderInPlaceOfTheOutput() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: output.appendingPathComponent("index.html"))
        var context = BuildContext(BuildTests.options(root), mode: .build)
        let staging = try StagedOutput(output: output)
        try staging.write("index.html", "new")
        context.staging = staging
        try CommitStage().run(&context)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["content", "output"])
    }

    @Test func theBuildTimesEveryStageThatRan() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        #expect(outcome.timings.map(\.stage) == ["load", "templates", "render", "assets", "xml", "links", "commit"])
        let (_, timings) = SiteBuild(BuildTests.options(root)).checkTimed()
        #expect(timings.map(\.stage) == Pipeline.check.names)
    }
}

/// `--timings` as a user sees it: after the summary, one line per stage on standard error.
@Suite(.serialized) struct TimingsCommandTests {
    static func run(_ arguments: [String], in root: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = try #require(HyteExecutable.process(arguments, in: root), "no hyte executable beside the test binary; run swift build first")
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would block the child.
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// The stage lines of standard error: name and milliseconds, and the column the figures end in.
    static func stages(_ stderr: String) -> (names: [String], ends: Set<Int>) {
        let lines = stderr.split(separator: "\n").filter { $0.wholeMatch(of: /hyte: [a-z]+ +\d+ ms/) != nil }
        let names = lines.map { String($0.dropFirst("hyte: ".count).prefix { $0 != " " }) }
        return (names, Set(lines.map(\.count)))
    }

    @Test func buildPrintsEachStageAfterItsSummary() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try Self.run(["build", "--timings", "--no-search", "--no-pdf"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("hyte: wrote "))
        let (names, ends) = Self.stages(result.stderr)
        #expect(names == ["load", "templates", "render", "assets", "xml", "links", "commit"])
        #expect(ends.count == 1, "the stage lines are not aligned:\n\(result.stderr)")
        // The stage lines come last, after the build's own messages (the fixture's translation warning).
        #expect(Self.stages(result.stderr.split(separator: "\n").suffix(names.count).joined(separator: "\n")).names == names)

        // Without the flag, nothing of it.
        let plain = try Self.run(["build", "--no-search", "--no-pdf"], in: root)
        #expect(plain.status == 0 && Self.stages(plain.stderr).names.isEmpty)
        #expect(result.stderr.hasPrefix(plain.stderr))
    }

    @Test func aFailedBuildAndACheckTimeTheStagesThatRan() throws {
        let root = try BuildTests.workspace("broken")
        defer { try? FileManager.default.removeItem(at: root) }
        let failed = try Self.run(["build", "--timings", "--no-search"], in: root)
        #expect(failed.status == 1)
        #expect(Self.stages(failed.stderr).names == ["load"])
        let summary = try #require(failed.stderr.range(of: "hyte: build failed; output was left as it was\n"))
        #expect(failed.stderr[summary.upperBound...].hasPrefix("hyte: load "))

        let good = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: good) }
        let check = try Self.run(["check", "--timings"], in: good)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "hyte: content is valid\n")
        #expect(Self.stages(check.stderr).names == ["load", "templates", "render", "xml", "links"])
        let github = try Self.run(["check", "--timings", "--format", "github"], in: good)
        #expect(github.status == 0 && github.stdout.hasPrefix("::warning "))
        #expect(Self.stages(github.stderr).names.count == 5)
    }
}
