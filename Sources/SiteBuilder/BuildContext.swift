import Foundation
import Inspect
import PlanLoader
import PlanModel
import SiteRenderer

/// Everything one run of the pipeline knows, handed from stage to stage: the options it was asked
/// for, what the stages made so far and the diagnostics so far. Nothing of a run lives elsewhere, so a
/// stage can be run alone on a context made by hand.
struct BuildContext {
    /// What the run is for: it decides where the site goes and whether a check's findings stop it.
    enum Mode: Sendable {
        /// `hyte build`: written to a staging folder; any broken file or link stops the build, so the
        /// previous output stays.
        case build
        /// `hyte check`: nothing written; every check runs, so all problems are reported at once.
        case check
        /// `hyte serve`: in memory, incremental; every check runs and the commit keeps the last good
        /// site when they found errors.
        case preview
    }

    let options: SiteBuild.Options
    let mode: Mode
    /// Kept by the live preview from one rebuild to the next.
    var chartMemo: ChartMemo?
    var yamlCache: YAMLCache?

    /// Every problem found so far, in the order they are reported.
    var diagnostics: [Diagnostic] = []
    /// Set by the stage that stopped the run; no stage runs after it.
    private(set) var stopped = false
    var timings: [StageTiming] = []

    // load
    var plan: Plan?
    // templates
    var templates: TemplateSet?
    var renderer: SiteRenderer?
    /// Whether PDFs are made (asked for and WeasyPrint installed): pages link to them.
    var pdf = false

    // render (build and check): what was written, and where (a build only)
    var site: EmittedSite?
    var staging: StagedOutput?
    // render (serve): the site in memory and what the edit changed
    var preview: PreviewRun?

    // links: the site as published
    var published: Set<String> = []
    var pageCount = 0

    // search
    var searchIndexed = false

    init(_ options: SiteBuild.Options, mode: Mode) {
        self.options = options
        self.mode = mode
    }

    /// Adds the problems and ends the run after the current stage.
    mutating func stop(_ problems: [Diagnostic] = []) {
        diagnostics += problems
        stopped = true
    }

    /// A check's findings: a build stops on them (nothing broken is published); check and serve go
    /// on, so every problem is reported together.
    mutating func found(_ problems: [Diagnostic]) {
        if mode == .build && !problems.isEmpty { stop(problems) } else { diagnostics += problems }
    }

    var loadedPlan: Plan {
        guard let plan else { preconditionFailure("no plan: the load stage has not run") }
        return plan
    }

    var preparedRenderer: SiteRenderer {
        guard let renderer else { preconditionFailure("no renderer: the templates stage has not run") }
        return renderer
    }

    var assetsFolder: URL { URL(fileURLWithPath: options.content).appendingPathComponent("assets") }

    /// The XML the render stage wrote that is not well-formed (hyte's own bug when it happens).
    var emittedXMLProblems: [Diagnostic] {
        if let preview { return preview.merged.xml.sorted() }
        return site?.problems ?? []
    }

    /// What the links stage checks: every file of the site, its pages with their links and ids, and
    /// the pages whose links must be followed (nil: all).
    func linkTargets() -> (files: Set<String>, pages: [(path: String, inspector: HTMLInspector)], linksOf: Set<String>?) {
        if let preview, let next = preview.next {
            let pages = next.pages.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            return (Set(next.files.keys), pages, preview.linksOf)
        }
        guard let site else { preconditionFailure("no site: the render stage has not run") }
        // A missing PDF must not break the link check: pages link to what was written. Without a
        // staging folder (a check) every PDF counts as made.
        let files = published(site) { pdf in
            staging.map { FileManager.default.fileExists(atPath: $0.staging.appendingPathComponent(pdf).path) } ?? true
        }
        return (files, site.pages(in: files), nil)
    }

    /// The files of the published site: what was rendered, the assets, and each PDF that `pdfMade`
    /// in place of the print HTML it is made from.
    func published(_ site: EmittedSite, pdfMade: (String) -> Bool) -> Set<String> {
        var files = site.files
        for asset in loadedPlan.assets { files.insert(Router.asset(asset)) }
        if pdf {
            for document in preparedRenderer.pdfDocuments {
                files.remove(document.source)
                if pdfMade(document.pdf) { files.insert(document.pdf) }
            }
        }
        return files
    }
}
