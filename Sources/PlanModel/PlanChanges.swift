extension Plan {
    /// What differs from an older version of the plan, named as the reads that would have seen it;
    /// nil when the site settings differ, which every page reads.
    public func changes(from old: Plan) -> Set<PlanRead>? {
        guard site == old.site else { return nil }
        var changes = PlanRelations(self).changes(from: PlanRelations(old))
        let new = self
        Self.diff(new.organizations, old.organizations, .organization, into: &changes)
        Self.diff(new.focusAreas, old.focusAreas, .focusArea, into: &changes)
        Self.diff(new.goals, old.goals, .goal, into: &changes)
        Self.diff(new.measures, old.measures, .measure, into: &changes)
        Self.diff(new.indicators, old.indicators, .indicator, into: &changes)
        Self.diff(new.bodies, old.bodies, .body, into: &changes)
        Self.diff(new.events, old.events, .event, into: &changes)
        Self.diff(new.interfaces, old.interfaces, .interface, into: &changes)
        Self.diff(new.reports, old.reports, .report, into: &changes)
        Self.diff(new.pages, old.pages, .page, into: &changes)
        if new.assets != old.assets { changes.insert(.assets) }
        return changes
    }

    private static func diff<T: Identifiable & Equatable>(_ new: [T], _ old: [T], _ kind: EntityKind,
                                                         into changes: inout Set<PlanRead>) where T.ID == String {
        guard new != old else { return }
        changes.insert(.all(kind))
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in Set(before.keys).union(after.keys) where before[id] != after[id] {
            changes.insert(.entity(kind, id))
        }
    }

    /// Entities with a body: a change to the body alone is `.body`, which pages that show only the
    /// entity's other fields did not read.
    private static func diff<T: BodiedEntity & Equatable>(_ new: [T], _ old: [T], _ kind: EntityKind,
                                                         into changes: inout Set<PlanRead>) {
        guard new != old else { return }
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in Set(before.keys).union(after.keys) where before[id] != after[id] {
            changes.insert(.body(kind, id))
            if var a = before[id], var b = after[id] {
                (a.body, b.body) = (LocalizedMarkdown([:]), LocalizedMarkdown([:]))
                if a == b { continue }
            }
            changes.insert(.entity(kind, id))
            changes.insert(.all(kind))
        }
    }
}
