import PlanModel

/// A page of the site. Paths carry the language so every route exists once per site language.
/// `segments` is the one place a folder of the site is spelled; `Router` builds every path from it.
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
