/// The questions both a `Plan` and a `PlanReader` answer from their lists and lookups, written once:
/// through a reader they record what they read, on a plan they are plain reads.
public protocol PlanLookups {
    var site: Site { get }
    var organizations: [Organization] { get }
    var measures: [Measure] { get }
    func organization(_ id: String) -> Organization?
    func measure(_ id: String) -> Measure?
}

extension PlanLookups {
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

    /// The measures with these ids in the plan's order (by id), each looked up rather than the list
    /// scanned: a page showing three measures then depends on those three only.
    public func measures(withIDs ids: some Sequence<String>) -> [Measure] {
        Set(ids).sorted().compactMap(measure)
    }
}
