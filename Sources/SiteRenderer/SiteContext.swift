import PlanModel

/// Everything pages of one language share: labels, formats, routes and shared caches. The plan is
/// not among them: each unit of the output reads it through its own `PlanReader` (`PageScope.plan`),
/// so what a page read is always known.
struct SiteContext: Sendable {
    /// The site settings (site.yaml), which every page reads: a change to them renders everything.
    let settings: Site
    let language: Language
    let labels: Labels
    let format: NumberFormat
    let router: Router
    let versions: Versions
    let rankings = RankingCache()
    /// Charts drawn by earlier rebuilds of a live preview.
    var chartMemo: ChartMemo? = nil
    /// Set while a municipality's card page and compiled card are made together.
    var sharedCharts: SharedCharts? = nil

    init(settings: Site, language: Language, labels: Labels, versions: Versions) {
        self.settings = settings
        self.language = language
        self.labels = labels
        self.versions = versions
        format = NumberFormat(language: language)
        router = Router(defaultLanguage: settings.defaultLanguage)
    }

    var fallback: Language { settings.defaultLanguage }

    /// A text in this language, or the default language's with its `lang` for screen readers.
    func text(_ text: LocalizedText?) -> (text: String, lang: String?) {
        guard let resolved = text?.resolve(language, fallback: fallback) else { return ("", nil) }
        return (resolved.text, resolved.language == language ? nil : resolved.language.rawValue)
    }

    func string(_ text: LocalizedText?) -> String { self.text(text).text }

    func date(_ day: Day) -> String { format.date(day, monthNames: labels.monthNames) }
    func month(_ month: YearMonth) -> String { format.month(month, monthNames: labels.monthNames) }

    func value(_ value: Double?, _ indicator: Indicator) -> String {
        guard let value else { return labels["data_missing"] }
        return format.value(value, decimals: indicator.decimals, unit: indicator.unit)
    }

    func status(_ status: Measure.Status) -> StatusView {
        StatusView(key: status.rawValue, text: labels["status_\(status.rawValue)"])
    }

    func groupName(_ group: String) -> String { labels.strings["group_\(group)"] ?? group }

}

/// One page being built: the shared context and the page's own route, for relative links.
struct PageScope: Sendable {
    let site: SiteContext
    let route: Route
    /// The only way a page reads the plan: every read is noted for the live preview.
    let plan: PlanReader
    /// Set for the copy of a print document that becomes a PDF: links to pages point at the
    /// published site, since a PDF travels without the site around it. The site's root (`base_url`):
    /// the router adds the language's folder.
    var absoluteBase: String? = nil

    var labels: Labels { site.labels }

    func href(_ to: Route) -> String { href(to, in: site.language) }

    /// A page in a language: relative to this page, or on the published site in a PDF's copy.
    func href(_ to: Route, in language: Language) -> String {
        if let absoluteBase { return absoluteBase + site.router.path(to, language) }
        return site.router.href(to, language, from: route, site.language)
    }
    func href(file: String) -> String { site.router.href(file: file, from: route, site.language) }

    /// A link to a report: in this language when it has a version here, else in the one language it is written in.
    func reportHref(_ report: Report) -> String {
        href(.report(report.id), in: report.language ?? site.language)
    }

    /// Subscribe (webcal:, so calendar programs keep it updated) and download links for the annual
    /// clock's calendar (nil) or a body's.
    func calendarLinks(_ body: String?) -> [LinkView] {
        let file = site.router.calendar(body, site.language)
        let absolute = plan.site.baseURL + file
        let webcal = absolute.replacingOccurrences(of: "https://", with: "webcal://").replacingOccurrences(of: "http://", with: "webcal://")
        return [LinkView(href: webcal, text: labels["calendar_subscribe"], meta: labels["calendar_subscribe_help"]),
                LinkView(href: href(file: file), text: labels["calendar_download"])]
    }

    func link(_ to: Route, _ text: LocalizedText?, meta: String? = nil) -> LinkView {
        let resolved = site.text(text)
        return LinkView(href: href(to), text: resolved.text, lang: resolved.lang, meta: meta)
    }

    func cell(_ to: Route?, _ text: LocalizedText?) -> CellView {
        let resolved = site.text(text)
        return CellView(text: resolved.text, href: to.map(href), lang: resolved.lang)
    }

    /// The display name of an organisation, unit or "every municipality".
    func partyName(_ party: PartyReference) -> String {
        switch party.target {
        case .allMunicipalities: return labels["all_municipalities"]
        case .organization(let id): return site.string(plan.organization(id)?.name)
        case .unit(let id, let unit):
            guard let organization = plan.organization(id) else { return party.description }
            return "\(site.string(organization.name)): \(site.string(organization.unit(unit)?.name))"
        }
    }

    /// Municipalities have cards; other organisations have pages of their own.
    func route(forOrganization id: String) -> Route {
        plan.organization(id)?.kind == .municipality ? .municipality(id) : .organization(id)
    }

    func partyCell(_ party: PartyReference) -> CellView {
        guard let id = party.organizationID else { return CellView(text: partyName(party), href: href(.municipalities)) }
        // The organisation's name may be in the default language only: mark it for screen readers.
        let lang = site.text(plan.organization(id)?.name).lang
        return CellView(text: partyName(party), href: href(route(forOrganization: id)), lang: lang)
    }

    func goalLinks(_ ids: [String]) -> [LinkView] {
        ids.compactMap { plan.goal($0) }.map { link(.goal($0.id), $0.title) }
    }

    func measureLinks(_ ids: [String]) -> [LinkView] {
        ids.compactMap { plan.measure($0) }.map { measure in
            link(.measure(measure.id), measure.title, meta: labels["status_\(measure.status.rawValue)"])
        }
    }

    func bodyLinks(_ ids: [String]) -> [LinkView] {
        ids.compactMap { plan.body($0) }.map { link(.body($0.id), $0.name) }
    }
}
