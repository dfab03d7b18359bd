/// The whole plan after loading: every entity sorted by id, with lookups by id.
/// Built once per run; the renderer never reads files.
public struct Plan: Sendable {
    public var site: Site
    // Each list and lookup notes what it hands out (PlanReads), so a live preview knows which pages
    // read what; outside a preview the note is one thread-local load.
    public var organizations: [Organization] { PlanReads.note(.all(.organization)); return stored.organizations }
    public var focusAreas: [FocusArea] { PlanReads.note(.all(.focusArea)); return stored.focusAreas }
    public var goals: [Goal] { PlanReads.note(.all(.goal)); return stored.goals }
    public var measures: [Measure] { PlanReads.note(.all(.measure)); return stored.measures }
    public var indicators: [Indicator] { PlanReads.note(.all(.indicator)); return stored.indicators }
    public var bodies: [Body] { PlanReads.note(.all(.body)); return stored.bodies }
    public var events: [CalendarEvent] { PlanReads.note(.all(.event)); return stored.events }
    public var interfaces: [Interface] { PlanReads.note(.all(.interface)); return stored.interfaces }
    public var reports: [Report] { PlanReads.note(.all(.report)); return stored.reports }
    public var pages: [Page] { PlanReads.note(.all(.page)); return stored.pages }
    /// Files under `assets/`, relative to it, sorted.
    public var assets: [String] { PlanReads.note(.assets); return stored.assets }

    /// The entities without read notes, for comparing two plans.
    public let stored: Entities

    public struct Entities: Sendable, Equatable {
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
        public var assets: [String]
    }

    private let organizationIndex: [String: Int]
    private let focusAreaIndex: [String: Int]
    private let goalIndex: [String: Int]
    private let measureIndex: [String: Int]
    private let indicatorIndex: [String: Int]
    private let bodyIndex: [String: Int]
    private let interfaceIndex: [String: Int]
    private let eventIndex: [String: Int]

    public init(site: Site, organizations: [Organization], focusAreas: [FocusArea], goals: [Goal],
                measures: [Measure], indicators: [Indicator], bodies: [Body], events: [CalendarEvent],
                interfaces: [Interface], reports: [Report], pages: [Page], assets: [String]) {
        self.site = site
        stored = Entities(
            organizations: organizations.sorted { $0.id < $1.id },
            // Focus areas are read in their authored order; ids break ties.
            focusAreas: focusAreas.sorted { ($0.order, $0.id) < ($1.order, $1.id) },
            goals: goals.sorted { $0.id < $1.id }, measures: measures.sorted { $0.id < $1.id },
            indicators: indicators.sorted { $0.id < $1.id }, bodies: bodies.sorted { $0.id < $1.id },
            events: events.sorted { $0.id < $1.id }, interfaces: interfaces.sorted { $0.id < $1.id },
            reports: reports.sorted { $0.id < $1.id }, pages: pages.sorted { $0.id < $1.id }, assets: assets.sorted())
        organizationIndex = Self.index(stored.organizations)
        focusAreaIndex = Self.index(stored.focusAreas)
        goalIndex = Self.index(stored.goals)
        measureIndex = Self.index(stored.measures)
        indicatorIndex = Self.index(stored.indicators)
        bodyIndex = Self.index(stored.bodies)
        interfaceIndex = Self.index(stored.interfaces)
        eventIndex = Self.index(stored.events)
    }

    private static func index<T: Identifiable>(_ items: [T]) -> [String: Int] where T.ID == String {
        var index: [String: Int] = [:]
        for (i, item) in items.enumerated() where index[item.id] == nil { index[item.id] = i }
        return index
    }

    /// One entity by id, noted as read (also when there is none: adding it changes the page).
    private func lookup<T>(_ kind: EntityKind, _ index: [String: Int], _ items: [T], _ id: String) -> T? {
        PlanReads.note(.entity(kind, id))
        return index[id].map { items[$0] }
    }

    public func organization(_ id: String) -> Organization? { lookup(.organization, organizationIndex, stored.organizations, id) }
    public func focusArea(_ id: String) -> FocusArea? { lookup(.focusArea, focusAreaIndex, stored.focusAreas, id) }
    public func goal(_ id: String) -> Goal? { lookup(.goal, goalIndex, stored.goals, id) }
    public func measure(_ id: String) -> Measure? { lookup(.measure, measureIndex, stored.measures, id) }
    public func indicator(_ id: String) -> Indicator? { lookup(.indicator, indicatorIndex, stored.indicators, id) }
    public func body(_ id: String) -> Body? { lookup(.body, bodyIndex, stored.bodies, id) }
    public func interface(_ id: String) -> Interface? { lookup(.interface, interfaceIndex, stored.interfaces, id) }
    /// The measures with these ids in the plan's order (by id), each looked up rather than the list
    /// scanned: a page showing three measures then depends on those three only.
    public func measures(withIDs ids: some Sequence<String>) -> [Measure] {
        Set(ids).sorted().compactMap(measure)
    }
    public func event(_ id: String) -> CalendarEvent? { lookup(.event, eventIndex, stored.events, id) }

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
