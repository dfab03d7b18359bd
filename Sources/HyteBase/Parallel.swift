import Foundation

/// Runs `body` for 0..<count on all cores and returns the results in index order.
public enum Parallel {
    public static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Locked([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            // Computed outside the lock: only the store is serialised.
            let value = body(i)
            slots.withLock { $0[i] = value }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
