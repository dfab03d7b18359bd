import PlanModel

/// A page of the site. Paths carry the language so every route exists once per site language.
enum Route: Hashable, Sendable {
    case home
    case focusAreas, focusArea(String)
    case goals, goal(String)
    case measures, measure(String)
    case indicators, indicator(String)
    case municipalities, municipality(String)
    case organizations, organization(String)
    case cooperation, body(String)
    case calendar
    case interfaces, interface(String)
    case responsibilities
    case reports, report(String)
    case accessibility
    case data, updates
    case search
    /// The list of free pages, written only when there are too many for the footer.
    case pages
    case page(String)
    case notFound

    /// The entity a page is about: its view is made from a value captured when the pages were listed,
    /// so the page's dependence on it is named here rather than recorded as a read.
    var subject: Set<PlanRead> {
        switch self {
        case .focusArea(let id): return [.entity(.focusArea, id)]
        case .goal(let id): return [.entity(.goal, id)]
        case .measure(let id): return [.entity(.measure, id)]
        case .indicator(let id): return [.entity(.indicator, id)]
        case .municipality(let id), .organization(let id): return [.entity(.organization, id)]
        case .body(let id): return [.entity(.body, id)]
        case .interface(let id): return [.entity(.interface, id)]
        // Reports are not indexed by id: any report's change may concern a compiled attachment too.
        case .report: return [.all(.report)]
        case .page(let id): return [.entity(.page, id)]
        default: return []
        }
    }

    /// The path segments below the language root.
    var segments: [String] {
        switch self {
        case .home, .notFound: return []
        case .focusAreas: return ["painopisteet"]
        case .focusArea(let id): return ["painopisteet", id]
        case .goals: return ["tavoitteet"]
        case .goal(let id): return ["tavoitteet", id]
        case .measures: return ["toimenpiteet"]
        case .measure(let id): return ["toimenpiteet", id]
        case .indicators: return ["indikaattorit"]
        case .indicator(let id): return ["indikaattorit", id]
        case .municipalities: return ["kunnat"]
        case .municipality(let id): return ["kunnat", id]
        case .organizations: return ["toimijat"]
        case .organization(let id): return ["toimijat", id]
        case .cooperation: return ["yhteistyo"]
        case .body(let id): return ["yhteistyo", id]
        case .calendar: return ["vuosikello"]
        case .interfaces: return ["yhdyspinnat"]
        case .interface(let id): return ["yhdyspinnat", id]
        case .responsibilities: return ["vastuut"]
        case .reports: return ["raportit"]
        case .report(let id): return ["raportit", id]
        case .accessibility: return ["saavutettavuusseloste"]
        case .data: return ["data"]
        case .updates: return ["paivitykset"]
        case .search: return ["haku"]
        case .pages: return ["sivut"]
        case .page(let id): return [id]
        }
    }
}

/// Turns routes into output files and into links relative to the page that links, so the site
/// works from any folder of a web server and from a local preview alike.
struct Router: Sendable {
    let defaultLanguage: Language

    /// The language's folder below the site root: "" for the default language, "sv/" for Swedish.
    func prefix(_ language: Language) -> String { language == defaultLanguage ? "" : "\(language.rawValue)/" }

    /// Folders from the site root: `["sv", "tavoitteet", "x"]`.
    func folders(_ route: Route, _ language: Language) -> [String] {
        (language == defaultLanguage ? [] : [language.rawValue]) + route.segments
    }

    /// The file a route is written to, relative to the output root.
    func file(_ route: Route, _ language: Language) -> String {
        if route == .notFound { return (language == defaultLanguage ? "" : "\(language.rawValue)/") + "404.html" }
        return (folders(route, language) + ["index.html"]).joined(separator: "/")
    }

    /// The path of a route below the site root, without a leading slash ("tavoitteet/x/"), for sitemaps.
    func path(_ route: Route, _ language: Language) -> String {
        folders(route, language).map { $0 + "/" }.joined()
    }

    /// A relative link from one page to another page.
    func href(_ to: Route, _ toLanguage: Language, from: Route, _ fromLanguage: Language) -> String {
        relative(folders(to, toLanguage), from: from, fromLanguage, trailingSlash: true)
    }

    /// A relative link from a page to a file at `path` below the site root (e.g. "hyte.css").
    func href(file path: String, from: Route, _ fromLanguage: Language) -> String {
        relative(path.split(separator: "/").map(String.init), from: from, fromLanguage, trailingSlash: false)
    }

    private func relative(_ target: [String], from: Route, _ language: Language, trailingSlash: Bool) -> String {
        // 404 pages are served at any depth: link them from the site root.
        if from == .notFound { return "/" + target.joined(separator: "/") + (trailingSlash && !target.isEmpty ? "/" : "") }
        let base = folders(from, language)
        var common = 0
        while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        let parts = ups + target[common...]
        if parts.isEmpty { return "./" }
        return parts.joined(separator: "/") + (trailingSlash ? "/" : "")
    }
}
