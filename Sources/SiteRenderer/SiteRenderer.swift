import Foundation
import HyteBase
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

/// One unit of the output as made: its files and, when recorded, what it read of the plan.
public struct RenderedUnit: Sendable {
    public var key: String
    public var files: [OutputFile]
    public var reads: Set<PlanRead>
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
        /// Charts kept between the rebuilds of a live preview.
        public var chartMemo: ChartMemo?
        public init(pdf: Bool = false, chartMemo: ChartMemo? = nil) {
            self.pdf = pdf
            self.chartMemo = chartMemo
        }
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
        var view: @Sendable (PageScope) throws -> any Encodable
    }

    /// Whether every page is written by hyte's own templates (so `HTMLScanner` can read them back).
    public var builtInTemplatesOnly: Bool { templates.builtInOnly }

    /// Every file of the site, sorted by path.
    public func render() throws -> [OutputFile] {
        // Handed over from several threads.
        let files = Locked<[OutputFile]>([])
        try render { file in files.withLock { $0.append(file) } }
        return files.withLock { $0.sorted { $0.path < $1.path } }
    }

    /// Every page of the site in every language, plus the files shared by all languages, each handed to
    /// `sink` as soon as it is made and then let go, so a site of gigabytes is never in memory at once.
    /// Pages render on all cores: `sink` is called concurrently.
    public func render(into sink: @Sendable (OutputFile) throws -> Void) throws {
        try render(select: { _ in true }, recording: false) { unit in
            for file in unit.files { try sink(file) }
        }
    }

    /// Makes the units `select` picks (on all cores, `sink` called concurrently) and returns the keys of
    /// every unit of the site. With `recording`, each unit comes with what it read of the plan, so a
    /// live preview can later make again only the units that read what changed.
    @discardableResult
    public func render(select: (String) -> Bool, recording: Bool, into sink: @Sendable (RenderedUnit) throws -> Void) throws -> [String] {
        let all = try units()
        let chosen = all.filter { select($0.key) }
        let (plan, relations) = (self.plan, self.relations)
        let results = Parallel.map(chosen.count) { i in
            let unit = chosen[i]
            return Result {
                // Each unit reads the plan through its own reader, so its log holds its reads alone.
                let log = recording ? ReadLog() : nil
                let files = try unit.make(PlanReader(plan, relations: relations, log: log))
                try sink(RenderedUnit(key: unit.key, files: files, reads: log.map { $0.recorded.union(unit.subject) } ?? []))
            }
        }
        for result in results { try result.get() }
        return all.map(\.key)
    }

    /// A piece of the output made by one call: a page in one language, an indicator's data files, a feed.
    struct Unit: Sendable {
        /// Stable across builds: the output path, or for several files the path they share.
        var key: String
        /// The entity the unit is about, captured when the unit was listed rather than read while it renders.
        var subject: Set<PlanRead> = []
        var make: @Sendable (PlanReader) throws -> [OutputFile]
    }

    /// Every unit of the site: each language's pages (a card with its compiled card), then the shared files.
    func units() throws -> [Unit] {
        let sites = try contexts()
        let templates = self.templates
        var units: [Unit] = []
        for language in plan.site.languages {
            let site = sites[language]!
            let all = jobs(language)
            // A municipality's card page and its compiled card show the same charts: one unit makes
            // both and draws each chart once.
            let cards = Dictionary(all.compactMap { job -> (String, Job)? in
                guard case .report(let id) = job.route, id.hasPrefix(GeneratedReportID.card("")) else { return nil }
                return (id, job)
            }, uniquingKeysWith: { first, _ in first })
            for job in all {
                if case .report(let id) = job.route, cards[id] != nil { continue }
                let path = site.router.file(job.route, language)
                var subject = job.route.subject
                var companion: (route: Route, path: String, job: Job)?
                if case .municipality(let id) = job.route, let card = cards[GeneratedReportID.card(id)] {
                    companion = (card.route, site.router.file(card.route, language), card)
                    subject.formUnion(card.route.subject)
                }
                units.append(Unit(key: path, subject: subject) { [companion] reader in
                    var site = site
                    if companion != nil { site.sharedCharts = SharedCharts() }
                    var files = [OutputFile(path: path, contents: try templates.render(
                        try job.view(PageScope(site: site, route: job.route, plan: reader)), job.template))]
                    if let companion {
                        files.append(OutputFile(path: companion.path, contents: try templates.render(
                            try companion.job.view(PageScope(site: site, route: companion.route, plan: reader)), companion.job.template)))
                    }
                    return files
                })
            }
            if options.pdf {
                // The PDFs' sources: the same print documents with links to the published site.
                for (id, view) in printDocuments(language) {
                    let path = site.router.pdfSource(id, language)
                    let base = plan.site.baseURL
                    units.append(Unit(key: path, subject: Route.report(id).subject) { reader in
                        let scope = PageScope(site: site, route: .report(id), plan: reader, absoluteBase: base)
                        return [OutputFile(path: path, contents: try templates.render(try view(scope), "report"))]
                    })
                }
            }
        }
        units += sharedUnits(sites)
        return units
    }

    /// The files not made from a page template: open data, feeds, calendars, sitemap and static files.
    func sharedUnits(_ sites: [Language: SiteContext]) -> [Unit] {
        let plan = self.plan
        var units = plan.indicators.map { indicator in
            Unit(key: Router.data(indicator.id), subject: [.entity(.indicator, indicator.id)]) { OpenData(plan: $0).files(indicator) }
        }
        units.append(Unit(key: Router.data("plan.json")) { [OpenData(plan: $0).planFile()] })
        units.append(Unit(key: Router.data("plan.schema.json")) { _ in [OpenData.schemaFile()] })
        for language in plan.site.languages {
            let site = sites[language]!
            let feed = site.router.feed(language)
            units.append(Unit(key: feed) { reader in
                [OutputFile(path: feed, contents: AtomFeed.document(site, plan: reader, log: FollowUpLog(reader)))]
            })
            let calendar = site.router.calendar(nil, language)
            units.append(Unit(key: calendar) { reader in
                [OutputFile(path: calendar,
                            contents: ICalendar.annualClock(reader, language: language, calendarName: site.labels["calendar"],
                                                            legalBasisLabel: site.labels["legal_basis"]))]
            })
            for body in plan.bodies {
                let path = site.router.calendar(body.id, language)
                units.append(Unit(key: path, subject: [.entity(.body, body.id)]) { reader in
                    [OutputFile(path: path, contents: ICalendar.body(body, plan: reader, language: language, calendarName: site.string(body.name),
                                                                     legalBasisLabel: site.labels["legal_basis"]))]
                })
            }
        }
        // The sitemap names every page, and which pages there are follows every list of the plan.
        let everyList = Set(EntityKind.allCases.map(PlanRead.all))
        units.append(Unit(key: Router.sitemap, subject: everyList) { [sitemap(sites, $0)] })
        units.append(Unit(key: Router.robots) { _ in [OutputFile(path: Router.robots, contents: Sitemap.robots(baseURL: plan.site.baseURL))] })
        for name in Router.staticFiles {
            units.append(Unit(key: name) { _ in [OutputFile(path: name, contents: try Self.staticFile(name))] })
        }
        return units
    }

    func sitemap(_ sites: [Language: SiteContext], _ reader: PlanReader) -> OutputFile {
        let pages = plan.site.languages.flatMap { language in
            jobs(language).filter { $0.route != .notFound && $0.route != .search }.map { job in
                Sitemap.Page(path: sites[language]!.router.path(job.route, language),
                             alternates: alternates(job.route, sites: sites, reader).map { ($0.language.rawValue, $0.path) })
            }
        }
        return OutputFile(path: Router.sitemap, contents: Sitemap.document(baseURL: plan.site.baseURL, pages: pages))
    }

    /// One context per site language, each with its UI strings (falling back to the default language's).
    func contexts() throws -> [Language: SiteContext] {
        var sites: [Language: SiteContext] = [:]
        let versions = Versions(plan: plan, languages: plan.site.languages)
        for language in plan.site.languages {
            var site = SiteContext(settings: plan.site, language: language,
                                   labels: try Labels.load(language, fallback: plan.site.defaultLanguage), versions: versions)
            site.chartMemo = options.chartMemo
            sites[language] = site
        }
        return sites
    }

    /// The versions of a page in the languages that have it, with site-root paths (for hreflang).
    func alternates(_ route: Route, sites: [Language: SiteContext], _ reader: PlanReader) -> [(language: Language, path: String)] {
        plan.site.languages.compactMap { language in
            guard let site = sites[language], site.versions.exists(route, language, reader) else { return nil }
            return (language, site.router.path(route, language))
        }
    }

    /// Every print document of a language: the Markdown reports written in it (a report without a
    /// `language` is in every language), then the attachments compiled from the plan.
    func printDocuments(_ language: Language) -> [(String, @Sendable (PageScope) throws -> any Encodable)] {
        let templates = self.templates
        let pdf = options.pdf
        var documents: [(String, @Sendable (PageScope) throws -> any Encodable)] = Versions.reports(plan.reports, language).map { report in
            (report.id, { try ReportPage.make(report, $0, templates: templates, pdf: pdf) })
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
                (router.pdfSource(id, language), router.pdf(id, language), "hyte-\(router.prefix(language))\(id)")
            }
        }
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
        jobs += plan.focusAreas.map { area in Job(route: .focusArea(area.id), template: "entity") { try FocusAreaPage.make(area, $0, templates: templates) } }
        jobs += plan.goals.map { goal in Job(route: .goal(goal.id), template: "entity") { try GoalPage.make(goal, $0, templates: templates) } }
        jobs += plan.measures.map { measure in Job(route: .measure(measure.id), template: "measure") { try MeasurePage.make(measure, $0, templates: templates) } }
        jobs += plan.indicators.map { indicator in Job(route: .indicator(indicator.id), template: "indicator") { IndicatorPage.make(indicator, $0) } }
        jobs += plan.organizations.map { organization in
            let card = organization.kind == .municipality
            return Job(route: card ? .municipality(organization.id) : .organization(organization.id), template: "organization") {
                OrganizationPage.make(organization, $0, card: card)
            }
        }
        jobs += plan.bodies.map { body in Job(route: .body(body.id), template: "entity") { BodyPage.make(body, $0) } }
        jobs += plan.interfaces.map { interface in Job(route: .interface(interface.id), template: "interface") { try InterfacePage.make(interface, $0, templates: templates) } }
        jobs += printDocuments(language).map { id, view in Job(route: .report(id), template: "report", view: view) }
        if plan.pages.count > LayoutView.footerPageLimit {
            jobs.append(Job(route: .pages, template: "list", view: ListPages.pages))
        }
        jobs += plan.pages.map { page in Job(route: .page(page.id), template: "entity") { try FreePage.make(page, $0, templates: templates) } }
        return jobs
    }
}
