import Foundation

/// Runs rebuilds one at a time on a thread of their own, off the server's request handling. Changes
/// that arrive while a rebuild runs are gathered and lead to exactly one more rebuild.
final class Rebuilder: @unchecked Sendable {
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "hyte.rebuild", qos: .userInitiated)
    private let work: @Sendable ([String]) -> Void
    private var pending = Set<String>()
    private var everything = false
    private var running = false
    private var stopped = false

    /// `work` gets the changed paths; empty means everything.
    init(_ work: @escaping @Sendable ([String]) -> Void) { self.work = work }

    /// Asks for a rebuild after `paths` changed; empty means everything.
    func submit(_ paths: [String]) {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        if paths.isEmpty { everything = true } else { pending.formUnion(paths) }
        guard !running else { return }
        running = true
        queue.async { [self] in drain() }
    }

    /// No rebuild starts after this; one that runs finishes.
    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private func drain() {
        while true {
            lock.lock()
            guard !stopped, everything || !pending.isEmpty else {
                running = false
                return lock.unlock()
            }
            let paths = everything ? [] : pending.sorted()
            (pending, everything) = ([], false)
            lock.unlock()
            work(paths)
        }
    }
}
