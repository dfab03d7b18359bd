import Foundation
import HyteBase

/// A value set once and awaited by any number of tasks: "the first build is done", "the server is
/// listening or failed to".
final class Latch<Value: Sendable>: Sendable {
    private struct State {
        var value: Value?
        var waiting: [CheckedContinuation<Value, Never>] = []
    }

    private let state = Locked(State())

    /// Sets the value; later calls are ignored.
    func set(_ new: Value) {
        let woken = state.withLock { state -> [CheckedContinuation<Value, Never>] in
            guard state.value == nil else { return [] }
            state.value = new
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in woken { continuation.resume(returning: new) }
    }

    var isSet: Bool {
        state.withLock { $0.value != nil }
    }

    func wait() async -> Value {
        await withCheckedContinuation { continuation in
            // Resumed outside the lock: a resumed task may call back into the latch.
            let known = state.withLock { state -> Value? in
                if state.value == nil { state.waiting.append(continuation) }
                return state.value
            }
            if let known { continuation.resume(returning: known) }
        }
    }
}
