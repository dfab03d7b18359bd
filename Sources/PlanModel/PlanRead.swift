import HyteBase

/// The kinds of entity a plan holds, for naming what a page read.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case organization, focusArea, goal, measure, indicator, body, event, interface, report, page
}

/// One thing a page read of the plan. A live preview re-renders a page only when something it read
/// changed, so every way into the plan's entities (`PlanReader`) says what it reads.
public enum PlanRead: Hashable, Sendable {
    /// The whole list of a kind: its ids, order and every member.
    case all(EntityKind)
    /// One entity looked up by id (also when it does not exist: adding it changes the page).
    case entity(EntityKind, String)
    /// The Markdown body of one entity (its other fields are `.entity`).
    case body(EntityKind, String)
    /// One key of a reverse index in `PlanRelations` ("measuresByGoal", goal id).
    case relation(String, String)
    case assets
}

/// What one unit of the output read of the plan, filled by its `PlanReader`. A unit renders on one
/// thread, so the lock is never contended; it is there because the log travels in Sendable scopes.
public final class ReadLog: Sendable {
    private let reads = Locked<Set<PlanRead>>([])

    public init() {}

    func insert(_ read: PlanRead) { _ = reads.withLock { $0.insert(read) } }

    /// Everything noted so far.
    public var recorded: Set<PlanRead> { reads.withLock { $0 } }
}
