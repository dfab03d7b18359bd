/// The whole plan after loading: every entity sorted by id, with lookups by id.
/// Built once per run; the renderer never reads files.
public struct Plan: Sendable {
    public var site: Site
    public var organizations: [Organization]
    public var focusAreas: [FocusArea]
    public var goals: [Goal]
    public var measures: [Measure]
    public var indicators: [Indicator]
    public var bodies: [Body]
    public var events: [CalendarEvent]
    public var interfaces: [Interface]
    public var reports: [Report]
    public var pages: [Page]
    /// Files under `assets/`, relative to it, sorted.
    public var assets: [String]

    private var organizationIndex: [String: Int] = [:]
    private var focusAreaIndex: [String: Int] = [:]
    private var goalIndex: [String: Int] = [:]
    private var measureIndex: [String: Int] = [:]
    private var indicatorIndex: [String: Int] = [:]
    private var bodyIndex: [String: Int] = [:]
    private var interfaceIndex: [String: Int] = [:]
    private var eventIndex: [String: Int] = [:]

    public init(site: Site, organizations: [Organization], focusAreas: [FocusArea], goals: [Goal],
                measures: [Measure], indicators: [Indicator], bodies: [Body], events: [CalendarEvent],
                interfaces: [Interface], reports: [Report], pages: [Page], assets: [String]) {
        self.site = site
        self.organizations = organizations.sorted { $0.id < $1.id }
        // Focus areas are read in their authored order; ids break ties.
        self.focusAreas = focusAreas.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        self.goals = goals.sorted { $0.id < $1.id }
        self.measures = measures.sorted { $0.id < $1.id }
        self.indicators = indicators.sorted { $0.id < $1.id }
        self.bodies = bodies.sorted { $0.id < $1.id }
        self.events = events.sorted { $0.id < $1.id }
        self.interfaces = interfaces.sorted { $0.id < $1.id }
        self.reports = reports.sorted { $0.id < $1.id }
        self.pages = pages.sorted { $0.id < $1.id }
        self.assets = assets.sorted()
        organizationIndex = Self.index(self.organizations)
        focusAreaIndex = Self.index(self.focusAreas)
        goalIndex = Self.index(self.goals)
        measureIndex = Self.index(self.measures)
        indicatorIndex = Self.index(self.indicators)
        bodyIndex = Self.index(self.bodies)
        interfaceIndex = Self.index(self.interfaces)
        eventIndex = Self.index(self.events)
    }

    private static func index<T: Identifiable>(_ items: [T]) -> [String: Int] where T.ID == String {
        var index: [String: Int] = [:]
        for (i, item) in items.enumerated() where index[item.id] == nil { index[item.id] = i }
        return index
    }

    public func organization(_ id: String) -> Organization? { organizationIndex[id].map { organizations[$0] } }
    public func focusArea(_ id: String) -> FocusArea? { focusAreaIndex[id].map { focusAreas[$0] } }
    public func goal(_ id: String) -> Goal? { goalIndex[id].map { goals[$0] } }
    public func measure(_ id: String) -> Measure? { measureIndex[id].map { measures[$0] } }
    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }
    public func body(_ id: String) -> Body? { bodyIndex[id].map { bodies[$0] } }
    public func interface(_ id: String) -> Interface? { interfaceIndex[id].map { interfaces[$0] } }
    public func event(_ id: String) -> CalendarEvent? { eventIndex[id].map { events[$0] } }

    public var region: Organization? { organization(site.region.id) }
    public var country: Organization? { site.country.flatMap { organization($0.id) } }
    public var municipalities: [Organization] { organizations.filter { $0.kind == .municipality } }

    /// The content's own date: the newest follow-up entry. Used instead of the clock wherever
    /// "now" matters (ended schedules, upcoming events), so builds stay reproducible.
    public var asOf: Day? { measures.compactMap { $0.followUp.last?.date }.max() }

    /// The organisations a party stands for: `all-municipalities` is every municipality.
    public func organizationIDs(of party: PartyReference) -> [String] {
        switch party.target {
        case .organization(let id), .unit(let id, _): return [id]
        case .allMunicipalities: return municipalities.map(\.id)
        }
    }
}
