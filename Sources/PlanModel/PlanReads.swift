#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kinds of entity a plan holds, for naming what a page read.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case organization, focusArea, goal, measure, indicator, body, event, interface, report, page
}

/// One thing a page read of the plan. A live preview re-renders a page only when something it read
/// changed, so every way into the plan's entities says what it reads.
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

/// Records what the plan is asked for on the current thread while `recording` runs. A page renders
/// on one thread, so a per-thread log catches exactly its own reads; with no log nothing is kept.
public enum PlanReads {
    final class Log {
        var reads: Set<PlanRead> = []
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    @inline(__always)
    public static func note(_ read: @autoclosure () -> PlanRead) {
        guard let raw = pthread_getspecific(key) else { return }
        Unmanaged<Log>.fromOpaque(raw).takeUnretainedValue().reads.insert(read())
    }

    /// Runs `body` and returns what it read of any plan, on this thread.
    public static func recording<T>(_ body: () throws -> T) rethrows -> (value: T, reads: Set<PlanRead>) {
        let log = Log()
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, Unmanaged.passUnretained(log).toOpaque())
        defer { pthread_setspecific(key, previous) }
        let value = try withExtendedLifetime(log) { try body() }
        return (value, log.reads)
    }
}
