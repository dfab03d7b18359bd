import Foundation

/// A value set once and awaited by any number of tasks: "the first build is done", "the server is
/// listening or failed to".
final class Latch<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private var waiting: [CheckedContinuation<Value, Never>] = []

    /// Sets the value; later calls are ignored.
    func set(_ new: Value) {
        lock.lock()
        guard value == nil else { return lock.unlock() }
        value = new
        let all = waiting
        waiting = []
        lock.unlock()
        for continuation in all { continuation.resume(returning: new) }
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value != nil
    }

    func wait() async -> Value {
        await withCheckedContinuation { continuation in
            lock.lock()
            if let value {
                lock.unlock()
                continuation.resume(returning: value)
            } else {
                waiting.append(continuation)
                lock.unlock()
            }
        }
    }
}
