import Foundation
import Inspect
import PlanLoader
import PlanModel
import SiteRenderer

/// Reads every content file into a plan; any error stops here, with every problem of the content.
struct LoadStage: Stage {
    let name = "load"

    func run(_ context: inout BuildContext) {
        var loader = ContentLoader(path: context.options.content)
        loader.yamlCache = context.yamlCache
        let loaded = loader.load()
        context.diagnostics += loaded.diagnostics
        guard let plan = loaded.plan else { return context.stop() }
        context.plan = plan
    }
}

/// Reads the built-in templates and the plan's overrides (every one that does not parse is reported)
/// and sets up the renderer with them, deciding about PDFs, since pages link to the PDFs made.
struct TemplatesStage: Stage {
    let name = "templates"

    func run(_ context: inout BuildContext) {
        let templates: TemplateSet
        do {
            templates = try TemplateSet(overrides: URL(fileURLWithPath: context.options.templates), displayPath: context.options.templates)
        } catch let failed as TemplateSet.Problems {
            return context.stop(failed.problems.map {
                Diagnostic.error(.template, SourceLocation(path: $0.path, line: $0.line, column: $0.column), $0.message)
            })
        } catch {
            return context.stop([.run(.error, .template, "\(error)")])
        }
        context.diagnostics += templates.unused.map(Self.warning)
        let plan = context.loadedPlan
        var pdf = context.options.pdf ?? plan.site.pdf
        if pdf && PDFRenderer.command() == nil {
            // The rest of the site is still built; its pages do not link to PDFs that cannot be made.
            pdf = false
            context.diagnostics.append(.run(.error, .missingTool, "WeasyPrint is not installed, so no PDFs were made; \(PDFRenderer.installHint)"))
        }
        context.templates = templates
        context.pdf = pdf
        context.renderer = SiteRenderer(plan: plan, templates: templates, options: .init(pdf: pdf, chartMemo: context.chartMemo))
    }
}

extension TemplatesStage {
    static func warning(_ unused: TemplateSet.Unused) -> Diagnostic {
        let place = SourceLocation(path: unused.path, line: unused.line, column: unused.column)
        let written = ["table", "cell", "chart"].contains(unused.name) ? " (tables and charts are written by hyte)" : ""
        switch unused.kind {
        case .partial:
            return .warning(.templateUnused, place, "'{{> \(unused.name)}}' includes a template that does not exist, so it shows nothing\(written)",
                            hint: "place a table or chart with {{{.html}}}")
        case .template:
            return .warning(.templateUnused, place, "no page uses the template '\(unused.name)': hyte has no built-in template of that name\(written)")
        }
    }
}

/// Makes every unit of output on all cores; a build writes each file to a new staging folder as soon
/// as it is made. Only each file's path and a page's links and ids are kept (`EmittedSite`).
struct RenderStage: Stage {
    let name = "render"

    func run(_ context: inout BuildContext) throws {
        let renderer = context.preparedRenderer
        let site = EmittedSite(outputPath: context.options.output, ownMarkup: renderer.builtInTemplatesOnly)
        context.site = site
        guard context.mode == .build else {
            do {
                try renderer.render { site.record($0) }
            } catch {
                context.stop([.run(.error, .renderFailed, "could not render the site: \(error)")])
            }
            return
        }
        // Made only now: nothing is staged (and no leftover of a killed build is cleared) for content
        // that does not load.
        let stage = try StagedOutput(output: URL(fileURLWithPath: context.options.output))
        context.staging = stage
        try renderer.render { file in
            try stage.write(file.path, file.contents)
            site.record(file)
        }
    }
}

/// Copies `content/assets/` into the staging folder.
struct AssetsStage: Stage {
    let name = "assets"

    func wanted(in context: BuildContext) -> Bool { context.staging != nil }

    func run(_ context: inout BuildContext) throws {
        guard let stage = context.staging else { return }
        let assets = context.assetsFolder
        for asset in context.loadedPlan.assets {
            try stage.copy(assets.appendingPathComponent(asset), to: Router.asset(asset))
        }
    }
}

/// SVG and XML files must be well-formed: the plan's assets, and the XML hyte wrote itself.
struct XMLStage: Stage {
    let name = "xml"

    func run(_ context: inout BuildContext) {
        let options = context.options
        context.found(XMLFiles.check(assets: context.loadedPlan.assets, in: context.assetsFolder, displayPath: "\(options.content)/assets")
            + context.emittedXMLProblems)
    }
}

/// Makes a PDF/A of each print document with WeasyPrint, in place of its staged HTML. A failed PDF is
/// an error but does not stop the build: the rest of the site is still published.
struct PDFStage: Stage {
    let name = "pdf"

    func wanted(in context: BuildContext) -> Bool { context.pdf && context.staging != nil }

    func run(_ context: inout BuildContext) {
        guard let stage = context.staging else { return }
        let jobs = context.preparedRenderer.pdfDocuments.map { document in
            PDFRenderer.Job(html: stage.staging.appendingPathComponent(document.source),
                            pdf: stage.staging.appendingPathComponent(document.pdf), identifier: document.identifier)
        }
        context.diagnostics += PDFRenderer.render(jobs).map { .run(.error, .pdfFailed, $0) }
        for job in jobs { try? FileManager.default.removeItem(at: job.html) }
    }
}

/// Every internal link of every page must lead to a file or id of the site; with `--external`, the
/// links to other sites are tried too (warnings).
struct LinksStage: Stage {
    let name = "links"

    func run(_ context: inout BuildContext) {
        let (files, pages, linksOf) = context.linkTargets()
        context.published = files
        context.pageCount = pages.count
        let plan = context.loadedPlan
        let broken = LinkChecker(files: files).check(pages, linksOf: linksOf)
        context.found(LinkChecker.diagnostics(broken, plan: plan, outputPath: context.options.output))
        guard !context.stopped, context.options.external else { return }
        context.diagnostics += ExternalLinkChecker().check(pages, plan: plan, outputPath: context.options.output)
    }
}

/// Indexes the staged site with Pagefind; a missing or failing Pagefind is a warning, since the site
/// works without search.
struct SearchStage: Stage {
    let name = "search"

    func wanted(in context: BuildContext) -> Bool { context.options.search && context.staging != nil }

    func run(_ context: inout BuildContext) {
        guard let stage = context.staging else { return }
        let problems = Self.index(stage.staging, command: ExternalTool.pagefind.command())
        context.searchIndexed = problems.isEmpty
        context.diagnostics += problems
    }

    static func index(_ folder: URL, command: [String]?) -> [Diagnostic] {
        guard let command else {
            return [.run(.warning, .missingTool, "Pagefind is not installed, so the site has no search index; \(SearchIndexer.installHint)")]
        }
        return SearchIndexer.index(folder, command: command).map { [.run(.warning, .searchIndex, $0)] } ?? []
    }
}

/// Puts the staging folder in place of the output in one rename.
struct CommitStage: Stage {
    let name = "commit"

    func wanted(in context: BuildContext) -> Bool { context.staging != nil }

    func run(_ context: inout BuildContext) throws {
        try context.staging?.commit()
    }
}
