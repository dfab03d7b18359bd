import PlanModel

/// Checks that need the whole plan: every reference resolves, and the warnings about its state.
struct PlanChecks {
    let plan: Plan
    let sink: DiagnosticSink
    let csvAreas: [Reference]
    let dataFiles: Set<String>
    /// File ids per folder, including files that failed to load (their own errors are reported).
    let presentIDs: [String: Set<String>]

    /// True when some file of the folder had errors and was left out of the plan.
    private func lost(_ folder: String, _ loaded: [String]) -> Bool { (presentIDs[folder]?.count ?? 0) > loaded.count }

    func run() {
        checkSite()
        for organization in plan.organizations {
            for contact in organization.contacts { if let pair = contact.pair { party(pair, "counterpart") } }
        }
        for goal in plan.goals {
            reference(goal.focusArea, "focus area", plan.focusAreas.map(\.id))
            goal.responsible.forEach { party($0, "responsible party") }
            for target in goal.targets {
                reference(target.indicator, "indicator", plan.indicators.map(\.id))
                if let area = target.area { reference(area, "area", organizationIDs) }
            }
        }
        for measure in plan.measures {
            measure.goals.forEach { reference($0, "goal", plan.goals.map(\.id)) }
            party(measure.lead, "lead")
            measure.partners.forEach { party($0, "partner") }
            measure.indicators.forEach { reference($0, "indicator", plan.indicators.map(\.id)) }
        }
        for body in plan.bodies {
            if let convener = body.convener { party(convener, "convener") }
            body.members.forEach { party($0, "member") }
        }
        for event in plan.events { if let body = event.body { reference(body, "body", plan.bodies.map(\.id)) } }
        for interface in plan.interfaces { interface.goals.forEach { reference($0, "goal", plan.goals.map(\.id)) } }
        for area in csvAreas { reference(area, "area", organizationIDs) }
        checkBlocks()
        warnings()
    }

    private var organizationIDs: [String] { plan.organizations.map(\.id) }

    private func checkSite() {
        let site = plan.site
        guard !site.region.id.isEmpty else { return }  // already reported in site.yaml
        if let region = plan.organization(site.region.id) {
            if region.kind != .welfareRegion {
                sink.error(.wrongKind, site.region.location, "'\(region.id)' is a \(region.kind.rawValue), not a welfare region",
                           hint: "region names the organisation of kind welfare-region whose plan this is")
            }
        } else {
            reference(site.region, "organisation", organizationIDs)
        }
        if let country = site.country {
            if let organization = plan.organization(country.id) {
                if organization.kind != .country {
                    sink.error(.wrongKind, country.location, "'\(country.id)' is a \(organization.kind.rawValue), not a country",
                               hint: "country names an organisation of kind country (the national comparison)")
                }
            } else {
                reference(country, "organisation", organizationIDs)
            }
        }
    }

    static let folders = ["focus area": "focus-areas", "goal": "goals", "indicator": "indicators", "organisation": "organizations",
                          "area": "organizations", "body": "bodies"]

    private func reference(_ reference: Reference, _ what: String, _ ids: [String]) {
        guard !ids.contains(reference.id) else { return }
        let folder = Self.folders[what] ?? what
        // The file exists but had errors of its own: do not report every reference to it too.
        if presentIDs[folder]?.contains(reference.id) == true { return }
        let nearest = Suggestion.closest(to: reference.id, in: ids) ?? Suggestion.nearest(to: reference.id, in: ids)
        sink.error(.unknownReference, reference.location, "unknown \(what) '\(reference.id)'",
                   hint: nearest.map { "did you mean '\($0)'?" } ?? "add it as \(folder)/\(reference.id)")
    }

    private func party(_ party: PartyReference, _ what: String) {
        switch party.target {
        case .allMunicipalities: return
        case .organization(let id):
            reference(Reference(id, at: party.location), "organisation", organizationIDs)
        case .unit(let id, let unit):
            guard let organization = plan.organization(id) else {
                reference(Reference(id, at: party.location), "organisation", organizationIDs)
                return
            }
            if organization.unit(unit) == nil {
                let units = organization.units.map(\.id)
                let nearest = Suggestion.closest(to: unit, in: units) ?? Suggestion.nearest(to: unit, in: units)
                sink.error(.unknownReference, party.location, "'\(id)' has no unit '\(unit)'",
                           hint: nearest.map { "did you mean '\(id)/\($0)'?" } ?? "add the unit under units: in organizations/\(id).yaml, or write just '\(id)'")
            }
        }
    }

    private func checkBlocks() {
        for source in plan.markdownSources {
            for block in source.blocks.values {
                switch block {
                case .chart(let chart):
                    if let indicator = chart.indicator { reference(indicator, "indicator", plan.indicators.map(\.id)) }
                    chart.areas.forEach { reference($0, "area", organizationIDs) }
                    if let goal = chart.goal { reference(goal, "goal", plan.goals.map(\.id)) }
                    if let focusArea = chart.focusArea { reference(focusArea, "focus area", plan.focusAreas.map(\.id)) }
                case .table(let table):
                    if let focusArea = table.focusArea { reference(focusArea, "focus area", plan.focusAreas.map(\.id)) }
                    if let goal = table.goal { reference(goal, "goal", plan.goals.map(\.id)) }
                    if let organization = table.organization { reference(organization, "organisation", organizationIDs) }
                }
            }
        }
    }

    private func warnings() {
        let served = Set(plan.measures.flatMap { $0.goals.map(\.id) })
        // A measure that failed to load may be the one serving the goal.
        for goal in plan.goals where !served.contains(goal.id) && !lost("measures", plan.measures.map(\.id)) {
            sink.warning(.goalWithoutMeasures, goal.location, "the goal '\(goal.id)' has no measures",
                         hint: "list it under goals: in at least one measure")
        }
        if let asOf = plan.asOf?.yearMonth {
            for measure in plan.measures {
                guard let schedule = measure.schedule, let end = schedule.end, end < asOf,
                      measure.status != .done, measure.status != .cancelled else { continue }
                sink.warning(.scheduleEnded, schedule.location,
                             "the schedule ended \(end) but the status is still \(measure.status.rawValue)",
                             hint: "add a follow-up entry with status done or cancelled, or extend the schedule")
            }
        }
        for goal in plan.goals {
            for target in goal.targets {
                guard let indicator = plan.indicator(target.indicator.id) else { continue }
                let area = target.area?.id ?? plan.site.region.id
                if indicator.value(area: area, year: target.baseline.year, group: target.group) == nil {
                    sink.warning(.noBaselineData, target.baseline.location,
                                 "'\(indicator.id)' has no data for \(area) in the baseline year \(target.baseline.year)",
                                 hint: Self.nearestYear(indicator, area: area, group: target.group, to: target.baseline.year)
                                     .map { "the nearest year with data is \($0)" })
                }
            }
        }
        for indicator in plan.indicators where !dataFiles.contains(indicator.id) {
            sink.warning(.indicatorWithoutData, indicator.location, "the indicator '\(indicator.id)' has no data file",
                         hint: "add data/\(indicator.id).csv with the header area,year,value,group")
        }
    }

    static func nearestYear(_ indicator: Indicator, area: String, group: String, to year: Int) -> Int? {
        indicator.series(area: area, group: group).filter { $0.value != nil }.map(\.year)
            .min { (abs($0 - year), $0) < (abs($1 - year), $1) }
    }
}
