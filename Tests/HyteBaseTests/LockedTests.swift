import Dispatch
import HyteBase
import Testing

struct LockedTests {
    @Test func concurrentUpdatesAreNotLost() {
        let counter = Locked(0)
        let log = Locked<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 10_000) { i in
            // A read-modify-write that would lose updates without the lock.
            counter.withLock { $0 += 1 }
            log.withLock { $0.append(i) }
        }
        #expect(counter.withLock { $0 } == 10_000)
        #expect(log.withLock { $0.sorted() } == Array(0..<10_000))
    }

    @Test func bodyRunsAlone() {
        // Two fields changed together must never be seen apart.
        let pair = Locked((a: 0, b: 0))
        let torn = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 4_000) { i in
            if i.isMultiple(of: 2) {
                pair.withLock { $0.a += 1; $0.b += 1 }
            } else if pair.withLock({ $0.a != $0.b }) {
                torn.withLock { $0 += 1 }
            }
        }
        #expect(torn.withLock { $0 } == 0)
        #expect(pair.withLock { $0.a } == 2_000)
    }

    @Test func returnsAndRethrows() throws {
        struct Stop: Error {}
        let value = Locked([1, 2, 3])
        #expect(value.withLock { $0.removeLast() } == 3)
        #expect(throws: Stop.self) { try value.withLock { _ in throw Stop() } }
        // The lock is released after a throw: this would deadlock otherwise.
        #expect(value.withLock { $0 } == [1, 2])
    }
}
