import Foundation

/// A value behind a lock: the only way to it is `withLock`, so no path can forget to take the lock.
/// Swift's `Mutex` does this but needs macOS 15; the package supports macOS 13.
///
/// The lock is not re-entrant: calling `withLock` on the same value from inside `body` deadlocks.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    /// Runs `body` with the value while holding the lock: every other caller waits until it returns.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
