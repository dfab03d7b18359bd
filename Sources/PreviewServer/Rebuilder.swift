import Foundation
import HyteBase

/// Runs rebuilds one at a time on a thread of their own, off the server's request handling. Changes
/// that arrive while a rebuild runs are gathered and lead to exactly one more rebuild.
final class Rebuilder: Sendable {
    private struct Queue {
        var pending = Set<String>()
        var everything = false
        var running = false
        var stopped = false
    }

    private let state = Locked(Queue())
    private let queue = DispatchQueue(label: "hyte.rebuild", qos: .userInitiated)
    private let work: @Sendable ([String]) -> Void

    /// `work` gets the changed paths; empty means everything.
    init(_ work: @escaping @Sendable ([String]) -> Void) { self.work = work }

    /// Asks for a rebuild after `paths` changed; empty means everything.
    func submit(_ paths: [String]) {
        state.withLock { state in
            guard !state.stopped else { return }
            if paths.isEmpty { state.everything = true } else { state.pending.formUnion(paths) }
            guard !state.running else { return }
            state.running = true
            queue.async { [self] in drain() }
        }
    }

    /// No rebuild starts after this; one that runs finishes.
    func stop() {
        state.withLock { $0.stopped = true }
    }

    private func drain() {
        while true {
            let next = state.withLock { state -> [String]? in
                guard !state.stopped, state.everything || !state.pending.isEmpty else {
                    state.running = false
                    return nil
                }
                defer { (state.pending, state.everything) = ([], false) }
                return state.everything ? [] : state.pending.sorted()
            }
            guard let paths = next else { return }
            work(paths)
        }
    }
}
