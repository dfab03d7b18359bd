import Foundation
import PlanModel

/// A file of the generated site, relative to the output root.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Files handed over from several threads, for callers that want them all at once.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [OutputFile] = []

    func append(_ file: OutputFile) {
        lock.lock()
        files.append(file)
        lock.unlock()
    }

    func sorted() -> [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return files.sorted { $0.path < $1.path }
    }
}

/// Renders every page of a plan from view structs through the Mustache templates.
public struct SiteRenderer: Sendable {
    let plan: Plan
    let templates: TemplateSet
    let relations: PlanRelations
    let options: Options

    public struct Options: Sendable {
        /// PDFs are made of the reports: pages link to them.
        public var pdf: Bool
        public init(pdf: Bool = false) { self.pdf = pdf }
    }

    public init(plan: Plan, templates: TemplateSet, options: Options = Options()) {
        self.plan = plan
        self.templates = templates
        self.options = options
        relations = PlanRelations(plan)
    }

    /// A page waiting to be rendered: its route and how to build its view.
    struct Job: Sendable {
        var route: Route
        var template: String
        var view: @Sendable (PageScope) -> Any
    }

    /// Every file of the site, sorted by path.
    public func render() throws -> [OutputFile] {
        let files = Collected()
        try render { files.append($0) }
        return files.sorted()
    }

    /// Every page of the site in every language, plus the files shared by all languages, each handed to
    /// `sink` as soon as it is made and then let go, so a site of gigabytes is never in memory at once.
    /// Pages render on all cores: `sink` is called concurrently.
    public func render(into sink: @Sendable (OutputFile) throws -> Void) throws {
        let sites = try contexts()
        let work = plan.site.languages.flatMap { language in jobs(language).map { (language, $0) } }
        let templates = self.templates
        let results = Parallel.map(work.count) { i in
            let (language, job) = work[i]
            let site = sites[language]!
            return Result {
                let html = try templates.render(job.view(PageScope(site: site, route: job.route)), job.template)
                try sink(OutputFile(path: site.router.file(job.route, language), contents: html))
            }
        }
        for result in results { try result.get() }
        if options.pdf {
            // The PDFs' sources: the same print documents with links to the published site.
            let documents = plan.site.languages.flatMap { language in printDocuments(language).map { (language, $0.0, $0.1) } }
            let sources = Parallel.map(documents.count) { i in
                Result {
                    let (language, id, view) = documents[i]
                    let site = sites[language]!
                    let scope = PageScope(site: site, route: .report(id), absoluteBase: plan.site.baseURL + site.router.prefix(language))
                    try sink(OutputFile(path: Self.pdfSource(id, prefix: site.router.prefix(language)),
                                        contents: try templates.render(view(scope), "report")))
                }
            }
            for result in sources { try result.get() }
        }
        var files: [OutputFile] = []
        files += OpenData(plan: plan).files()
        for language in plan.site.languages {
            let site = sites[language]!
            let prefix = site.router.prefix(language)
            files.append(OutputFile(path: prefix + "feed.xml", contents: AtomFeed.document(site, log: FollowUpLog(plan), prefix: prefix)))
            files.append(OutputFile(path: prefix + Self.calendarFile(nil),
                                    contents: ICalendar.annualClock(plan, language: language, calendarName: site.labels["calendar"],
                                                                    legalBasisLabel: site.labels["legal_basis"])))
            for body in plan.bodies {
                files.append(OutputFile(path: prefix + Self.calendarFile(body.id),
                                        contents: ICalendar.body(body, plan: plan, language: language, calendarName: site.string(body.name),
                                                                 legalBasisLabel: site.labels["legal_basis"])))
            }
        }
        let pages = plan.site.languages.flatMap { language in
            jobs(language).filter { $0.route != .notFound && $0.route != .search }.map { job in
                Sitemap.Page(path: sites[language]!.router.path(job.route, language),
                             alternates: alternates(job.route, sites: sites).map { ($0.language.rawValue, $0.path) })
            }
        }
        files.append(OutputFile(path: "sitemap.xml", contents: Sitemap.document(baseURL: plan.site.baseURL, pages: pages)))
        files.append(OutputFile(path: "robots.txt", contents: Sitemap.robots(baseURL: plan.site.baseURL)))
        for name in ["hyte.css", "hyte-print.css", "hyte-search.js"] {
            files.append(OutputFile(path: name, contents: try Self.staticFile(name)))
        }
        for file in files { try sink(file) }
    }

    /// One context per site language, each with its UI strings (falling back to the default language's).
    func contexts() throws -> [Language: SiteContext] {
        var sites: [Language: SiteContext] = [:]
        let versions = Versions(plan: plan, languages: plan.site.languages)
        for language in plan.site.languages {
            sites[language] = SiteContext(plan: plan, relations: relations, language: language,
                                          labels: try Labels.load(language, fallback: plan.site.defaultLanguage), versions: versions)
        }
        return sites
    }

    /// The versions of a page in the languages that have it, with site-root paths (for hreflang).
    func alternates(_ route: Route, sites: [Language: SiteContext]) -> [(language: Language, path: String)] {
        plan.site.languages.compactMap { language in
            guard let site = sites[language], site.versions.exists(route, language) else { return nil }
            return (language, site.router.path(route, language))
        }
    }

    /// Every print document of a language: the Markdown reports written in it (a report without a
    /// `language` is in every language), then the attachments compiled from the plan.
    func printDocuments(_ language: Language) -> [(String, @Sendable (PageScope) -> Any)] {
        let templates = self.templates
        let pdf = options.pdf
        var documents: [(String, @Sendable (PageScope) -> Any)] = Versions.reports(plan, language).map { report in
            (report.id, { ReportPage.make(report, $0, templates: templates, pdf: pdf) })
        }
        for id in AttachmentBuilder.ids(plan) {
            documents.append((id, { scope in
                ReportPage.make(AttachmentBuilder(scope: scope).attachment(id)!, scope, pdf: pdf)
            }))
        }
        return documents
    }

    /// Every PDF to make: the staged print HTML it is made from, the PDF's path and a fixed identifier.
    public var pdfDocuments: [(source: String, pdf: String, identifier: String)] {
        let router = Router(defaultLanguage: plan.site.defaultLanguage)
        return plan.site.languages.flatMap { language in
            printDocuments(language).map { id, _ in
                let prefix = router.prefix(language)
                return (Self.pdfSource(id, prefix: prefix), "\(prefix)raportit/\(id)/\(id).pdf", "hyte-\(prefix)\(id)")
            }
        }
    }

    /// The annual clock's calendar (nil) or a body's, below a language's root.
    static func calendarFile(_ body: String?) -> String {
        body.map { "yhteistyo/\($0)/\($0).ics" } ?? "vuosikello/vuosikello.ics"
    }

    /// Where the HTML a report's PDF is made from is staged (removed before the output is published).
    public static func pdfSource(_ reportID: String, prefix: String = "") -> String {
        "\(prefix)raportit/\(reportID)/.\(reportID).pdf.html"
    }

    /// A file of Resources/static, written unchanged to the site root.
    static func staticFile(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/static") else {
            throw RenderError.resource("static/\(name)")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    func jobs(_ language: Language) -> [Job] {
        let templates = self.templates
        var jobs: [Job] = [
            Job(route: .home, template: "home") { [pdf = options.pdf] in HomePage.make($0, templates: templates, pdf: pdf) },
            Job(route: .focusAreas, template: "list", view: ListPages.focusAreas),
            Job(route: .goals, template: "list", view: ListPages.goals),
            Job(route: .measures, template: "list", view: ListPages.measures),
            Job(route: .indicators, template: "list", view: ListPages.indicators),
            Job(route: .municipalities, template: "list", view: ListPages.municipalities),
            Job(route: .organizations, template: "list", view: ListPages.organizations),
            Job(route: .cooperation, template: "list", view: ListPages.cooperation),
            Job(route: .calendar, template: "list", view: ListPages.calendar),
            Job(route: .interfaces, template: "list", view: ListPages.interfaces),
            Job(route: .responsibilities, template: "list", view: ListPages.responsibilities),
            Job(route: .reports, template: "list") { [pdf = options.pdf] in ListPages.reports($0, pdf: pdf) },
            Job(route: .accessibility, template: "accessibility", view: AccessibilityPage.make),
            Job(route: .data, template: "list", view: ListPages.data),
            Job(route: .updates, template: "list", view: UpdatesPage.make),
            Job(route: .search, template: "search", view: SearchPage.make),
            Job(route: .notFound, template: "entity", view: FreePage.notFound),
        ]
        jobs += plan.focusAreas.map { area in Job(route: .focusArea(area.id), template: "entity") { FocusAreaPage.make(area, $0, templates: templates) } }
        jobs += plan.goals.map { goal in Job(route: .goal(goal.id), template: "entity") { GoalPage.make(goal, $0, templates: templates) } }
        jobs += plan.measures.map { measure in Job(route: .measure(measure.id), template: "measure") { MeasurePage.make(measure, $0, templates: templates) } }
        jobs += plan.indicators.map { indicator in Job(route: .indicator(indicator.id), template: "indicator") { IndicatorPage.make(indicator, $0) } }
        jobs += plan.organizations.map { organization in
            let card = organization.kind == .municipality
            return Job(route: card ? .municipality(organization.id) : .organization(organization.id), template: "organization") {
                OrganizationPage.make(organization, $0, card: card)
            }
        }
        jobs += plan.bodies.map { body in Job(route: .body(body.id), template: "entity") { BodyPage.make(body, $0) } }
        jobs += plan.interfaces.map { interface in Job(route: .interface(interface.id), template: "interface") { InterfacePage.make(interface, $0, templates: templates) } }
        jobs += printDocuments(language).map { id, view in Job(route: .report(id), template: "report", view: view) }
        if plan.pages.count > LayoutView.footerPageLimit {
            jobs.append(Job(route: .pages, template: "list", view: ListPages.pages))
        }
        jobs += plan.pages.map { page in Job(route: .page(page.id), template: "entity") { FreePage.make(page, $0, templates: templates) } }
        return jobs
    }
}
