/// Who links to whom, computed once so every page can link both ways without searching the plan.
public struct PlanRelations: Sendable, Equatable {
    public private(set) var goalsByFocusArea = Relation("goalsByFocusArea")
    public private(set) var measuresByGoal = Relation("measuresByGoal")
    public private(set) var goalsByIndicator = Relation("goalsByIndicator")
    public private(set) var measuresByIndicator = Relation("measuresByIndicator")
    public private(set) var interfacesByGoal = Relation("interfacesByGoal")
    /// Goals an organisation is responsible for (directly, through a unit, or as a municipality).
    public private(set) var goalsByOrganization = Relation("goalsByOrganization")
    public private(set) var measuresLedBy = Relation("measuresLedBy")
    public private(set) var measuresPartneredBy = Relation("measuresPartneredBy")
    public private(set) var bodiesByOrganization = Relation("bodiesByOrganization")
    public private(set) var eventsByBody = Relation("eventsByBody")

    public init(_ plan: Plan) {
        for goal in plan.goals {
            goalsByFocusArea.ids[goal.focusArea.id, default: []].append(goal.id)
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
    private static func add(_ id: String, to index: inout Relation, _ key: String) {
        // Entities are visited in id order, so a repeat can only be the last one added.
        if index.ids[key]?.last != id { index.ids[key, default: []].append(id) }
    }

    /// Every relation with the keys whose ids differ between two plans, as reads a page may have made.
    public func changes(from old: PlanRelations) -> Set<PlanRead> {
        let pairs = [(goalsByFocusArea, old.goalsByFocusArea), (measuresByGoal, old.measuresByGoal),
                     (goalsByIndicator, old.goalsByIndicator), (measuresByIndicator, old.measuresByIndicator),
                     (interfacesByGoal, old.interfacesByGoal), (goalsByOrganization, old.goalsByOrganization),
                     (measuresLedBy, old.measuresLedBy), (measuresPartneredBy, old.measuresPartneredBy),
                     (bodiesByOrganization, old.bodiesByOrganization), (eventsByBody, old.eventsByBody)]
        var changes: Set<PlanRead> = []
        for (new, old) in pairs {
            for key in Set(new.ids.keys).union(old.ids.keys) where new.ids[key] != old.ids[key] {
                changes.insert(.relation(new.name, key))
            }
        }
        return changes
    }
}

/// One reverse index: entity id → ids of the entities that point at it. Pages read a key through
/// `PlanReader.related`, which notes it: a page listing a goal's measures must change when a measure
/// joins the goal. The ids are not public, so there is no other way in.
public struct Relation: Sendable, Equatable {
    public let name: String
    var ids: [String: [String]] = [:]

    init(_ name: String) { self.name = name }
}
