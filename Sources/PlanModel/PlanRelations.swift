/// Who links to whom, computed once so every page can link both ways without searching the plan.
public struct PlanRelations: Sendable {
    public private(set) var goalsByFocusArea: [String: [String]] = [:]
    public private(set) var measuresByGoal: [String: [String]] = [:]
    public private(set) var goalsByIndicator: [String: [String]] = [:]
    public private(set) var measuresByIndicator: [String: [String]] = [:]
    public private(set) var interfacesByGoal: [String: [String]] = [:]
    /// Goals an organisation is responsible for (directly, through a unit, or as a municipality).
    public private(set) var goalsByOrganization: [String: [String]] = [:]
    public private(set) var measuresLedBy: [String: [String]] = [:]
    public private(set) var measuresPartneredBy: [String: [String]] = [:]
    public private(set) var bodiesByOrganization: [String: [String]] = [:]
    public private(set) var eventsByBody: [String: [String]] = [:]

    public init(_ plan: Plan) {
        for goal in plan.goals {
            goalsByFocusArea[goal.focusArea.id, default: []].append(goal.id)
            for target in goal.targets { Self.add(goal.id, to: &goalsByIndicator, target.indicator.id) }
            for party in goal.responsible {
                for org in plan.organizationIDs(of: party) { Self.add(goal.id, to: &goalsByOrganization, org) }
            }
        }
        for measure in plan.measures {
            for goal in measure.goals { Self.add(measure.id, to: &measuresByGoal, goal.id) }
            for indicator in measure.indicators { Self.add(measure.id, to: &measuresByIndicator, indicator.id) }
            for org in plan.organizationIDs(of: measure.lead) { Self.add(measure.id, to: &measuresLedBy, org) }
            for party in measure.partners {
                for org in plan.organizationIDs(of: party) { Self.add(measure.id, to: &measuresPartneredBy, org) }
            }
        }
        for interface in plan.interfaces {
            for goal in interface.goals { Self.add(interface.id, to: &interfacesByGoal, goal.id) }
        }
        for body in plan.bodies {
            for party in body.members + (body.convener.map { [$0] } ?? []) {
                for org in plan.organizationIDs(of: party) { Self.add(body.id, to: &bodiesByOrganization, org) }
            }
        }
        for event in plan.events { if let body = event.body { Self.add(event.id, to: &eventsByBody, body.id) } }
    }

    /// Appends once, keeping the order entities were visited in (their id order).
    private static func add(_ id: String, to index: inout [String: [String]], _ key: String) {
        // Entities are visited in id order, so a repeat can only be the last one added.
        if index[key]?.last != id { index[key, default: []].append(id) }
    }
}
