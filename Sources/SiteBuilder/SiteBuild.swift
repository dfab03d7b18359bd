import Foundation
import Inspect
import PlanLoader
import PlanModel
import SiteRenderer

/// The build pipeline: load → check → render → stage → check links → index → swap into place.
public struct SiteBuild {
    public struct Options: Sendable {
        public var content: String
        public var templates: String
        public var output: String
        /// Make PDFs of the reports; nil follows site.yaml's `pdf` (default no).
        public var pdf: Bool?
        /// Build the Pagefind search index when Pagefind is installed.
        public var search: Bool
        /// Also check the links to other sites (network; warnings only).
        public var external: Bool

        public init(content: String = "content", templates: String = "templates", output: String = "output", pdf: Bool? = nil,
                    search: Bool = true, external: Bool = false) {
            self.content = content
            self.templates = templates
            self.output = output
            self.pdf = pdf
            self.search = search
            self.external = external
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// Files written, zero when the build stopped on errors.
        public var fileCount: Int
        public var pageCount: Int
        /// Whether the site got its Pagefind search index.
        public var searchIndexed = false
    }

    /// Problems with the command line or the file system rather than the content: the command line
    /// reports them apart from content errors.
    public struct UsageError: Error, CustomStringConvertible {
        public var description: String
    }

    let options: Options
    /// Set by the live preview, which keeps drawn charts from one rebuild to the next.
    var chartMemo: ChartMemo?
    var yamlCache: YAMLCache?

    public init(_ options: Options) { self.options = options }

    public func load() -> ContentLoader.Result {
        var loader = ContentLoader(path: options.content)
        loader.yamlCache = yamlCache
        return loader.load()
    }

    /// What `hyte check` runs: everything a build checks (content, templates, the XML it writes and
    /// every internal link): the site is rendered and read back as a build does, but nothing is written.
    public func check() -> [Diagnostic] {
        let prepared: Prepared
        switch prepare() {
        case .failure(let stop): return stop.diagnostics
        case .success(let value): prepared = value
        }
        let site = EmittedSite(outputPath: options.output, ownMarkup: prepared.renderer.builtInTemplatesOnly)
        do {
            try prepared.renderer.render { site.record($0) }
        } catch {
            return prepared.diagnostics + [.run(.error, .renderFailed, "could not render the site: \(error)")]
        }
        let written = published(site, prepared) { _ in true }
        let pages = site.pages(in: written)
        let broken = LinkChecker(files: written).check(pages)
        return prepared.diagnostics + xmlProblems(prepared.plan, site)
            + LinkChecker.diagnostics(broken, plan: prepared.plan, outputPath: options.output)
            + externalLinks(pages, prepared.plan)
    }

    public func run() throws -> Outcome {
        do {
            try OutputGuard.check(output: URL(fileURLWithPath: options.output), content: URL(fileURLWithPath: options.content),
                                  templates: URL(fileURLWithPath: options.templates))
        } catch {
            throw UsageError(description: "\(error)")
        }
        let prepared: Prepared
        switch prepare() {
        case .failure(let stop): return Outcome(diagnostics: stop.diagnostics, fileCount: 0, pageCount: 0)
        case .success(let value): prepared = value
        }
        let (plan, renderer) = (prepared.plan, prepared.renderer)
        var diagnostics = prepared.diagnostics
        let stage = try StagedOutput(output: URL(fileURLWithPath: options.output))
        let failed = { (problems: [Diagnostic]) -> Outcome in
            stage.discard()
            return Outcome(diagnostics: diagnostics + problems, fileCount: 0, pageCount: 0)
        }
        do {
            // Each file is written as soon as it is rendered (on all cores) and only its links and ids are kept.
            let site = EmittedSite(outputPath: options.output, ownMarkup: renderer.builtInTemplatesOnly)
            try renderer.render { file in
                try stage.write(file.path, file.contents)
                site.record(file)
            }
            let assets = URL(fileURLWithPath: options.content).appendingPathComponent("assets")
            for asset in plan.assets {
                try stage.copy(assets.appendingPathComponent(asset), to: Router.asset(asset))
            }
            let xml = xmlProblems(plan, site)
            if !xml.isEmpty { return failed(xml) }
            if prepared.pdf {
                let jobs = renderer.pdfDocuments.map { document in
                    PDFRenderer.Job(html: stage.staging.appendingPathComponent(document.source),
                                    pdf: stage.staging.appendingPathComponent(document.pdf), identifier: document.identifier)
                }
                diagnostics += PDFRenderer.render(jobs).map { .run(.error, .pdfFailed, $0) }
                for job in jobs { try? FileManager.default.removeItem(at: job.html) }
            }
            // A missing PDF must not break the link check: pages link to what was written.
            let written = published(site, prepared) { pdf in
                FileManager.default.fileExists(atPath: stage.staging.appendingPathComponent(pdf).path)
            }
            let pages = site.pages(in: written)
            let broken = LinkChecker(files: written).check(pages)
            if !broken.isEmpty { return failed(LinkChecker.diagnostics(broken, plan: plan, outputPath: options.output)) }
            diagnostics += externalLinks(pages, plan)
            var indexed = false
            if options.search {
                let problems = searchIndex(stage.staging, command: ExternalTool.pagefind.command())
                indexed = problems.isEmpty
                diagnostics += problems
            }
            try stage.commit()
            // Without WeasyPrint the site is still published; the missing PDFs are reported as errors.
            return Outcome(diagnostics: diagnostics, fileCount: written.count, pageCount: pages.count, searchIndexed: indexed)
        } catch {
            stage.discard()
            throw error
        }
    }

    struct Prepared {
        var plan: Plan
        var renderer: SiteRenderer
        var pdf: Bool
        /// The content's warnings (and errors about missing tools) so far.
        var diagnostics: [Diagnostic]
    }

    struct Stop: Error {
        var diagnostics: [Diagnostic]
    }

    /// Loads the content and the templates and decides about PDFs: everything before rendering.
    func prepare() -> Result<Prepared, Stop> {
        let loaded = load()
        guard let plan = loaded.plan else { return .failure(Stop(diagnostics: loaded.diagnostics)) }
        let templates: TemplateSet
        do {
            templates = try TemplateSet(overrides: URL(fileURLWithPath: options.templates), displayPath: options.templates)
        } catch let failed as TemplateSet.Problems {
            let problems = failed.problems.map {
                Diagnostic.error(.template, SourceLocation(path: $0.path, line: $0.line, column: $0.column), $0.message)
            }
            return .failure(Stop(diagnostics: loaded.diagnostics + problems))
        } catch {
            return .failure(Stop(diagnostics: loaded.diagnostics + [.run(.error, .template, "\(error)")]))
        }
        var pdf = options.pdf ?? plan.site.pdf
        var diagnostics = loaded.diagnostics
        if pdf && PDFRenderer.command() == nil {
            // The rest of the site is still built; its pages do not link to PDFs that cannot be made.
            pdf = false
            diagnostics.append(.run(.error, .missingTool, "WeasyPrint is not installed, so no PDFs were made; \(PDFRenderer.installHint)"))
        }
        return .success(Prepared(plan: plan, renderer: SiteRenderer(plan: plan, templates: templates, options: .init(pdf: pdf, chartMemo: chartMemo)),
                                 pdf: pdf, diagnostics: diagnostics))
    }

    /// The files of the published site: what was rendered, the assets, and each PDF that `pdfMade`
    /// in place of the print HTML it is made from.
    func published(_ site: EmittedSite, _ prepared: Prepared, pdfMade: (String) -> Bool) -> Set<String> {
        var files = site.files
        for asset in prepared.plan.assets { files.insert(Router.asset(asset)) }
        if prepared.pdf {
            for document in prepared.renderer.pdfDocuments {
                files.remove(document.source)
                if pdfMade(document.pdf) { files.insert(document.pdf) }
            }
        }
        return files
    }

    func xmlProblems(_ plan: Plan, _ site: EmittedSite) -> [Diagnostic] {
        XMLFiles.check(assets: plan.assets, in: URL(fileURLWithPath: options.content).appendingPathComponent("assets"),
                       displayPath: "\(options.content)/assets")
            + site.problems
    }

    func externalLinks(_ pages: [(path: String, inspector: HTMLInspector)], _ plan: Plan) -> [Diagnostic] {
        guard options.external else { return [] }
        return ExternalLinkChecker().check(pages, plan: plan, outputPath: options.output)
    }

    /// Indexes the staged site for search; a missing Pagefind is a warning, since the site works without it.
    func searchIndex(_ folder: URL, command: [String]?) -> [Diagnostic] {
        guard let command else {
            return [.run(.warning, .missingTool, "Pagefind is not installed, so the site has no search index; \(SearchIndexer.installHint)")]
        }
        return SearchIndexer.index(folder, command: command).map { [.run(.warning, .searchIndex, $0)] } ?? []
    }
}
