/// The whole plan after loading: every entity sorted by id, with lookups by id. Built once per run;
/// the renderer never reads files. A plain value: pages read it through a `PlanReader`, which records
/// what they read.
public struct Plan: Sendable, PlanLookups {
    public var site: Site
    public let organizations: [Organization]
    public let focusAreas: [FocusArea]
    public let goals: [Goal]
    public let measures: [Measure]
    public let indicators: [Indicator]
    public let bodies: [Body]
    public let events: [CalendarEvent]
    public let interfaces: [Interface]
    public let reports: [Report]
    public let pages: [Page]
    /// Files under `assets/`, relative to it, sorted.
    public let assets: [String]

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
}
