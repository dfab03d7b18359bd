/// The plan as one unit of the output (a page, a feed, a data file) sees it. Every list, lookup,
/// relation and Markdown body it hands out is noted in its log, so a live preview can later render
/// again exactly the units that read something that changed. Pages get the plan only through a
/// reader, and entities' bodies and relations' keys have no other public way in: a page that would
/// read without recording does not compile.
///
/// Without a log (a full build, which renders everything once) nothing is noted.
public struct PlanReader: Sendable, PlanLookups {
    private let plan: Plan
    private let relations: PlanRelations
    private let log: ReadLog?

    public init(_ plan: Plan, relations: PlanRelations, log: ReadLog? = nil) {
        self.plan = plan
        self.relations = relations
        self.log = log
    }

    /// A reader that notes nothing, with the plan's relations worked out here: for a single use
    /// outside a build (tests, tools), where nobody asks what was read.
    public init(_ plan: Plan) {
        self.init(plan, relations: PlanRelations(plan))
    }

    /// Site settings are not noted: a change to them renders every page (`Plan.changes`).
    public var site: Site { plan.site }

    @inline(__always)
    private func note(_ read: @autoclosure () -> PlanRead) {
        log?.insert(read())
    }

    /// Notes reads that a shared, precomputed value (a ranking, the reports' languages) was made
    /// from: a page that finds it made depends on them as if it had made it.
    public func note(_ reads: PlanRead...) {
        guard let log else { return }
        for read in reads { log.insert(read) }
    }

    public var organizations: [Organization] { note(.all(.organization)); return plan.organizations }
    public var focusAreas: [FocusArea] { note(.all(.focusArea)); return plan.focusAreas }
    public var goals: [Goal] { note(.all(.goal)); return plan.goals }
    public var measures: [Measure] { note(.all(.measure)); return plan.measures }
    public var indicators: [Indicator] { note(.all(.indicator)); return plan.indicators }
    public var bodies: [Body] { note(.all(.body)); return plan.bodies }
    public var events: [CalendarEvent] { note(.all(.event)); return plan.events }
    public var interfaces: [Interface] { note(.all(.interface)); return plan.interfaces }
    public var reports: [Report] { note(.all(.report)); return plan.reports }
    public var pages: [Page] { note(.all(.page)); return plan.pages }
    public var assets: [String] { note(.assets); return plan.assets }

    // One entity by id, noted also when there is none: adding it changes the page.
    public func organization(_ id: String) -> Organization? { note(.entity(.organization, id)); return plan.organization(id) }
    public func focusArea(_ id: String) -> FocusArea? { note(.entity(.focusArea, id)); return plan.focusArea(id) }
    public func goal(_ id: String) -> Goal? { note(.entity(.goal, id)); return plan.goal(id) }
    public func measure(_ id: String) -> Measure? { note(.entity(.measure, id)); return plan.measure(id) }
    public func indicator(_ id: String) -> Indicator? { note(.entity(.indicator, id)); return plan.indicator(id) }
    public func body(_ id: String) -> Body? { note(.entity(.body, id)); return plan.body(id) }
    public func interface(_ id: String) -> Interface? { note(.entity(.interface, id)); return plan.interface(id) }
    public func event(_ id: String) -> CalendarEvent? { note(.entity(.event, id)); return plan.event(id) }

    /// An entity's Markdown body. Most pages show an entity's title and status and only its own page
    /// its body, so the body is a read of its own: editing a measure's text renders the measure's
    /// pages again, not every list and card that names it.
    public func body<Entity: BodiedEntity>(of entity: Entity) -> LocalizedMarkdown {
        note(.body(Entity.entityKind, entity.id))
        return entity.body
    }

    /// The ids one reverse index holds for `key` ("the measures of goal x"), in id order; empty when none.
    public func related(_ relation: KeyPath<PlanRelations, Relation>, _ key: String) -> [String] {
        let index = relations[keyPath: relation]
        note(.relation(index.name, key))
        return index.ids[key] ?? []
    }
}
